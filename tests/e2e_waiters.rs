//! Waiters from AWS's model (issue 11): the crate generated from
//! `tests/fixtures/model-waiters` is built with that fixture's `behaviour.rs`
//! as a test (a scripted fake HTTP client: success after polls, failure
//! acceptors, unmatched errors, the maximum wait, every matcher kind), and
//! the generated DynamoDB client's `TableExists` waiter runs against moto
//! with signatures checked.

use std::path::Path;
use std::time::Duration;

use dynamodb_client::runtime::credentials::Credentials;
use dynamodb_client::runtime::waiter::WaiterError;
use dynamodb_client::types::{
    AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType, TableStatus,
};
use dynamodb_client::{Client, Config};
use project_tests::moto::{unique_name, Moto};

#[test]
fn waiters_fixture_crate_behaves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent");
    let spec = root.join("tests/fixtures/model-waiters/openapi.yaml");
    let config = generator::config_beside(&spec).expect("config");
    let mut generated = generator::generate(&spec, &config).unwrap_or_else(|e| panic!("{e}"));
    // The three waiters outside the supported subset are skipped, and say why.
    let skipped: Vec<String> = generated
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .filter(|d| d.contains("skipped"))
        .collect();
    assert_eq!(skipped.len(), 3, "{skipped:#?}");
    assert!(skipped
        .iter()
        .any(|d| d.contains("FirstItemReady") && d.contains("Thing.Items[0].State")));
    assert!(skipped
        .iter()
        .any(|d| d.contains("ThingColoured") && d.contains("no member `Colour`")));
    assert!(skipped
        .iter()
        .any(|d| d.contains("OtherExists") && d.contains("DescribeOther")));
    generated.files.insert(
        "tests/behaviour.rs".into(),
        include_str!("fixtures/model-waiters/behaviour.rs").into(),
    );
    let mut scratch = project_tests::scratch::Scratch::new(root, "model-waiters");
    scratch.add("model-waiters", &generated.files);
    let out = scratch.cargo(&["test", "-p", "model-waiters-client", "--test", "behaviour"]);
    assert!(out.contains("test result: ok. 8 passed"), "{out}");
}

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
fn dynamodb_table_exists_and_not_exists_against_moto() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let client = client();
            let table = unique_name("wait");
            // No table yet: `ResourceNotFoundException` is a retry for
            // `TableExists`, so the wait runs out. The budget leaves room
            // for two calls on a loaded machine (one moto call took 690 ms
            // in a CI run, so 400 ms allowed a single attempt).
            let e = client
                .wait_until_table_exists()
                .table_name(&table)
                .min_delay(Duration::from_millis(50))
                .wait(Duration::from_secs(4))
                .await
                .unwrap_err();
            assert!(matches!(e, WaiterError::ExceededMaxWait { .. }), "{e:?}");
            assert!(e.attempts() >= 2, "{e:?}");
            // …and success for `TableNotExists`, at once.
            let gone = client
                .wait_until_table_not_exists()
                .table_name(&table)
                .wait(Duration::from_secs(5))
                .await
                .unwrap();
            assert!(gone.as_result().is_err());

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
            let done = client
                .wait_until_table_exists()
                .table_name(&table)
                .min_delay(Duration::from_millis(50))
                .wait(Duration::from_secs(30))
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            let output = done.into_result().unwrap();
            let status = output.table.and_then(|t| t.table_status);
            assert_eq!(status, Some(TableStatus::Active));

            client
                .delete_table()
                .table_name(&table)
                .send()
                .await
                .unwrap();
            client
                .wait_until_table_not_exists()
                .table_name(&table)
                .min_delay(Duration::from_millis(50))
                .wait(Duration::from_secs(30))
                .await
                .unwrap_or_else(|e| panic!("{e}"));
        });
}
