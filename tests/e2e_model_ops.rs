//! Operation facts from AWS's model, end to end against moto (SigV4
//! verification on), through the generated DynamoDB client: an idempotency
//! token is sent when unset (and a set one is kept), and a paginator that
//! only botocore models (`ListTagsOfResource`: the spec has no pagination
//! hint for it) walks every page. moto ignores `ClientRequestToken`, so the
//! requests are recorded by an `HttpClient` that wraps the real transport
//! (it sees each request signed, exactly as sent).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use dynamodb_client::runtime::credentials::Credentials;
use dynamodb_client::runtime::http::{BoxFuture, HttpClient, HttpRequest, HttpResponse};
use dynamodb_client::runtime::transport::HyperClient;
use dynamodb_client::runtime::DispatchError;
use dynamodb_client::types::{
    AttributeDefinition, AttributeValue, BillingMode, KeySchemaElement, KeyType, Put,
    ScalarAttributeType, Tag, TransactWriteItem,
};
use dynamodb_client::{Client, Config};
use project_tests::moto::{unique_name, Moto};

/// The real transport, recording `(X-Amz-Target, JSON body)` of each request.
#[derive(Clone, Debug)]
struct Recording {
    inner: Arc<HyperClient>,
    seen: Arc<Mutex<Vec<(String, serde_json::Value)>>>,
}

impl HttpClient for Recording {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {
        let target = request
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("x-amz-target"))
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let body = serde_json::from_slice(&request.body).unwrap_or_default();
        self.seen.lock().unwrap().push((target, body));
        self.inner.send(request)
    }
}

impl Recording {
    /// Bodies sent to `operation`, in order.
    fn bodies(&self, operation: &str) -> Vec<serde_json::Value> {
        let target = format!("DynamoDB_20120810.{operation}");
        let seen = self.seen.lock().unwrap();
        seen.iter()
            .filter(|(t, _)| *t == target)
            .map(|(_, b)| b.clone())
            .collect()
    }
}

fn client() -> (Client, Recording) {
    let moto = Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"));
    let recording = Recording {
        inner: Arc::new(HyperClient::new()),
        seen: Arc::default(),
    };
    let client = Client::from_conf(
        Config::builder()
            .region(moto.region())
            .endpoint_url(moto.endpoint())
            .credentials(Credentials::new(
                moto.access_key_id(),
                moto.secret_access_key(),
                None,
                None,
            ))
            .http_client(recording.clone())
            .build(),
    );
    (client, recording)
}

fn is_uuid_v4(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && s.chars()
            .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        && groups[2].starts_with('4')
        && groups[3].starts_with(['8', '9', 'a', 'b'])
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// A table keyed by `pk`; returns its ARN.
async fn table(client: &Client, name: &str) -> String {
    let created = client
        .create_table()
        .table_name(name)
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("pk")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
        )
        .key_schema(
            KeySchemaElement::builder()
                .attribute_name("pk")
                .key_type(KeyType::Hash)
                .build()
                .unwrap(),
        )
        .billing_mode(BillingMode::PayPerRequest)
        .send()
        .await
        .unwrap();
    created
        .table_description
        .and_then(|t| t.table_arn)
        .expect("a table ARN")
}

fn put(table: &str, pk: &str) -> TransactWriteItem {
    let item = HashMap::from([(
        "pk".to_string(),
        AttributeValue::builder().s(pk).build().unwrap(),
    )]);
    TransactWriteItem::builder()
        .put(
            Put::builder()
                .table_name(table)
                .set_item(Some(item))
                .build()
                .unwrap(),
        )
        .build()
        .unwrap()
}

#[test]
fn an_unset_idempotency_token_is_sent_and_a_set_one_kept() {
    run(async {
        let (client, recording) = client();
        let name = unique_name("idem");
        table(&client, &name).await;
        client
            .transact_write_items()
            .transact_items(put(&name, "a"))
            .send()
            .await
            .unwrap();
        client
            .transact_write_items()
            .transact_items(put(&name, "b"))
            .client_request_token("caller-chosen-token")
            .send()
            .await
            .unwrap();
        let bodies = recording.bodies("TransactWriteItems");
        assert_eq!(bodies.len(), 2, "{bodies:?}");
        let filled = bodies[0]["ClientRequestToken"].as_str().unwrap_or_default();
        assert!(is_uuid_v4(filled), "not a UUID v4: {:?}", bodies[0]);
        assert_eq!(bodies[1]["ClientRequestToken"], "caller-chosen-token");
        // Both writes happened.
        let scanned = client.scan().table_name(&name).send().await.unwrap();
        assert_eq!(scanned.count, Some(2));
    });
}

#[test]
fn a_botocore_paginator_walks_every_page() {
    run(async {
        let (client, recording) = client();
        let arn = table(&client, &unique_name("tags")).await;
        // moto answers ListTagsOfResource 10 tags a page: 25 tags are 3 pages.
        let mut tagging = client.tag_resource().resource_arn(&arn);
        for i in 0..25 {
            tagging = tagging.tags(
                Tag::builder()
                    .key(format!("k{i:02}"))
                    .value(format!("v{i}"))
                    .build()
                    .unwrap(),
            );
        }
        tagging.send().await.unwrap();
        let tags = client
            .list_tags_of_resource()
            .resource_arn(&arn)
            .into_paginator()
            .items()
            .collect()
            .await
            .unwrap();
        let mut keys: Vec<String> = tags.into_iter().map(|t| t.key).collect();
        keys.sort();
        assert_eq!(
            keys,
            (0..25).map(|i| format!("k{i:02}")).collect::<Vec<_>>()
        );
        let pages = recording.bodies("ListTagsOfResource");
        assert_eq!(pages.len(), 3, "{pages:?}");
        assert!(pages[0].get("NextToken").is_none());
        assert!(pages[1]["NextToken"].is_string() && pages[2]["NextToken"].is_string());
    });
}
