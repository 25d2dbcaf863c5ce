//! The generated API Gateway client (restJson1) against moto's server with
//! SigV4 verification on: every call is signed by `apigateway-client` and
//! checked by moto (the harness patches moto so bodiless GET/DELETE verify;
//! see tests/moto/rest-survey.md §0).
//!
//! What makes these tests sensitive to the wire format:
//! * Every list (`GetRestApis`, `GetResources`, `GetApiKeys`) comes back
//!   under the JSON key `item` (AWS's `locationName`; the spec says
//!   `items`): a client reading `items` sees empty pages.
//! * Ids travel in labels (`/restapis/{restapi_id}/resources/{resource_id}/
//!   methods/{http_method}`): a label bound to the wrong member, or the
//!   wrong order, is a `NotFoundException`.
//! * Tags are addressed by the stage's ARN in one plain label
//!   (`/tags/{resource_arn}`, ARN `arn:aws:apigateway:<region>::/restapis/
//!   <id>/stages/<stage>`): its `:` and `/` must be percent-encoded, since
//!   moto routes by AWS's model, where a raw `/` ends the label. The tag
//!   keys removed travel as a repeated `tagKeys` query parameter and hold
//!   `&`, `=`, `+`, `%`, `/`, `:` and a space (moto decodes with `parse_qs`:
//!   a raw `+` would become a space, a raw `&` would split the key).
//! * A base path mapping's base path holds `%41` and a space in a plain
//!   label that moto percent-decodes once (see that test).
//! * `GetApiKeys` filters by the `name` query parameter (the member is
//!   `nameQuery`) and includes values only with `includeValues`;
//!   `GetApiKey` only with `includeValue`: a dropped query parameter
//!   changes what comes back.
//!
//! moto 5.2.5 answers most writes with 201/202 (AWS: 201/202/204) and its
//! lists are never paginated (no `position`): the paginators must still end.

use std::collections::HashMap;

use apigateway_client::operation::get_api_key::GetApiKeyError;
use apigateway_client::operation::get_rest_api::GetRestApiError;
use apigateway_client::runtime::credentials::Credentials;
use apigateway_client::types::{
    ApiKey, ApiKeySourceType, EndpointConfiguration, EndpointType, IntegrationType, Resource,
    RestApi,
};
use apigateway_client::{Client, Config, SdkError};
use project_tests::moto::{unique_name, Moto};

fn moto() -> &'static Moto {
    Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"))
}

fn client_with_secret(secret: &str) -> Client {
    let moto = moto();
    Client::from_conf(
        Config::builder()
            .region(moto.region())
            .endpoint_url(moto.endpoint())
            .credentials(Credentials::new(moto.access_key_id(), secret, None, None))
            .build(),
    )
}

fn client() -> Client {
    client_with_secret(moto().secret_access_key())
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn map(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A REST API with every body member moto keeps; returns what moto answered
/// after checking it.
async fn create_api(client: &Client, name: &str) -> RestApi {
    let api = client
        .create_rest_api()
        .name(name)
        .description("e2e: ünïcode description")
        .api_key_source(ApiKeySourceType::Authorizer)
        .endpoint_configuration(
            EndpointConfiguration::builder()
                .types(EndpointType::Regional)
                .build()
                .unwrap(),
        )
        .minimum_compression_size(1024)
        .disable_execute_api_endpoint(true)
        .tags("owner", "e2e_apigateway")
        .send()
        .await
        .unwrap_or_else(|e| panic!("create {name}: {e}"));
    assert_eq!(api.name.as_deref(), Some(name));
    assert_eq!(api.description.as_deref(), Some("e2e: ünïcode description"));
    assert_eq!(api.api_key_source, Some(ApiKeySourceType::Authorizer));
    assert_eq!(
        api.endpoint_configuration
            .as_ref()
            .and_then(|c| c.types.as_deref()),
        Some(&[EndpointType::Regional][..])
    );
    assert_eq!(api.minimum_compression_size, Some(1024));
    assert_eq!(api.disable_execute_api_endpoint, Some(true));
    assert_eq!(api.tags, Some(map(&[("owner", "e2e_apigateway")])));
    let id = api.id.as_deref().expect("id");
    assert!(
        !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{id:?}"
    );
    assert!(api
        .root_resource_id
        .as_deref()
        .is_some_and(|r| !r.is_empty()));
    // moto writes epoch seconds; the time is this run's, give or take.
    let created = api.created_date.expect("createdDate").secs();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        (created - now).abs() < 600,
        "createdDate {created}, now {now}"
    );
    api
}

/// Every resource of `api`, through the paginator.
async fn resources(client: &Client, api: &str) -> Vec<Resource> {
    // `items()` exists although the result key `items` is `item` on the
    // wire (the paginator path follows the rename).
    let mut items = client
        .get_resources()
        .rest_api_id(api)
        .into_paginator()
        .page_size(2)
        .items();
    let mut out = Vec::new();
    while let Some(resource) = items.next().await {
        out.push(resource.unwrap());
        assert!(out.len() < 100, "paginator does not end");
    }
    out
}

/// `GET /orders` on a new resource, with a MOCK integration: what a
/// deployment needs (moto refuses to deploy an API without one).
async fn orders_method(client: &Client, api: &str, root: &str) -> String {
    let orders = client
        .create_resource()
        .rest_api_id(api)
        .parent_id(root)
        .path_part("orders")
        .send()
        .await
        .unwrap();
    let orders_id = orders.id.clone().expect("id");
    client
        .put_method()
        .rest_api_id(api)
        .resource_id(&orders_id)
        .http_method("GET")
        .authorization_type("NONE")
        .send()
        .await
        .unwrap();
    client
        .put_integration()
        .rest_api_id(api)
        .resource_id(&orders_id)
        .http_method("GET")
        .r#type(IntegrationType::Mock)
        .send()
        .await
        .unwrap();
    orders_id
}

/// CreateRestApi, GetRestApi, GetRestApis (paginator), the root resource,
/// CreateResource (nested, with a `{orderId}` path part), PutMethod /
/// GetMethod, PutIntegration / GetIntegration (MOCK), CreateDeployment,
/// CreateStage / GetStage, DeleteRestApi and the typed error after it.
#[test]
fn rest_api_resources_methods_deployment_and_stage() {
    runtime().block_on(async {
        let client = client();
        let name = unique_name("api");
        let api = create_api(&client, &name).await;
        let id = api.id.clone().unwrap();
        let root = api.root_resource_id.clone().unwrap();

        let got = client.get_rest_api().rest_api_id(&id).send().await.unwrap();
        assert_eq!(got.id.as_deref(), Some(id.as_str()));
        assert_eq!(got.name.as_deref(), Some(name.as_str()));
        assert_eq!(got.root_resource_id.as_deref(), Some(root.as_str()));
        assert_eq!(got.tags, api.tags);

        // GetRestApis through the paginator: ours is listed exactly once.
        let mut apis = client.get_rest_apis().into_paginator().page_size(1).items();
        let (mut ours, mut seen) = (Vec::new(), 0);
        while let Some(listed) = apis.next().await {
            let listed = listed.unwrap();
            seen += 1;
            assert!(seen < 10_000, "paginator does not end");
            if listed.id.as_deref() == Some(id.as_str()) {
                ours.push(listed.name.unwrap_or_default());
            }
        }
        assert_eq!(ours, std::slice::from_ref(&name));

        // A new API has only its root resource, "/".
        let only_root = resources(&client, &id).await;
        assert_eq!(only_root.len(), 1, "{only_root:?}");
        assert_eq!(only_root[0].id.as_deref(), Some(root.as_str()));
        assert_eq!(only_root[0].path.as_deref(), Some("/"));
        assert_eq!(only_root[0].parent_id, None);

        let orders_id = orders_method(&client, &id, &root).await;
        let order = client
            .create_resource()
            .rest_api_id(&id)
            .parent_id(&orders_id)
            .path_part("{orderId}")
            .send()
            .await
            .unwrap();
        assert_eq!(order.path.as_deref(), Some("/orders/{orderId}"));
        assert_eq!(order.path_part.as_deref(), Some("{orderId}"));
        assert_eq!(order.parent_id.as_deref(), Some(orders_id.as_str()));
        let order_id = order.id.clone().expect("id");

        let mut paths: Vec<(String, Option<String>)> = resources(&client, &id)
            .await
            .into_iter()
            .map(|r| (r.path.unwrap_or_default(), r.id))
            .collect();
        paths.sort();
        assert_eq!(
            paths,
            [
                ("/".to_string(), Some(root.clone())),
                ("/orders".to_string(), Some(orders_id.clone())),
                ("/orders/{orderId}".to_string(), Some(order_id.clone())),
            ]
        );

        // A method with body members of every kind moto keeps.
        let put = client
            .put_method()
            .rest_api_id(&id)
            .resource_id(&order_id)
            .http_method("DELETE")
            .authorization_type("NONE")
            .api_key_required(true)
            .operation_name("DeleteOrder")
            .request_parameters("method.request.path.orderId", true)
            .request_parameters("method.request.querystring.force", false)
            .send()
            .await
            .unwrap();
        assert_eq!(put.http_method.as_deref(), Some("DELETE"));
        let got = client
            .get_method()
            .rest_api_id(&id)
            .resource_id(&order_id)
            .http_method("DELETE")
            .send()
            .await
            .unwrap();
        assert_eq!(got.http_method.as_deref(), Some("DELETE"));
        assert_eq!(got.authorization_type.as_deref(), Some("NONE"));
        assert_eq!(got.api_key_required, Some(true));
        assert_eq!(got.operation_name.as_deref(), Some("DeleteOrder"));
        let params: HashMap<String, bool> = [
            ("method.request.path.orderId".to_string(), true),
            ("method.request.querystring.force".to_string(), false),
        ]
        .into();
        assert_eq!(got.request_parameters, Some(params));
        assert_eq!(got.method_integration, None);

        // The MOCK integration of GET /orders, read back two ways.
        let integration = client
            .get_integration()
            .rest_api_id(&id)
            .resource_id(&orders_id)
            .http_method("GET")
            .send()
            .await
            .unwrap();
        assert_eq!(integration.r#type, Some(IntegrationType::Mock));
        let method = client
            .get_method()
            .rest_api_id(&id)
            .resource_id(&orders_id)
            .http_method("GET")
            .send()
            .await
            .unwrap();
        assert_eq!(method.http_method.as_deref(), Some("GET"));
        assert_eq!(
            method.method_integration.and_then(|i| i.r#type),
            Some(IntegrationType::Mock)
        );

        // A deployment without a stage, then the stage on it.
        let deployment = client
            .create_deployment()
            .rest_api_id(&id)
            .description("first deployment")
            .send()
            .await
            .unwrap();
        let deployment_id = deployment.id.clone().expect("id");
        assert_eq!(deployment.description.as_deref(), Some("first deployment"));
        let stage = client
            .create_stage()
            .rest_api_id(&id)
            .stage_name("v1")
            .deployment_id(&deployment_id)
            .description("stage one")
            .variables("backend", "https://example.com/a?b=c&d")
            .tracing_enabled(true)
            .tags("tier", "gold")
            .send()
            .await
            .unwrap();
        assert_eq!(stage.stage_name.as_deref(), Some("v1"));
        let got = client
            .get_stage()
            .rest_api_id(&id)
            .stage_name("v1")
            .send()
            .await
            .unwrap();
        assert_eq!(got.stage_name.as_deref(), Some("v1"));
        assert_eq!(got.deployment_id.as_deref(), Some(deployment_id.as_str()));
        assert_eq!(got.description.as_deref(), Some("stage one"));
        assert_eq!(
            got.variables,
            Some(map(&[("backend", "https://example.com/a?b=c&d")]))
        );
        assert_eq!(got.tracing_enabled, Some(true));
        assert_eq!(got.tags, Some(map(&[("tier", "gold")])));

        client
            .delete_rest_api()
            .rest_api_id(&id)
            .send()
            .await
            .unwrap();
        let err = client
            .get_rest_api()
            .rest_api_id(&id)
            .send()
            .await
            .unwrap_err();
        assert_rest_api_not_found(err);
    });
}

fn assert_rest_api_not_found(err: SdkError<GetRestApiError>) {
    let text = err.to_string();
    match err.into_service_error() {
        Some(GetRestApiError::NotFoundException(e)) => {
            assert_eq!(e.meta().status(), 404, "{text}");
            assert_eq!(e.meta().code(), Some("NotFoundException"), "{text}");
            assert_eq!(e.message(), Some("Invalid Rest API Id specified"), "{text}");
        }
        other => panic!("expected NotFoundException, got {other:?} ({text})"),
    }
}

#[test]
fn missing_rest_api_is_a_typed_not_found() {
    runtime().block_on(async {
        let err = client()
            .get_rest_api()
            .rest_api_id("nosuchapi0")
            .send()
            .await
            .unwrap_err();
        assert_rest_api_not_found(err);
    });
}

/// An HTTP integration's own method is the body member
/// `integrationHttpMethod`, whose JSON key is `httpMethod`, while the label
/// member `httpMethod` is `{http_method}` in the URI: two members, one
/// name. moto, like AWS, refuses an HTTP integration without it (sent as
/// `http_method` before 39f9ef5, this failed with "Enumeration value for
/// HttpMethod must be non-empty").
#[test]
fn http_integration_sends_its_own_http_method() {
    runtime().block_on(async {
        let client = client();
        let api = create_api(&client, &unique_name("http")).await;
        let (id, root) = (api.id.unwrap(), api.root_resource_id.unwrap());
        client
            .put_method()
            .rest_api_id(&id)
            .resource_id(&root)
            .http_method("ANY")
            .authorization_type("NONE")
            .send()
            .await
            .unwrap();
        let put = client
            .put_integration()
            .rest_api_id(&id)
            .resource_id(&root)
            .http_method("ANY")
            .r#type(IntegrationType::Http)
            .integration_http_method("POST")
            .uri("https://example.com/orders")
            .timeout_in_millis(5000)
            .request_templates("application/json", r#"{"k": "$input.params('k')"}"#)
            .send()
            .await
            .unwrap_or_else(|e| panic!("put_integration: {e}"));
        assert_eq!(put.http_method.as_deref(), Some("POST"));
        let got = client
            .get_integration()
            .rest_api_id(&id)
            .resource_id(&root)
            .http_method("ANY")
            .send()
            .await
            .unwrap();
        assert_eq!(got.r#type, Some(IntegrationType::Http));
        assert_eq!(got.http_method.as_deref(), Some("POST"));
        assert_eq!(got.uri.as_deref(), Some("https://example.com/orders"));
        assert_eq!(got.timeout_in_millis, Some(5000));
        assert_eq!(
            got.request_templates,
            Some(map(&[(
                "application/json",
                r#"{"k": "$input.params('k')"}"#
            )]))
        );
        client
            .delete_rest_api()
            .rest_api_id(&id)
            .send()
            .await
            .unwrap();
    });
}

/// Every key of `GetApiKeys` whose name starts with `prefix`, through the
/// paginator.
async fn keys_named(client: &Client, prefix: &str, include_values: bool) -> Vec<ApiKey> {
    let mut items = client
        .get_api_keys()
        .name_query(prefix)
        .include_values(include_values)
        .into_paginator()
        .page_size(1)
        .items();
    let mut out = Vec::new();
    while let Some(key) = items.next().await {
        out.push(key.unwrap());
        assert!(out.len() < 1000, "paginator does not end");
    }
    out
}

/// CreateApiKey, GetApiKeys (name filter and includeValues as query
/// parameters, through the paginator), GetApiKey with and without
/// includeValue, DeleteApiKey and the typed error after it.
#[test]
fn api_keys() {
    runtime().block_on(async {
        let client = client();
        let prefix = unique_name("key");
        let value = format!("{prefix}-value-0123456789abcdef");
        let created = client
            .create_api_key()
            .name(format!("{prefix}-main"))
            .description("the main key")
            .enabled(true)
            .value(&value)
            .customer_id("customer-7")
            .tags("owner", "e2e_apigateway")
            .send()
            .await
            .unwrap();
        let key_id = created.id.clone().expect("id");
        assert_eq!(
            created.name.as_deref(),
            Some(format!("{prefix}-main").as_str())
        );
        assert_eq!(created.value.as_deref(), Some(value.as_str()));
        assert_eq!(created.enabled, Some(true));
        assert_eq!(created.customer_id.as_deref(), Some("customer-7"));
        assert_eq!(created.tags, Some(map(&[("owner", "e2e_apigateway")])));
        // A second key the name filter must leave out.
        let other = client
            .create_api_key()
            .name(format!("other-{prefix}"))
            .send()
            .await
            .unwrap();
        let other_id = other.id.clone().expect("id");
        assert_ne!(other_id, key_id);

        let listed = keys_named(&client, &prefix, true).await;
        assert_eq!(listed.len(), 1, "{listed:?}");
        assert_eq!(listed[0].id.as_deref(), Some(key_id.as_str()));
        assert_eq!(listed[0].description.as_deref(), Some("the main key"));
        assert_eq!(listed[0].value.as_deref(), Some(value.as_str()));
        let without_values = keys_named(&client, &prefix, false).await;
        assert_eq!(without_values.len(), 1, "{without_values:?}");
        assert_eq!(without_values[0].value, None);

        let got = client
            .get_api_key()
            .api_key(&key_id)
            .include_value(true)
            .send()
            .await
            .unwrap();
        assert_eq!(got.id.as_deref(), Some(key_id.as_str()));
        assert_eq!(got.value.as_deref(), Some(value.as_str()));
        assert_eq!(got.enabled, Some(true));
        let hidden = client.get_api_key().api_key(&key_id).send().await.unwrap();
        assert_eq!(hidden.id.as_deref(), Some(key_id.as_str()));
        assert_eq!(hidden.value, None);

        for id in [&key_id, &other_id] {
            client.delete_api_key().api_key(id).send().await.unwrap();
        }
        assert!(keys_named(&client, &prefix, false).await.is_empty());
        let err = client
            .get_api_key()
            .api_key(&key_id)
            .send()
            .await
            .unwrap_err();
        let text = err.to_string();
        match err.into_service_error() {
            Some(GetApiKeyError::NotFoundException(e)) => {
                assert_eq!(e.meta().status(), 404, "{text}");
                assert_eq!(e.message(), Some("Invalid API Key identifier specified"));
            }
            other => panic!("expected NotFoundException, got {other:?} ({text})"),
        }
    });
}

/// TagResource / GetTags / UntagResource on a stage's ARN, which holds `:`
/// and `/` inside one plain label.
#[test]
fn stage_tags_by_arn() {
    runtime().block_on(async {
        let client = client();
        let api = create_api(&client, &unique_name("tags")).await;
        let (id, root) = (api.id.unwrap(), api.root_resource_id.unwrap());
        orders_method(&client, &id, &root).await;
        // A deployment named after a stage creates that stage (moto, as AWS).
        client
            .create_deployment()
            .rest_api_id(&id)
            .stage_name("prod")
            .send()
            .await
            .unwrap();
        let moto = moto();
        let arn = format!(
            "arn:aws:apigateway:{}::/restapis/{id}/stages/prod",
            moto.region()
        );

        let odd = ["k&x=1", "50%+ b", "a/b:c"];
        let mut request = client
            .tag_resource()
            .resource_arn(&arn)
            .tags("team", "core");
        for key in odd {
            request = request.tags(key, format!("value of {key}"));
        }
        request
            .send()
            .await
            .unwrap_or_else(|e| panic!("tag {arn}: {e}"));
        let tags = client.get_tags().resource_arn(&arn).send().await.unwrap();
        let mut expected: HashMap<String, String> = odd
            .iter()
            .map(|k| (k.to_string(), format!("value of {k}")))
            .collect();
        expected.insert("team".into(), "core".into());
        assert_eq!(tags.tags, Some(expected));
        // The stage itself carries them.
        let stage = client
            .get_stage()
            .rest_api_id(&id)
            .stage_name("prod")
            .send()
            .await
            .unwrap();
        assert_eq!(stage.tags.map(|t| t.len()), Some(4));

        let mut request = client.untag_resource().resource_arn(&arn);
        for key in odd {
            request = request.tag_keys(key);
        }
        request.send().await.unwrap();
        let tags = client.get_tags().resource_arn(&arn).send().await.unwrap();
        assert_eq!(tags.tags, Some(map(&[("team", "core")])));

        client
            .delete_rest_api()
            .rest_api_id(&id)
            .send()
            .await
            .unwrap();
    });
}

/// A base path is a plain label that moto percent-decodes once
/// (`/domainnames/{domain_name}/basepathmappings/{base_path}`), so the one
/// here (`%41`, a space, `$`, `(`, `)`: moto checks none of them, AWS would
/// refuse the `%` and the space) survives only if the label is encoded
/// exactly once: unencoded, moto reads `vA`; encoded twice, `v%2541`.
#[test]
fn base_path_mapping_label_is_encoded_once() {
    runtime().block_on(async {
        let client = client();
        let api = create_api(&client, &unique_name("bpm")).await;
        let (id, root) = (api.id.unwrap(), api.root_resource_id.unwrap());
        orders_method(&client, &id, &root).await;
        client
            .create_deployment()
            .rest_api_id(&id)
            .stage_name("prod")
            .send()
            .await
            .unwrap();
        let domain = format!("{}.example.com", unique_name("e2e"));
        let created = client
            .create_domain_name()
            .domain_name(&domain)
            .certificate_name("e2e-cert")
            .send()
            .await
            .unwrap();
        assert_eq!(created.domain_name.as_deref(), Some(domain.as_str()));
        assert_eq!(created.certificate_name.as_deref(), Some("e2e-cert"));

        let base_path = "v%41 ($)";
        let mapping = client
            .create_base_path_mapping()
            .domain_name(&domain)
            .base_path(base_path)
            .rest_api_id(&id)
            .stage("prod")
            .send()
            .await
            .unwrap();
        assert_eq!(mapping.base_path.as_deref(), Some(base_path));
        let got = client
            .get_base_path_mapping()
            .domain_name(&domain)
            .base_path(base_path)
            .send()
            .await
            .unwrap_or_else(|e| panic!("get base path {base_path:?}: {e}"));
        assert_eq!(got.base_path.as_deref(), Some(base_path));
        assert_eq!(got.rest_api_id.as_deref(), Some(id.as_str()));
        assert_eq!(got.stage.as_deref(), Some("prod"));
        let mut items = client
            .get_base_path_mappings()
            .domain_name(&domain)
            .into_paginator()
            .items();
        let mut listed = Vec::new();
        while let Some(m) = items.next().await {
            listed.push(m.unwrap().base_path.unwrap_or_default());
            assert!(listed.len() < 100, "paginator does not end");
        }
        assert_eq!(listed, [base_path]);

        client
            .delete_base_path_mapping()
            .domain_name(&domain)
            .base_path(base_path)
            .send()
            .await
            .unwrap_or_else(|e| panic!("delete base path {base_path:?}: {e}"));
        let err = client
            .get_base_path_mapping()
            .domain_name(&domain)
            .base_path(base_path)
            .send()
            .await
            .unwrap_err();
        assert_eq!(
            err.into_service_error().map(|e| e.meta().status()),
            Some(404)
        );
        client
            .delete_domain_name()
            .domain_name(&domain)
            .send()
            .await
            .unwrap();
        client
            .delete_rest_api()
            .rest_api_id(&id)
            .send()
            .await
            .unwrap();
    });
}

/// A bodiless GET signed with the wrong secret is refused: moto really
/// verifies the client's signatures (and the right one passes in every
/// other test).
#[test]
fn wrong_secret_is_rejected_by_signature_check() {
    runtime().block_on(async {
        let err = client_with_secret("not-the-secret")
            .get_rest_apis()
            .send()
            .await
            .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("SignatureDoesNotMatch"), "{text}");
        let service_error = err.into_service_error().expect("a service error");
        assert_eq!(service_error.meta().status(), 403, "{text}");
    });
}
