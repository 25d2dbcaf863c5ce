//! The service client.
static SERVICE: crate::runtime::operation::ServiceSpec = crate::runtime::operation::ServiceSpec {
    protocol: crate::runtime::operation::Protocol::AwsJson {
        target_prefix: "Logs_20140328",
        version: "1.1",
    },
    service_id: "CloudWatch Logs",
    read_error: crate::runtime::ErrorMetadata::from_response,
    signing_name: "logs",
    endpoint_prefix: "logs",
    dns_suffix: "amazonaws.com",
    global_host: ::std::option::Option::None,
    partitions: &[
        crate::runtime::partition::Partition {
            id: "aws",
            regions: &[
                "af-south-1",
                "ap-east-1",
                "ap-east-2",
                "ap-northeast-1",
                "ap-northeast-2",
                "ap-northeast-3",
                "ap-south-1",
                "ap-south-2",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "ap-southeast-4",
                "ap-southeast-5",
                "ap-southeast-6",
                "ap-southeast-7",
                "aws-global",
                "ca-central-1",
                "ca-west-1",
                "eu-central-1",
                "eu-central-2",
                "eu-north-1",
                "eu-south-1",
                "eu-south-2",
                "eu-west-1",
                "eu-west-2",
                "eu-west-3",
                "il-central-1",
                "me-central-1",
                "me-south-1",
                "me-west-1",
                "mx-central-1",
                "sa-east-1",
                "sa-west-1",
                "us-east-1",
                "us-east-2",
                "us-west-1",
                "us-west-2",
            ],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::OneOf(
                        &["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"],
                    ),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-cn",
            regions: &["aws-cn-global", "cn-north-1", "cn-northwest-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("cn"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-eusc",
            regions: &["eusc-de-east-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("eusc"),
                    crate::runtime::partition::Segment::OneOf(&["de"]),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso",
            regions: &["aws-iso-global", "us-iso-east-1", "us-iso-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("iso"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso-b",
            regions: &["aws-iso-b-global", "us-isob-east-1", "us-isob-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("isob"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso-e",
            regions: &["aws-iso-e-global", "eu-isoe-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("eu"),
                    crate::runtime::partition::Segment::Literal("isoe"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-iso-f",
            regions: &["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("isof"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
        crate::runtime::partition::Partition {
            id: "aws-us-gov",
            regions: &["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"],
            pattern: crate::runtime::partition::RegionPattern(
                &[
                    crate::runtime::partition::Segment::Literal("us"),
                    crate::runtime::partition::Segment::Literal("gov"),
                    crate::runtime::partition::Segment::Word,
                    crate::runtime::partition::Segment::Digits,
                ],
            ),
            default: [
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://logs-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[
                (
                    "aws-us-gov-global",
                    [
                        ::std::option::Option::None,
                        ::std::option::Option::Some(crate::runtime::partition::Rule::Endpoint {
                            url: "https://logs-fips.aws-us-gov-global.amazonaws.com",
                            signing_region: ::std::option::Option::None,
                            signing_name: ::std::option::Option::None,
                        }),
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    ],
                ),
            ],
        },
    ],
    discovery_operation: ::std::option::Option::None,
};
/// Client for Amazon CloudWatch Logs.
///
/// Cheap to clone: clones share configuration and connections.
#[derive(::std::clone::Clone, ::std::fmt::Debug)]
pub struct Client {
    handle: ::std::sync::Arc<crate::runtime::operation::Handle>,
}
impl Client {
    /// A client configured from the standard AWS sources (environment
    /// variables, shared config and credentials files); see
    /// [`Config::from_env`](crate::Config::from_env).
    pub fn from_env() -> Self {
        Self::from_conf(crate::Config::from_env().build())
    }
    /// A client with the given configuration. Region, endpoint and
    /// credentials source are resolved now; a configuration problem is
    /// reported by every call.
    pub fn from_conf(config: crate::Config) -> Self {
        Client {
            handle: crate::runtime::operation::Handle::new(&SERVICE, config),
        }
    }
    /// This client's configuration.
    pub fn config(&self) -> &crate::Config {
        self.handle.config()
    }
    /// Associates the specified KMS key with either one log group in the account, or
    /// with all stored CloudWatch Logs query insights results in the account.
    ///
    /// When you use `AssociateKmsKey`, you specify either the `logGroupName` parameter
    /// or the `resourceIdentifier` parameter. You can't specify both of those
    /// parameters in the same operation.
    ///
    /// - Specify the `logGroupName` parameter to cause all log events stored in the log
    ///   group to be encrypted with that key. Only the log events ingested after the
    ///   key is associated are encrypted with that key.
    ///
    ///   Associating a KMS key with a log group overrides any existing associations
    ///   between the log group and a KMS key. After a KMS key is associated with a log
    ///   group, all newly ingested data for the log group is encrypted using the KMS
    ///   key. This association is stored as long as the data encrypted with the KMS key
    ///   is still within CloudWatch Logs. This enables CloudWatch Logs to decrypt this
    ///   data whenever it is requested.
    ///
    ///   Associating a key with a log group does not cause the results of queries of
    ///   that log group to be encrypted with that key. To have query results encrypted
    ///   with a KMS key, you must use an `AssociateKmsKey` operation with the
    ///   `resourceIdentifier` parameter that specifies a `query-result` resource.
    ///
    /// - Specify the `resourceIdentifier` parameter with a `query-result` resource, to
    ///   use that key to encrypt the stored results of all future
    ///   [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html)
    ///   operations in the account. The response from a
    ///   [GetQueryResults](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetQueryResults.html)
    ///   operation will still return the query results in plain text.
    ///
    ///   Even if you have not associated a key with your query results, the query
    ///   results are encrypted when stored, using the default CloudWatch Logs method.
    ///
    ///   If you run a query from a monitoring account that queries logs in a source
    ///   account, the query results key from the monitoring account, if any, is used.
    ///
    /// **Important:** If you delete the key that is used to encrypt log events or log
    /// group query results, then all the associated stored log events or query results
    /// that were encrypted with that key will be unencryptable and unusable.
    ///
    /// **Note:** CloudWatch Logs supports only symmetric KMS keys. Do not use an
    /// associate an asymmetric KMS key with your log group or query results. For more
    /// information, see [Using Symmetric and Asymmetric
    /// Keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html).
    ///
    /// It can take up to 5 minutes for this operation to take effect.
    ///
    /// If you attempt to associate a KMS key with a log group but the KMS key does not
    /// exist or the KMS key is disabled, you receive an `InvalidParameterException`
    /// error.
    ///
    /// Errors: [`AssociateKmsKeyError`](crate::operation::associate_kms_key::AssociateKmsKeyError).
    pub fn associate_kms_key(
        &self,
    ) -> crate::operation::associate_kms_key::AssociateKmsKeyFluentBuilder {
        crate::operation::associate_kms_key::AssociateKmsKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`AssociateSourceToS3TableIntegrationError`](crate::operation::associate_source_to_s3_table_integration::AssociateSourceToS3TableIntegrationError).
    pub fn associate_source_to_s3_table_integration(
        &self,
    ) -> crate::operation::associate_source_to_s3_table_integration::AssociateSourceToS3TableIntegrationFluentBuilder {
        crate::operation::associate_source_to_s3_table_integration::AssociateSourceToS3TableIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Cancels the specified export task.
    ///
    /// The task must be in the `PENDING` or `RUNNING` state.
    ///
    /// Errors: [`CancelExportTaskError`](crate::operation::cancel_export_task::CancelExportTaskError).
    pub fn cancel_export_task(
        &self,
    ) -> crate::operation::cancel_export_task::CancelExportTaskFluentBuilder {
        crate::operation::cancel_export_task::CancelExportTaskFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CancelImportTaskError`](crate::operation::cancel_import_task::CancelImportTaskError).
    pub fn cancel_import_task(
        &self,
    ) -> crate::operation::cancel_import_task::CancelImportTaskFluentBuilder {
        crate::operation::cancel_import_task::CancelImportTaskFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateDeliveryError`](crate::operation::create_delivery::CreateDeliveryError).
    pub fn create_delivery(
        &self,
    ) -> crate::operation::create_delivery::CreateDeliveryFluentBuilder {
        crate::operation::create_delivery::CreateDeliveryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an export task so that you can efficiently export data from a log group
    /// to an Amazon S3 bucket. When you perform a `CreateExportTask` operation, you
    /// must use credentials that have permission to write to the S3 bucket that you
    /// specify as the destination.
    ///
    /// Exporting log data to S3 buckets that are encrypted by KMS is supported.
    /// Exporting log data to Amazon S3 buckets that have S3 Object Lock enabled with a
    /// retention period is also supported.
    ///
    /// Exporting to S3 buckets that are encrypted with AES-256 is supported.
    ///
    /// This is an asynchronous call. If all the required information is provided, this
    /// operation initiates an export task and responds with the ID of the task. After
    /// the task has started, you can use
    /// [DescribeExportTasks](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeExportTasks.html)
    /// to get the status of the export task. Each account can only have one active
    /// (`RUNNING` or `PENDING`) export task at a time. To cancel an export task, use
    /// [CancelExportTask](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CancelExportTask.html).
    ///
    /// You can export logs from multiple log groups or multiple time ranges to the same
    /// S3 bucket. To separate log data for each export task, specify a prefix to be
    /// used as the Amazon S3 key prefix for all exported objects.
    ///
    /// **Note:** Time-based sorting on chunks of log data inside an exported file is
    /// not guaranteed. You can sort the exported log field data by using Linux
    /// utilities.
    ///
    /// Errors: [`CreateExportTaskError`](crate::operation::create_export_task::CreateExportTaskError).
    pub fn create_export_task(
        &self,
    ) -> crate::operation::create_export_task::CreateExportTaskFluentBuilder {
        crate::operation::create_export_task::CreateExportTaskFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateImportTaskError`](crate::operation::create_import_task::CreateImportTaskError).
    pub fn create_import_task(
        &self,
    ) -> crate::operation::create_import_task::CreateImportTaskFluentBuilder {
        crate::operation::create_import_task::CreateImportTaskFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateLogAnomalyDetectorError`](crate::operation::create_log_anomaly_detector::CreateLogAnomalyDetectorError).
    pub fn create_log_anomaly_detector(
        &self,
    ) -> crate::operation::create_log_anomaly_detector::CreateLogAnomalyDetectorFluentBuilder {
        crate::operation::create_log_anomaly_detector::CreateLogAnomalyDetectorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a log group with the specified name. You can create up to 20,000 log
    /// groups per account.
    ///
    /// You must use the following guidelines when naming a log group:
    ///
    /// - Log group names must be unique within a Region for an Amazon Web Services
    ///   account.
    /// - Log group names can be between 1 and 512 characters long.
    /// - Log group names consist of the following characters: a-z, A-Z, 0-9, '\_'
    ///   (underscore), '-' (hyphen), '/' (forward slash), '.' (period), and '#' (number
    ///   sign)
    ///
    /// When you create a log group, by default the log events in the log group do not
    /// expire. To set a retention policy so that events expire and are deleted after a
    /// specified time, use
    /// [PutRetentionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html).
    ///
    /// If you associate an KMS key with the log group, ingested data is encrypted using
    /// the KMS key. This association is stored as long as the data encrypted with the
    /// KMS key is still within CloudWatch Logs. This enables CloudWatch Logs to decrypt
    /// this data whenever it is requested.
    ///
    /// If you attempt to associate a KMS key with the log group but the KMS key does
    /// not exist or the KMS key is disabled, you receive an `InvalidParameterException`
    /// error.
    ///
    /// **Important:** CloudWatch Logs supports only symmetric KMS keys. Do not
    /// associate an asymmetric KMS key with your log group. For more information, see
    /// [Using Symmetric and Asymmetric
    /// Keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html).
    ///
    /// Errors: [`CreateLogGroupError`](crate::operation::create_log_group::CreateLogGroupError).
    pub fn create_log_group(
        &self,
    ) -> crate::operation::create_log_group::CreateLogGroupFluentBuilder {
        crate::operation::create_log_group::CreateLogGroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a log stream for the specified log group. A log stream is a sequence of
    /// log events that originate from a single source, such as an application instance
    /// or a resource that is being monitored.
    ///
    /// There is no limit on the number of log streams that you can create for a log
    /// group. There is a limit of 50 TPS on `CreateLogStream` operations, after which
    /// transactions are throttled.
    ///
    /// You must use the following guidelines when naming a log stream:
    ///
    /// - Log stream names must be unique within the log group.
    /// - Log stream names can be between 1 and 512 characters long.
    /// - Don't use ':' (colon) or '\*' (asterisk) characters.
    ///
    /// Errors: [`CreateLogStreamError`](crate::operation::create_log_stream::CreateLogStreamError).
    pub fn create_log_stream(
        &self,
    ) -> crate::operation::create_log_stream::CreateLogStreamFluentBuilder {
        crate::operation::create_log_stream::CreateLogStreamFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateLookupTableError`](crate::operation::create_lookup_table::CreateLookupTableError).
    pub fn create_lookup_table(
        &self,
    ) -> crate::operation::create_lookup_table::CreateLookupTableFluentBuilder {
        crate::operation::create_lookup_table::CreateLookupTableFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateScheduledQueryError`](crate::operation::create_scheduled_query::CreateScheduledQueryError).
    pub fn create_scheduled_query(
        &self,
    ) -> crate::operation::create_scheduled_query::CreateScheduledQueryFluentBuilder {
        crate::operation::create_scheduled_query::CreateScheduledQueryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a CloudWatch Logs account policy.
    ///
    /// To use this operation, you must be signed on with the
    /// `logs:DeleteDataProtectionPolicy` and `logs:DeleteAccountPolicy` permissions.
    ///
    /// Errors: [`DeleteAccountPolicyError`](crate::operation::delete_account_policy::DeleteAccountPolicyError).
    pub fn delete_account_policy(
        &self,
    ) -> crate::operation::delete_account_policy::DeleteAccountPolicyFluentBuilder {
        crate::operation::delete_account_policy::DeleteAccountPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the data protection policy from the specified log group.
    ///
    /// For more information about data protection policies, see
    /// [PutDataProtectionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDataProtectionPolicy.html).
    ///
    /// Errors: [`DeleteDataProtectionPolicyError`](crate::operation::delete_data_protection_policy::DeleteDataProtectionPolicyError).
    pub fn delete_data_protection_policy(
        &self,
    ) -> crate::operation::delete_data_protection_policy::DeleteDataProtectionPolicyFluentBuilder {
        crate::operation::delete_data_protection_policy::DeleteDataProtectionPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteDeliveryError`](crate::operation::delete_delivery::DeleteDeliveryError).
    pub fn delete_delivery(
        &self,
    ) -> crate::operation::delete_delivery::DeleteDeliveryFluentBuilder {
        crate::operation::delete_delivery::DeleteDeliveryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteDeliveryDestinationError`](crate::operation::delete_delivery_destination::DeleteDeliveryDestinationError).
    pub fn delete_delivery_destination(
        &self,
    ) -> crate::operation::delete_delivery_destination::DeleteDeliveryDestinationFluentBuilder {
        crate::operation::delete_delivery_destination::DeleteDeliveryDestinationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteDeliveryDestinationPolicyError`](crate::operation::delete_delivery_destination_policy::DeleteDeliveryDestinationPolicyError).
    pub fn delete_delivery_destination_policy(
        &self,
    ) -> crate::operation::delete_delivery_destination_policy::DeleteDeliveryDestinationPolicyFluentBuilder {
        crate::operation::delete_delivery_destination_policy::DeleteDeliveryDestinationPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteDeliverySourceError`](crate::operation::delete_delivery_source::DeleteDeliverySourceError).
    pub fn delete_delivery_source(
        &self,
    ) -> crate::operation::delete_delivery_source::DeleteDeliverySourceFluentBuilder {
        crate::operation::delete_delivery_source::DeleteDeliverySourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified destination, and eventually disables all the subscription
    /// filters that publish to it. This operation does not delete the physical resource
    /// encapsulated by the destination.
    ///
    /// Errors: [`DeleteDestinationError`](crate::operation::delete_destination::DeleteDestinationError).
    pub fn delete_destination(
        &self,
    ) -> crate::operation::delete_destination::DeleteDestinationFluentBuilder {
        crate::operation::delete_destination::DeleteDestinationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteIndexPolicyError`](crate::operation::delete_index_policy::DeleteIndexPolicyError).
    pub fn delete_index_policy(
        &self,
    ) -> crate::operation::delete_index_policy::DeleteIndexPolicyFluentBuilder {
        crate::operation::delete_index_policy::DeleteIndexPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteIntegrationError`](crate::operation::delete_integration::DeleteIntegrationError).
    pub fn delete_integration(
        &self,
    ) -> crate::operation::delete_integration::DeleteIntegrationFluentBuilder {
        crate::operation::delete_integration::DeleteIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteLogAnomalyDetectorError`](crate::operation::delete_log_anomaly_detector::DeleteLogAnomalyDetectorError).
    pub fn delete_log_anomaly_detector(
        &self,
    ) -> crate::operation::delete_log_anomaly_detector::DeleteLogAnomalyDetectorFluentBuilder {
        crate::operation::delete_log_anomaly_detector::DeleteLogAnomalyDetectorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified log group and permanently deletes all the archived log
    /// events associated with the log group.
    ///
    /// Errors: [`DeleteLogGroupError`](crate::operation::delete_log_group::DeleteLogGroupError).
    pub fn delete_log_group(
        &self,
    ) -> crate::operation::delete_log_group::DeleteLogGroupFluentBuilder {
        crate::operation::delete_log_group::DeleteLogGroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified log stream and permanently deletes all the archived log
    /// events associated with the log stream.
    ///
    /// Errors: [`DeleteLogStreamError`](crate::operation::delete_log_stream::DeleteLogStreamError).
    pub fn delete_log_stream(
        &self,
    ) -> crate::operation::delete_log_stream::DeleteLogStreamFluentBuilder {
        crate::operation::delete_log_stream::DeleteLogStreamFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteLookupTableError`](crate::operation::delete_lookup_table::DeleteLookupTableError).
    pub fn delete_lookup_table(
        &self,
    ) -> crate::operation::delete_lookup_table::DeleteLookupTableFluentBuilder {
        crate::operation::delete_lookup_table::DeleteLookupTableFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified metric filter.
    ///
    /// Errors: [`DeleteMetricFilterError`](crate::operation::delete_metric_filter::DeleteMetricFilterError).
    pub fn delete_metric_filter(
        &self,
    ) -> crate::operation::delete_metric_filter::DeleteMetricFilterFluentBuilder {
        crate::operation::delete_metric_filter::DeleteMetricFilterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a saved CloudWatch Logs Insights query definition. A query definition
    /// contains details about a saved CloudWatch Logs Insights query.
    ///
    /// Each `DeleteQueryDefinition` operation can delete one query definition.
    ///
    /// You must have the `logs:DeleteQueryDefinition` permission to be able to perform
    /// this operation.
    ///
    /// Errors: [`DeleteQueryDefinitionError`](crate::operation::delete_query_definition::DeleteQueryDefinitionError).
    pub fn delete_query_definition(
        &self,
    ) -> crate::operation::delete_query_definition::DeleteQueryDefinitionFluentBuilder {
        crate::operation::delete_query_definition::DeleteQueryDefinitionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a resource policy from this account. This revokes the access of the
    /// identities in that policy to put log events to this account.
    ///
    /// Errors: [`DeleteResourcePolicyError`](crate::operation::delete_resource_policy::DeleteResourcePolicyError).
    pub fn delete_resource_policy(
        &self,
    ) -> crate::operation::delete_resource_policy::DeleteResourcePolicyFluentBuilder {
        crate::operation::delete_resource_policy::DeleteResourcePolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified retention policy.
    ///
    /// Log events do not expire if they belong to log groups without a retention
    /// policy.
    ///
    /// Errors: [`DeleteRetentionPolicyError`](crate::operation::delete_retention_policy::DeleteRetentionPolicyError).
    pub fn delete_retention_policy(
        &self,
    ) -> crate::operation::delete_retention_policy::DeleteRetentionPolicyFluentBuilder {
        crate::operation::delete_retention_policy::DeleteRetentionPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteScheduledQueryError`](crate::operation::delete_scheduled_query::DeleteScheduledQueryError).
    pub fn delete_scheduled_query(
        &self,
    ) -> crate::operation::delete_scheduled_query::DeleteScheduledQueryFluentBuilder {
        crate::operation::delete_scheduled_query::DeleteScheduledQueryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified subscription filter.
    ///
    /// Errors: [`DeleteSubscriptionFilterError`](crate::operation::delete_subscription_filter::DeleteSubscriptionFilterError).
    pub fn delete_subscription_filter(
        &self,
    ) -> crate::operation::delete_subscription_filter::DeleteSubscriptionFilterFluentBuilder {
        crate::operation::delete_subscription_filter::DeleteSubscriptionFilterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteSyslogConfigurationError`](crate::operation::delete_syslog_configuration::DeleteSyslogConfigurationError).
    pub fn delete_syslog_configuration(
        &self,
    ) -> crate::operation::delete_syslog_configuration::DeleteSyslogConfigurationFluentBuilder {
        crate::operation::delete_syslog_configuration::DeleteSyslogConfigurationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteTransformerError`](crate::operation::delete_transformer::DeleteTransformerError).
    pub fn delete_transformer(
        &self,
    ) -> crate::operation::delete_transformer::DeleteTransformerFluentBuilder {
        crate::operation::delete_transformer::DeleteTransformerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of all CloudWatch Logs account policies in the account.
    ///
    /// Errors: [`DescribeAccountPoliciesError`](crate::operation::describe_account_policies::DescribeAccountPoliciesError).
    pub fn describe_account_policies(
        &self,
    ) -> crate::operation::describe_account_policies::DescribeAccountPoliciesFluentBuilder {
        crate::operation::describe_account_policies::DescribeAccountPoliciesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeConfigurationTemplatesError`](crate::operation::describe_configuration_templates::DescribeConfigurationTemplatesError).
    pub fn describe_configuration_templates(
        &self,
    ) -> crate::operation::describe_configuration_templates::DescribeConfigurationTemplatesFluentBuilder {
        crate::operation::describe_configuration_templates::DescribeConfigurationTemplatesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeDeliveriesError`](crate::operation::describe_deliveries::DescribeDeliveriesError).
    pub fn describe_deliveries(
        &self,
    ) -> crate::operation::describe_deliveries::DescribeDeliveriesFluentBuilder {
        crate::operation::describe_deliveries::DescribeDeliveriesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeDeliveryDestinationsError`](crate::operation::describe_delivery_destinations::DescribeDeliveryDestinationsError).
    pub fn describe_delivery_destinations(
        &self,
    ) -> crate::operation::describe_delivery_destinations::DescribeDeliveryDestinationsFluentBuilder {
        crate::operation::describe_delivery_destinations::DescribeDeliveryDestinationsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeDeliverySourcesError`](crate::operation::describe_delivery_sources::DescribeDeliverySourcesError).
    pub fn describe_delivery_sources(
        &self,
    ) -> crate::operation::describe_delivery_sources::DescribeDeliverySourcesFluentBuilder {
        crate::operation::describe_delivery_sources::DescribeDeliverySourcesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists all your destinations. The results are ASCII-sorted by destination name.
    ///
    /// Errors: [`DescribeDestinationsError`](crate::operation::describe_destinations::DescribeDestinationsError).
    pub fn describe_destinations(
        &self,
    ) -> crate::operation::describe_destinations::DescribeDestinationsFluentBuilder {
        crate::operation::describe_destinations::DescribeDestinationsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the specified export tasks. You can list all your export tasks or filter
    /// the results based on task ID or task status.
    ///
    /// Errors: [`DescribeExportTasksError`](crate::operation::describe_export_tasks::DescribeExportTasksError).
    pub fn describe_export_tasks(
        &self,
    ) -> crate::operation::describe_export_tasks::DescribeExportTasksFluentBuilder {
        crate::operation::describe_export_tasks::DescribeExportTasksFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeFieldIndexesError`](crate::operation::describe_field_indexes::DescribeFieldIndexesError).
    pub fn describe_field_indexes(
        &self,
    ) -> crate::operation::describe_field_indexes::DescribeFieldIndexesFluentBuilder {
        crate::operation::describe_field_indexes::DescribeFieldIndexesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeImportTaskBatchesError`](crate::operation::describe_import_task_batches::DescribeImportTaskBatchesError).
    pub fn describe_import_task_batches(
        &self,
    ) -> crate::operation::describe_import_task_batches::DescribeImportTaskBatchesFluentBuilder {
        crate::operation::describe_import_task_batches::DescribeImportTaskBatchesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeImportTasksError`](crate::operation::describe_import_tasks::DescribeImportTasksError).
    pub fn describe_import_tasks(
        &self,
    ) -> crate::operation::describe_import_tasks::DescribeImportTasksFluentBuilder {
        crate::operation::describe_import_tasks::DescribeImportTasksFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeIndexPoliciesError`](crate::operation::describe_index_policies::DescribeIndexPoliciesError).
    pub fn describe_index_policies(
        &self,
    ) -> crate::operation::describe_index_policies::DescribeIndexPoliciesFluentBuilder {
        crate::operation::describe_index_policies::DescribeIndexPoliciesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the specified log groups. You can list all your log groups or filter the
    /// results by prefix. The results are ASCII-sorted by log group name.
    ///
    /// CloudWatch Logs doesn’t support IAM policies that control access to the
    /// `DescribeLogGroups` action by using the `aws:ResourceTag/key-name` condition
    /// key. Other CloudWatch Logs actions do support the use of the
    /// `aws:ResourceTag/key-name` condition key to control access. For more information
    /// about using tags to control access, see [Controlling access to Amazon Web
    /// Services resources using
    /// tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html).
    ///
    /// If you are using CloudWatch cross-account observability, you can use this
    /// operation in a monitoring account and view data from the linked source accounts.
    /// For more information, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    ///
    /// Errors: [`DescribeLogGroupsError`](crate::operation::describe_log_groups::DescribeLogGroupsError).
    pub fn describe_log_groups(
        &self,
    ) -> crate::operation::describe_log_groups::DescribeLogGroupsFluentBuilder {
        crate::operation::describe_log_groups::DescribeLogGroupsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the log streams for the specified log group. You can list all the log
    /// streams or filter the results by prefix. You can also control how the results
    /// are ordered.
    ///
    /// You can specify the log group to search by using either `logGroupIdentifier` or
    /// `logGroupName`. You must include one of these two parameters, but you can't
    /// include both.
    ///
    /// This operation has a limit of five transactions per second, after which
    /// transactions are throttled.
    ///
    /// If you are using CloudWatch cross-account observability, you can use this
    /// operation in a monitoring account and view data from the linked source accounts.
    /// For more information, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    ///
    /// Errors: [`DescribeLogStreamsError`](crate::operation::describe_log_streams::DescribeLogStreamsError).
    pub fn describe_log_streams(
        &self,
    ) -> crate::operation::describe_log_streams::DescribeLogStreamsFluentBuilder {
        crate::operation::describe_log_streams::DescribeLogStreamsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DescribeLookupTablesError`](crate::operation::describe_lookup_tables::DescribeLookupTablesError).
    pub fn describe_lookup_tables(
        &self,
    ) -> crate::operation::describe_lookup_tables::DescribeLookupTablesFluentBuilder {
        crate::operation::describe_lookup_tables::DescribeLookupTablesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the specified metric filters. You can list all of the metric filters or
    /// filter the results by log name, prefix, metric name, or metric namespace. The
    /// results are ASCII-sorted by filter name.
    ///
    /// Errors: [`DescribeMetricFiltersError`](crate::operation::describe_metric_filters::DescribeMetricFiltersError).
    pub fn describe_metric_filters(
        &self,
    ) -> crate::operation::describe_metric_filters::DescribeMetricFiltersFluentBuilder {
        crate::operation::describe_metric_filters::DescribeMetricFiltersFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of CloudWatch Logs Insights queries that are scheduled, running,
    /// or have been run recently in this account. You can request all queries or limit
    /// it to queries of a specific log group or queries with a certain status.
    ///
    /// Errors: [`DescribeQueriesError`](crate::operation::describe_queries::DescribeQueriesError).
    pub fn describe_queries(
        &self,
    ) -> crate::operation::describe_queries::DescribeQueriesFluentBuilder {
        crate::operation::describe_queries::DescribeQueriesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// This operation returns a paginated list of your saved CloudWatch Logs Insights
    /// query definitions.
    ///
    /// You can use the `queryDefinitionNamePrefix` parameter to limit the results to
    /// only the query definitions that have names that start with a certain string.
    ///
    /// Errors: [`DescribeQueryDefinitionsError`](crate::operation::describe_query_definitions::DescribeQueryDefinitionsError).
    pub fn describe_query_definitions(
        &self,
    ) -> crate::operation::describe_query_definitions::DescribeQueryDefinitionsFluentBuilder {
        crate::operation::describe_query_definitions::DescribeQueryDefinitionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the resource policies in this account.
    ///
    /// Errors: [`DescribeResourcePoliciesError`](crate::operation::describe_resource_policies::DescribeResourcePoliciesError).
    pub fn describe_resource_policies(
        &self,
    ) -> crate::operation::describe_resource_policies::DescribeResourcePoliciesFluentBuilder {
        crate::operation::describe_resource_policies::DescribeResourcePoliciesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the subscription filters for the specified log group. You can list all the
    /// subscription filters or filter the results by prefix. The results are
    /// ASCII-sorted by filter name.
    ///
    /// Errors: [`DescribeSubscriptionFiltersError`](crate::operation::describe_subscription_filters::DescribeSubscriptionFiltersError).
    pub fn describe_subscription_filters(
        &self,
    ) -> crate::operation::describe_subscription_filters::DescribeSubscriptionFiltersFluentBuilder {
        crate::operation::describe_subscription_filters::DescribeSubscriptionFiltersFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Disassociates the specified KMS key from the specified log group or from all
    /// CloudWatch Logs Insights query results in the account.
    ///
    /// When you use `DisassociateKmsKey`, you specify either the `logGroupName`
    /// parameter or the `resourceIdentifier` parameter. You can't specify both of those
    /// parameters in the same operation.
    ///
    /// - Specify the `logGroupName` parameter to stop using the KMS key to encrypt
    ///   future log events ingested and stored in the log group. Instead, they will be
    ///   encrypted with the default CloudWatch Logs method. The log events that were
    ///   ingested while the key was associated with the log group are still encrypted
    ///   with that key. Therefore, CloudWatch Logs will need permissions for the key
    ///   whenever that data is accessed.
    /// - Specify the `resourceIdentifier` parameter with the `query-result` resource to
    ///   stop using the KMS key to encrypt the results of all future
    ///   [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html)
    ///   operations in the account. They will instead be encrypted with the default
    ///   CloudWatch Logs method. The results from queries that ran while the key was
    ///   associated with the account are still encrypted with that key. Therefore,
    ///   CloudWatch Logs will need permissions for the key whenever that data is
    ///   accessed.
    ///
    /// It can take up to 5 minutes for this operation to take effect.
    ///
    /// Errors: [`DisassociateKmsKeyError`](crate::operation::disassociate_kms_key::DisassociateKmsKeyError).
    pub fn disassociate_kms_key(
        &self,
    ) -> crate::operation::disassociate_kms_key::DisassociateKmsKeyFluentBuilder {
        crate::operation::disassociate_kms_key::DisassociateKmsKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DisassociateSourceFromS3TableIntegrationError`](crate::operation::disassociate_source_from_s3_table_integration::DisassociateSourceFromS3TableIntegrationError).
    pub fn disassociate_source_from_s3_table_integration(
        &self,
    ) -> crate::operation::disassociate_source_from_s3_table_integration::DisassociateSourceFromS3TableIntegrationFluentBuilder {
        crate::operation::disassociate_source_from_s3_table_integration::DisassociateSourceFromS3TableIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists log events from the specified log group. You can list all the log events
    /// or filter the results using a filter pattern, a time range, and the name of the
    /// log stream.
    ///
    /// You must have the `logs:FilterLogEvents` permission to perform this operation.
    ///
    /// You can specify the log group to search by using either `logGroupIdentifier` or
    /// `logGroupName`. You must include one of these two parameters, but you can't
    /// include both.
    ///
    /// By default, this operation returns as many log events as can fit in 1 MB (up to
    /// 10,000 log events) or all the events found within the specified time range. If
    /// the results include a token, that means there are more log events available. You
    /// can get additional results by specifying the token in a subsequent call. This
    /// operation can return empty results while there are more log events available
    /// through the token.
    ///
    /// The returned log events are sorted by event timestamp, the timestamp when the
    /// event was ingested by CloudWatch Logs, and the ID of the `PutLogEvents` request.
    ///
    /// If you are using CloudWatch cross-account observability, you can use this
    /// operation in a monitoring account and view data from the linked source accounts.
    /// For more information, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    ///
    /// Errors: [`FilterLogEventsError`](crate::operation::filter_log_events::FilterLogEventsError).
    pub fn filter_log_events(
        &self,
    ) -> crate::operation::filter_log_events::FilterLogEventsFluentBuilder {
        crate::operation::filter_log_events::FilterLogEventsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns information about a log group data protection policy.
    ///
    /// Errors: [`GetDataProtectionPolicyError`](crate::operation::get_data_protection_policy::GetDataProtectionPolicyError).
    pub fn get_data_protection_policy(
        &self,
    ) -> crate::operation::get_data_protection_policy::GetDataProtectionPolicyFluentBuilder {
        crate::operation::get_data_protection_policy::GetDataProtectionPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDeliveryError`](crate::operation::get_delivery::GetDeliveryError).
    pub fn get_delivery(
        &self,
    ) -> crate::operation::get_delivery::GetDeliveryFluentBuilder {
        crate::operation::get_delivery::GetDeliveryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDeliveryDestinationError`](crate::operation::get_delivery_destination::GetDeliveryDestinationError).
    pub fn get_delivery_destination(
        &self,
    ) -> crate::operation::get_delivery_destination::GetDeliveryDestinationFluentBuilder {
        crate::operation::get_delivery_destination::GetDeliveryDestinationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDeliveryDestinationPolicyError`](crate::operation::get_delivery_destination_policy::GetDeliveryDestinationPolicyError).
    pub fn get_delivery_destination_policy(
        &self,
    ) -> crate::operation::get_delivery_destination_policy::GetDeliveryDestinationPolicyFluentBuilder {
        crate::operation::get_delivery_destination_policy::GetDeliveryDestinationPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDeliverySourceError`](crate::operation::get_delivery_source::GetDeliverySourceError).
    pub fn get_delivery_source(
        &self,
    ) -> crate::operation::get_delivery_source::GetDeliverySourceFluentBuilder {
        crate::operation::get_delivery_source::GetDeliverySourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetIntegrationError`](crate::operation::get_integration::GetIntegrationError).
    pub fn get_integration(
        &self,
    ) -> crate::operation::get_integration::GetIntegrationFluentBuilder {
        crate::operation::get_integration::GetIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetLogAnomalyDetectorError`](crate::operation::get_log_anomaly_detector::GetLogAnomalyDetectorError).
    pub fn get_log_anomaly_detector(
        &self,
    ) -> crate::operation::get_log_anomaly_detector::GetLogAnomalyDetectorFluentBuilder {
        crate::operation::get_log_anomaly_detector::GetLogAnomalyDetectorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists log events from the specified log stream. You can list all of the log
    /// events or filter using a time range.
    ///
    /// By default, this operation returns as many log events as can fit in a response
    /// size of 1MB (up to 10,000 log events). You can get additional log events by
    /// specifying one of the tokens in a subsequent call. This operation can return
    /// empty results while there are more log events available through the token.
    ///
    /// If you are using CloudWatch cross-account observability, you can use this
    /// operation in a monitoring account and view data from the linked source accounts.
    /// For more information, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    ///
    /// You can specify the log group to search by using either `logGroupIdentifier` or
    /// `logGroupName`. You must include one of these two parameters, but you can't
    /// include both.
    ///
    /// Errors: [`GetLogEventsError`](crate::operation::get_log_events::GetLogEventsError).
    pub fn get_log_events(
        &self,
    ) -> crate::operation::get_log_events::GetLogEventsFluentBuilder {
        crate::operation::get_log_events::GetLogEventsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetLogFieldsError`](crate::operation::get_log_fields::GetLogFieldsError).
    pub fn get_log_fields(
        &self,
    ) -> crate::operation::get_log_fields::GetLogFieldsFluentBuilder {
        crate::operation::get_log_fields::GetLogFieldsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of the fields that are included in log events in the specified
    /// log group. Includes the percentage of log events that contain each field. The
    /// search is limited to a time period that you specify.
    ///
    /// You can specify the log group to search by using either `logGroupIdentifier` or
    /// `logGroupName`. You must specify one of these parameters, but you can't specify
    /// both.
    ///
    /// In the results, fields that start with `@` are fields generated by CloudWatch
    /// Logs. For example, `@timestamp` is the timestamp of each log event. For more
    /// information about the fields that are generated by CloudWatch logs, see
    /// [Supported Logs and Discovered
    /// Fields](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData-discoverable-fields.html).
    ///
    /// The response results are sorted by the frequency percentage, starting with the
    /// highest percentage.
    ///
    /// If you are using CloudWatch cross-account observability, you can use this
    /// operation in a monitoring account and view data from the linked source accounts.
    /// For more information, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    ///
    /// Errors: [`GetLogGroupFieldsError`](crate::operation::get_log_group_fields::GetLogGroupFieldsError).
    pub fn get_log_group_fields(
        &self,
    ) -> crate::operation::get_log_group_fields::GetLogGroupFieldsFluentBuilder {
        crate::operation::get_log_group_fields::GetLogGroupFieldsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetLogObjectError`](crate::operation::get_log_object::GetLogObjectError).
    pub fn get_log_object(
        &self,
    ) -> crate::operation::get_log_object::GetLogObjectFluentBuilder {
        crate::operation::get_log_object::GetLogObjectFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Retrieves all of the fields and values of a single log event. All fields are
    /// retrieved, even if the original query that produced the `logRecordPointer`
    /// retrieved only a subset of fields. Fields are returned as field name/field value
    /// pairs.
    ///
    /// The full unparsed log event is returned within `@message`.
    ///
    /// Errors: [`GetLogRecordError`](crate::operation::get_log_record::GetLogRecordError).
    pub fn get_log_record(
        &self,
    ) -> crate::operation::get_log_record::GetLogRecordFluentBuilder {
        crate::operation::get_log_record::GetLogRecordFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetLookupTableError`](crate::operation::get_lookup_table::GetLookupTableError).
    pub fn get_lookup_table(
        &self,
    ) -> crate::operation::get_lookup_table::GetLookupTableFluentBuilder {
        crate::operation::get_lookup_table::GetLookupTableFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns the results from the specified query.
    ///
    /// Only the fields requested in the query are returned, along with a `@ptr` field,
    /// which is the identifier for the log record. You can use the value of `@ptr` in a
    /// [GetLogRecord](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogRecord.html)
    /// operation to get the full log record.
    ///
    /// `GetQueryResults` does not start running a query. To run a query, use
    /// [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html).
    ///
    /// If the value of the `Status` field in the output is `Running`, this operation
    /// returns only partial results. If you see a value of `Scheduled` or `Running` for
    /// the status, you can retry the operation later to see the final results.
    ///
    /// If you are using CloudWatch cross-account observability, you can use this
    /// operation in a monitoring account to start queries in linked source accounts.
    /// For more information, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    ///
    /// Errors: [`GetQueryResultsError`](crate::operation::get_query_results::GetQueryResultsError).
    pub fn get_query_results(
        &self,
    ) -> crate::operation::get_query_results::GetQueryResultsFluentBuilder {
        crate::operation::get_query_results::GetQueryResultsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetScheduledQueryError`](crate::operation::get_scheduled_query::GetScheduledQueryError).
    pub fn get_scheduled_query(
        &self,
    ) -> crate::operation::get_scheduled_query::GetScheduledQueryFluentBuilder {
        crate::operation::get_scheduled_query::GetScheduledQueryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetScheduledQueryHistoryError`](crate::operation::get_scheduled_query_history::GetScheduledQueryHistoryError).
    pub fn get_scheduled_query_history(
        &self,
    ) -> crate::operation::get_scheduled_query_history::GetScheduledQueryHistoryFluentBuilder {
        crate::operation::get_scheduled_query_history::GetScheduledQueryHistoryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetStorageTierPolicyError`](crate::operation::get_storage_tier_policy::GetStorageTierPolicyError).
    pub fn get_storage_tier_policy(
        &self,
    ) -> crate::operation::get_storage_tier_policy::GetStorageTierPolicyFluentBuilder {
        crate::operation::get_storage_tier_policy::GetStorageTierPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetTransformerError`](crate::operation::get_transformer::GetTransformerError).
    pub fn get_transformer(
        &self,
    ) -> crate::operation::get_transformer::GetTransformerFluentBuilder {
        crate::operation::get_transformer::GetTransformerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListAggregateLogGroupSummariesError`](crate::operation::list_aggregate_log_group_summaries::ListAggregateLogGroupSummariesError).
    pub fn list_aggregate_log_group_summaries(
        &self,
    ) -> crate::operation::list_aggregate_log_group_summaries::ListAggregateLogGroupSummariesFluentBuilder {
        crate::operation::list_aggregate_log_group_summaries::ListAggregateLogGroupSummariesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListAnomaliesError`](crate::operation::list_anomalies::ListAnomaliesError).
    pub fn list_anomalies(
        &self,
    ) -> crate::operation::list_anomalies::ListAnomaliesFluentBuilder {
        crate::operation::list_anomalies::ListAnomaliesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListIntegrationsError`](crate::operation::list_integrations::ListIntegrationsError).
    pub fn list_integrations(
        &self,
    ) -> crate::operation::list_integrations::ListIntegrationsFluentBuilder {
        crate::operation::list_integrations::ListIntegrationsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListLogAnomalyDetectorsError`](crate::operation::list_log_anomaly_detectors::ListLogAnomalyDetectorsError).
    pub fn list_log_anomaly_detectors(
        &self,
    ) -> crate::operation::list_log_anomaly_detectors::ListLogAnomalyDetectorsFluentBuilder {
        crate::operation::list_log_anomaly_detectors::ListLogAnomalyDetectorsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListLogGroupsError`](crate::operation::list_log_groups::ListLogGroupsError).
    pub fn list_log_groups(
        &self,
    ) -> crate::operation::list_log_groups::ListLogGroupsFluentBuilder {
        crate::operation::list_log_groups::ListLogGroupsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListLogGroupsForQueryError`](crate::operation::list_log_groups_for_query::ListLogGroupsForQueryError).
    pub fn list_log_groups_for_query(
        &self,
    ) -> crate::operation::list_log_groups_for_query::ListLogGroupsForQueryFluentBuilder {
        crate::operation::list_log_groups_for_query::ListLogGroupsForQueryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListScheduledQueriesError`](crate::operation::list_scheduled_queries::ListScheduledQueriesError).
    pub fn list_scheduled_queries(
        &self,
    ) -> crate::operation::list_scheduled_queries::ListScheduledQueriesFluentBuilder {
        crate::operation::list_scheduled_queries::ListScheduledQueriesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListSourcesForS3TableIntegrationError`](crate::operation::list_sources_for_s3_table_integration::ListSourcesForS3TableIntegrationError).
    pub fn list_sources_for_s3_table_integration(
        &self,
    ) -> crate::operation::list_sources_for_s3_table_integration::ListSourcesForS3TableIntegrationFluentBuilder {
        crate::operation::list_sources_for_s3_table_integration::ListSourcesForS3TableIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListSyslogConfigurationsError`](crate::operation::list_syslog_configurations::ListSyslogConfigurationsError).
    pub fn list_syslog_configurations(
        &self,
    ) -> crate::operation::list_syslog_configurations::ListSyslogConfigurationsFluentBuilder {
        crate::operation::list_syslog_configurations::ListSyslogConfigurationsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Displays the tags associated with a CloudWatch Logs resource. Currently, log
    /// groups and destinations support tagging.
    ///
    /// Errors: [`ListTagsForResourceError`](crate::operation::list_tags_for_resource::ListTagsForResourceError).
    pub fn list_tags_for_resource(
        &self,
    ) -> crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder {
        crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// **Important:** The ListTagsLogGroup operation is on the path to deprecation. We
    /// recommend that you use
    /// [ListTagsForResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html)
    /// instead.
    ///
    /// Lists the tags for the specified log group.
    ///
    /// Errors: [`ListTagsLogGroupError`](crate::operation::list_tags_log_group::ListTagsLogGroupError).
    #[deprecated]
    pub fn list_tags_log_group(
        &self,
    ) -> crate::operation::list_tags_log_group::ListTagsLogGroupFluentBuilder {
        crate::operation::list_tags_log_group::ListTagsLogGroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an account-level data protection policy that applies to all log groups
    /// in the account. A data protection policy can help safeguard sensitive data
    /// that's ingested by your log groups by auditing and masking the sensitive log
    /// data. Each account can have only one account-level policy.
    ///
    /// **Important:** Sensitive data is detected and masked when it is ingested into a
    /// log group. When you set a data protection policy, log events ingested into the
    /// log groups before that time are not masked.
    ///
    /// If you use `PutAccountPolicy` to create a data protection policy for your whole
    /// account, it applies to both existing log groups and all log groups that are
    /// created later in this account. The account policy is applied to existing log
    /// groups with eventual consistency. It might take up to 5 minutes before sensitive
    /// data in existing log groups begins to be masked.
    ///
    /// By default, when a user views a log event that includes masked data, the
    /// sensitive data is replaced by asterisks. A user who has the `logs:Unmask`
    /// permission can use a
    /// [GetLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html)
    /// or
    /// [FilterLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html)
    /// operation with the `unmask` parameter set to `true` to view the unmasked log
    /// events. Users with the `logs:Unmask` can also view unmasked data in the
    /// CloudWatch Logs console by running a CloudWatch Logs Insights query with the
    /// `unmask` query command.
    ///
    /// For more information, including a list of types of data that can be audited and
    /// masked, see [Protect sensitive log data with
    /// masking](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html).
    ///
    /// To use the `PutAccountPolicy` operation, you must be signed on with the
    /// `logs:PutDataProtectionPolicy` and `logs:PutAccountPolicy` permissions.
    ///
    /// The `PutAccountPolicy` operation applies to all log groups in the account. You
    /// can also use
    /// [PutDataProtectionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDataProtectionPolicy.html)
    /// to create a data protection policy that applies to just one log group. If a log
    /// group has its own data protection policy and the account also has an
    /// account-level data protection policy, then the two policies are cumulative. Any
    /// sensitive term specified in either policy is masked.
    ///
    /// Errors: [`PutAccountPolicyError`](crate::operation::put_account_policy::PutAccountPolicyError).
    pub fn put_account_policy(
        &self,
    ) -> crate::operation::put_account_policy::PutAccountPolicyFluentBuilder {
        crate::operation::put_account_policy::PutAccountPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutBearerTokenAuthenticationError`](crate::operation::put_bearer_token_authentication::PutBearerTokenAuthenticationError).
    pub fn put_bearer_token_authentication(
        &self,
    ) -> crate::operation::put_bearer_token_authentication::PutBearerTokenAuthenticationFluentBuilder {
        crate::operation::put_bearer_token_authentication::PutBearerTokenAuthenticationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a data protection policy for the specified log group. A data protection
    /// policy can help safeguard sensitive data that's ingested by the log group by
    /// auditing and masking the sensitive log data.
    ///
    /// **Important:** Sensitive data is detected and masked when it is ingested into
    /// the log group. When you set a data protection policy, log events ingested into
    /// the log group before that time are not masked.
    ///
    /// By default, when a user views a log event that includes masked data, the
    /// sensitive data is replaced by asterisks. A user who has the `logs:Unmask`
    /// permission can use a
    /// [GetLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html)
    /// or
    /// [FilterLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html)
    /// operation with the `unmask` parameter set to `true` to view the unmasked log
    /// events. Users with the `logs:Unmask` can also view unmasked data in the
    /// CloudWatch Logs console by running a CloudWatch Logs Insights query with the
    /// `unmask` query command.
    ///
    /// For more information, including a list of types of data that can be audited and
    /// masked, see [Protect sensitive log data with
    /// masking](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html).
    ///
    /// The `PutDataProtectionPolicy` operation applies to only the specified log group.
    /// You can also use
    /// [PutAccountPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutAccountPolicy.html)
    /// to create an account-level data protection policy that applies to all log groups
    /// in the account, including both existing log groups and log groups that are
    /// created level. If a log group has its own data protection policy and the account
    /// also has an account-level data protection policy, then the two policies are
    /// cumulative. Any sensitive term specified in either policy is masked.
    ///
    /// Errors: [`PutDataProtectionPolicyError`](crate::operation::put_data_protection_policy::PutDataProtectionPolicyError).
    pub fn put_data_protection_policy(
        &self,
    ) -> crate::operation::put_data_protection_policy::PutDataProtectionPolicyFluentBuilder {
        crate::operation::put_data_protection_policy::PutDataProtectionPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutDeliveryDestinationError`](crate::operation::put_delivery_destination::PutDeliveryDestinationError).
    pub fn put_delivery_destination(
        &self,
    ) -> crate::operation::put_delivery_destination::PutDeliveryDestinationFluentBuilder {
        crate::operation::put_delivery_destination::PutDeliveryDestinationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutDeliveryDestinationPolicyError`](crate::operation::put_delivery_destination_policy::PutDeliveryDestinationPolicyError).
    pub fn put_delivery_destination_policy(
        &self,
    ) -> crate::operation::put_delivery_destination_policy::PutDeliveryDestinationPolicyFluentBuilder {
        crate::operation::put_delivery_destination_policy::PutDeliveryDestinationPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutDeliverySourceError`](crate::operation::put_delivery_source::PutDeliverySourceError).
    pub fn put_delivery_source(
        &self,
    ) -> crate::operation::put_delivery_source::PutDeliverySourceFluentBuilder {
        crate::operation::put_delivery_source::PutDeliverySourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates or updates a destination. This operation is used only to create
    /// destinations for cross-account subscriptions.
    ///
    /// A destination encapsulates a physical resource (such as an Amazon Kinesis
    /// stream). With a destination, you can subscribe to a real-time stream of log
    /// events for a different account, ingested using
    /// [PutLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html).
    ///
    /// Through an access policy, a destination controls what is written to it. By
    /// default, `PutDestination` does not set any access policy with the destination,
    /// which means a cross-account user cannot call
    /// [PutSubscriptionFilter](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutSubscriptionFilter.html)
    /// against this destination. To enable this, the destination owner must call
    /// [PutDestinationPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestinationPolicy.html)
    /// after `PutDestination`.
    ///
    /// To perform a `PutDestination` operation, you must also have the `iam:PassRole`
    /// permission.
    ///
    /// Errors: [`PutDestinationError`](crate::operation::put_destination::PutDestinationError).
    pub fn put_destination(
        &self,
    ) -> crate::operation::put_destination::PutDestinationFluentBuilder {
        crate::operation::put_destination::PutDestinationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates or updates an access policy associated with an existing destination. An
    /// access policy is an [IAM policy
    /// document](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies_overview.html)
    /// that is used to authorize claims to register a subscription filter against a
    /// given destination.
    ///
    /// Errors: [`PutDestinationPolicyError`](crate::operation::put_destination_policy::PutDestinationPolicyError).
    pub fn put_destination_policy(
        &self,
    ) -> crate::operation::put_destination_policy::PutDestinationPolicyFluentBuilder {
        crate::operation::put_destination_policy::PutDestinationPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutIndexPolicyError`](crate::operation::put_index_policy::PutIndexPolicyError).
    pub fn put_index_policy(
        &self,
    ) -> crate::operation::put_index_policy::PutIndexPolicyFluentBuilder {
        crate::operation::put_index_policy::PutIndexPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutIntegrationError`](crate::operation::put_integration::PutIntegrationError).
    pub fn put_integration(
        &self,
    ) -> crate::operation::put_integration::PutIntegrationFluentBuilder {
        crate::operation::put_integration::PutIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Uploads a batch of log events to the specified log stream.
    ///
    /// **Important:** The sequence token is now ignored in `PutLogEvents` actions.
    /// `PutLogEvents` actions are always accepted and never return
    /// `InvalidSequenceTokenException` or `DataAlreadyAcceptedException` even if the
    /// sequence token is not valid. You can use parallel `PutLogEvents` actions on the
    /// same log stream.
    ///
    /// The batch of events must satisfy the following constraints:
    ///
    /// - The maximum batch size is 1,048,576 bytes. This size is calculated as the sum
    ///   of all event messages in UTF-8, plus 26 bytes for each log event.
    /// - None of the log events in the batch can be more than 2 hours in the future.
    /// - None of the log events in the batch can be more than 14 days in the past.
    ///   Also, none of the log events can be from earlier than the retention period of
    ///   the log group.
    /// - The log events in the batch must be in chronological order by their timestamp.
    ///   The timestamp is the time that the event occurred, expressed as the number of
    ///   milliseconds after `Jan 1, 1970 00:00:00 UTC`. (In Amazon Web Services Tools
    ///   for PowerShell and the Amazon Web Services SDK for .NET, the timestamp is
    ///   specified in .NET format: `yyyy-mm-ddThh:mm:ss`. For example,
    ///   `2017-09-15T13:45:30`.)
    /// - A batch of log events in a single request cannot span more than 24 hours.
    ///   Otherwise, the operation fails.
    /// - Each log event can be no larger than 256 KB.
    /// - The maximum number of log events in a batch is 10,000.
    /// - **Important:** The quota of five requests per second per log stream has been
    ///   removed. Instead, `PutLogEvents` actions are throttled based on a per-second
    ///   per-account quota. You can request an increase to the per-second throttling
    ///   quota by using the Service Quotas service.
    ///
    /// If a call to `PutLogEvents` returns "UnrecognizedClientException" the most
    /// likely cause is a non-valid Amazon Web Services access key ID or secret key.
    ///
    /// Errors: [`PutLogEventsError`](crate::operation::put_log_events::PutLogEventsError).
    pub fn put_log_events(
        &self,
    ) -> crate::operation::put_log_events::PutLogEventsFluentBuilder {
        crate::operation::put_log_events::PutLogEventsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutLogGroupDeletionProtectionError`](crate::operation::put_log_group_deletion_protection::PutLogGroupDeletionProtectionError).
    pub fn put_log_group_deletion_protection(
        &self,
    ) -> crate::operation::put_log_group_deletion_protection::PutLogGroupDeletionProtectionFluentBuilder {
        crate::operation::put_log_group_deletion_protection::PutLogGroupDeletionProtectionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates or updates a metric filter and associates it with the specified log
    /// group. With metric filters, you can configure rules to extract metric data from
    /// log events ingested through
    /// [PutLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html).
    ///
    /// The maximum number of metric filters that can be associated with a log group is
    /// 100\.
    ///
    /// When you create a metric filter, you can also optionally assign a unit and
    /// dimensions to the metric that is created.
    ///
    /// **Important:** Metrics extracted from log events are charged as custom metrics.
    /// To prevent unexpected high charges, do not specify high-cardinality fields such
    /// as `IPAddress` or `requestID` as dimensions. Each different value found for a
    /// dimension is treated as a separate metric and accrues charges as a separate
    /// custom metric.
    ///
    /// CloudWatch Logs disables a metric filter if it generates 1,000 different
    /// name/value pairs for your specified dimensions within a certain amount of time.
    /// This helps to prevent accidental high charges.
    ///
    /// You can also set up a billing alarm to alert you if your charges are higher than
    /// expected. For more information, see [Creating a Billing Alarm to Monitor Your
    /// Estimated Amazon Web Services
    /// Charges](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html).
    ///
    /// Errors: [`PutMetricFilterError`](crate::operation::put_metric_filter::PutMetricFilterError).
    pub fn put_metric_filter(
        &self,
    ) -> crate::operation::put_metric_filter::PutMetricFilterFluentBuilder {
        crate::operation::put_metric_filter::PutMetricFilterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates or updates a query definition for CloudWatch Logs Insights. For more
    /// information, see [Analyzing Log Data with CloudWatch Logs
    /// Insights](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html).
    ///
    /// To update a query definition, specify its `queryDefinitionId` in your request.
    /// The values of `name`, `queryString`, and `logGroupNames` are changed to the
    /// values that you specify in your update operation. No current values are retained
    /// from the current query definition. For example, imagine updating a current query
    /// definition that includes log groups. If you don't specify the `logGroupNames`
    /// parameter in your update operation, the query definition changes to contain no
    /// log groups.
    ///
    /// You must have the `logs:PutQueryDefinition` permission to be able to perform
    /// this operation.
    ///
    /// Errors: [`PutQueryDefinitionError`](crate::operation::put_query_definition::PutQueryDefinitionError).
    pub fn put_query_definition(
        &self,
    ) -> crate::operation::put_query_definition::PutQueryDefinitionFluentBuilder {
        crate::operation::put_query_definition::PutQueryDefinitionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates or updates a resource policy allowing other Amazon Web Services services
    /// to put log events to this account, such as Amazon Route 53. An account can have
    /// up to 10 resource policies per Amazon Web Services Region.
    ///
    /// Errors: [`PutResourcePolicyError`](crate::operation::put_resource_policy::PutResourcePolicyError).
    pub fn put_resource_policy(
        &self,
    ) -> crate::operation::put_resource_policy::PutResourcePolicyFluentBuilder {
        crate::operation::put_resource_policy::PutResourcePolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Sets the retention of the specified log group. With a retention policy, you can
    /// configure the number of days for which to retain log events in the specified log
    /// group.
    ///
    /// **Note:** CloudWatch Logs doesn’t immediately delete log events when they reach
    /// their retention setting. It typically takes up to 72 hours after that before log
    /// events are deleted, but in rare situations might take longer.
    ///
    /// To illustrate, imagine that you change a log group to have a longer retention
    /// setting when it contains log events that are past the expiration date, but
    /// haven’t been deleted. Those log events will take up to 72 hours to be deleted
    /// after the new retention date is reached. To make sure that log data is deleted
    /// permanently, keep a log group at its lower retention setting until 72 hours
    /// after the previous retention period ends. Alternatively, wait to change the
    /// retention setting until you confirm that the earlier log events are deleted.
    ///
    /// Errors: [`PutRetentionPolicyError`](crate::operation::put_retention_policy::PutRetentionPolicyError).
    pub fn put_retention_policy(
        &self,
    ) -> crate::operation::put_retention_policy::PutRetentionPolicyFluentBuilder {
        crate::operation::put_retention_policy::PutRetentionPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutStorageTierPolicyError`](crate::operation::put_storage_tier_policy::PutStorageTierPolicyError).
    pub fn put_storage_tier_policy(
        &self,
    ) -> crate::operation::put_storage_tier_policy::PutStorageTierPolicyFluentBuilder {
        crate::operation::put_storage_tier_policy::PutStorageTierPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates or updates a subscription filter and associates it with the specified
    /// log group. With subscription filters, you can subscribe to a real-time stream of
    /// log events ingested through
    /// [PutLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html)
    /// and have them delivered to a specific destination. When log events are sent to
    /// the receiving service, they are Base64 encoded and compressed with the GZIP
    /// format.
    ///
    /// The following destinations are supported for subscription filters:
    ///
    /// - An Amazon Kinesis data stream belonging to the same account as the
    ///   subscription filter, for same-account delivery.
    /// - A logical destination created with
    ///   [PutDestination](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestination.html)
    ///   that belongs to a different account, for cross-account delivery. We currently
    ///   support Kinesis Data Streams and Kinesis Data Firehose as logical
    ///   destinations.
    /// - An Amazon Kinesis Data Firehose delivery stream that belongs to the same
    ///   account as the subscription filter, for same-account delivery.
    /// - An Lambda function that belongs to the same account as the subscription
    ///   filter, for same-account delivery.
    ///
    /// Each log group can have up to two subscription filters associated with it. If
    /// you are updating an existing filter, you must specify the correct name in
    /// `filterName`.
    ///
    /// To perform a `PutSubscriptionFilter` operation for any destination except a
    /// Lambda function, you must also have the `iam:PassRole` permission.
    ///
    /// Errors: [`PutSubscriptionFilterError`](crate::operation::put_subscription_filter::PutSubscriptionFilterError).
    pub fn put_subscription_filter(
        &self,
    ) -> crate::operation::put_subscription_filter::PutSubscriptionFilterFluentBuilder {
        crate::operation::put_subscription_filter::PutSubscriptionFilterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutSyslogConfigurationError`](crate::operation::put_syslog_configuration::PutSyslogConfigurationError).
    pub fn put_syslog_configuration(
        &self,
    ) -> crate::operation::put_syslog_configuration::PutSyslogConfigurationFluentBuilder {
        crate::operation::put_syslog_configuration::PutSyslogConfigurationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutTransformerError`](crate::operation::put_transformer::PutTransformerError).
    pub fn put_transformer(
        &self,
    ) -> crate::operation::put_transformer::PutTransformerFluentBuilder {
        crate::operation::put_transformer::PutTransformerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`StartLiveTailError`](crate::operation::start_live_tail::StartLiveTailError).
    pub fn start_live_tail(
        &self,
    ) -> crate::operation::start_live_tail::StartLiveTailFluentBuilder {
        crate::operation::start_live_tail::StartLiveTailFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Schedules a query of a log group using CloudWatch Logs Insights. You specify the
    /// log group and time range to query and the query string to use.
    ///
    /// For more information, see [CloudWatch Logs Insights Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    ///
    /// After you run a query using `StartQuery`, the query results are stored by
    /// CloudWatch Logs. You can use
    /// [GetQueryResults](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetQueryResults.html)
    /// to retrieve the results of a query, using the `queryId` that `StartQuery`
    /// returns.
    ///
    /// If you have associated a KMS key with the query results in this account, then
    /// [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html)
    /// uses that key to encrypt the results when it stores them. If no key is
    /// associated with query results, the query results are encrypted with the default
    /// CloudWatch Logs encryption method.
    ///
    /// Queries time out after 60 minutes of runtime. If your queries are timing out,
    /// reduce the time range being searched or partition your query into a number of
    /// queries.
    ///
    /// If you are using CloudWatch cross-account observability, you can use this
    /// operation in a monitoring account to start a query in a linked source account.
    /// For more information, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    /// For a cross-account `StartQuery` operation, the query definition must be defined
    /// in the monitoring account.
    ///
    /// You can have up to 30 concurrent CloudWatch Logs insights queries, including
    /// queries that have been added to dashboards.
    ///
    /// Errors: [`StartQueryError`](crate::operation::start_query::StartQueryError).
    pub fn start_query(&self) -> crate::operation::start_query::StartQueryFluentBuilder {
        crate::operation::start_query::StartQueryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Stops a CloudWatch Logs Insights query that is in progress. If the query has
    /// already ended, the operation returns an error indicating that the specified
    /// query is not running.
    ///
    /// Errors: [`StopQueryError`](crate::operation::stop_query::StopQueryError).
    pub fn stop_query(&self) -> crate::operation::stop_query::StopQueryFluentBuilder {
        crate::operation::stop_query::StopQueryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// **Important:** The TagLogGroup operation is on the path to deprecation. We
    /// recommend that you use
    /// [TagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html)
    /// instead.
    ///
    /// Adds or updates the specified tags for the specified log group.
    ///
    /// To list the tags for a log group, use
    /// [ListTagsForResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html).
    /// To remove tags, use
    /// [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html).
    ///
    /// For more information about tags, see [Tag Log Groups in Amazon CloudWatch
    /// Logs](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#log-group-tagging)
    /// in the *Amazon CloudWatch Logs User Guide*.
    ///
    /// CloudWatch Logs doesn’t support IAM policies that prevent users from assigning
    /// specified tags to log groups using the `aws:Resource/key-name` or `aws:TagKeys`
    /// condition keys. For more information about using tags to control access, see
    /// [Controlling access to Amazon Web Services resources using
    /// tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html).
    ///
    /// Errors: [`TagLogGroupError`](crate::operation::tag_log_group::TagLogGroupError).
    #[deprecated]
    pub fn tag_log_group(
        &self,
    ) -> crate::operation::tag_log_group::TagLogGroupFluentBuilder {
        crate::operation::tag_log_group::TagLogGroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Assigns one or more tags (key-value pairs) to the specified CloudWatch Logs
    /// resource. Currently, the only CloudWatch Logs resources that can be tagged are
    /// log groups and destinations.
    ///
    /// Tags can help you organize and categorize your resources. You can also use them
    /// to scope user permissions by granting a user permission to access or change only
    /// resources with certain tag values.
    ///
    /// Tags don't have any semantic meaning to Amazon Web Services and are interpreted
    /// strictly as strings of characters.
    ///
    /// You can use the `TagResource` action with a resource that already has tags. If
    /// you specify a new tag key for the alarm, this tag is appended to the list of
    /// tags associated with the alarm. If you specify a tag key that is already
    /// associated with the alarm, the new tag value that you specify replaces the
    /// previous value for that tag.
    ///
    /// You can associate as many as 50 tags with a CloudWatch Logs resource.
    ///
    /// Errors: [`TagResourceError`](crate::operation::tag_resource::TagResourceError).
    pub fn tag_resource(
        &self,
    ) -> crate::operation::tag_resource::TagResourceFluentBuilder {
        crate::operation::tag_resource::TagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Tests the filter pattern of a metric filter against a sample of log event
    /// messages. You can use this operation to validate the correctness of a metric
    /// filter pattern.
    ///
    /// Errors: [`TestMetricFilterError`](crate::operation::test_metric_filter::TestMetricFilterError).
    pub fn test_metric_filter(
        &self,
    ) -> crate::operation::test_metric_filter::TestMetricFilterFluentBuilder {
        crate::operation::test_metric_filter::TestMetricFilterFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`TestTransformerError`](crate::operation::test_transformer::TestTransformerError).
    pub fn test_transformer(
        &self,
    ) -> crate::operation::test_transformer::TestTransformerFluentBuilder {
        crate::operation::test_transformer::TestTransformerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// **Important:** The UntagLogGroup operation is on the path to deprecation. We
    /// recommend that you use
    /// [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html)
    /// instead.
    ///
    /// Removes the specified tags from the specified log group.
    ///
    /// To list the tags for a log group, use
    /// [ListTagsForResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html).
    /// To add tags, use
    /// [TagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html).
    ///
    /// CloudWatch Logs doesn’t support IAM policies that prevent users from assigning
    /// specified tags to log groups using the `aws:Resource/key-name` or `aws:TagKeys`
    /// condition keys.
    ///
    /// Errors: [`UntagLogGroupError`](crate::operation::untag_log_group::UntagLogGroupError).
    #[deprecated]
    pub fn untag_log_group(
        &self,
    ) -> crate::operation::untag_log_group::UntagLogGroupFluentBuilder {
        crate::operation::untag_log_group::UntagLogGroupFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Removes one or more tags from the specified resource.
    ///
    /// Errors: [`UntagResourceError`](crate::operation::untag_resource::UntagResourceError).
    pub fn untag_resource(
        &self,
    ) -> crate::operation::untag_resource::UntagResourceFluentBuilder {
        crate::operation::untag_resource::UntagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateAnomalyError`](crate::operation::update_anomaly::UpdateAnomalyError).
    pub fn update_anomaly(
        &self,
    ) -> crate::operation::update_anomaly::UpdateAnomalyFluentBuilder {
        crate::operation::update_anomaly::UpdateAnomalyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateDeliveryConfigurationError`](crate::operation::update_delivery_configuration::UpdateDeliveryConfigurationError).
    pub fn update_delivery_configuration(
        &self,
    ) -> crate::operation::update_delivery_configuration::UpdateDeliveryConfigurationFluentBuilder {
        crate::operation::update_delivery_configuration::UpdateDeliveryConfigurationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateLogAnomalyDetectorError`](crate::operation::update_log_anomaly_detector::UpdateLogAnomalyDetectorError).
    pub fn update_log_anomaly_detector(
        &self,
    ) -> crate::operation::update_log_anomaly_detector::UpdateLogAnomalyDetectorFluentBuilder {
        crate::operation::update_log_anomaly_detector::UpdateLogAnomalyDetectorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateLookupTableError`](crate::operation::update_lookup_table::UpdateLookupTableError).
    pub fn update_lookup_table(
        &self,
    ) -> crate::operation::update_lookup_table::UpdateLookupTableFluentBuilder {
        crate::operation::update_lookup_table::UpdateLookupTableFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateScheduledQueryError`](crate::operation::update_scheduled_query::UpdateScheduledQueryError).
    pub fn update_scheduled_query(
        &self,
    ) -> crate::operation::update_scheduled_query::UpdateScheduledQueryFluentBuilder {
        crate::operation::update_scheduled_query::UpdateScheduledQueryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
}
