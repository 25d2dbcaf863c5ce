//! The service client.
static SERVICE: crate::runtime::operation::ServiceSpec = crate::runtime::operation::ServiceSpec {
    protocol: crate::runtime::operation::Protocol::RestJson1,
    service_id: "API Gateway",
    read_error: crate::runtime::rest::error_metadata,
    signing_name: "apigateway",
    endpoint_prefix: "apigateway",
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
                    url: "https://apigateway.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.aws",
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
                    url: "https://apigateway.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.amazonaws.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.amazonwebservices.com.cn",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.amazonwebservices.com.cn",
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
                    url: "https://apigateway.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.amazonaws.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.amazonwebservices.eu",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.amazonwebservices.eu",
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
                    url: "https://apigateway.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.c2s.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.aws.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.aws.ic.gov",
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
                    url: "https://apigateway.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.sc2s.sgov.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.aws.scloud",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.aws.scloud",
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
                    url: "https://apigateway.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.cloud.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.cloud-aws.adc-e.uk",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.cloud-aws.adc-e.uk",
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
                    url: "https://apigateway.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.csp.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.aws.hci.ic.gov",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.aws.hci.ic.gov",
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
                    url: "https://apigateway.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.amazonaws.com",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
                crate::runtime::partition::Rule::Endpoint {
                    url: "https://apigateway-fips.{region}.api.aws",
                    signing_region: ::std::option::Option::None,
                    signing_name: ::std::option::Option::None,
                },
            ],
            overrides: &[],
        },
    ],
    discovery_operation: ::std::option::Option::None,
};
/// Client for Amazon API Gateway.
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
    /// Create an ApiKey resource.
    ///
    /// Errors: [`CreateApiKeyError`](crate::operation::create_api_key::CreateApiKeyError).
    pub fn create_api_key(
        &self,
    ) -> crate::operation::create_api_key::CreateApiKeyFluentBuilder {
        crate::operation::create_api_key::CreateApiKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Adds a new Authorizer resource to an existing RestApi resource.
    ///
    /// Errors: [`CreateAuthorizerError`](crate::operation::create_authorizer::CreateAuthorizerError).
    pub fn create_authorizer(
        &self,
    ) -> crate::operation::create_authorizer::CreateAuthorizerFluentBuilder {
        crate::operation::create_authorizer::CreateAuthorizerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a new BasePathMapping resource.
    ///
    /// Errors: [`CreateBasePathMappingError`](crate::operation::create_base_path_mapping::CreateBasePathMappingError).
    pub fn create_base_path_mapping(
        &self,
    ) -> crate::operation::create_base_path_mapping::CreateBasePathMappingFluentBuilder {
        crate::operation::create_base_path_mapping::CreateBasePathMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a Deployment resource, which makes a specified RestApi callable over the
    /// internet.
    ///
    /// Errors: [`CreateDeploymentError`](crate::operation::create_deployment::CreateDeploymentError).
    pub fn create_deployment(
        &self,
    ) -> crate::operation::create_deployment::CreateDeploymentFluentBuilder {
        crate::operation::create_deployment::CreateDeploymentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a documentation part.
    ///
    /// Errors: [`CreateDocumentationPartError`](crate::operation::create_documentation_part::CreateDocumentationPartError).
    pub fn create_documentation_part(
        &self,
    ) -> crate::operation::create_documentation_part::CreateDocumentationPartFluentBuilder {
        crate::operation::create_documentation_part::CreateDocumentationPartFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a documentation version
    ///
    /// Errors: [`CreateDocumentationVersionError`](crate::operation::create_documentation_version::CreateDocumentationVersionError).
    pub fn create_documentation_version(
        &self,
    ) -> crate::operation::create_documentation_version::CreateDocumentationVersionFluentBuilder {
        crate::operation::create_documentation_version::CreateDocumentationVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a new domain name.
    ///
    /// Errors: [`CreateDomainNameError`](crate::operation::create_domain_name::CreateDomainNameError).
    pub fn create_domain_name(
        &self,
    ) -> crate::operation::create_domain_name::CreateDomainNameFluentBuilder {
        crate::operation::create_domain_name::CreateDomainNameFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`CreateDomainNameAccessAssociationError`](crate::operation::create_domain_name_access_association::CreateDomainNameAccessAssociationError).
    pub fn create_domain_name_access_association(
        &self,
    ) -> crate::operation::create_domain_name_access_association::CreateDomainNameAccessAssociationFluentBuilder {
        crate::operation::create_domain_name_access_association::CreateDomainNameAccessAssociationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Adds a new Model resource to an existing RestApi resource.
    ///
    /// Errors: [`CreateModelError`](crate::operation::create_model::CreateModelError).
    pub fn create_model(
        &self,
    ) -> crate::operation::create_model::CreateModelFluentBuilder {
        crate::operation::create_model::CreateModelFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a RequestValidator of a given RestApi.
    ///
    /// Errors: [`CreateRequestValidatorError`](crate::operation::create_request_validator::CreateRequestValidatorError).
    pub fn create_request_validator(
        &self,
    ) -> crate::operation::create_request_validator::CreateRequestValidatorFluentBuilder {
        crate::operation::create_request_validator::CreateRequestValidatorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a Resource resource.
    ///
    /// Errors: [`CreateResourceError`](crate::operation::create_resource::CreateResourceError).
    pub fn create_resource(
        &self,
    ) -> crate::operation::create_resource::CreateResourceFluentBuilder {
        crate::operation::create_resource::CreateResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a new RestApi resource.
    ///
    /// Errors: [`CreateRestApiError`](crate::operation::create_rest_api::CreateRestApiError).
    pub fn create_rest_api(
        &self,
    ) -> crate::operation::create_rest_api::CreateRestApiFluentBuilder {
        crate::operation::create_rest_api::CreateRestApiFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a new Stage resource that references a pre-existing Deployment for the
    /// API.
    ///
    /// Errors: [`CreateStageError`](crate::operation::create_stage::CreateStageError).
    pub fn create_stage(
        &self,
    ) -> crate::operation::create_stage::CreateStageFluentBuilder {
        crate::operation::create_stage::CreateStageFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a usage plan with the throttle and quota limits, as well as the
    /// associated API stages, specified in the payload.
    ///
    /// Errors: [`CreateUsagePlanError`](crate::operation::create_usage_plan::CreateUsagePlanError).
    pub fn create_usage_plan(
        &self,
    ) -> crate::operation::create_usage_plan::CreateUsagePlanFluentBuilder {
        crate::operation::create_usage_plan::CreateUsagePlanFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a usage plan key for adding an existing API key to a usage plan.
    ///
    /// Errors: [`CreateUsagePlanKeyError`](crate::operation::create_usage_plan_key::CreateUsagePlanKeyError).
    pub fn create_usage_plan_key(
        &self,
    ) -> crate::operation::create_usage_plan_key::CreateUsagePlanKeyFluentBuilder {
        crate::operation::create_usage_plan_key::CreateUsagePlanKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a VPC link, under the caller's account in a selected region, in an
    /// asynchronous operation that typically takes 2-4 minutes to complete and become
    /// operational. The caller must have permissions to create and update VPC Endpoint
    /// services.
    ///
    /// Errors: [`CreateVpcLinkError`](crate::operation::create_vpc_link::CreateVpcLinkError).
    pub fn create_vpc_link(
        &self,
    ) -> crate::operation::create_vpc_link::CreateVpcLinkFluentBuilder {
        crate::operation::create_vpc_link::CreateVpcLinkFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the ApiKey resource.
    ///
    /// Errors: [`DeleteApiKeyError`](crate::operation::delete_api_key::DeleteApiKeyError).
    pub fn delete_api_key(
        &self,
    ) -> crate::operation::delete_api_key::DeleteApiKeyFluentBuilder {
        crate::operation::delete_api_key::DeleteApiKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an existing Authorizer resource.
    ///
    /// Errors: [`DeleteAuthorizerError`](crate::operation::delete_authorizer::DeleteAuthorizerError).
    pub fn delete_authorizer(
        &self,
    ) -> crate::operation::delete_authorizer::DeleteAuthorizerFluentBuilder {
        crate::operation::delete_authorizer::DeleteAuthorizerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the BasePathMapping resource.
    ///
    /// Errors: [`DeleteBasePathMappingError`](crate::operation::delete_base_path_mapping::DeleteBasePathMappingError).
    pub fn delete_base_path_mapping(
        &self,
    ) -> crate::operation::delete_base_path_mapping::DeleteBasePathMappingFluentBuilder {
        crate::operation::delete_base_path_mapping::DeleteBasePathMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the ClientCertificate resource.
    ///
    /// Errors: [`DeleteClientCertificateError`](crate::operation::delete_client_certificate::DeleteClientCertificateError).
    pub fn delete_client_certificate(
        &self,
    ) -> crate::operation::delete_client_certificate::DeleteClientCertificateFluentBuilder {
        crate::operation::delete_client_certificate::DeleteClientCertificateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a Deployment resource. Deleting a deployment will only succeed if there
    /// are no Stage resources associated with it.
    ///
    /// Errors: [`DeleteDeploymentError`](crate::operation::delete_deployment::DeleteDeploymentError).
    pub fn delete_deployment(
        &self,
    ) -> crate::operation::delete_deployment::DeleteDeploymentFluentBuilder {
        crate::operation::delete_deployment::DeleteDeploymentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a documentation part
    ///
    /// Errors: [`DeleteDocumentationPartError`](crate::operation::delete_documentation_part::DeleteDocumentationPartError).
    pub fn delete_documentation_part(
        &self,
    ) -> crate::operation::delete_documentation_part::DeleteDocumentationPartFluentBuilder {
        crate::operation::delete_documentation_part::DeleteDocumentationPartFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a documentation version.
    ///
    /// Errors: [`DeleteDocumentationVersionError`](crate::operation::delete_documentation_version::DeleteDocumentationVersionError).
    pub fn delete_documentation_version(
        &self,
    ) -> crate::operation::delete_documentation_version::DeleteDocumentationVersionFluentBuilder {
        crate::operation::delete_documentation_version::DeleteDocumentationVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the DomainName resource.
    ///
    /// Errors: [`DeleteDomainNameError`](crate::operation::delete_domain_name::DeleteDomainNameError).
    pub fn delete_domain_name(
        &self,
    ) -> crate::operation::delete_domain_name::DeleteDomainNameFluentBuilder {
        crate::operation::delete_domain_name::DeleteDomainNameFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`DeleteDomainNameAccessAssociationError`](crate::operation::delete_domain_name_access_association::DeleteDomainNameAccessAssociationError).
    pub fn delete_domain_name_access_association(
        &self,
    ) -> crate::operation::delete_domain_name_access_association::DeleteDomainNameAccessAssociationFluentBuilder {
        crate::operation::delete_domain_name_access_association::DeleteDomainNameAccessAssociationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Clears any customization of a GatewayResponse of a specified response type on
    /// the given RestApi and resets it with the default settings.
    ///
    /// Errors: [`DeleteGatewayResponseError`](crate::operation::delete_gateway_response::DeleteGatewayResponseError).
    pub fn delete_gateway_response(
        &self,
    ) -> crate::operation::delete_gateway_response::DeleteGatewayResponseFluentBuilder {
        crate::operation::delete_gateway_response::DeleteGatewayResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents a delete integration.
    ///
    /// Errors: [`DeleteIntegrationError`](crate::operation::delete_integration::DeleteIntegrationError).
    pub fn delete_integration(
        &self,
    ) -> crate::operation::delete_integration::DeleteIntegrationFluentBuilder {
        crate::operation::delete_integration::DeleteIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents a delete integration response.
    ///
    /// Errors: [`DeleteIntegrationResponseError`](crate::operation::delete_integration_response::DeleteIntegrationResponseError).
    pub fn delete_integration_response(
        &self,
    ) -> crate::operation::delete_integration_response::DeleteIntegrationResponseFluentBuilder {
        crate::operation::delete_integration_response::DeleteIntegrationResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an existing Method resource.
    ///
    /// Errors: [`DeleteMethodError`](crate::operation::delete_method::DeleteMethodError).
    pub fn delete_method(
        &self,
    ) -> crate::operation::delete_method::DeleteMethodFluentBuilder {
        crate::operation::delete_method::DeleteMethodFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an existing MethodResponse resource.
    ///
    /// Errors: [`DeleteMethodResponseError`](crate::operation::delete_method_response::DeleteMethodResponseError).
    pub fn delete_method_response(
        &self,
    ) -> crate::operation::delete_method_response::DeleteMethodResponseFluentBuilder {
        crate::operation::delete_method_response::DeleteMethodResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a model.
    ///
    /// Errors: [`DeleteModelError`](crate::operation::delete_model::DeleteModelError).
    pub fn delete_model(
        &self,
    ) -> crate::operation::delete_model::DeleteModelFluentBuilder {
        crate::operation::delete_model::DeleteModelFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a RequestValidator of a given RestApi.
    ///
    /// Errors: [`DeleteRequestValidatorError`](crate::operation::delete_request_validator::DeleteRequestValidatorError).
    pub fn delete_request_validator(
        &self,
    ) -> crate::operation::delete_request_validator::DeleteRequestValidatorFluentBuilder {
        crate::operation::delete_request_validator::DeleteRequestValidatorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a Resource resource.
    ///
    /// Errors: [`DeleteResourceError`](crate::operation::delete_resource::DeleteResourceError).
    pub fn delete_resource(
        &self,
    ) -> crate::operation::delete_resource::DeleteResourceFluentBuilder {
        crate::operation::delete_resource::DeleteResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes the specified API.
    ///
    /// Errors: [`DeleteRestApiError`](crate::operation::delete_rest_api::DeleteRestApiError).
    pub fn delete_rest_api(
        &self,
    ) -> crate::operation::delete_rest_api::DeleteRestApiFluentBuilder {
        crate::operation::delete_rest_api::DeleteRestApiFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a Stage resource.
    ///
    /// Errors: [`DeleteStageError`](crate::operation::delete_stage::DeleteStageError).
    pub fn delete_stage(
        &self,
    ) -> crate::operation::delete_stage::DeleteStageFluentBuilder {
        crate::operation::delete_stage::DeleteStageFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a usage plan of a given plan Id.
    ///
    /// Errors: [`DeleteUsagePlanError`](crate::operation::delete_usage_plan::DeleteUsagePlanError).
    pub fn delete_usage_plan(
        &self,
    ) -> crate::operation::delete_usage_plan::DeleteUsagePlanFluentBuilder {
        crate::operation::delete_usage_plan::DeleteUsagePlanFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes a usage plan key and remove the underlying API key from the associated
    /// usage plan.
    ///
    /// Errors: [`DeleteUsagePlanKeyError`](crate::operation::delete_usage_plan_key::DeleteUsagePlanKeyError).
    pub fn delete_usage_plan_key(
        &self,
    ) -> crate::operation::delete_usage_plan_key::DeleteUsagePlanKeyFluentBuilder {
        crate::operation::delete_usage_plan_key::DeleteUsagePlanKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Deletes an existing VpcLink of a specified identifier.
    ///
    /// Errors: [`DeleteVpcLinkError`](crate::operation::delete_vpc_link::DeleteVpcLinkError).
    pub fn delete_vpc_link(
        &self,
    ) -> crate::operation::delete_vpc_link::DeleteVpcLinkFluentBuilder {
        crate::operation::delete_vpc_link::DeleteVpcLinkFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Flushes all authorizer cache entries on a stage.
    ///
    /// Errors: [`FlushStageAuthorizersCacheError`](crate::operation::flush_stage_authorizers_cache::FlushStageAuthorizersCacheError).
    pub fn flush_stage_authorizers_cache(
        &self,
    ) -> crate::operation::flush_stage_authorizers_cache::FlushStageAuthorizersCacheFluentBuilder {
        crate::operation::flush_stage_authorizers_cache::FlushStageAuthorizersCacheFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Flushes a stage's cache.
    ///
    /// Errors: [`FlushStageCacheError`](crate::operation::flush_stage_cache::FlushStageCacheError).
    pub fn flush_stage_cache(
        &self,
    ) -> crate::operation::flush_stage_cache::FlushStageCacheFluentBuilder {
        crate::operation::flush_stage_cache::FlushStageCacheFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Generates a ClientCertificate resource.
    ///
    /// Errors: [`GenerateClientCertificateError`](crate::operation::generate_client_certificate::GenerateClientCertificateError).
    pub fn generate_client_certificate(
        &self,
    ) -> crate::operation::generate_client_certificate::GenerateClientCertificateFluentBuilder {
        crate::operation::generate_client_certificate::GenerateClientCertificateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about the current Account resource.
    ///
    /// Errors: [`GetAccountError`](crate::operation::get_account::GetAccountError).
    pub fn get_account(&self) -> crate::operation::get_account::GetAccountFluentBuilder {
        crate::operation::get_account::GetAccountFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about the current ApiKey resource.
    ///
    /// Errors: [`GetApiKeyError`](crate::operation::get_api_key::GetApiKeyError).
    pub fn get_api_key(&self) -> crate::operation::get_api_key::GetApiKeyFluentBuilder {
        crate::operation::get_api_key::GetApiKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about the current ApiKeys resource.
    ///
    /// Errors: [`GetApiKeysError`](crate::operation::get_api_keys::GetApiKeysError).
    pub fn get_api_keys(
        &self,
    ) -> crate::operation::get_api_keys::GetApiKeysFluentBuilder {
        crate::operation::get_api_keys::GetApiKeysFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describe an existing Authorizer resource.
    ///
    /// Errors: [`GetAuthorizerError`](crate::operation::get_authorizer::GetAuthorizerError).
    pub fn get_authorizer(
        &self,
    ) -> crate::operation::get_authorizer::GetAuthorizerFluentBuilder {
        crate::operation::get_authorizer::GetAuthorizerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describe an existing Authorizers resource.
    ///
    /// Errors: [`GetAuthorizersError`](crate::operation::get_authorizers::GetAuthorizersError).
    pub fn get_authorizers(
        &self,
    ) -> crate::operation::get_authorizers::GetAuthorizersFluentBuilder {
        crate::operation::get_authorizers::GetAuthorizersFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describe a BasePathMapping resource.
    ///
    /// Errors: [`GetBasePathMappingError`](crate::operation::get_base_path_mapping::GetBasePathMappingError).
    pub fn get_base_path_mapping(
        &self,
    ) -> crate::operation::get_base_path_mapping::GetBasePathMappingFluentBuilder {
        crate::operation::get_base_path_mapping::GetBasePathMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents a collection of BasePathMapping resources.
    ///
    /// Errors: [`GetBasePathMappingsError`](crate::operation::get_base_path_mappings::GetBasePathMappingsError).
    pub fn get_base_path_mappings(
        &self,
    ) -> crate::operation::get_base_path_mappings::GetBasePathMappingsFluentBuilder {
        crate::operation::get_base_path_mappings::GetBasePathMappingsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about the current ClientCertificate resource.
    ///
    /// Errors: [`GetClientCertificateError`](crate::operation::get_client_certificate::GetClientCertificateError).
    pub fn get_client_certificate(
        &self,
    ) -> crate::operation::get_client_certificate::GetClientCertificateFluentBuilder {
        crate::operation::get_client_certificate::GetClientCertificateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a collection of ClientCertificate resources.
    ///
    /// Errors: [`GetClientCertificatesError`](crate::operation::get_client_certificates::GetClientCertificatesError).
    pub fn get_client_certificates(
        &self,
    ) -> crate::operation::get_client_certificates::GetClientCertificatesFluentBuilder {
        crate::operation::get_client_certificates::GetClientCertificatesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about a Deployment resource.
    ///
    /// Errors: [`GetDeploymentError`](crate::operation::get_deployment::GetDeploymentError).
    pub fn get_deployment(
        &self,
    ) -> crate::operation::get_deployment::GetDeploymentFluentBuilder {
        crate::operation::get_deployment::GetDeploymentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about a Deployments collection.
    ///
    /// Errors: [`GetDeploymentsError`](crate::operation::get_deployments::GetDeploymentsError).
    pub fn get_deployments(
        &self,
    ) -> crate::operation::get_deployments::GetDeploymentsFluentBuilder {
        crate::operation::get_deployments::GetDeploymentsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a documentation part.
    ///
    /// Errors: [`GetDocumentationPartError`](crate::operation::get_documentation_part::GetDocumentationPartError).
    pub fn get_documentation_part(
        &self,
    ) -> crate::operation::get_documentation_part::GetDocumentationPartFluentBuilder {
        crate::operation::get_documentation_part::GetDocumentationPartFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets documentation parts.
    ///
    /// Errors: [`GetDocumentationPartsError`](crate::operation::get_documentation_parts::GetDocumentationPartsError).
    pub fn get_documentation_parts(
        &self,
    ) -> crate::operation::get_documentation_parts::GetDocumentationPartsFluentBuilder {
        crate::operation::get_documentation_parts::GetDocumentationPartsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a documentation version.
    ///
    /// Errors: [`GetDocumentationVersionError`](crate::operation::get_documentation_version::GetDocumentationVersionError).
    pub fn get_documentation_version(
        &self,
    ) -> crate::operation::get_documentation_version::GetDocumentationVersionFluentBuilder {
        crate::operation::get_documentation_version::GetDocumentationVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets documentation versions.
    ///
    /// Errors: [`GetDocumentationVersionsError`](crate::operation::get_documentation_versions::GetDocumentationVersionsError).
    pub fn get_documentation_versions(
        &self,
    ) -> crate::operation::get_documentation_versions::GetDocumentationVersionsFluentBuilder {
        crate::operation::get_documentation_versions::GetDocumentationVersionsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents a domain name that is contained in a simpler, more intuitive URL that
    /// can be called.
    ///
    /// Errors: [`GetDomainNameError`](crate::operation::get_domain_name::GetDomainNameError).
    pub fn get_domain_name(
        &self,
    ) -> crate::operation::get_domain_name::GetDomainNameFluentBuilder {
        crate::operation::get_domain_name::GetDomainNameFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`GetDomainNameAccessAssociationsError`](crate::operation::get_domain_name_access_associations::GetDomainNameAccessAssociationsError).
    pub fn get_domain_name_access_associations(
        &self,
    ) -> crate::operation::get_domain_name_access_associations::GetDomainNameAccessAssociationsFluentBuilder {
        crate::operation::get_domain_name_access_associations::GetDomainNameAccessAssociationsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents a collection of DomainName resources.
    ///
    /// Errors: [`GetDomainNamesError`](crate::operation::get_domain_names::GetDomainNamesError).
    pub fn get_domain_names(
        &self,
    ) -> crate::operation::get_domain_names::GetDomainNamesFluentBuilder {
        crate::operation::get_domain_names::GetDomainNamesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Exports a deployed version of a RestApi in a specified format.
    ///
    /// Errors: [`GetExportError`](crate::operation::get_export::GetExportError).
    pub fn get_export(&self) -> crate::operation::get_export::GetExportFluentBuilder {
        crate::operation::get_export::GetExportFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a GatewayResponse of a specified response type on the given RestApi.
    ///
    /// Errors: [`GetGatewayResponseError`](crate::operation::get_gateway_response::GetGatewayResponseError).
    pub fn get_gateway_response(
        &self,
    ) -> crate::operation::get_gateway_response::GetGatewayResponseFluentBuilder {
        crate::operation::get_gateway_response::GetGatewayResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets the GatewayResponses collection on the given RestApi. If an API developer
    /// has not added any definitions for gateway responses, the result will be the API
    /// Gateway-generated default GatewayResponses collection for the supported response
    /// types.
    ///
    /// Errors: [`GetGatewayResponsesError`](crate::operation::get_gateway_responses::GetGatewayResponsesError).
    pub fn get_gateway_responses(
        &self,
    ) -> crate::operation::get_gateway_responses::GetGatewayResponsesFluentBuilder {
        crate::operation::get_gateway_responses::GetGatewayResponsesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Get the integration settings.
    ///
    /// Errors: [`GetIntegrationError`](crate::operation::get_integration::GetIntegrationError).
    pub fn get_integration(
        &self,
    ) -> crate::operation::get_integration::GetIntegrationFluentBuilder {
        crate::operation::get_integration::GetIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents a get integration response.
    ///
    /// Errors: [`GetIntegrationResponseError`](crate::operation::get_integration_response::GetIntegrationResponseError).
    pub fn get_integration_response(
        &self,
    ) -> crate::operation::get_integration_response::GetIntegrationResponseFluentBuilder {
        crate::operation::get_integration_response::GetIntegrationResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describe an existing Method resource.
    ///
    /// Errors: [`GetMethodError`](crate::operation::get_method::GetMethodError).
    pub fn get_method(&self) -> crate::operation::get_method::GetMethodFluentBuilder {
        crate::operation::get_method::GetMethodFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes a MethodResponse resource.
    ///
    /// Errors: [`GetMethodResponseError`](crate::operation::get_method_response::GetMethodResponseError).
    pub fn get_method_response(
        &self,
    ) -> crate::operation::get_method_response::GetMethodResponseFluentBuilder {
        crate::operation::get_method_response::GetMethodResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes an existing model defined for a RestApi resource.
    ///
    /// Errors: [`GetModelError`](crate::operation::get_model::GetModelError).
    pub fn get_model(&self) -> crate::operation::get_model::GetModelFluentBuilder {
        crate::operation::get_model::GetModelFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Generates a sample mapping template that can be used to transform a payload into
    /// the structure of a model.
    ///
    /// Errors: [`GetModelTemplateError`](crate::operation::get_model_template::GetModelTemplateError).
    pub fn get_model_template(
        &self,
    ) -> crate::operation::get_model_template::GetModelTemplateFluentBuilder {
        crate::operation::get_model_template::GetModelTemplateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Describes existing Models defined for a RestApi resource.
    ///
    /// Errors: [`GetModelsError`](crate::operation::get_models::GetModelsError).
    pub fn get_models(&self) -> crate::operation::get_models::GetModelsFluentBuilder {
        crate::operation::get_models::GetModelsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a RequestValidator of a given RestApi.
    ///
    /// Errors: [`GetRequestValidatorError`](crate::operation::get_request_validator::GetRequestValidatorError).
    pub fn get_request_validator(
        &self,
    ) -> crate::operation::get_request_validator::GetRequestValidatorFluentBuilder {
        crate::operation::get_request_validator::GetRequestValidatorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets the RequestValidators collection of a given RestApi.
    ///
    /// Errors: [`GetRequestValidatorsError`](crate::operation::get_request_validators::GetRequestValidatorsError).
    pub fn get_request_validators(
        &self,
    ) -> crate::operation::get_request_validators::GetRequestValidatorsFluentBuilder {
        crate::operation::get_request_validators::GetRequestValidatorsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists information about a resource.
    ///
    /// Errors: [`GetResourceError`](crate::operation::get_resource::GetResourceError).
    pub fn get_resource(
        &self,
    ) -> crate::operation::get_resource::GetResourceFluentBuilder {
        crate::operation::get_resource::GetResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists information about a collection of Resource resources.
    ///
    /// Errors: [`GetResourcesError`](crate::operation::get_resources::GetResourcesError).
    pub fn get_resources(
        &self,
    ) -> crate::operation::get_resources::GetResourcesFluentBuilder {
        crate::operation::get_resources::GetResourcesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the RestApi resource in the collection.
    ///
    /// Errors: [`GetRestApiError`](crate::operation::get_rest_api::GetRestApiError).
    pub fn get_rest_api(
        &self,
    ) -> crate::operation::get_rest_api::GetRestApiFluentBuilder {
        crate::operation::get_rest_api::GetRestApiFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Lists the RestApis resources for your collection.
    ///
    /// Errors: [`GetRestApisError`](crate::operation::get_rest_apis::GetRestApisError).
    pub fn get_rest_apis(
        &self,
    ) -> crate::operation::get_rest_apis::GetRestApisFluentBuilder {
        crate::operation::get_rest_apis::GetRestApisFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Generates a client SDK for a RestApi and Stage.
    ///
    /// Errors: [`GetSdkError`](crate::operation::get_sdk::GetSdkError).
    pub fn get_sdk(&self) -> crate::operation::get_sdk::GetSdkFluentBuilder {
        crate::operation::get_sdk::GetSdkFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets an SDK type.
    ///
    /// Errors: [`GetSdkTypeError`](crate::operation::get_sdk_type::GetSdkTypeError).
    pub fn get_sdk_type(
        &self,
    ) -> crate::operation::get_sdk_type::GetSdkTypeFluentBuilder {
        crate::operation::get_sdk_type::GetSdkTypeFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets SDK types
    ///
    /// Errors: [`GetSdkTypesError`](crate::operation::get_sdk_types::GetSdkTypesError).
    pub fn get_sdk_types(
        &self,
    ) -> crate::operation::get_sdk_types::GetSdkTypesFluentBuilder {
        crate::operation::get_sdk_types::GetSdkTypesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about a Stage resource.
    ///
    /// Errors: [`GetStageError`](crate::operation::get_stage::GetStageError).
    pub fn get_stage(&self) -> crate::operation::get_stage::GetStageFluentBuilder {
        crate::operation::get_stage::GetStageFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets information about one or more Stage resources.
    ///
    /// Errors: [`GetStagesError`](crate::operation::get_stages::GetStagesError).
    pub fn get_stages(&self) -> crate::operation::get_stages::GetStagesFluentBuilder {
        crate::operation::get_stages::GetStagesFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets the Tags collection for a given resource.
    ///
    /// Errors: [`GetTagsError`](crate::operation::get_tags::GetTagsError).
    pub fn get_tags(&self) -> crate::operation::get_tags::GetTagsFluentBuilder {
        crate::operation::get_tags::GetTagsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets the usage data of a usage plan in a specified time interval.
    ///
    /// Errors: [`GetUsageError`](crate::operation::get_usage::GetUsageError).
    pub fn get_usage(&self) -> crate::operation::get_usage::GetUsageFluentBuilder {
        crate::operation::get_usage::GetUsageFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a usage plan of a given plan identifier.
    ///
    /// Errors: [`GetUsagePlanError`](crate::operation::get_usage_plan::GetUsagePlanError).
    pub fn get_usage_plan(
        &self,
    ) -> crate::operation::get_usage_plan::GetUsagePlanFluentBuilder {
        crate::operation::get_usage_plan::GetUsagePlanFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a usage plan key of a given key identifier.
    ///
    /// Errors: [`GetUsagePlanKeyError`](crate::operation::get_usage_plan_key::GetUsagePlanKeyError).
    pub fn get_usage_plan_key(
        &self,
    ) -> crate::operation::get_usage_plan_key::GetUsagePlanKeyFluentBuilder {
        crate::operation::get_usage_plan_key::GetUsagePlanKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets all the usage plan keys representing the API keys added to a specified
    /// usage plan.
    ///
    /// Errors: [`GetUsagePlanKeysError`](crate::operation::get_usage_plan_keys::GetUsagePlanKeysError).
    pub fn get_usage_plan_keys(
        &self,
    ) -> crate::operation::get_usage_plan_keys::GetUsagePlanKeysFluentBuilder {
        crate::operation::get_usage_plan_keys::GetUsagePlanKeysFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets all the usage plans of the caller's account.
    ///
    /// Errors: [`GetUsagePlansError`](crate::operation::get_usage_plans::GetUsagePlansError).
    pub fn get_usage_plans(
        &self,
    ) -> crate::operation::get_usage_plans::GetUsagePlansFluentBuilder {
        crate::operation::get_usage_plans::GetUsagePlansFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets a specified VPC link under the caller's account in a region.
    ///
    /// Errors: [`GetVpcLinkError`](crate::operation::get_vpc_link::GetVpcLinkError).
    pub fn get_vpc_link(
        &self,
    ) -> crate::operation::get_vpc_link::GetVpcLinkFluentBuilder {
        crate::operation::get_vpc_link::GetVpcLinkFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Gets the VpcLinks collection under the caller's account in a selected region.
    ///
    /// Errors: [`GetVpcLinksError`](crate::operation::get_vpc_links::GetVpcLinksError).
    pub fn get_vpc_links(
        &self,
    ) -> crate::operation::get_vpc_links::GetVpcLinksFluentBuilder {
        crate::operation::get_vpc_links::GetVpcLinksFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Import API keys from an external source, such as a CSV-formatted file.
    ///
    /// Errors: [`ImportApiKeysError`](crate::operation::import_api_keys::ImportApiKeysError).
    pub fn import_api_keys(
        &self,
    ) -> crate::operation::import_api_keys::ImportApiKeysFluentBuilder {
        crate::operation::import_api_keys::ImportApiKeysFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Imports documentation parts
    ///
    /// Errors: [`ImportDocumentationPartsError`](crate::operation::import_documentation_parts::ImportDocumentationPartsError).
    pub fn import_documentation_parts(
        &self,
    ) -> crate::operation::import_documentation_parts::ImportDocumentationPartsFluentBuilder {
        crate::operation::import_documentation_parts::ImportDocumentationPartsFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// A feature of the API Gateway control service for creating a new API from an
    /// external API definition file.
    ///
    /// Errors: [`ImportRestApiError`](crate::operation::import_rest_api::ImportRestApiError).
    pub fn import_rest_api(
        &self,
    ) -> crate::operation::import_rest_api::ImportRestApiFluentBuilder {
        crate::operation::import_rest_api::ImportRestApiFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Creates a customization of a GatewayResponse of a specified response type and
    /// status code on the given RestApi.
    ///
    /// Errors: [`PutGatewayResponseError`](crate::operation::put_gateway_response::PutGatewayResponseError).
    pub fn put_gateway_response(
        &self,
    ) -> crate::operation::put_gateway_response::PutGatewayResponseFluentBuilder {
        crate::operation::put_gateway_response::PutGatewayResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Sets up a method's integration.
    ///
    /// Errors: [`PutIntegrationError`](crate::operation::put_integration::PutIntegrationError).
    pub fn put_integration(
        &self,
    ) -> crate::operation::put_integration::PutIntegrationFluentBuilder {
        crate::operation::put_integration::PutIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents a put integration.
    ///
    /// Errors: [`PutIntegrationResponseError`](crate::operation::put_integration_response::PutIntegrationResponseError).
    pub fn put_integration_response(
        &self,
    ) -> crate::operation::put_integration_response::PutIntegrationResponseFluentBuilder {
        crate::operation::put_integration_response::PutIntegrationResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Add a method to an existing Resource resource.
    ///
    /// Errors: [`PutMethodError`](crate::operation::put_method::PutMethodError).
    pub fn put_method(&self) -> crate::operation::put_method::PutMethodFluentBuilder {
        crate::operation::put_method::PutMethodFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Adds a MethodResponse to an existing Method resource.
    ///
    /// Errors: [`PutMethodResponseError`](crate::operation::put_method_response::PutMethodResponseError).
    pub fn put_method_response(
        &self,
    ) -> crate::operation::put_method_response::PutMethodResponseFluentBuilder {
        crate::operation::put_method_response::PutMethodResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// A feature of the API Gateway control service for updating an existing API with
    /// an input of external API definitions. The update can take the form of merging
    /// the supplied definition into the existing API or overwriting the existing API.
    ///
    /// Errors: [`PutRestApiError`](crate::operation::put_rest_api::PutRestApiError).
    pub fn put_rest_api(
        &self,
    ) -> crate::operation::put_rest_api::PutRestApiFluentBuilder {
        crate::operation::put_rest_api::PutRestApiFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    ///
    /// Errors: [`RejectDomainNameAccessAssociationError`](crate::operation::reject_domain_name_access_association::RejectDomainNameAccessAssociationError).
    pub fn reject_domain_name_access_association(
        &self,
    ) -> crate::operation::reject_domain_name_access_association::RejectDomainNameAccessAssociationFluentBuilder {
        crate::operation::reject_domain_name_access_association::RejectDomainNameAccessAssociationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Adds or updates a tag on a given resource.
    ///
    /// Errors: [`TagResourceError`](crate::operation::tag_resource::TagResourceError).
    pub fn tag_resource(
        &self,
    ) -> crate::operation::tag_resource::TagResourceFluentBuilder {
        crate::operation::tag_resource::TagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Simulate the execution of an Authorizer in your RestApi with headers,
    /// parameters, and an incoming request body.
    ///
    /// Errors: [`TestInvokeAuthorizerError`](crate::operation::test_invoke_authorizer::TestInvokeAuthorizerError).
    pub fn test_invoke_authorizer(
        &self,
    ) -> crate::operation::test_invoke_authorizer::TestInvokeAuthorizerFluentBuilder {
        crate::operation::test_invoke_authorizer::TestInvokeAuthorizerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Simulate the invocation of a Method in your RestApi with headers, parameters,
    /// and an incoming request body.
    ///
    /// Errors: [`TestInvokeMethodError`](crate::operation::test_invoke_method::TestInvokeMethodError).
    pub fn test_invoke_method(
        &self,
    ) -> crate::operation::test_invoke_method::TestInvokeMethodFluentBuilder {
        crate::operation::test_invoke_method::TestInvokeMethodFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Removes a tag from a given resource.
    ///
    /// Errors: [`UntagResourceError`](crate::operation::untag_resource::UntagResourceError).
    pub fn untag_resource(
        &self,
    ) -> crate::operation::untag_resource::UntagResourceFluentBuilder {
        crate::operation::untag_resource::UntagResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about the current Account resource.
    ///
    /// Errors: [`UpdateAccountError`](crate::operation::update_account::UpdateAccountError).
    pub fn update_account(
        &self,
    ) -> crate::operation::update_account::UpdateAccountFluentBuilder {
        crate::operation::update_account::UpdateAccountFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about an ApiKey resource.
    ///
    /// Errors: [`UpdateApiKeyError`](crate::operation::update_api_key::UpdateApiKeyError).
    pub fn update_api_key(
        &self,
    ) -> crate::operation::update_api_key::UpdateApiKeyFluentBuilder {
        crate::operation::update_api_key::UpdateApiKeyFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an existing Authorizer resource.
    ///
    /// Errors: [`UpdateAuthorizerError`](crate::operation::update_authorizer::UpdateAuthorizerError).
    pub fn update_authorizer(
        &self,
    ) -> crate::operation::update_authorizer::UpdateAuthorizerFluentBuilder {
        crate::operation::update_authorizer::UpdateAuthorizerFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about the BasePathMapping resource.
    ///
    /// Errors: [`UpdateBasePathMappingError`](crate::operation::update_base_path_mapping::UpdateBasePathMappingError).
    pub fn update_base_path_mapping(
        &self,
    ) -> crate::operation::update_base_path_mapping::UpdateBasePathMappingFluentBuilder {
        crate::operation::update_base_path_mapping::UpdateBasePathMappingFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about an ClientCertificate resource.
    ///
    /// Errors: [`UpdateClientCertificateError`](crate::operation::update_client_certificate::UpdateClientCertificateError).
    pub fn update_client_certificate(
        &self,
    ) -> crate::operation::update_client_certificate::UpdateClientCertificateFluentBuilder {
        crate::operation::update_client_certificate::UpdateClientCertificateFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about a Deployment resource.
    ///
    /// Errors: [`UpdateDeploymentError`](crate::operation::update_deployment::UpdateDeploymentError).
    pub fn update_deployment(
        &self,
    ) -> crate::operation::update_deployment::UpdateDeploymentFluentBuilder {
        crate::operation::update_deployment::UpdateDeploymentFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a documentation part.
    ///
    /// Errors: [`UpdateDocumentationPartError`](crate::operation::update_documentation_part::UpdateDocumentationPartError).
    pub fn update_documentation_part(
        &self,
    ) -> crate::operation::update_documentation_part::UpdateDocumentationPartFluentBuilder {
        crate::operation::update_documentation_part::UpdateDocumentationPartFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a documentation version.
    ///
    /// Errors: [`UpdateDocumentationVersionError`](crate::operation::update_documentation_version::UpdateDocumentationVersionError).
    pub fn update_documentation_version(
        &self,
    ) -> crate::operation::update_documentation_version::UpdateDocumentationVersionFluentBuilder {
        crate::operation::update_documentation_version::UpdateDocumentationVersionFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about the DomainName resource.
    ///
    /// Errors: [`UpdateDomainNameError`](crate::operation::update_domain_name::UpdateDomainNameError).
    pub fn update_domain_name(
        &self,
    ) -> crate::operation::update_domain_name::UpdateDomainNameFluentBuilder {
        crate::operation::update_domain_name::UpdateDomainNameFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a GatewayResponse of a specified response type on the given RestApi.
    ///
    /// Errors: [`UpdateGatewayResponseError`](crate::operation::update_gateway_response::UpdateGatewayResponseError).
    pub fn update_gateway_response(
        &self,
    ) -> crate::operation::update_gateway_response::UpdateGatewayResponseFluentBuilder {
        crate::operation::update_gateway_response::UpdateGatewayResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents an update integration.
    ///
    /// Errors: [`UpdateIntegrationError`](crate::operation::update_integration::UpdateIntegrationError).
    pub fn update_integration(
        &self,
    ) -> crate::operation::update_integration::UpdateIntegrationFluentBuilder {
        crate::operation::update_integration::UpdateIntegrationFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Represents an update integration response.
    ///
    /// Errors: [`UpdateIntegrationResponseError`](crate::operation::update_integration_response::UpdateIntegrationResponseError).
    pub fn update_integration_response(
        &self,
    ) -> crate::operation::update_integration_response::UpdateIntegrationResponseFluentBuilder {
        crate::operation::update_integration_response::UpdateIntegrationResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an existing Method resource.
    ///
    /// Errors: [`UpdateMethodError`](crate::operation::update_method::UpdateMethodError).
    pub fn update_method(
        &self,
    ) -> crate::operation::update_method::UpdateMethodFluentBuilder {
        crate::operation::update_method::UpdateMethodFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an existing MethodResponse resource.
    ///
    /// Errors: [`UpdateMethodResponseError`](crate::operation::update_method_response::UpdateMethodResponseError).
    pub fn update_method_response(
        &self,
    ) -> crate::operation::update_method_response::UpdateMethodResponseFluentBuilder {
        crate::operation::update_method_response::UpdateMethodResponseFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about a model.
    ///
    /// Errors: [`UpdateModelError`](crate::operation::update_model::UpdateModelError).
    pub fn update_model(
        &self,
    ) -> crate::operation::update_model::UpdateModelFluentBuilder {
        crate::operation::update_model::UpdateModelFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a RequestValidator of a given RestApi.
    ///
    /// Errors: [`UpdateRequestValidatorError`](crate::operation::update_request_validator::UpdateRequestValidatorError).
    pub fn update_request_validator(
        &self,
    ) -> crate::operation::update_request_validator::UpdateRequestValidatorFluentBuilder {
        crate::operation::update_request_validator::UpdateRequestValidatorFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about a Resource resource.
    ///
    /// Errors: [`UpdateResourceError`](crate::operation::update_resource::UpdateResourceError).
    pub fn update_resource(
        &self,
    ) -> crate::operation::update_resource::UpdateResourceFluentBuilder {
        crate::operation::update_resource::UpdateResourceFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about the specified API.
    ///
    /// Errors: [`UpdateRestApiError`](crate::operation::update_rest_api::UpdateRestApiError).
    pub fn update_rest_api(
        &self,
    ) -> crate::operation::update_rest_api::UpdateRestApiFluentBuilder {
        crate::operation::update_rest_api::UpdateRestApiFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Changes information about a Stage resource.
    ///
    /// Errors: [`UpdateStageError`](crate::operation::update_stage::UpdateStageError).
    pub fn update_stage(
        &self,
    ) -> crate::operation::update_stage::UpdateStageFluentBuilder {
        crate::operation::update_stage::UpdateStageFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Grants a temporary extension to the remaining quota of a usage plan associated
    /// with a specified API key.
    ///
    /// Errors: [`UpdateUsageError`](crate::operation::update_usage::UpdateUsageError).
    pub fn update_usage(
        &self,
    ) -> crate::operation::update_usage::UpdateUsageFluentBuilder {
        crate::operation::update_usage::UpdateUsageFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates a usage plan of a given plan Id.
    ///
    /// Errors: [`UpdateUsagePlanError`](crate::operation::update_usage_plan::UpdateUsagePlanError).
    pub fn update_usage_plan(
        &self,
    ) -> crate::operation::update_usage_plan::UpdateUsagePlanFluentBuilder {
        crate::operation::update_usage_plan::UpdateUsagePlanFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
    /// Updates an existing VpcLink of a specified identifier.
    ///
    /// Errors: [`UpdateVpcLinkError`](crate::operation::update_vpc_link::UpdateVpcLinkError).
    pub fn update_vpc_link(
        &self,
    ) -> crate::operation::update_vpc_link::UpdateVpcLinkFluentBuilder {
        crate::operation::update_vpc_link::UpdateVpcLinkFluentBuilder::new(
            ::std::sync::Arc::clone(&self.handle),
        )
    }
}
