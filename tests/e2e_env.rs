//! `Client::from_env()` configured purely by process environment variables
//! (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`,
//! `AWS_ENDPOINT_URL_SFN`) against moto with signature checks on. Its own
//! test binary with a single test, because it sets process variables.

use project_tests::moto::{unique_name, Moto};

#[test]
fn client_from_process_environment() {
    let moto = Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"));
    let home = tempfile::tempdir().unwrap();
    // SAFETY: this binary runs exactly one test, on this thread, before any
    // other thread of ours reads the environment.
    unsafe {
        for key in [
            "AWS_PROFILE",
            "AWS_SESSION_TOKEN",
            "AWS_DEFAULT_REGION",
            "AWS_ENDPOINT_URL",
            // Refused (not implemented) rather than ignored.
            "AWS_USE_FIPS_ENDPOINT",
            "AWS_USE_DUALSTACK_ENDPOINT",
        ] {
            std::env::remove_var(key);
        }
        std::env::set_var("HOME", home.path());
        std::env::set_var("AWS_ACCESS_KEY_ID", moto.access_key_id());
        std::env::set_var("AWS_SECRET_ACCESS_KEY", moto.secret_access_key());
        std::env::set_var("AWS_REGION", moto.region());
        std::env::set_var("AWS_ENDPOINT_URL_SFN", moto.endpoint());
    }
    let client = states_client::Client::from_env();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let name = unique_name("env");
            let created = client.create_activity().name(&name).send().await.unwrap();
            let listed = client.list_activities().send().await.unwrap();
            assert!(listed.activities.iter().any(|a| a.name == name));
            client
                .delete_activity()
                .activity_arn(&created.activity_arn)
                .send()
                .await
                .unwrap();
        });
}
