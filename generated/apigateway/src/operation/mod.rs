//! One module per operation: its fluent builder and error enum.
/// The `CreateApiKey` operation.
pub mod create_api_key;
/// The `CreateAuthorizer` operation.
pub mod create_authorizer;
/// The `CreateBasePathMapping` operation.
pub mod create_base_path_mapping;
/// The `CreateDeployment` operation.
pub mod create_deployment;
/// The `CreateDocumentationPart` operation.
pub mod create_documentation_part;
/// The `CreateDocumentationVersion` operation.
pub mod create_documentation_version;
/// The `CreateDomainName` operation.
pub mod create_domain_name;
/// The `CreateDomainNameAccessAssociation` operation.
pub mod create_domain_name_access_association;
/// The `CreateModel` operation.
pub mod create_model;
/// The `CreateRequestValidator` operation.
pub mod create_request_validator;
/// The `CreateResource` operation.
pub mod create_resource;
/// The `CreateRestApi` operation.
pub mod create_rest_api;
/// The `CreateStage` operation.
pub mod create_stage;
/// The `CreateUsagePlan` operation.
pub mod create_usage_plan;
/// The `CreateUsagePlanKey` operation.
pub mod create_usage_plan_key;
/// The `CreateVpcLink` operation.
pub mod create_vpc_link;
/// The `DeleteApiKey` operation.
pub mod delete_api_key;
/// The `DeleteAuthorizer` operation.
pub mod delete_authorizer;
/// The `DeleteBasePathMapping` operation.
pub mod delete_base_path_mapping;
/// The `DeleteClientCertificate` operation.
pub mod delete_client_certificate;
/// The `DeleteDeployment` operation.
pub mod delete_deployment;
/// The `DeleteDocumentationPart` operation.
pub mod delete_documentation_part;
/// The `DeleteDocumentationVersion` operation.
pub mod delete_documentation_version;
/// The `DeleteDomainName` operation.
pub mod delete_domain_name;
/// The `DeleteDomainNameAccessAssociation` operation.
pub mod delete_domain_name_access_association;
/// The `DeleteGatewayResponse` operation.
pub mod delete_gateway_response;
/// The `DeleteIntegration` operation.
pub mod delete_integration;
/// The `DeleteIntegrationResponse` operation.
pub mod delete_integration_response;
/// The `DeleteMethod` operation.
pub mod delete_method;
/// The `DeleteMethodResponse` operation.
pub mod delete_method_response;
/// The `DeleteModel` operation.
pub mod delete_model;
/// The `DeleteRequestValidator` operation.
pub mod delete_request_validator;
/// The `DeleteResource` operation.
pub mod delete_resource;
/// The `DeleteRestApi` operation.
pub mod delete_rest_api;
/// The `DeleteStage` operation.
pub mod delete_stage;
/// The `DeleteUsagePlan` operation.
pub mod delete_usage_plan;
/// The `DeleteUsagePlanKey` operation.
pub mod delete_usage_plan_key;
/// The `DeleteVpcLink` operation.
pub mod delete_vpc_link;
/// The `FlushStageAuthorizersCache` operation.
pub mod flush_stage_authorizers_cache;
/// The `FlushStageCache` operation.
pub mod flush_stage_cache;
/// The `GenerateClientCertificate` operation.
pub mod generate_client_certificate;
/// The `GetAccount` operation.
pub mod get_account;
/// The `GetApiKey` operation.
pub mod get_api_key;
/// The `GetApiKeys` operation.
pub mod get_api_keys;
/// The `GetAuthorizer` operation.
pub mod get_authorizer;
/// The `GetAuthorizers` operation.
pub mod get_authorizers;
/// The `GetBasePathMapping` operation.
pub mod get_base_path_mapping;
/// The `GetBasePathMappings` operation.
pub mod get_base_path_mappings;
/// The `GetClientCertificate` operation.
pub mod get_client_certificate;
/// The `GetClientCertificates` operation.
pub mod get_client_certificates;
/// The `GetDeployment` operation.
pub mod get_deployment;
/// The `GetDeployments` operation.
pub mod get_deployments;
/// The `GetDocumentationPart` operation.
pub mod get_documentation_part;
/// The `GetDocumentationParts` operation.
pub mod get_documentation_parts;
/// The `GetDocumentationVersion` operation.
pub mod get_documentation_version;
/// The `GetDocumentationVersions` operation.
pub mod get_documentation_versions;
/// The `GetDomainName` operation.
pub mod get_domain_name;
/// The `GetDomainNameAccessAssociations` operation.
pub mod get_domain_name_access_associations;
/// The `GetDomainNames` operation.
pub mod get_domain_names;
/// The `GetExport` operation.
pub mod get_export;
/// The `GetGatewayResponse` operation.
pub mod get_gateway_response;
/// The `GetGatewayResponses` operation.
pub mod get_gateway_responses;
/// The `GetIntegration` operation.
pub mod get_integration;
/// The `GetIntegrationResponse` operation.
pub mod get_integration_response;
/// The `GetMethod` operation.
pub mod get_method;
/// The `GetMethodResponse` operation.
pub mod get_method_response;
/// The `GetModel` operation.
pub mod get_model;
/// The `GetModelTemplate` operation.
pub mod get_model_template;
/// The `GetModels` operation.
pub mod get_models;
/// The `GetRequestValidator` operation.
pub mod get_request_validator;
/// The `GetRequestValidators` operation.
pub mod get_request_validators;
/// The `GetResource` operation.
pub mod get_resource;
/// The `GetResources` operation.
pub mod get_resources;
/// The `GetRestApi` operation.
pub mod get_rest_api;
/// The `GetRestApis` operation.
pub mod get_rest_apis;
/// The `GetSdk` operation.
pub mod get_sdk;
/// The `GetSdkType` operation.
pub mod get_sdk_type;
/// The `GetSdkTypes` operation.
pub mod get_sdk_types;
/// The `GetStage` operation.
pub mod get_stage;
/// The `GetStages` operation.
pub mod get_stages;
/// The `GetTags` operation.
pub mod get_tags;
/// The `GetUsage` operation.
pub mod get_usage;
/// The `GetUsagePlan` operation.
pub mod get_usage_plan;
/// The `GetUsagePlanKey` operation.
pub mod get_usage_plan_key;
/// The `GetUsagePlanKeys` operation.
pub mod get_usage_plan_keys;
/// The `GetUsagePlans` operation.
pub mod get_usage_plans;
/// The `GetVpcLink` operation.
pub mod get_vpc_link;
/// The `GetVpcLinks` operation.
pub mod get_vpc_links;
/// The `ImportApiKeys` operation.
pub mod import_api_keys;
/// The `ImportDocumentationParts` operation.
pub mod import_documentation_parts;
/// The `ImportRestApi` operation.
pub mod import_rest_api;
/// The `PutGatewayResponse` operation.
pub mod put_gateway_response;
/// The `PutIntegration` operation.
pub mod put_integration;
/// The `PutIntegrationResponse` operation.
pub mod put_integration_response;
/// The `PutMethod` operation.
pub mod put_method;
/// The `PutMethodResponse` operation.
pub mod put_method_response;
/// The `PutRestApi` operation.
pub mod put_rest_api;
/// The `RejectDomainNameAccessAssociation` operation.
pub mod reject_domain_name_access_association;
/// The `TagResource` operation.
pub mod tag_resource;
/// The `TestInvokeAuthorizer` operation.
pub mod test_invoke_authorizer;
/// The `TestInvokeMethod` operation.
pub mod test_invoke_method;
/// The `UntagResource` operation.
pub mod untag_resource;
/// The `UpdateAccount` operation.
pub mod update_account;
/// The `UpdateApiKey` operation.
pub mod update_api_key;
/// The `UpdateAuthorizer` operation.
pub mod update_authorizer;
/// The `UpdateBasePathMapping` operation.
pub mod update_base_path_mapping;
/// The `UpdateClientCertificate` operation.
pub mod update_client_certificate;
/// The `UpdateDeployment` operation.
pub mod update_deployment;
/// The `UpdateDocumentationPart` operation.
pub mod update_documentation_part;
/// The `UpdateDocumentationVersion` operation.
pub mod update_documentation_version;
/// The `UpdateDomainName` operation.
pub mod update_domain_name;
/// The `UpdateGatewayResponse` operation.
pub mod update_gateway_response;
/// The `UpdateIntegration` operation.
pub mod update_integration;
/// The `UpdateIntegrationResponse` operation.
pub mod update_integration_response;
/// The `UpdateMethod` operation.
pub mod update_method;
/// The `UpdateMethodResponse` operation.
pub mod update_method_response;
/// The `UpdateModel` operation.
pub mod update_model;
/// The `UpdateRequestValidator` operation.
pub mod update_request_validator;
/// The `UpdateResource` operation.
pub mod update_resource;
/// The `UpdateRestApi` operation.
pub mod update_rest_api;
/// The `UpdateStage` operation.
pub mod update_stage;
/// The `UpdateUsage` operation.
pub mod update_usage;
/// The `UpdateUsagePlan` operation.
pub mod update_usage_plan;
/// The `UpdateVpcLink` operation.
pub mod update_vpc_link;
