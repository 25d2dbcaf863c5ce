//! DynamoDB binary attributes (`B`, `BS`) against moto with SigV4
//! verification on: bytes that are not UTF-8 (and text that happens to be
//! valid base64) round-trip through `Blob` via PutItem and GetItem. The
//! spec writes `B` as a plain string; AWS's model (`aws-model.json` beside
//! it) says blob, so the generated client base64-encodes the bytes.

use std::collections::HashMap;

use dynamodb_client::primitives::Blob;
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

#[test]
fn binary_attributes_round_trip_bytes_that_are_not_utf8() {
    // Not UTF-8; NUL; and text that is itself valid base64 ("hi"), which
    // must be stored as these four bytes, not decoded.
    let single: &[u8] = &[0xff, 0x00, 0xfe, 0x80];
    let set: Vec<Vec<u8>> = vec![vec![0x00], vec![0xc3, 0x28], b"aGk=".to_vec()];
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let client = client();
            let table = unique_name("blob");
            client
                .create_table()
                .table_name(&table)
                .attribute_definitions(
                    AttributeDefinition::builder()
                        .attribute_name("pk")
                        .attribute_type(ScalarAttributeType::B)
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

            // The key is binary too.
            let key = AttributeValue::builder()
                .b(&[0x01, 0xff][..])
                .build()
                .unwrap();
            let mut bs = AttributeValue::builder();
            for bytes in &set {
                bs = bs.bs(bytes.clone());
            }
            let item = HashMap::from([
                ("pk".to_string(), key.clone()),
                (
                    "b".to_string(),
                    AttributeValue::builder().b(single).build().unwrap(),
                ),
                ("bs".to_string(), bs.build().unwrap()),
            ]);
            client
                .put_item()
                .table_name(&table)
                .set_item(Some(item))
                .send()
                .await
                .unwrap();

            let got = client
                .get_item()
                .table_name(&table)
                .key("pk", key)
                .consistent_read(true)
                .send()
                .await
                .unwrap()
                .item
                .expect("the item exists");
            assert_eq!(
                got["pk"].b.as_ref().map(Blob::as_bytes),
                Some(&[0x01, 0xff][..])
            );
            assert_eq!(got["b"].b.as_ref().map(AsRef::as_ref), Some(single));
            // A set has no order.
            let mut back: Vec<Vec<u8>> = got["bs"]
                .bs
                .clone()
                .expect("BS is returned")
                .into_iter()
                .map(Vec::from)
                .collect();
            back.sort();
            let mut sent = set.clone();
            sent.sort();
            assert_eq!(back, sent);
        });
}
