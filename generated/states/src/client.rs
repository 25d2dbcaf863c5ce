//! The service client.
static SERVICE: crate::runtime::operation::ServiceSpec = crate::runtime::operation::ServiceSpec {
    protocol: crate::runtime::operation::Protocol::AwsJson {
        target_prefix: "AWSStepFunctions",
        version: "1.0",
    },
    service_id: "SFN",
    read_error: crate::runtime::ErrorMetadata::from_response,
    signing_name: "states",
    endpoint_prefix: "states",
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
                    url: "https://states.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.aws",
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
                    url: "https://states.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.amazonwebservices.com.cn",
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
                    url: "https://states.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.amazonwebservices.eu",
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
                    url: "https://states.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.aws.ic.gov",
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
                    url: "https://states.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.aws.scloud",
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
                    url: "https://states.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.cloud-aws.adc-e.uk",
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
                    url: "https://states.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.aws.hci.ic.gov",
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
                    url: "https://states.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://states-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[
                (
                    "us-gov-west-1",
                    [
                        ::std::option::Option::None,
                        ::std::option::Option::Some(crate::runtime::partition::Rule::Endpoint {
                            url: "https://states.us-gov-west-1.amazonaws.com",
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
/// Client for AWS Step Functions.
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
    /// Creates an activity. An activity is a task that you write in any programming
    /// language and host on any machine that has access to Step Functions. Activities
    /// must poll Step Functions using the `GetActivityTask` API action and respond
    /// using `SendTask*` API actions. This function lets Step Functions know the
    /// existence of your activity and returns an identifier for use in a state machine
    /// and when polling from the activity.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// **Note:** `CreateActivity` is an idempotent API. Subsequent requests won’t
    /// create a duplicate resource if it was already created. `CreateActivity`'s
    /// idempotency check is based on the activity `name`. If a following request has
    /// different `tags` values, Step Functions will ignore these differences and treat
    /// it as an idempotent request of the previous. In this case, `tags` will not be
    /// updated, even if they are different.
    ///
    /// Errors: [`CreateActivityError`](crate::operation::create_activity::CreateActivityError).
    pub fn create_activity(
        &self,
    ) -> crate::operation::create_activity::CreateActivityFluentBuilder {
        crate::operation::create_activity::CreateActivityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a state machine. A state machine consists of a collection of states that
    /// can do work (`Task` states), determine to which states to transition next
    /// (`Choice` states), stop an execution with an error (`Fail` states), and so on.
    /// State machines are specified using a JSON-based, structured language. For more
    /// information, see [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html)
    /// in the Step Functions User Guide.
    ///
    /// If you set the `publish` parameter of this API action to `true`, it publishes
    /// version `1` as the first revision of the state machine.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// **Note:** `CreateStateMachine` is an idempotent API. Subsequent requests won’t
    /// create a duplicate resource if it was already created. `CreateStateMachine`'s
    /// idempotency check is based on the state machine `name`, `definition`, `type`,
    /// `LoggingConfiguration`, and `TracingConfiguration`. The check is also based on
    /// the `publish` and `versionDescription` parameters. If a following request has a
    /// different `roleArn` or `tags`, Step Functions will ignore these differences and
    /// treat it as an idempotent request of the previous. In this case, `roleArn` and
    /// `tags` will not be updated, even if they are different.
    ///
    /// Errors: [`CreateStateMachineError`](crate::operation::create_state_machine::CreateStateMachineError).
    pub fn create_state_machine(
        &self,
    ) -> crate::operation::create_state_machine::CreateStateMachineFluentBuilder {
        crate::operation::create_state_machine::CreateStateMachineFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates an
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// for a state machine that points to one or two
    /// [versions](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// of the same state machine. You can set your application to call StartExecution
    /// with an alias and update the version the alias uses without changing the
    /// client's code.
    ///
    /// You can also map an alias to split StartExecution requests between two versions
    /// of a state machine. To do this, add a second `RoutingConfig` object in the
    /// `routingConfiguration` parameter. You must also specify the percentage of
    /// execution run requests each version should receive in both `RoutingConfig`
    /// objects. Step Functions randomly chooses which version runs a given execution
    /// based on the percentage you specify.
    ///
    /// To create an alias that points to a single version, specify a single
    /// `RoutingConfig` object with a `weight` set to 100.
    ///
    /// You can create up to 100 aliases for each state machine. You must delete unused
    /// aliases using the DeleteStateMachineAlias API action.
    ///
    /// `CreateStateMachineAlias` is an idempotent API. Step Functions bases the
    /// idempotency check on the `stateMachineArn`, `description`, `name`, and
    /// `routingConfiguration` parameters. Requests that contain the same values for
    /// these parameters return a successful idempotent response without creating a
    /// duplicate resource.
    ///
    /// **Related operations:**
    ///
    /// - DescribeStateMachineAlias
    /// - ListStateMachineAliases
    /// - UpdateStateMachineAlias
    /// - DeleteStateMachineAlias
    ///
    /// Errors: [`CreateStateMachineAliasError`](crate::operation::create_state_machine_alias::CreateStateMachineAliasError).
    pub fn create_state_machine_alias(
        &self,
    ) -> crate::operation::create_state_machine_alias::CreateStateMachineAliasFluentBuilder {
        crate::operation::create_state_machine_alias::CreateStateMachineAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an activity.
    ///
    /// Errors: [`DeleteActivityError`](crate::operation::delete_activity::DeleteActivityError).
    pub fn delete_activity(
        &self,
    ) -> crate::operation::delete_activity::DeleteActivityFluentBuilder {
        crate::operation::delete_activity::DeleteActivityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a state machine. This is an asynchronous operation: It sets the state
    /// machine's status to `DELETING` and begins the deletion process.
    ///
    /// A qualified state machine ARN can either refer to a *Distributed Map state*
    /// defined within a state machine, a version ARN, or an alias ARN.
    ///
    /// The following are some examples of qualified and unqualified state machine ARNs:
    ///
    /// - The following qualified state machine ARN refers to a *Distributed Map state*
    ///   with a label `mapStateLabel` in a state machine named `myStateMachine`.
    ///
    ///   `arn:partition:states:region:account-id:stateMachine:myStateMachine/mapStateLabel`
    ///
    ///   **Note:** If you provide a qualified state machine ARN that refers to a
    ///   *Distributed Map state*, the request fails with `ValidationException`.
    ///
    /// - The following unqualified state machine ARN refers to a state machine named
    ///   `myStateMachine`.
    ///
    ///   `arn:partition:states:region:account-id:stateMachine:myStateMachine`
    ///
    /// This API action also deletes all
    /// [versions](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// and
    /// [aliases](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// associated with a state machine.
    ///
    /// **Note:** For `EXPRESS` state machines, the deletion happens eventually (usually
    /// in less than a minute). Running executions may emit logs after
    /// `DeleteStateMachine` API is called.
    ///
    /// Errors: [`DeleteStateMachineError`](crate::operation::delete_state_machine::DeleteStateMachineError).
    pub fn delete_state_machine(
        &self,
    ) -> crate::operation::delete_state_machine::DeleteStateMachineFluentBuilder {
        crate::operation::delete_state_machine::DeleteStateMachineFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html).
    ///
    /// After you delete a state machine alias, you can't use it to start executions.
    /// When you delete a state machine alias, Step Functions doesn't delete the state
    /// machine versions that alias references.
    ///
    /// **Related operations:**
    ///
    /// - CreateStateMachineAlias
    /// - DescribeStateMachineAlias
    /// - ListStateMachineAliases
    /// - UpdateStateMachineAlias
    ///
    /// Errors: [`DeleteStateMachineAliasError`](crate::operation::delete_state_machine_alias::DeleteStateMachineAliasError).
    pub fn delete_state_machine_alias(
        &self,
    ) -> crate::operation::delete_state_machine_alias::DeleteStateMachineAliasFluentBuilder {
        crate::operation::delete_state_machine_alias::DeleteStateMachineAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a state machine
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html).
    /// After you delete a version, you can't call StartExecution using that version's
    /// ARN or use the version with a state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html).
    ///
    /// **Note:** Deleting a state machine version won't terminate its in-progress
    /// executions.
    ///
    /// **Note:** You can't delete a state machine version currently referenced by one
    /// or more aliases. Before you delete a version, you must either delete the aliases
    /// or update them to point to another state machine version.
    ///
    /// **Related operations:**
    ///
    /// - PublishStateMachineVersion
    /// - ListStateMachineVersions
    ///
    /// Errors: [`DeleteStateMachineVersionError`](crate::operation::delete_state_machine_version::DeleteStateMachineVersionError).
    pub fn delete_state_machine_version(
        &self,
    ) -> crate::operation::delete_state_machine_version::DeleteStateMachineVersionFluentBuilder {
        crate::operation::delete_state_machine_version::DeleteStateMachineVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes an activity.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// Errors: [`DescribeActivityError`](crate::operation::describe_activity::DescribeActivityError).
    pub fn describe_activity(
        &self,
    ) -> crate::operation::describe_activity::DescribeActivityFluentBuilder {
        crate::operation::describe_activity::DescribeActivityFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Provides information about a state machine execution, such as the state machine
    /// associated with the execution, the execution input and output, and relevant
    /// execution metadata. Use this API action to return the Map Run Amazon Resource
    /// Name (ARN) if the execution was dispatched by a Map Run.
    ///
    /// If you specify a version or alias ARN when you call the StartExecution API
    /// action, `DescribeExecution` returns that ARN.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// Executions of an `EXPRESS` state machinearen't supported by `DescribeExecution`
    /// unless a Map Run dispatched them.
    ///
    /// Errors: [`DescribeExecutionError`](crate::operation::describe_execution::DescribeExecutionError).
    pub fn describe_execution(
        &self,
    ) -> crate::operation::describe_execution::DescribeExecutionFluentBuilder {
        crate::operation::describe_execution::DescribeExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Provides information about a Map Run's configuration, progress, and results. For
    /// more information, see [Examining Map
    /// Run](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html)
    /// in the *Step Functions Developer Guide*.
    ///
    /// Errors: [`DescribeMapRunError`](crate::operation::describe_map_run::DescribeMapRunError).
    pub fn describe_map_run(
        &self,
    ) -> crate::operation::describe_map_run::DescribeMapRunFluentBuilder {
        crate::operation::describe_map_run::DescribeMapRunFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Provides information about a state machine's definition, its IAM role Amazon
    /// Resource Name (ARN), and configuration.
    ///
    /// A qualified state machine ARN can either refer to a *Distributed Map state*
    /// defined within a state machine, a version ARN, or an alias ARN.
    ///
    /// The following are some examples of qualified and unqualified state machine ARNs:
    ///
    /// - The following qualified state machine ARN refers to a *Distributed Map state*
    ///   with a label `mapStateLabel` in a state machine named `myStateMachine`.
    ///
    ///   `arn:partition:states:region:account-id:stateMachine:myStateMachine/mapStateLabel`
    ///
    ///   **Note:** If you provide a qualified state machine ARN that refers to a
    ///   *Distributed Map state*, the request fails with `ValidationException`.
    ///
    /// - The following qualified state machine ARN refers to an alias named `PROD`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine:PROD>`
    ///
    ///   **Note:** If you provide a qualified state machine ARN that refers to a
    ///   version ARN or an alias ARN, the request starts execution for that version or
    ///   alias.
    ///
    /// - The following unqualified state machine ARN refers to a state machine named
    ///   `myStateMachine`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine>`
    ///
    /// This API action returns the details for a state machine version if the
    /// `stateMachineArn` you specify is a state machine version ARN.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// Errors: [`DescribeStateMachineError`](crate::operation::describe_state_machine::DescribeStateMachineError).
    pub fn describe_state_machine(
        &self,
    ) -> crate::operation::describe_state_machine::DescribeStateMachineFluentBuilder {
        crate::operation::describe_state_machine::DescribeStateMachineFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns details about a state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html).
    ///
    /// **Related operations:**
    ///
    /// - CreateStateMachineAlias
    /// - ListStateMachineAliases
    /// - UpdateStateMachineAlias
    /// - DeleteStateMachineAlias
    ///
    /// Errors: [`DescribeStateMachineAliasError`](crate::operation::describe_state_machine_alias::DescribeStateMachineAliasError).
    pub fn describe_state_machine_alias(
        &self,
    ) -> crate::operation::describe_state_machine_alias::DescribeStateMachineAliasFluentBuilder {
        crate::operation::describe_state_machine_alias::DescribeStateMachineAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Provides information about a state machine's definition, its execution role ARN,
    /// and configuration. If a Map Run dispatched the execution, this action returns
    /// the Map Run Amazon Resource Name (ARN) in the response. The state machine
    /// returned is the state machine associated with the Map Run.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// This API action is not supported by `EXPRESS` state machines.
    ///
    /// Errors: [`DescribeStateMachineForExecutionError`](crate::operation::describe_state_machine_for_execution::DescribeStateMachineForExecutionError).
    pub fn describe_state_machine_for_execution(
        &self,
    ) -> crate::operation::describe_state_machine_for_execution::DescribeStateMachineForExecutionFluentBuilder {
        crate::operation::describe_state_machine_for_execution::DescribeStateMachineForExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Used by workers to retrieve a task (with the specified activity ARN) which has
    /// been scheduled for execution by a running state machine. This initiates a long
    /// poll, where the service holds the HTTP connection open and responds as soon as a
    /// task becomes available (i.e. an execution of a task of this type is needed.) The
    /// maximum time the service holds on to the request before responding is 60
    /// seconds. If no task is available within 60 seconds, the poll returns a
    /// `taskToken` with a null string.
    ///
    /// **Note:** This API action isn't logged in CloudTrail.
    ///
    /// **Important:** Workers should set their client side socket timeout to at least
    /// 65 seconds (5 seconds higher than the maximum time the service may hold the poll
    /// request).
    ///
    /// Polling with `GetActivityTask` can cause latency in some implementations. See
    /// [Avoid Latency When Polling for Activity
    /// Tasks](https://docs.aws.amazon.com/step-functions/latest/dg/bp-activity-pollers.html)
    /// in the Step Functions Developer Guide.
    ///
    /// Errors: [`GetActivityTaskError`](crate::operation::get_activity_task::GetActivityTaskError).
    pub fn get_activity_task(
        &self,
    ) -> crate::operation::get_activity_task::GetActivityTaskFluentBuilder {
        crate::operation::get_activity_task::GetActivityTaskFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Returns the history of the specified execution as a list of events. By default,
    /// the results are returned in ascending order of the `timeStamp` of the events.
    /// Use the `reverseOrder` parameter to get the latest events first.
    ///
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    ///
    /// This API action is not supported by `EXPRESS` state machines.
    ///
    /// Errors: [`GetExecutionHistoryError`](crate::operation::get_execution_history::GetExecutionHistoryError).
    pub fn get_execution_history(
        &self,
    ) -> crate::operation::get_execution_history::GetExecutionHistoryFluentBuilder {
        crate::operation::get_execution_history::GetExecutionHistoryFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the existing activities.
    ///
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// Errors: [`ListActivitiesError`](crate::operation::list_activities::ListActivitiesError).
    pub fn list_activities(
        &self,
    ) -> crate::operation::list_activities::ListActivitiesFluentBuilder {
        crate::operation::list_activities::ListActivitiesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists all executions of a state machine or a Map Run. You can list all
    /// executions related to a state machine by specifying a state machine Amazon
    /// Resource Name (ARN), or those related to a Map Run by specifying a Map Run ARN.
    ///
    /// You can also provide a state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// ARN or
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// ARN to list the executions associated with a specific alias or version.
    ///
    /// Results are sorted by time, with the most recent execution first.
    ///
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// This API action is not supported by `EXPRESS` state machines.
    ///
    /// Errors: [`ListExecutionsError`](crate::operation::list_executions::ListExecutionsError).
    pub fn list_executions(
        &self,
    ) -> crate::operation::list_executions::ListExecutionsFluentBuilder {
        crate::operation::list_executions::ListExecutionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists all Map Runs that were started by a given state machine execution. Use
    /// this API action to obtain Map Run ARNs, and then call `DescribeMapRun` to obtain
    /// more information, if needed.
    ///
    /// Errors: [`ListMapRunsError`](crate::operation::list_map_runs::ListMapRunsError).
    pub fn list_map_runs(
        &self,
    ) -> crate::operation::list_map_runs::ListMapRunsFluentBuilder {
        crate::operation::list_map_runs::ListMapRunsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists
    /// [aliases](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// for a specified state machine ARN. Results are sorted by time, with the most
    /// recently created aliases listed first.
    ///
    /// To list aliases that reference a state machine
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html),
    /// you can specify the version ARN in the `stateMachineArn` parameter.
    ///
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    ///
    /// **Related operations:**
    ///
    /// - CreateStateMachineAlias
    /// - DescribeStateMachineAlias
    /// - UpdateStateMachineAlias
    /// - DeleteStateMachineAlias
    ///
    /// Errors: [`ListStateMachineAliasesError`](crate::operation::list_state_machine_aliases::ListStateMachineAliasesError).
    pub fn list_state_machine_aliases(
        &self,
    ) -> crate::operation::list_state_machine_aliases::ListStateMachineAliasesFluentBuilder {
        crate::operation::list_state_machine_aliases::ListStateMachineAliasesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists
    /// [versions](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// for the specified state machine Amazon Resource Name (ARN).
    ///
    /// The results are sorted in descending order of the version creation time.
    ///
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    ///
    /// **Related operations:**
    ///
    /// - PublishStateMachineVersion
    /// - DeleteStateMachineVersion
    ///
    /// Errors: [`ListStateMachineVersionsError`](crate::operation::list_state_machine_versions::ListStateMachineVersionsError).
    pub fn list_state_machine_versions(
        &self,
    ) -> crate::operation::list_state_machine_versions::ListStateMachineVersionsFluentBuilder {
        crate::operation::list_state_machine_versions::ListStateMachineVersionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the existing state machines.
    ///
    /// If `nextToken` is returned, there are more results available. The value of
    /// `nextToken` is a unique pagination token for each page. Make the call again
    /// using the returned token to retrieve the next page. Keep all other arguments
    /// unchanged. Each pagination token expires after 24 hours. Using an expired
    /// pagination token will return an *HTTP 400 InvalidToken* error.
    ///
    /// **Note:** This operation is eventually consistent. The results are best effort
    /// and may not reflect very recent updates and changes.
    ///
    /// Errors: [`ListStateMachinesError`](crate::operation::list_state_machines::ListStateMachinesError).
    pub fn list_state_machines(
        &self,
    ) -> crate::operation::list_state_machines::ListStateMachinesFluentBuilder {
        crate::operation::list_state_machines::ListStateMachinesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// List tags for a given resource.
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols:
    /// `_ . : / = + - @`.
    ///
    /// Errors: [`ListTagsForResourceError`](crate::operation::list_tags_for_resource::ListTagsForResourceError).
    pub fn list_tags_for_resource(
        &self,
    ) -> crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder {
        crate::operation::list_tags_for_resource::ListTagsForResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// from the current revision of a state machine. Use versions to create immutable
    /// snapshots of your state machine. You can start executions from versions either
    /// directly or with an alias. To create an alias, use CreateStateMachineAlias.
    ///
    /// You can publish up to 1000 versions for each state machine. You must manually
    /// delete unused versions using the DeleteStateMachineVersion API action.
    ///
    /// `PublishStateMachineVersion` is an idempotent API. It doesn't create a duplicate
    /// state machine version if it already exists for the current revision. Step
    /// Functions bases `PublishStateMachineVersion`'s idempotency check on the
    /// `stateMachineArn`, `name`, and `revisionId` parameters. Requests with the same
    /// parameters return a successful idempotent response. If you don't specify a
    /// `revisionId`, Step Functions checks for a previously published version of the
    /// state machine's current revision.
    ///
    /// **Related operations:**
    ///
    /// - DeleteStateMachineVersion
    /// - ListStateMachineVersions
    ///
    /// Errors: [`PublishStateMachineVersionError`](crate::operation::publish_state_machine_version::PublishStateMachineVersionError).
    pub fn publish_state_machine_version(
        &self,
    ) -> crate::operation::publish_state_machine_version::PublishStateMachineVersionFluentBuilder {
        crate::operation::publish_state_machine_version::PublishStateMachineVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`RedriveExecutionError`](crate::operation::redrive_execution::RedriveExecutionError).
    pub fn redrive_execution(
        &self,
    ) -> crate::operation::redrive_execution::RedriveExecutionFluentBuilder {
        crate::operation::redrive_execution::RedriveExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Used by activity workers and task states using the
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern to report that the task identified by the `taskToken` failed.
    ///
    /// Errors: [`SendTaskFailureError`](crate::operation::send_task_failure::SendTaskFailureError).
    pub fn send_task_failure(
        &self,
    ) -> crate::operation::send_task_failure::SendTaskFailureFluentBuilder {
        crate::operation::send_task_failure::SendTaskFailureFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Used by activity workers and task states using the
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern to report to Step Functions that the task represented by the specified
    /// `taskToken` is still making progress. This action resets the `Heartbeat` clock.
    /// The `Heartbeat` threshold is specified in the state machine's Amazon States
    /// Language definition (`HeartbeatSeconds`). This action does not in itself create
    /// an event in the execution history. However, if the task times out, the execution
    /// history contains an `ActivityTimedOut` entry for activities, or a `TaskTimedOut`
    /// entry for for tasks using the [job
    /// run](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-sync)
    /// or
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern.
    ///
    /// **Note:** The `Timeout` of a task, defined in the state machine's Amazon States
    /// Language definition, is its maximum allowed duration, regardless of the number
    /// of SendTaskHeartbeat requests received. Use `HeartbeatSeconds` to configure the
    /// timeout interval for heartbeats.
    ///
    /// Errors: [`SendTaskHeartbeatError`](crate::operation::send_task_heartbeat::SendTaskHeartbeatError).
    pub fn send_task_heartbeat(
        &self,
    ) -> crate::operation::send_task_heartbeat::SendTaskHeartbeatFluentBuilder {
        crate::operation::send_task_heartbeat::SendTaskHeartbeatFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Used by activity workers and task states using the
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern to report that the task identified by the `taskToken` completed
    /// successfully.
    ///
    /// Errors: [`SendTaskSuccessError`](crate::operation::send_task_success::SendTaskSuccessError).
    pub fn send_task_success(
        &self,
    ) -> crate::operation::send_task_success::SendTaskSuccessFluentBuilder {
        crate::operation::send_task_success::SendTaskSuccessFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Starts a state machine execution.
    ///
    /// A qualified state machine ARN can either refer to a *Distributed Map state*
    /// defined within a state machine, a version ARN, or an alias ARN.
    ///
    /// The following are some examples of qualified and unqualified state machine ARNs:
    ///
    /// - The following qualified state machine ARN refers to a *Distributed Map state*
    ///   with a label `mapStateLabel` in a state machine named `myStateMachine`.
    ///
    ///   `arn:partition:states:region:account-id:stateMachine:myStateMachine/mapStateLabel`
    ///
    ///   **Note:** If you provide a qualified state machine ARN that refers to a
    ///   *Distributed Map state*, the request fails with `ValidationException`.
    ///
    /// - The following qualified state machine ARN refers to an alias named `PROD`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine:PROD>`
    ///
    ///   **Note:** If you provide a qualified state machine ARN that refers to a
    ///   version ARN or an alias ARN, the request starts execution for that version or
    ///   alias.
    ///
    /// - The following unqualified state machine ARN refers to a state machine named
    ///   `myStateMachine`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine>`
    ///
    /// If you start an execution with an unqualified state machine ARN, Step Functions
    /// uses the latest revision of the state machine for the execution.
    ///
    /// To start executions of a state machine
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html),
    /// call `StartExecution` and provide the version ARN or the ARN of an
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// that points to the version.
    ///
    /// **Note:** `StartExecution` is idempotent for `STANDARD` workflows. For a
    /// `STANDARD` workflow, if you call `StartExecution` with the same name and input
    /// as a running execution, the call succeeds and return the same response as the
    /// original request. If the execution is closed or if the input is different, it
    /// returns a `400 ExecutionAlreadyExists` error. You can reuse names after 90 days.
    ///
    /// `StartExecution` isn't idempotent for `EXPRESS` workflows.
    ///
    /// Errors: [`StartExecutionError`](crate::operation::start_execution::StartExecutionError).
    pub fn start_execution(
        &self,
    ) -> crate::operation::start_execution::StartExecutionFluentBuilder {
        crate::operation::start_execution::StartExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Starts a Synchronous Express state machine execution. `StartSyncExecution` is
    /// not available for `STANDARD` workflows.
    ///
    /// **Note:** `StartSyncExecution` will return a `200 OK` response, even if your
    /// execution fails, because the status code in the API response doesn't reflect
    /// function errors. Error codes are reserved for errors that prevent your execution
    /// from running, such as permissions errors, limit errors, or issues with your
    /// state machine code and configuration.
    ///
    /// **Note:** This API action isn't logged in CloudTrail.
    ///
    /// Errors: [`StartSyncExecutionError`](crate::operation::start_sync_execution::StartSyncExecutionError).
    pub fn start_sync_execution(
        &self,
    ) -> crate::operation::start_sync_execution::StartSyncExecutionFluentBuilder {
        crate::operation::start_sync_execution::StartSyncExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Stops an execution.
    ///
    /// This API action is not supported by `EXPRESS` state machines.
    ///
    /// Errors: [`StopExecutionError`](crate::operation::stop_execution::StopExecutionError).
    pub fn stop_execution(
        &self,
    ) -> crate::operation::stop_execution::StopExecutionFluentBuilder {
        crate::operation::stop_execution::StopExecutionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Add a tag to a Step Functions resource.
    ///
    /// An array of key-value pairs. For more information, see [Using Cost Allocation
    /// Tags](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html)
    /// in the *Amazon Web Services Billing and Cost Management User Guide*, and
    /// [Controlling Access Using IAM
    /// Tags](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html).
    ///
    /// Tags may only contain Unicode letters, digits, white space, or these symbols:
    /// `_ . : / = + - @`.
    ///
    /// Errors: [`TagResourceError`](crate::operation::tag_resource::TagResourceError).
    pub fn tag_resource(
        &self,
    ) -> crate::operation::tag_resource::TagResourceFluentBuilder {
        crate::operation::tag_resource::TagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`TestStateError`](crate::operation::test_state::TestStateError).
    pub fn test_state(&self) -> crate::operation::test_state::TestStateFluentBuilder {
        crate::operation::test_state::TestStateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Remove a tag from a Step Functions resource
    ///
    /// Errors: [`UntagResourceError`](crate::operation::untag_resource::UntagResourceError).
    pub fn untag_resource(
        &self,
    ) -> crate::operation::untag_resource::UntagResourceFluentBuilder {
        crate::operation::untag_resource::UntagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an in-progress Map Run's configuration to include changes to the
    /// settings that control maximum concurrency and Map Run failure.
    ///
    /// Errors: [`UpdateMapRunError`](crate::operation::update_map_run::UpdateMapRunError).
    pub fn update_map_run(
        &self,
    ) -> crate::operation::update_map_run::UpdateMapRunFluentBuilder {
        crate::operation::update_map_run::UpdateMapRunFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an existing state machine by modifying its `definition`, `roleArn`, or
    /// `loggingConfiguration`. Running executions will continue to use the previous
    /// `definition` and `roleArn`. You must include at least one of `definition` or
    /// `roleArn` or you will receive a `MissingRequiredParameter` error.
    ///
    /// A qualified state machine ARN refers to a *Distributed Map state* defined within
    /// a state machine. For example, the qualified state machine ARN
    /// `arn:partition:states:region:account-id:stateMachine:stateMachineName/mapStateLabel`
    /// refers to a *Distributed Map state* with a label `mapStateLabel` in the state
    /// machine named `stateMachineName`.
    ///
    /// A qualified state machine ARN can either refer to a *Distributed Map state*
    /// defined within a state machine, a version ARN, or an alias ARN.
    ///
    /// The following are some examples of qualified and unqualified state machine ARNs:
    ///
    /// - The following qualified state machine ARN refers to a *Distributed Map state*
    ///   with a label `mapStateLabel` in a state machine named `myStateMachine`.
    ///
    ///   `arn:partition:states:region:account-id:stateMachine:myStateMachine/mapStateLabel`
    ///
    ///   **Note:** If you provide a qualified state machine ARN that refers to a
    ///   *Distributed Map state*, the request fails with `ValidationException`.
    ///
    /// - The following qualified state machine ARN refers to an alias named `PROD`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine:PROD>`
    ///
    ///   **Note:** If you provide a qualified state machine ARN that refers to a
    ///   version ARN or an alias ARN, the request starts execution for that version or
    ///   alias.
    ///
    /// - The following unqualified state machine ARN refers to a state machine named
    ///   `myStateMachine`.
    ///
    ///   `arn:<partition>:states:<region>:<account-id>:stateMachine:<myStateMachine>`
    ///
    /// After you update your state machine, you can set the `publish` parameter to
    /// `true` in the same action to publish a new
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html).
    /// This way, you can opt-in to strict versioning of your state machine.
    ///
    /// **Note:** Step Functions assigns monotonically increasing integers for state
    /// machine versions, starting at version number 1.
    ///
    /// **Note:** All `StartExecution` calls within a few seconds use the updated
    /// `definition` and `roleArn`. Executions started immediately after you call
    /// `UpdateStateMachine` may use the previous state machine `definition` and
    /// `roleArn`.
    ///
    /// Errors: [`UpdateStateMachineError`](crate::operation::update_state_machine::UpdateStateMachineError).
    pub fn update_state_machine(
        &self,
    ) -> crate::operation::update_state_machine::UpdateStateMachineFluentBuilder {
        crate::operation::update_state_machine::UpdateStateMachineFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates the configuration of an existing state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// by modifying its `description` or `routingConfiguration`.
    ///
    /// You must specify at least one of the `description` or `routingConfiguration`
    /// parameters to update a state machine alias.
    ///
    /// **Note:** `UpdateStateMachineAlias` is an idempotent API. Step Functions bases
    /// the idempotency check on the `stateMachineAliasArn`, `description`, and
    /// `routingConfiguration` parameters. Requests with the same parameters return an
    /// idempotent response.
    ///
    /// **Note:** This operation is eventually consistent. All StartExecution requests
    /// made within a few seconds use the latest alias configuration. Executions started
    /// immediately after calling `UpdateStateMachineAlias` may use the previous routing
    /// configuration.
    ///
    /// **Related operations:**
    ///
    /// - CreateStateMachineAlias
    /// - DescribeStateMachineAlias
    /// - ListStateMachineAliases
    /// - DeleteStateMachineAlias
    ///
    /// Errors: [`UpdateStateMachineAliasError`](crate::operation::update_state_machine_alias::UpdateStateMachineAliasError).
    pub fn update_state_machine_alias(
        &self,
    ) -> crate::operation::update_state_machine_alias::UpdateStateMachineAliasFluentBuilder {
        crate::operation::update_state_machine_alias::UpdateStateMachineAliasFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`ValidateStateMachineDefinitionError`](crate::operation::validate_state_machine_definition::ValidateStateMachineDefinitionError).
    pub fn validate_state_machine_definition(
        &self,
    ) -> crate::operation::validate_state_machine_definition::ValidateStateMachineDefinitionFluentBuilder {
        crate::operation::validate_state_machine_definition::ValidateStateMachineDefinitionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
}
