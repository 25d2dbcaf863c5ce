//! The service client.
static SERVICE: crate::runtime::operation::ServiceSpec = crate::runtime::operation::ServiceSpec {
    protocol: crate::runtime::operation::Protocol::RestJson1,
    service_id: "Lambda",
    read_error: crate::runtime::rest::error_metadata,
    signing_name: "lambda",
    endpoint_prefix: "lambda",
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
                    url: "https://lambda.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.aws",
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
                    url: "https://lambda.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.amazonwebservices.com.cn",
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
                    url: "https://lambda.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.amazonwebservices.eu",
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
                    url: "https://lambda.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.aws.ic.gov",
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
                    url: "https://lambda.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.aws.scloud",
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
                    url: "https://lambda.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.cloud-aws.adc-e.uk",
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
                    url: "https://lambda.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.aws.hci.ic.gov",
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
                    url: "https://lambda.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://lambda-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
    ],
    discovery_operation: ::std::option::Option::None,
};
/// Client for AWS Lambda.
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
    /// Adds permissions to the resource-based policy of a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    /// Use this action to grant layer usage permission to other accounts. You can grant
    /// permission to a single account, all accounts in an organization, or all Amazon
    /// Web Services accounts.
    ///
    /// To revoke permission, call RemoveLayerVersionPermission with the statement ID
    /// that you specified when you added it.
    ///
    /// Errors: [`AddLayerVersionPermissionError`](crate::operation::add_layer_version_permission::AddLayerVersionPermissionError).
    pub fn add_layer_version_permission(
        &self,
    ) -> crate::operation::add_layer_version_permission::AddLayerVersionPermissionFluentBuilder {
        crate::operation::add_layer_version_permission::AddLayerVersionPermissionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Grants an Amazon Web Service, Amazon Web Services account, or Amazon Web
    /// Services organization permission to use a function. You can apply the policy at
    /// the function level, or specify a qualifier to restrict access to a single
    /// version or alias. If you use a qualifier, the invoker must use the full Amazon
    /// Resource Name (ARN) of that version or alias to invoke the function. Note:
    /// Lambda does not support adding policies to version $LATEST.
    ///
    /// To grant permission to another account, specify the account ID as the
    /// `Principal`. To grant permission to an organization defined in Organizations,
    /// specify the organization ID as the `PrincipalOrgID`. For Amazon Web Services,
    /// the principal is a domain-style identifier that the service defines, such as
    /// `s3.amazonaws.com` or `sns.amazonaws.com`. For Amazon Web Services, you can also
    /// specify the ARN of the associated resource as the `SourceArn`. If you grant
    /// permission to a service principal without specifying the source, other accounts
    /// could potentially configure resources in their account to invoke your Lambda
    /// function.
    ///
    /// This operation adds a statement to a resource-based permissions policy for the
    /// function. For more information about function policies, see [Using
    /// resource-based policies for
    /// Lambda](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html).
    ///
    /// Errors: [`AddPermissionError`](crate::operation::add_permission::AddPermissionError).
    pub fn add_permission(
        &self,
    ) -> crate::operation::add_permission::AddPermissionFluentBuilder {
        crate::operation::add_permission::AddPermissionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CheckpointDurableExecutionError`](crate::operation::checkpoint_durable_execution::CheckpointDurableExecutionError).
    pub fn checkpoint_durable_execution(
        &self,
    ) -> crate::operation::checkpoint_durable_execution::CheckpointDurableExecutionFluentBuilder {
        crate::operation::checkpoint_durable_execution::CheckpointDurableExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an
    /// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html)
    /// for a Lambda function version. Use aliases to provide clients with a function
    /// identifier that you can update to invoke a different version.
    ///
    /// You can also map an alias to split invocation requests between two versions. Use
    /// the `RoutingConfig` parameter to specify a second version and the percentage of
    /// invocation requests that it receives.
    ///
    /// Errors: [`CreateAliasError`](crate::operation::create_alias::CreateAliasError).
    pub fn create_alias(
        &self,
    ) -> crate::operation::create_alias::CreateAliasFluentBuilder {
        crate::operation::create_alias::CreateAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateCapacityProviderError`](crate::operation::create_capacity_provider::CreateCapacityProviderError).
    pub fn create_capacity_provider(
        &self,
    ) -> crate::operation::create_capacity_provider::CreateCapacityProviderFluentBuilder {
        crate::operation::create_capacity_provider::CreateCapacityProviderFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a code signing configuration. A [code signing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html)
    /// defines a list of allowed signing profiles and defines the code-signing
    /// validation policy (action to be taken if deployment validation checks fail).
    ///
    /// Errors: [`CreateCodeSigningConfigError`](crate::operation::create_code_signing_config::CreateCodeSigningConfigError).
    pub fn create_code_signing_config(
        &self,
    ) -> crate::operation::create_code_signing_config::CreateCodeSigningConfigFluentBuilder {
        crate::operation::create_code_signing_config::CreateCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a mapping between an event source and an Lambda function. Lambda reads
    /// items from the event source and invokes the function.
    ///
    /// For details about how to configure different event sources, see the following
    /// topics.
    ///
    /// - [Amazon DynamoDB
    ///   Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-dynamodb-eventsourcemapping)
    /// - [Amazon
    ///   Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-eventsourcemapping)
    /// - [Amazon
    ///   SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-eventsource)
    /// - [Amazon MQ and
    ///   RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-eventsourcemapping)
    /// - [Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html)
    /// - [Apache Kafka](https://docs.aws.amazon.com/lambda/latest/dg/kafka-smaa.html)
    /// - [Amazon
    ///   DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html)
    ///
    /// The following error handling options are available only for stream sources
    /// (DynamoDB and Kinesis):
    ///
    /// - `BisectBatchOnFunctionError` – If the function returns an error, split the
    ///   batch in two and retry.
    /// - `DestinationConfig` – Send discarded records to an Amazon SQS queue or Amazon
    ///   SNS topic.
    /// - `MaximumRecordAgeInSeconds` – Discard records older than the specified age.
    ///   The default value is infinite (-1). When set to infinite (-1), failed records
    ///   are retried until the record expires
    /// - `MaximumRetryAttempts` – Discard records after the specified number of
    ///   retries. The default value is infinite (-1). When set to infinite (-1), failed
    ///   records are retried until the record expires.
    /// - `ParallelizationFactor` – Process multiple batches from each shard
    ///   concurrently.
    ///
    /// For information about which configuration parameters apply to each event source,
    /// see the following topics.
    ///
    /// - [Amazon DynamoDB
    ///   Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-ddb-params)
    /// - [Amazon
    ///   Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-params)
    /// - [Amazon
    ///   SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#services-sqs-params)
    /// - [Amazon MQ and
    ///   RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-params)
    /// - [Amazon
    ///   MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-parms)
    /// - [Apache
    ///   Kafka](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html#services-kafka-parms)
    /// - [Amazon
    ///   DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html#docdb-configuration)
    ///
    /// Errors: [`CreateEventSourceMappingError`](crate::operation::create_event_source_mapping::CreateEventSourceMappingError).
    pub fn create_event_source_mapping(
        &self,
    ) -> crate::operation::create_event_source_mapping::CreateEventSourceMappingFluentBuilder {
        crate::operation::create_event_source_mapping::CreateEventSourceMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a Lambda function. To create a function, you need a [deployment
    /// package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html)
    /// and an [execution
    /// role](https://docs.aws.amazon.com/lambda/latest/dg/intro-permission-model.html#lambda-intro-execution-role).
    /// The deployment package is a .zip file archive or container image that contains
    /// your function code. The execution role grants the function permission to use
    /// Amazon Web Services, such as Amazon CloudWatch Logs for log streaming and X-Ray
    /// for request tracing.
    ///
    /// If the deployment package is a [container
    /// image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html), then
    /// you set the package type to `Image`. For a container image, the code property
    /// must include the URI of a container image in the Amazon ECR registry. You do not
    /// need to specify the handler and runtime properties.
    ///
    /// If the deployment package is a [.zip file
    /// archive](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html#gettingstarted-package-zip),
    /// then you set the package type to `Zip`. For a .zip file archive, the code
    /// property specifies the location of the .zip file. You must also specify the
    /// handler and runtime properties. The code in the deployment package must be
    /// compatible with the target instruction set architecture of the function
    /// (`x86-64` or `arm64`). If you do not specify the architecture, then the default
    /// value is `x86-64`.
    ///
    /// When you create a function, Lambda provisions an instance of the function and
    /// its supporting resources. If your function connects to a VPC, this process can
    /// take a minute or so. During this time, you can't invoke or modify the function.
    /// The `State`, `StateReason`, and `StateReasonCode` fields in the response from
    /// GetFunctionConfiguration indicate when the function is ready to invoke. For more
    /// information, see [Lambda function
    /// states](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
    ///
    /// A function has an unpublished version, and can have published versions and
    /// aliases. The unpublished version changes when you update your function's code
    /// and configuration. A published version is a snapshot of your function code and
    /// configuration that can't be changed. An alias is a named resource that maps to a
    /// version, and can be changed to map to a different version. Use the `Publish`
    /// parameter to create version `1` of your function from its initial configuration.
    ///
    /// The other parameters let you configure version-specific and function-level
    /// settings. You can modify version-specific settings later with
    /// UpdateFunctionConfiguration. Function-level settings apply to both the
    /// unpublished and published versions of the function, and include tags
    /// (TagResource) and per-function concurrency limits (PutFunctionConcurrency).
    ///
    /// You can use code signing if your deployment package is a .zip file archive. To
    /// enable code signing for this function, specify the ARN of a code-signing
    /// configuration. When a user attempts to deploy a code package with
    /// UpdateFunctionCode, Lambda checks that the code package has a valid signature
    /// from a trusted publisher. The code-signing configuration includes set of signing
    /// profiles, which define the trusted publishers for this function.
    ///
    /// If another Amazon Web Services account or an Amazon Web Service invokes your
    /// function, use AddPermission to grant permission by creating a resource-based
    /// Identity and Access Management (IAM) policy. You can grant permissions at the
    /// function level, on a version, or on an alias.
    ///
    /// To invoke your function directly, use Invoke. To invoke your function in
    /// response to events in other Amazon Web Services, create an event source mapping
    /// (CreateEventSourceMapping), or configure a function trigger in the other
    /// service. For more information, see [Invoking Lambda
    /// functions](https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html).
    ///
    /// Errors: [`CreateFunctionError`](crate::operation::create_function::CreateFunctionError).
    pub fn create_function(
        &self,
    ) -> crate::operation::create_function::CreateFunctionFluentBuilder {
        crate::operation::create_function::CreateFunctionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a Lambda function URL with the specified configuration parameters. A
    /// function URL is a dedicated HTTP(S) endpoint that you can use to invoke your
    /// function.
    ///
    /// Errors: [`CreateFunctionUrlConfigError`](crate::operation::create_function_url_config::CreateFunctionUrlConfigError).
    pub fn create_function_url_config(
        &self,
    ) -> crate::operation::create_function_url_config::CreateFunctionUrlConfigFluentBuilder {
        crate::operation::create_function_url_config::CreateFunctionUrlConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a Lambda function
    /// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    ///
    /// Errors: [`DeleteAliasError`](crate::operation::delete_alias::DeleteAliasError).
    pub fn delete_alias(
        &self,
    ) -> crate::operation::delete_alias::DeleteAliasFluentBuilder {
        crate::operation::delete_alias::DeleteAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteCapacityProviderError`](crate::operation::delete_capacity_provider::DeleteCapacityProviderError).
    pub fn delete_capacity_provider(
        &self,
    ) -> crate::operation::delete_capacity_provider::DeleteCapacityProviderFluentBuilder {
        crate::operation::delete_capacity_provider::DeleteCapacityProviderFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the code signing configuration. You can delete the code signing
    /// configuration only if no function is using it.
    ///
    /// Errors: [`DeleteCodeSigningConfigError`](crate::operation::delete_code_signing_config::DeleteCodeSigningConfigError).
    pub fn delete_code_signing_config(
        &self,
    ) -> crate::operation::delete_code_signing_config::DeleteCodeSigningConfigFluentBuilder {
        crate::operation::delete_code_signing_config::DeleteCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteDurableExecutionError`](crate::operation::delete_durable_execution::DeleteDurableExecutionError).
    pub fn delete_durable_execution(
        &self,
    ) -> crate::operation::delete_durable_execution::DeleteDurableExecutionFluentBuilder {
        crate::operation::delete_durable_execution::DeleteDurableExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an [event source
    /// mapping](https://docs.aws.amazon.com/lambda/latest/dg/intro-invocation-modes.html).
    /// You can get the identifier of a mapping from the output of
    /// ListEventSourceMappings.
    ///
    /// When you delete an event source mapping, it enters a `Deleting` state and might
    /// not be completely deleted for several seconds.
    ///
    /// Errors: [`DeleteEventSourceMappingError`](crate::operation::delete_event_source_mapping::DeleteEventSourceMappingError).
    pub fn delete_event_source_mapping(
        &self,
    ) -> crate::operation::delete_event_source_mapping::DeleteEventSourceMappingFluentBuilder {
        crate::operation::delete_event_source_mapping::DeleteEventSourceMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a Lambda function. To delete a specific function version, use the
    /// `Qualifier` parameter. Otherwise, all versions and aliases are deleted. This
    /// doesn't require the user to have explicit permissions for DeleteAlias.
    ///
    /// To delete Lambda event source mappings that invoke a function, use
    /// DeleteEventSourceMapping. For Amazon Web Services and resources that invoke your
    /// function directly, delete the trigger in the service where you originally
    /// configured it.
    ///
    /// Errors: [`DeleteFunctionError`](crate::operation::delete_function::DeleteFunctionError).
    pub fn delete_function(
        &self,
    ) -> crate::operation::delete_function::DeleteFunctionFluentBuilder {
        crate::operation::delete_function::DeleteFunctionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Removes the code signing configuration from the function.
    ///
    /// Errors: [`DeleteFunctionCodeSigningConfigError`](crate::operation::delete_function_code_signing_config::DeleteFunctionCodeSigningConfigError).
    pub fn delete_function_code_signing_config(
        &self,
    ) -> crate::operation::delete_function_code_signing_config::DeleteFunctionCodeSigningConfigFluentBuilder {
        crate::operation::delete_function_code_signing_config::DeleteFunctionCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Removes a concurrent execution limit from a function.
    ///
    /// Errors: [`DeleteFunctionConcurrencyError`](crate::operation::delete_function_concurrency::DeleteFunctionConcurrencyError).
    pub fn delete_function_concurrency(
        &self,
    ) -> crate::operation::delete_function_concurrency::DeleteFunctionConcurrencyFluentBuilder {
        crate::operation::delete_function_concurrency::DeleteFunctionConcurrencyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the configuration for asynchronous invocation for a function, version,
    /// or alias.
    ///
    /// To configure options for asynchronous invocation, use
    /// PutFunctionEventInvokeConfig.
    ///
    /// Errors: [`DeleteFunctionEventInvokeConfigError`](crate::operation::delete_function_event_invoke_config::DeleteFunctionEventInvokeConfigError).
    pub fn delete_function_event_invoke_config(
        &self,
    ) -> crate::operation::delete_function_event_invoke_config::DeleteFunctionEventInvokeConfigFluentBuilder {
        crate::operation::delete_function_event_invoke_config::DeleteFunctionEventInvokeConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a Lambda function URL. When you delete a function URL, you can't recover
    /// it. Creating a new function URL results in a different URL address.
    ///
    /// Errors: [`DeleteFunctionUrlConfigError`](crate::operation::delete_function_url_config::DeleteFunctionUrlConfigError).
    pub fn delete_function_url_config(
        &self,
    ) -> crate::operation::delete_function_url_config::DeleteFunctionUrlConfigFluentBuilder {
        crate::operation::delete_function_url_config::DeleteFunctionUrlConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    /// Deleted versions can no longer be viewed or added to functions. To avoid
    /// breaking functions, a copy of the version remains in Lambda until no functions
    /// refer to it.
    ///
    /// Errors: [`DeleteLayerVersionError`](crate::operation::delete_layer_version::DeleteLayerVersionError).
    pub fn delete_layer_version(
        &self,
    ) -> crate::operation::delete_layer_version::DeleteLayerVersionFluentBuilder {
        crate::operation::delete_layer_version::DeleteLayerVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the provisioned concurrency configuration for a function.
    ///
    /// Errors: [`DeleteProvisionedConcurrencyConfigError`](crate::operation::delete_provisioned_concurrency_config::DeleteProvisionedConcurrencyConfigError).
    pub fn delete_provisioned_concurrency_config(
        &self,
    ) -> crate::operation::delete_provisioned_concurrency_config::DeleteProvisionedConcurrencyConfigFluentBuilder {
        crate::operation::delete_provisioned_concurrency_config::DeleteProvisionedConcurrencyConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteResourcePolicyError`](crate::operation::delete_resource_policy::DeleteResourcePolicyError).
    pub fn delete_resource_policy(
        &self,
    ) -> crate::operation::delete_resource_policy::DeleteResourcePolicyFluentBuilder {
        crate::operation::delete_resource_policy::DeleteResourcePolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Retrieves details about your account's
    /// [limits](https://docs.aws.amazon.com/lambda/latest/dg/limits.html) and usage in
    /// an Amazon Web Services Region.
    ///
    /// Errors: [`GetAccountSettingsError`](crate::operation::get_account_settings::GetAccountSettingsError).
    pub fn get_account_settings(
        &self,
    ) -> crate::operation::get_account_settings::GetAccountSettingsFluentBuilder {
        crate::operation::get_account_settings::GetAccountSettingsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns details about a Lambda function
    /// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    ///
    /// Errors: [`GetAliasError`](crate::operation::get_alias::GetAliasError).
    pub fn get_alias(&self) -> crate::operation::get_alias::GetAliasFluentBuilder {
        crate::operation::get_alias::GetAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetCapacityProviderError`](crate::operation::get_capacity_provider::GetCapacityProviderError).
    pub fn get_capacity_provider(
        &self,
    ) -> crate::operation::get_capacity_provider::GetCapacityProviderFluentBuilder {
        crate::operation::get_capacity_provider::GetCapacityProviderFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns information about the specified code signing configuration.
    ///
    /// Errors: [`GetCodeSigningConfigError`](crate::operation::get_code_signing_config::GetCodeSigningConfigError).
    pub fn get_code_signing_config(
        &self,
    ) -> crate::operation::get_code_signing_config::GetCodeSigningConfigFluentBuilder {
        crate::operation::get_code_signing_config::GetCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDurableExecutionError`](crate::operation::get_durable_execution::GetDurableExecutionError).
    pub fn get_durable_execution(
        &self,
    ) -> crate::operation::get_durable_execution::GetDurableExecutionFluentBuilder {
        crate::operation::get_durable_execution::GetDurableExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDurableExecutionHistoryError`](crate::operation::get_durable_execution_history::GetDurableExecutionHistoryError).
    pub fn get_durable_execution_history(
        &self,
    ) -> crate::operation::get_durable_execution_history::GetDurableExecutionHistoryFluentBuilder {
        crate::operation::get_durable_execution_history::GetDurableExecutionHistoryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDurableExecutionStateError`](crate::operation::get_durable_execution_state::GetDurableExecutionStateError).
    pub fn get_durable_execution_state(
        &self,
    ) -> crate::operation::get_durable_execution_state::GetDurableExecutionStateFluentBuilder {
        crate::operation::get_durable_execution_state::GetDurableExecutionStateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns details about an event source mapping. You can get the identifier of a
    /// mapping from the output of ListEventSourceMappings.
    ///
    /// Errors: [`GetEventSourceMappingError`](crate::operation::get_event_source_mapping::GetEventSourceMappingError).
    pub fn get_event_source_mapping(
        &self,
    ) -> crate::operation::get_event_source_mapping::GetEventSourceMappingFluentBuilder {
        crate::operation::get_event_source_mapping::GetEventSourceMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns information about the function or function version, with a link to
    /// download the deployment package that's valid for 10 minutes. If you specify a
    /// function version, only details that are specific to that version are returned.
    ///
    /// Errors: [`GetFunctionError`](crate::operation::get_function::GetFunctionError).
    pub fn get_function(
        &self,
    ) -> crate::operation::get_function::GetFunctionFluentBuilder {
        crate::operation::get_function::GetFunctionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns the code signing configuration for the specified function.
    ///
    /// Errors: [`GetFunctionCodeSigningConfigError`](crate::operation::get_function_code_signing_config::GetFunctionCodeSigningConfigError).
    pub fn get_function_code_signing_config(
        &self,
    ) -> crate::operation::get_function_code_signing_config::GetFunctionCodeSigningConfigFluentBuilder {
        crate::operation::get_function_code_signing_config::GetFunctionCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns details about the reserved concurrency configuration for a function. To
    /// set a concurrency limit for a function, use PutFunctionConcurrency.
    ///
    /// Errors: [`GetFunctionConcurrencyError`](crate::operation::get_function_concurrency::GetFunctionConcurrencyError).
    pub fn get_function_concurrency(
        &self,
    ) -> crate::operation::get_function_concurrency::GetFunctionConcurrencyFluentBuilder {
        crate::operation::get_function_concurrency::GetFunctionConcurrencyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns the version-specific settings of a Lambda function or version. The
    /// output includes only options that can vary between versions of a function. To
    /// modify these settings, use UpdateFunctionConfiguration.
    ///
    /// To get all of a function's details, including function-level settings, use
    /// GetFunction.
    ///
    /// Errors: [`GetFunctionConfigurationError`](crate::operation::get_function_configuration::GetFunctionConfigurationError).
    pub fn get_function_configuration(
        &self,
    ) -> crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder {
        crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Retrieves the configuration for asynchronous invocation for a function, version,
    /// or alias.
    ///
    /// To configure options for asynchronous invocation, use
    /// PutFunctionEventInvokeConfig.
    ///
    /// Errors: [`GetFunctionEventInvokeConfigError`](crate::operation::get_function_event_invoke_config::GetFunctionEventInvokeConfigError).
    pub fn get_function_event_invoke_config(
        &self,
    ) -> crate::operation::get_function_event_invoke_config::GetFunctionEventInvokeConfigFluentBuilder {
        crate::operation::get_function_event_invoke_config::GetFunctionEventInvokeConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetFunctionRecursionConfigError`](crate::operation::get_function_recursion_config::GetFunctionRecursionConfigError).
    pub fn get_function_recursion_config(
        &self,
    ) -> crate::operation::get_function_recursion_config::GetFunctionRecursionConfigFluentBuilder {
        crate::operation::get_function_recursion_config::GetFunctionRecursionConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetFunctionScalingConfigError`](crate::operation::get_function_scaling_config::GetFunctionScalingConfigError).
    pub fn get_function_scaling_config(
        &self,
    ) -> crate::operation::get_function_scaling_config::GetFunctionScalingConfigFluentBuilder {
        crate::operation::get_function_scaling_config::GetFunctionScalingConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns details about a Lambda function URL.
    ///
    /// Errors: [`GetFunctionUrlConfigError`](crate::operation::get_function_url_config::GetFunctionUrlConfigError).
    pub fn get_function_url_config(
        &self,
    ) -> crate::operation::get_function_url_config::GetFunctionUrlConfigFluentBuilder {
        crate::operation::get_function_url_config::GetFunctionUrlConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns information about a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html),
    /// with a link to download the layer archive that's valid for 10 minutes.
    ///
    /// Errors: [`GetLayerVersionError`](crate::operation::get_layer_version::GetLayerVersionError).
    pub fn get_layer_version(
        &self,
    ) -> crate::operation::get_layer_version::GetLayerVersionFluentBuilder {
        crate::operation::get_layer_version::GetLayerVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns information about a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html),
    /// with a link to download the layer archive that's valid for 10 minutes.
    ///
    /// Errors: [`GetLayerVersionByArnError`](crate::operation::get_layer_version_by_arn::GetLayerVersionByArnError).
    pub fn get_layer_version_by_arn(
        &self,
    ) -> crate::operation::get_layer_version_by_arn::GetLayerVersionByArnFluentBuilder {
        crate::operation::get_layer_version_by_arn::GetLayerVersionByArnFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns the permission policy for a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    /// For more information, see AddLayerVersionPermission.
    ///
    /// Errors: [`GetLayerVersionPolicyError`](crate::operation::get_layer_version_policy::GetLayerVersionPolicyError).
    pub fn get_layer_version_policy(
        &self,
    ) -> crate::operation::get_layer_version_policy::GetLayerVersionPolicyFluentBuilder {
        crate::operation::get_layer_version_policy::GetLayerVersionPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns the [resource-based IAM
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html)
    /// for a function, version, or alias.
    ///
    /// Errors: [`GetPolicyError`](crate::operation::get_policy::GetPolicyError).
    pub fn get_policy(&self) -> crate::operation::get_policy::GetPolicyFluentBuilder {
        crate::operation::get_policy::GetPolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Retrieves the provisioned concurrency configuration for a function's alias or
    /// version.
    ///
    /// Errors: [`GetProvisionedConcurrencyConfigError`](crate::operation::get_provisioned_concurrency_config::GetProvisionedConcurrencyConfigError).
    pub fn get_provisioned_concurrency_config(
        &self,
    ) -> crate::operation::get_provisioned_concurrency_config::GetProvisionedConcurrencyConfigFluentBuilder {
        crate::operation::get_provisioned_concurrency_config::GetProvisionedConcurrencyConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetResourcePolicyError`](crate::operation::get_resource_policy::GetResourcePolicyError).
    pub fn get_resource_policy(
        &self,
    ) -> crate::operation::get_resource_policy::GetResourcePolicyFluentBuilder {
        crate::operation::get_resource_policy::GetResourcePolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Retrieves the runtime management configuration for a function's version. If the
    /// runtime update mode is **Manual**, this includes the ARN of the runtime version
    /// and the runtime update mode. If the runtime update mode is **Auto** or
    /// **Function update**, this includes the runtime update mode and `null` is
    /// returned for the ARN. For more information, see [Runtime
    /// updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html).
    ///
    /// Errors: [`GetRuntimeManagementConfigError`](crate::operation::get_runtime_management_config::GetRuntimeManagementConfigError).
    pub fn get_runtime_management_config(
        &self,
    ) -> crate::operation::get_runtime_management_config::GetRuntimeManagementConfigFluentBuilder {
        crate::operation::get_runtime_management_config::GetRuntimeManagementConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Invokes a Lambda function. You can invoke a function synchronously (and wait for
    /// the response), or asynchronously. To invoke a function asynchronously, set
    /// `InvocationType` to `Event`.
    ///
    /// For [synchronous
    /// invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-sync.html),
    /// details about the function response, including errors, are included in the
    /// response body and headers. For either invocation type, you can find more
    /// information in the [execution
    /// log](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-functions.html) and
    /// [trace](https://docs.aws.amazon.com/lambda/latest/dg/lambda-x-ray.html).
    ///
    /// When an error occurs, your function may be invoked multiple times. Retry
    /// behavior varies by error type, client, event source, and invocation type. For
    /// example, if you invoke a function asynchronously and it returns an error, Lambda
    /// executes the function up to two more times. For more information, see [Error
    /// handling and automatic retries in
    /// Lambda](https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html).
    ///
    /// For [asynchronous
    /// invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html),
    /// Lambda adds events to a queue before sending them to your function. If your
    /// function does not have enough capacity to keep up with the queue, events may be
    /// lost. Occasionally, your function may receive the same event multiple times,
    /// even if no error occurs. To retain events that were not processed, configure
    /// your function with a [dead-letter
    /// queue](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    ///
    /// The status code in the API response doesn't reflect function errors. Error codes
    /// are reserved for errors that prevent your function from executing, such as
    /// permissions errors,
    /// [quota](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html)
    /// errors, or issues with your function's code and configuration. For example,
    /// Lambda returns `TooManyRequestsException` if running the function would cause
    /// you to exceed a concurrency limit at either the account level
    /// (`ConcurrentInvocationLimitExceeded`) or function level
    /// (`ReservedFunctionConcurrentInvocationLimitExceeded`).
    ///
    /// For functions with a long timeout, your client might disconnect during
    /// synchronous invocation while it waits for a response. Configure your HTTP
    /// client, SDK, firewall, proxy, or operating system to allow for long connections
    /// with timeout or keep-alive settings.
    ///
    /// This operation requires permission for the
    /// [lambda:InvokeFunction](https://docs.aws.amazon.com/IAM/latest/UserGuide/list_awslambda.html)
    /// action. For details on how to set up permissions for cross-account invocations,
    /// see [Granting function access to other
    /// accounts](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#permissions-resource-xaccountinvoke).
    ///
    /// Errors: [`InvokeError`](crate::operation::invoke::InvokeError).
    pub fn invoke(&self) -> crate::operation::invoke::InvokeFluentBuilder {
        crate::operation::invoke::InvokeFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// **Important:** For asynchronous function invocation, use Invoke.
    ///
    /// Invokes a function asynchronously.
    ///
    /// Errors: [`InvokeAsyncError`](crate::operation::invoke_async::InvokeAsyncError).
    #[deprecated]
    pub fn invoke_async(
        &self,
    ) -> crate::operation::invoke_async::InvokeAsyncFluentBuilder {
        crate::operation::invoke_async::InvokeAsyncFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of
    /// [aliases](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html)
    /// for a Lambda function.
    ///
    /// Errors: [`ListAliasesError`](crate::operation::list_aliases::ListAliasesError).
    pub fn list_aliases(
        &self,
    ) -> crate::operation::list_aliases::ListAliasesFluentBuilder {
        crate::operation::list_aliases::ListAliasesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListCapacityProvidersError`](crate::operation::list_capacity_providers::ListCapacityProvidersError).
    pub fn list_capacity_providers(
        &self,
    ) -> crate::operation::list_capacity_providers::ListCapacityProvidersFluentBuilder {
        crate::operation::list_capacity_providers::ListCapacityProvidersFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of [code signing
    /// configurations](https://docs.aws.amazon.com/lambda/latest/dg/configuring-codesigning.html).
    /// A request returns up to 10,000 configurations per call. You can use the
    /// `MaxItems` parameter to return fewer configurations per call.
    ///
    /// Errors: [`ListCodeSigningConfigsError`](crate::operation::list_code_signing_configs::ListCodeSigningConfigsError).
    pub fn list_code_signing_configs(
        &self,
    ) -> crate::operation::list_code_signing_configs::ListCodeSigningConfigsFluentBuilder {
        crate::operation::list_code_signing_configs::ListCodeSigningConfigsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListDurableExecutionsByFunctionError`](crate::operation::list_durable_executions_by_function::ListDurableExecutionsByFunctionError).
    pub fn list_durable_executions_by_function(
        &self,
    ) -> crate::operation::list_durable_executions_by_function::ListDurableExecutionsByFunctionFluentBuilder {
        crate::operation::list_durable_executions_by_function::ListDurableExecutionsByFunctionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists event source mappings. Specify an `EventSourceArn` to show only event
    /// source mappings for a single event source.
    ///
    /// Errors: [`ListEventSourceMappingsError`](crate::operation::list_event_source_mappings::ListEventSourceMappingsError).
    pub fn list_event_source_mappings(
        &self,
    ) -> crate::operation::list_event_source_mappings::ListEventSourceMappingsFluentBuilder {
        crate::operation::list_event_source_mappings::ListEventSourceMappingsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Retrieves a list of configurations for asynchronous invocation for a function.
    ///
    /// To configure options for asynchronous invocation, use
    /// PutFunctionEventInvokeConfig.
    ///
    /// Errors: [`ListFunctionEventInvokeConfigsError`](crate::operation::list_function_event_invoke_configs::ListFunctionEventInvokeConfigsError).
    pub fn list_function_event_invoke_configs(
        &self,
    ) -> crate::operation::list_function_event_invoke_configs::ListFunctionEventInvokeConfigsFluentBuilder {
        crate::operation::list_function_event_invoke_configs::ListFunctionEventInvokeConfigsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of Lambda function URLs for the specified function.
    ///
    /// Errors: [`ListFunctionUrlConfigsError`](crate::operation::list_function_url_configs::ListFunctionUrlConfigsError).
    pub fn list_function_url_configs(
        &self,
    ) -> crate::operation::list_function_url_configs::ListFunctionUrlConfigsFluentBuilder {
        crate::operation::list_function_url_configs::ListFunctionUrlConfigsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ListFunctionVersionsByCapacityProviderError`](crate::operation::list_function_versions_by_capacity_provider::ListFunctionVersionsByCapacityProviderError).
    pub fn list_function_versions_by_capacity_provider(
        &self,
    ) -> crate::operation::list_function_versions_by_capacity_provider::ListFunctionVersionsByCapacityProviderFluentBuilder {
        crate::operation::list_function_versions_by_capacity_provider::ListFunctionVersionsByCapacityProviderFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of Lambda functions, with the version-specific configuration of
    /// each. Lambda returns up to 50 functions per call.
    ///
    /// Set `FunctionVersion` to `ALL` to include all published versions of each
    /// function in addition to the unpublished version.
    ///
    /// **Note:** The `ListFunctions` operation returns a subset of the
    /// FunctionConfiguration fields. To get the additional fields (State,
    /// StateReasonCode, StateReason, LastUpdateStatus, LastUpdateStatusReason,
    /// LastUpdateStatusReasonCode, RuntimeVersionConfig) for a function or version, use
    /// GetFunction.
    ///
    /// Errors: [`ListFunctionsError`](crate::operation::list_functions::ListFunctionsError).
    pub fn list_functions(
        &self,
    ) -> crate::operation::list_functions::ListFunctionsFluentBuilder {
        crate::operation::list_functions::ListFunctionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// List the functions that use the specified code signing configuration. You can
    /// use this method prior to deleting a code signing configuration, to verify that
    /// no functions are using it.
    ///
    /// Errors: [`ListFunctionsByCodeSigningConfigError`](crate::operation::list_functions_by_code_signing_config::ListFunctionsByCodeSigningConfigError).
    pub fn list_functions_by_code_signing_config(
        &self,
    ) -> crate::operation::list_functions_by_code_signing_config::ListFunctionsByCodeSigningConfigFluentBuilder {
        crate::operation::list_functions_by_code_signing_config::ListFunctionsByCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the versions of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    /// Versions that have been deleted aren't listed. Specify a [runtime
    /// identifier](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html)
    /// to list only versions that indicate that they're compatible with that runtime.
    /// Specify a compatible architecture to include only layer versions that are
    /// compatible with that architecture.
    ///
    /// Errors: [`ListLayerVersionsError`](crate::operation::list_layer_versions::ListLayerVersionsError).
    pub fn list_layer_versions(
        &self,
    ) -> crate::operation::list_layer_versions::ListLayerVersionsFluentBuilder {
        crate::operation::list_layer_versions::ListLayerVersionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists [Lambda
    /// layers](https://docs.aws.amazon.com/lambda/latest/dg/invocation-layers.html) and
    /// shows information about the latest version of each. Specify a [runtime
    /// identifier](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html)
    /// to list only layers that indicate that they're compatible with that runtime.
    /// Specify a compatible architecture to include only layers that are compatible
    /// with that [instruction set
    /// architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    ///
    /// Errors: [`ListLayersError`](crate::operation::list_layers::ListLayersError).
    pub fn list_layers(&self) -> crate::operation::list_layers::ListLayersFluentBuilder {
        crate::operation::list_layers::ListLayersFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Retrieves a list of provisioned concurrency configurations for a function.
    ///
    /// Errors: [`ListProvisionedConcurrencyConfigsError`](crate::operation::list_provisioned_concurrency_configs::ListProvisionedConcurrencyConfigsError).
    pub fn list_provisioned_concurrency_configs(
        &self,
    ) -> crate::operation::list_provisioned_concurrency_configs::ListProvisionedConcurrencyConfigsFluentBuilder {
        crate::operation::list_provisioned_concurrency_configs::ListProvisionedConcurrencyConfigsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a function's
    /// [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html). You can also
    /// view tags with GetFunction.
    ///
    /// Errors: [`ListTagsError`](crate::operation::list_tags::ListTagsError).
    pub fn list_tags(&self) -> crate::operation::list_tags::ListTagsFluentBuilder {
        crate::operation::list_tags::ListTagsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns a list of
    /// [versions](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html),
    /// with the version-specific configuration of each. Lambda returns up to 50
    /// versions per call.
    ///
    /// Errors: [`ListVersionsByFunctionError`](crate::operation::list_versions_by_function::ListVersionsByFunctionError).
    pub fn list_versions_by_function(
        &self,
    ) -> crate::operation::list_versions_by_function::ListVersionsByFunctionFluentBuilder {
        crate::operation::list_versions_by_function::ListVersionsByFunctionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PauseDurableExecutionError`](crate::operation::pause_durable_execution::PauseDurableExecutionError).
    pub fn pause_durable_execution(
        &self,
    ) -> crate::operation::pause_durable_execution::PauseDurableExecutionFluentBuilder {
        crate::operation::pause_durable_execution::PauseDurableExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html)
    /// from a ZIP archive. Each time you call `PublishLayerVersion` with the same layer
    /// name, a new version is created.
    ///
    /// Add layers to your function with CreateFunction or UpdateFunctionConfiguration.
    ///
    /// Errors: [`PublishLayerVersionError`](crate::operation::publish_layer_version::PublishLayerVersionError).
    pub fn publish_layer_version(
        &self,
    ) -> crate::operation::publish_layer_version::PublishLayerVersionFluentBuilder {
        crate::operation::publish_layer_version::PublishLayerVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a
    /// [version](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html)
    /// from the current code and configuration of a function. Use versions to create a
    /// snapshot of your function code and configuration that doesn't change.
    ///
    /// Lambda doesn't publish a version if the function's configuration and code
    /// haven't changed since the last version. Use UpdateFunctionCode or
    /// UpdateFunctionConfiguration to update the function before publishing a version.
    ///
    /// Clients can invoke versions directly or with an alias. To create an alias, use
    /// CreateAlias.
    ///
    /// Errors: [`PublishVersionError`](crate::operation::publish_version::PublishVersionError).
    pub fn publish_version(
        &self,
    ) -> crate::operation::publish_version::PublishVersionFluentBuilder {
        crate::operation::publish_version::PublishVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Update the code signing configuration for the function. Changes to the code
    /// signing configuration take effect the next time a user tries to deploy a code
    /// package to the function.
    ///
    /// Errors: [`PutFunctionCodeSigningConfigError`](crate::operation::put_function_code_signing_config::PutFunctionCodeSigningConfigError).
    pub fn put_function_code_signing_config(
        &self,
    ) -> crate::operation::put_function_code_signing_config::PutFunctionCodeSigningConfigFluentBuilder {
        crate::operation::put_function_code_signing_config::PutFunctionCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Sets the maximum number of simultaneous executions for a function, and reserves
    /// capacity for that concurrency level.
    ///
    /// Concurrency settings apply to the function as a whole, including all published
    /// versions and the unpublished version. Reserving concurrency both ensures that
    /// your function has capacity to process the specified number of events
    /// simultaneously, and prevents it from scaling beyond that level. Use GetFunction
    /// to see the current setting for a function.
    ///
    /// Use GetAccountSettings to see your Regional concurrency limit. You can reserve
    /// concurrency for as many functions as you like, as long as you leave at least 100
    /// simultaneous executions unreserved for functions that aren't configured with a
    /// per-function limit. For more information, see [Lambda function
    /// scaling](https://docs.aws.amazon.com/lambda/latest/dg/invocation-scaling.html).
    ///
    /// Errors: [`PutFunctionConcurrencyError`](crate::operation::put_function_concurrency::PutFunctionConcurrencyError).
    pub fn put_function_concurrency(
        &self,
    ) -> crate::operation::put_function_concurrency::PutFunctionConcurrencyFluentBuilder {
        crate::operation::put_function_concurrency::PutFunctionConcurrencyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Configures options for [asynchronous
    /// invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html)
    /// on a function, version, or alias. If a configuration already exists for a
    /// function, version, or alias, this operation overwrites it. If you exclude any
    /// settings, they are removed. To set one option without affecting existing
    /// settings for other options, use UpdateFunctionEventInvokeConfig.
    ///
    /// By default, Lambda retries an asynchronous invocation twice if the function
    /// returns an error. It retains events in a queue for up to six hours. When an
    /// event fails all processing attempts or stays in the asynchronous invocation
    /// queue for too long, Lambda discards it. To retain discarded events, configure a
    /// dead-letter queue with UpdateFunctionConfiguration.
    ///
    /// To send an invocation record to a queue, topic, function, or event bus, specify
    /// a
    /// [destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-async-destinations).
    /// You can configure separate destinations for successful invocations (on-success)
    /// and events that fail all processing attempts (on-failure). You can configure
    /// destinations in addition to or instead of a dead-letter queue.
    ///
    /// Errors: [`PutFunctionEventInvokeConfigError`](crate::operation::put_function_event_invoke_config::PutFunctionEventInvokeConfigError).
    pub fn put_function_event_invoke_config(
        &self,
    ) -> crate::operation::put_function_event_invoke_config::PutFunctionEventInvokeConfigFluentBuilder {
        crate::operation::put_function_event_invoke_config::PutFunctionEventInvokeConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutFunctionRecursionConfigError`](crate::operation::put_function_recursion_config::PutFunctionRecursionConfigError).
    pub fn put_function_recursion_config(
        &self,
    ) -> crate::operation::put_function_recursion_config::PutFunctionRecursionConfigFluentBuilder {
        crate::operation::put_function_recursion_config::PutFunctionRecursionConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutFunctionScalingConfigError`](crate::operation::put_function_scaling_config::PutFunctionScalingConfigError).
    pub fn put_function_scaling_config(
        &self,
    ) -> crate::operation::put_function_scaling_config::PutFunctionScalingConfigFluentBuilder {
        crate::operation::put_function_scaling_config::PutFunctionScalingConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Adds a provisioned concurrency configuration to a function's alias or version.
    ///
    /// Errors: [`PutProvisionedConcurrencyConfigError`](crate::operation::put_provisioned_concurrency_config::PutProvisionedConcurrencyConfigError).
    pub fn put_provisioned_concurrency_config(
        &self,
    ) -> crate::operation::put_provisioned_concurrency_config::PutProvisionedConcurrencyConfigFluentBuilder {
        crate::operation::put_provisioned_concurrency_config::PutProvisionedConcurrencyConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`PutResourcePolicyError`](crate::operation::put_resource_policy::PutResourcePolicyError).
    pub fn put_resource_policy(
        &self,
    ) -> crate::operation::put_resource_policy::PutResourcePolicyFluentBuilder {
        crate::operation::put_resource_policy::PutResourcePolicyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Sets the runtime management configuration for a function's version. For more
    /// information, see [Runtime
    /// updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html).
    ///
    /// Errors: [`PutRuntimeManagementConfigError`](crate::operation::put_runtime_management_config::PutRuntimeManagementConfigError).
    pub fn put_runtime_management_config(
        &self,
    ) -> crate::operation::put_runtime_management_config::PutRuntimeManagementConfigFluentBuilder {
        crate::operation::put_runtime_management_config::PutRuntimeManagementConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Removes a statement from the permissions policy for a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    /// For more information, see AddLayerVersionPermission.
    ///
    /// Errors: [`RemoveLayerVersionPermissionError`](crate::operation::remove_layer_version_permission::RemoveLayerVersionPermissionError).
    pub fn remove_layer_version_permission(
        &self,
    ) -> crate::operation::remove_layer_version_permission::RemoveLayerVersionPermissionFluentBuilder {
        crate::operation::remove_layer_version_permission::RemoveLayerVersionPermissionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Revokes function-use permission from an Amazon Web Service or another Amazon Web
    /// Services account. You can get the ID of the statement from the output of
    /// GetPolicy.
    ///
    /// Errors: [`RemovePermissionError`](crate::operation::remove_permission::RemovePermissionError).
    pub fn remove_permission(
        &self,
    ) -> crate::operation::remove_permission::RemovePermissionFluentBuilder {
        crate::operation::remove_permission::RemovePermissionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ResumeDurableExecutionError`](crate::operation::resume_durable_execution::ResumeDurableExecutionError).
    pub fn resume_durable_execution(
        &self,
    ) -> crate::operation::resume_durable_execution::ResumeDurableExecutionFluentBuilder {
        crate::operation::resume_durable_execution::ResumeDurableExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`SendDurableExecutionCallbackFailureError`](crate::operation::send_durable_execution_callback_failure::SendDurableExecutionCallbackFailureError).
    pub fn send_durable_execution_callback_failure(
        &self,
    ) -> crate::operation::send_durable_execution_callback_failure::SendDurableExecutionCallbackFailureFluentBuilder {
        crate::operation::send_durable_execution_callback_failure::SendDurableExecutionCallbackFailureFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`SendDurableExecutionCallbackHeartbeatError`](crate::operation::send_durable_execution_callback_heartbeat::SendDurableExecutionCallbackHeartbeatError).
    pub fn send_durable_execution_callback_heartbeat(
        &self,
    ) -> crate::operation::send_durable_execution_callback_heartbeat::SendDurableExecutionCallbackHeartbeatFluentBuilder {
        crate::operation::send_durable_execution_callback_heartbeat::SendDurableExecutionCallbackHeartbeatFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`SendDurableExecutionCallbackSuccessError`](crate::operation::send_durable_execution_callback_success::SendDurableExecutionCallbackSuccessError).
    pub fn send_durable_execution_callback_success(
        &self,
    ) -> crate::operation::send_durable_execution_callback_success::SendDurableExecutionCallbackSuccessFluentBuilder {
        crate::operation::send_durable_execution_callback_success::SendDurableExecutionCallbackSuccessFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`StopDurableExecutionError`](crate::operation::stop_durable_execution::StopDurableExecutionError).
    pub fn stop_durable_execution(
        &self,
    ) -> crate::operation::stop_durable_execution::StopDurableExecutionFluentBuilder {
        crate::operation::stop_durable_execution::StopDurableExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Adds [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to a
    /// function.
    ///
    /// Errors: [`TagResourceError`](crate::operation::tag_resource::TagResourceError).
    pub fn tag_resource(
        &self,
    ) -> crate::operation::tag_resource::TagResourceFluentBuilder {
        crate::operation::tag_resource::TagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Removes [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) from a
    /// function.
    ///
    /// Errors: [`UntagResourceError`](crate::operation::untag_resource::UntagResourceError).
    pub fn untag_resource(
        &self,
    ) -> crate::operation::untag_resource::UntagResourceFluentBuilder {
        crate::operation::untag_resource::UntagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates the configuration of a Lambda function
    /// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    ///
    /// Errors: [`UpdateAliasError`](crate::operation::update_alias::UpdateAliasError).
    pub fn update_alias(
        &self,
    ) -> crate::operation::update_alias::UpdateAliasFluentBuilder {
        crate::operation::update_alias::UpdateAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`UpdateCapacityProviderError`](crate::operation::update_capacity_provider::UpdateCapacityProviderError).
    pub fn update_capacity_provider(
        &self,
    ) -> crate::operation::update_capacity_provider::UpdateCapacityProviderFluentBuilder {
        crate::operation::update_capacity_provider::UpdateCapacityProviderFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Update the code signing configuration. Changes to the code signing configuration
    /// take effect the next time a user tries to deploy a code package to the function.
    ///
    /// Errors: [`UpdateCodeSigningConfigError`](crate::operation::update_code_signing_config::UpdateCodeSigningConfigError).
    pub fn update_code_signing_config(
        &self,
    ) -> crate::operation::update_code_signing_config::UpdateCodeSigningConfigFluentBuilder {
        crate::operation::update_code_signing_config::UpdateCodeSigningConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an event source mapping. You can change the function that Lambda
    /// invokes, or pause invocation and resume later from the same location.
    ///
    /// For details about how to configure different event sources, see the following
    /// topics.
    ///
    /// - [Amazon DynamoDB
    ///   Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-dynamodb-eventsourcemapping)
    /// - [Amazon
    ///   Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-eventsourcemapping)
    /// - [Amazon
    ///   SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-eventsource)
    /// - [Amazon MQ and
    ///   RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-eventsourcemapping)
    /// - [Amazon MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html)
    /// - [Apache Kafka](https://docs.aws.amazon.com/lambda/latest/dg/kafka-smaa.html)
    /// - [Amazon
    ///   DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html)
    ///
    /// The following error handling options are available only for stream sources
    /// (DynamoDB and Kinesis):
    ///
    /// - `BisectBatchOnFunctionError` – If the function returns an error, split the
    ///   batch in two and retry.
    /// - `DestinationConfig` – Send discarded records to an Amazon SQS queue or Amazon
    ///   SNS topic.
    /// - `MaximumRecordAgeInSeconds` – Discard records older than the specified age.
    ///   The default value is infinite (-1). When set to infinite (-1), failed records
    ///   are retried until the record expires
    /// - `MaximumRetryAttempts` – Discard records after the specified number of
    ///   retries. The default value is infinite (-1). When set to infinite (-1), failed
    ///   records are retried until the record expires.
    /// - `ParallelizationFactor` – Process multiple batches from each shard
    ///   concurrently.
    ///
    /// For information about which configuration parameters apply to each event source,
    /// see the following topics.
    ///
    /// - [Amazon DynamoDB
    ///   Streams](https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html#services-ddb-params)
    /// - [Amazon
    ///   Kinesis](https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html#services-kinesis-params)
    /// - [Amazon
    ///   SQS](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#services-sqs-params)
    /// - [Amazon MQ and
    ///   RabbitMQ](https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html#services-mq-params)
    /// - [Amazon
    ///   MSK](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-parms)
    /// - [Apache
    ///   Kafka](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html#services-kafka-parms)
    /// - [Amazon
    ///   DocumentDB](https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html#docdb-configuration)
    ///
    /// Errors: [`UpdateEventSourceMappingError`](crate::operation::update_event_source_mapping::UpdateEventSourceMappingError).
    pub fn update_event_source_mapping(
        &self,
    ) -> crate::operation::update_event_source_mapping::UpdateEventSourceMappingFluentBuilder {
        crate::operation::update_event_source_mapping::UpdateEventSourceMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a Lambda function's code. If code signing is enabled for the function,
    /// the code package must be signed by a trusted publisher. For more information,
    /// see [Configuring code signing for
    /// Lambda](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html).
    ///
    /// If the function's package type is `Image`, then you must specify the code
    /// package in `ImageUri` as the URI of a [container
    /// image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html) in the
    /// Amazon ECR registry.
    ///
    /// If the function's package type is `Zip`, then you must specify the deployment
    /// package as a [.zip file
    /// archive](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html#gettingstarted-package-zip).
    /// Enter the Amazon S3 bucket and key of the code .zip file location. You can also
    /// provide the function code inline using the `ZipFile` field.
    ///
    /// The code in the deployment package must be compatible with the target
    /// instruction set architecture of the function (`x86-64` or `arm64`).
    ///
    /// The function's code is locked when you publish a version. You can't modify the
    /// code of a published version, only the unpublished version.
    ///
    /// **Note:** For a function defined as a container image, Lambda resolves the image
    /// tag to an image digest. In Amazon ECR, if you update the image tag to a new
    /// image, Lambda does not automatically update the function.
    ///
    /// Errors: [`UpdateFunctionCodeError`](crate::operation::update_function_code::UpdateFunctionCodeError).
    pub fn update_function_code(
        &self,
    ) -> crate::operation::update_function_code::UpdateFunctionCodeFluentBuilder {
        crate::operation::update_function_code::UpdateFunctionCodeFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Modify the version-specific settings of a Lambda function.
    ///
    /// When you update a function, Lambda provisions an instance of the function and
    /// its supporting resources. If your function connects to a VPC, this process can
    /// take a minute. During this time, you can't modify the function, but you can
    /// still invoke it. The `LastUpdateStatus`, `LastUpdateStatusReason`, and
    /// `LastUpdateStatusReasonCode` fields in the response from
    /// GetFunctionConfiguration indicate when the update is complete and the function
    /// is processing events with the new configuration. For more information, see
    /// [Lambda function
    /// states](https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
    ///
    /// These settings can vary between versions of a function and are locked when you
    /// publish a version. You can't modify the configuration of a published version,
    /// only the unpublished version.
    ///
    /// To configure function concurrency, use PutFunctionConcurrency. To grant invoke
    /// permissions to an Amazon Web Services account or Amazon Web Service, use
    /// AddPermission.
    ///
    /// Errors: [`UpdateFunctionConfigurationError`](crate::operation::update_function_configuration::UpdateFunctionConfigurationError).
    pub fn update_function_configuration(
        &self,
    ) -> crate::operation::update_function_configuration::UpdateFunctionConfigurationFluentBuilder {
        crate::operation::update_function_configuration::UpdateFunctionConfigurationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates the configuration for asynchronous invocation for a function, version,
    /// or alias.
    ///
    /// To configure options for asynchronous invocation, use
    /// PutFunctionEventInvokeConfig.
    ///
    /// Errors: [`UpdateFunctionEventInvokeConfigError`](crate::operation::update_function_event_invoke_config::UpdateFunctionEventInvokeConfigError).
    pub fn update_function_event_invoke_config(
        &self,
    ) -> crate::operation::update_function_event_invoke_config::UpdateFunctionEventInvokeConfigFluentBuilder {
        crate::operation::update_function_event_invoke_config::UpdateFunctionEventInvokeConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates the configuration for a Lambda function URL.
    ///
    /// Errors: [`UpdateFunctionUrlConfigError`](crate::operation::update_function_url_config::UpdateFunctionUrlConfigError).
    pub fn update_function_url_config(
        &self,
    ) -> crate::operation::update_function_url_config::UpdateFunctionUrlConfigFluentBuilder {
        crate::operation::update_function_url_config::UpdateFunctionUrlConfigFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
}
