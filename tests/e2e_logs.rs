//! The generated CloudWatch Logs client (AWS JSON 1.1) against moto with
//! SigV4 verification on.

use logs_client::operation::create_log_group::CreateLogGroupError;
use logs_client::runtime::credentials::Credentials;
use logs_client::types::InputLogEvent;
use logs_client::{Client, Config};
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
fn groups_streams_events_and_typed_errors() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let client = client();
            let prefix = unique_name("/e2e/logs");
            let group = format!("{prefix}/app");
            client
                .create_log_group()
                .log_group_name(&group)
                .send()
                .await
                .unwrap();
            client
                .create_log_stream()
                .log_group_name(&group)
                .log_stream_name("s1")
                .send()
                .await
                .unwrap();

            let now_ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_millis() as i64;
            let mut put = client
                .put_log_events()
                .log_group_name(&group)
                .log_stream_name("s1");
            for i in 0..5 {
                put = put.log_events(
                    InputLogEvent::builder()
                        .timestamp(now_ms + i)
                        .message(format!("line {i}"))
                        .build()
                        .unwrap(),
                );
            }
            put.send().await.unwrap();

            let events = client
                .get_log_events()
                .log_group_name(&group)
                .log_stream_name("s1")
                .start_from_head(true)
                .send()
                .await
                .unwrap()
                .events
                .unwrap_or_default();
            let messages: Vec<_> = events.iter().filter_map(|e| e.message.clone()).collect();
            assert_eq!(messages, ["line 0", "line 1", "line 2", "line 3", "line 4"]);

            // Three more groups, then list them with a page size of 1.
            for i in 0..3 {
                client
                    .create_log_group()
                    .log_group_name(format!("{prefix}/g{i}"))
                    .send()
                    .await
                    .unwrap();
            }
            let mut pages = client
                .describe_log_groups()
                .log_group_name_prefix(&prefix)
                .into_paginator()
                .page_size(1)
                .send();
            let (mut page_count, mut names) = (0, Vec::new());
            while let Some(page) = pages.next().await {
                page_count += 1;
                names.extend(
                    page.unwrap()
                        .log_groups
                        .unwrap_or_default()
                        .into_iter()
                        .filter_map(|g| g.log_group_name),
                );
            }
            names.sort();
            assert_eq!(
                names,
                [
                    group.clone(),
                    format!("{prefix}/g0"),
                    format!("{prefix}/g1"),
                    format!("{prefix}/g2")
                ]
            );
            assert!(page_count >= 4, "{page_count} pages");

            let err = client
                .create_log_group()
                .log_group_name(&group)
                .send()
                .await
                .unwrap_err();
            match err.into_service_error() {
                Some(CreateLogGroupError::ResourceAlreadyExistsException(e)) => {
                    assert_eq!(e.meta().status(), 400)
                }
                other => panic!("expected ResourceAlreadyExistsException, got {other:?}"),
            }

            for name in names {
                client
                    .delete_log_group()
                    .log_group_name(name)
                    .send()
                    .await
                    .unwrap();
            }
        });
}
