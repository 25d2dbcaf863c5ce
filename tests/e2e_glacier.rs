//! The generated Glacier client (restJson1) against moto's server with SigV4
//! verification on: vaults, an archive uploaded as raw bytes and read back
//! through a retrieval job whose output streams.
//!
//! What makes these tests sensitive to the wire format:
//! * `UploadArchive`'s body is the archive itself (not JSON): moto stores the
//!   bytes it receives and hands them back from `GetJobOutput`, so a wrapped
//!   or re-encoded payload comes back different. The archive is not UTF-8
//!   and larger than the transport's buffer chunks.
//! * Every result of `UploadArchive` and `InitiateJob` is a response header
//!   (`x-amz-archive-id`, `x-amz-sha256-tree-hash`, `Location`,
//!   `x-amz-job-id`): a dropped header leaves the output empty.
//! * `GetJobOutput` streams: the archive is read chunk by chunk from the
//!   live body (its status and `Content-Type` come from the response head).

use std::time::{Duration, Instant};

use glacier_client::operation::describe_vault::DescribeVaultError;
use glacier_client::runtime::credentials::Credentials;
use glacier_client::types::{JobParameters, StatusCode};
use glacier_client::{Client, Config};
use project_tests::moto::{unique_name, Moto};
use sha2::{Digest, Sha256};

fn moto() -> &'static Moto {
    Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"))
}

fn client() -> Client {
    let moto = moto();
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

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Vault names allow letters, digits, `_`, `-` and `.` only.
fn vault_name(prefix: &str) -> String {
    unique_name(prefix).replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "-")
}

#[test]
fn vault_lifecycle_and_a_typed_not_found() {
    runtime().block_on(async {
        let client = client();
        let name = vault_name("glacier-e2e-vault");
        // Its result is the `Location` header, which moto 5.2.5 does not
        // send; DescribeVault below proves the vault exists.
        client
            .create_vault()
            .account_id("-")
            .vault_name(&name)
            .send()
            .await
            .unwrap();

        // accountId left unset: botocore's (and so our) default `-`, the
        // caller's own account. Unset, the path would be `//vaults/…`.
        let vault = client
            .describe_vault()
            .vault_name(&name)
            .send()
            .await
            .unwrap();
        assert_eq!(vault.vault_name.as_deref(), Some(name.as_str()));
        let arn = vault.vault_arn.expect("VaultARN");
        assert!(
            arn.starts_with("arn:aws:glacier:") && arn.ends_with(&format!(":vaults/{name}")),
            "{arn}"
        );

        let listed = client
            .list_vaults()
            .account_id("-")
            .send()
            .await
            .unwrap()
            .vault_list
            .unwrap_or_default();
        assert!(
            listed
                .iter()
                .any(|v| v.vault_name.as_deref() == Some(name.as_str())),
            "{listed:?}"
        );

        client
            .delete_vault()
            .account_id("-")
            .vault_name(&name)
            .send()
            .await
            .unwrap();
        let err = client
            .describe_vault()
            .account_id("-")
            .vault_name(&name)
            .send()
            .await
            .unwrap_err();
        // AWS answers ResourceNotFoundException (404); moto 5.2.5 answers
        // `VaultNotFound` (400), which no model lists: it arrives unhandled,
        // with its code and message kept.
        match err.into_service_error() {
            Some(DescribeVaultError::Unhandled(e)) => {
                assert_eq!(
                    (e.meta().status(), e.meta().code()),
                    (400, Some("VaultNotFound"))
                );
                assert_eq!(e.meta().message(), Some("Vault not found"));
            }
            other => panic!("expected moto's VaultNotFound, got {other:?}"),
        }
    });
}

#[test]
fn an_archive_goes_up_as_raw_bytes_and_comes_back_as_a_stream() {
    runtime().block_on(async {
        let client = client();
        let name = vault_name("glacier-e2e-archive");
        client
            .create_vault()
            .account_id("-")
            .vault_name(&name)
            .send()
            .await
            .unwrap();
        // 3 MiB + 7 of non-UTF-8 bytes: several chunks on the way back.
        let archive: Vec<u8> = (0..3 * 1024 * 1024 + 7u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8 | 0x80)
            .collect();
        let uploaded = client
            .upload_archive()
            .account_id("-")
            .vault_name(&name)
            .archive_description("e2e archive")
            .body(archive.clone())
            .send()
            .await
            .unwrap();
        let archive_id = uploaded.archive_id.expect("x-amz-archive-id header");
        // moto answers the SHA-256 of what it stored as the tree hash.
        assert_eq!(
            uploaded.checksum.as_deref(),
            Some(hex(&Sha256::digest(&archive)).as_str()),
            "the bytes moto stored are not the archive"
        );

        let job = client
            .initiate_job()
            .account_id("-")
            .vault_name(&name)
            .job_parameters(
                JobParameters::builder()
                    .r#type("archive-retrieval")
                    .archive_id(&archive_id)
                    .tier("Expedited")
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
        let job_id = job.job_id.expect("x-amz-job-id header");
        assert!(
            job.location
                .as_deref()
                .is_some_and(|l| l.ends_with(&format!("/jobs/{job_id}"))),
            "{:?}",
            job.location
        );

        // moto finishes an Expedited job after 2 s.
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let described = client
                .describe_job()
                .account_id("-")
                .vault_name(&name)
                .job_id(&job_id)
                .send()
                .await
                .unwrap();
            assert_eq!(described.archive_id.as_deref(), Some(archive_id.as_str()));
            if described.completed == Some(true) {
                assert_eq!(described.status_code, Some(StatusCode::Succeeded));
                break;
            }
            assert!(
                Instant::now() < deadline,
                "job never completed: {described:?}"
            );
            tokio::time::sleep(Duration::from_millis(250)).await;
        }

        let mut output = client
            .get_job_output()
            .account_id("-")
            .vault_name(&name)
            .job_id(&job_id)
            .send()
            .await
            .unwrap();
        assert_eq!(output.status, Some(200));
        assert_eq!(
            output.content_type.as_deref(),
            Some("application/octet-stream")
        );
        let mut read = Vec::new();
        let mut chunks = 0;
        while let Some(chunk) = output.body.next().await {
            read.extend_from_slice(&chunk.unwrap());
            chunks += 1;
        }
        assert!(chunks > 1, "the body came in {chunks} chunk(s)");
        assert_eq!(read.len(), archive.len());
        assert!(read == archive, "the archive came back different");

        client
            .delete_archive()
            .account_id("-")
            .vault_name(&name)
            .archive_id(&archive_id)
            .send()
            .await
            .unwrap();
        client
            .delete_vault()
            .account_id("-")
            .vault_name(&name)
            .send()
            .await
            .unwrap();
    });
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
