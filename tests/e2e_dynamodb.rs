//! The generated DynamoDB client (AWS JSON 1.0) against moto with SigV4
//! verification on: table lifecycle, items, paginated query and scan, and a
//! conditional put failing with its typed error.

use std::collections::HashMap;

use dynamodb_client::operation::put_item::PutItemError;
use dynamodb_client::runtime::credentials::Credentials;
use dynamodb_client::types::{
    AttributeDefinition, AttributeValue, BillingMode, KeySchemaElement, KeyType,
    ScalarAttributeType,
};
use dynamodb_client::{Client, Config};
use project_tests::moto::{unique_name, Moto};

fn client() -> Client {
    let moto = Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"));
    Client::from_conf(
        Config::builder()
            .region(moto.region())
            .endpoint_url(moto.endpoint())
            .credentials(Credentials::new(
                moto.access_key_id(),
                moto.secret_access_key(),
                None,
                None,
            ))
            .build(),
    )
}

fn s(v: &str) -> AttributeValue {
    AttributeValue::builder().s(v).build().unwrap()
}

fn n(v: i64) -> AttributeValue {
    AttributeValue::builder().n(v.to_string()).build().unwrap()
}

fn item(pk: &str, sk: i64, value: &str) -> HashMap<String, AttributeValue> {
    HashMap::from([
        ("pk".to_string(), s(pk)),
        ("sk".to_string(), n(sk)),
        ("value".to_string(), s(value)),
    ])
}

#[test]
fn table_items_query_scan_and_conditional_put() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let client = client();
            let table = unique_name("tbl");
            client
                .create_table()
                .table_name(&table)
                .attribute_definitions(
                    AttributeDefinition::builder()
                        .attribute_name("pk")
                        .attribute_type(ScalarAttributeType::S)
                        .build()
                        .unwrap(),
                )
                .attribute_definitions(
                    AttributeDefinition::builder()
                        .attribute_name("sk")
                        .attribute_type(ScalarAttributeType::N)
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
                .key_schema(
                    KeySchemaElement::builder()
                        .attribute_name("sk")
                        .key_type(KeyType::Range)
                        .build()
                        .unwrap(),
                )
                .billing_mode(BillingMode::PayPerRequest)
                .send()
                .await
                .unwrap();

            for i in 0..25 {
                client
                    .put_item()
                    .table_name(&table)
                    .set_item(Some(item("p", i, &format!("v{i}"))))
                    .send()
                    .await
                    .unwrap();
            }

            let got = client
                .get_item()
                .table_name(&table)
                .key("pk", s("p"))
                .key("sk", n(7))
                .send()
                .await
                .unwrap()
                .item
                .expect("item 7 exists");
            assert_eq!(got["value"].s.as_deref(), Some("v7"));

            // Query and scan with a page size of 10 through the paginators.
            let queried = client
                .query()
                .table_name(&table)
                .key_condition_expression("pk = :p")
                .expression_attribute_values(":p", s("p"))
                .into_paginator()
                .page_size(10)
                .items()
                .collect()
                .await
                .unwrap();
            let mut sks: Vec<i64> = queried
                .iter()
                .map(|i| i["sk"].n.as_deref().unwrap().parse().unwrap())
                .collect();
            assert_eq!(
                sks,
                (0..25).collect::<Vec<_>>(),
                "query returns every item once, in key order"
            );

            let mut pages = client
                .scan()
                .table_name(&table)
                .into_paginator()
                .page_size(10)
                .send();
            let mut page_sizes = Vec::new();
            sks.clear();
            while let Some(page) = pages.next().await {
                let items = page.unwrap().items.unwrap_or_default();
                page_sizes.push(items.len());
                sks.extend(
                    items
                        .iter()
                        .map(|i| i["sk"].n.as_deref().unwrap().parse::<i64>().unwrap()),
                );
            }
            sks.sort();
            assert_eq!(
                sks,
                (0..25).collect::<Vec<_>>(),
                "scan returns every item once"
            );
            assert!(
                page_sizes.len() >= 3 && page_sizes.iter().all(|&n| n <= 10),
                "{page_sizes:?}"
            );

            let err = client
                .put_item()
                .table_name(&table)
                .set_item(Some(item("p", 3, "again")))
                .condition_expression("attribute_not_exists(pk)")
                .send()
                .await
                .unwrap_err();
            assert_eq!(err.attempts(), 1, "a failed condition is not retried");
            match err.into_service_error() {
                Some(PutItemError::ConditionalCheckFailedException(e)) => {
                    assert_eq!(e.meta().status(), 400)
                }
                other => panic!("expected ConditionalCheckFailedException, got {other:?}"),
            }

            client
                .delete_table()
                .table_name(&table)
                .send()
                .await
                .unwrap();
            let tables = client
                .list_tables()
                .send()
                .await
                .unwrap()
                .table_names
                .unwrap_or_default();
            assert!(!tables.contains(&table));
        });
}
