//! The service, endpoint and auth facts of AWS's model applied (issue 11):
//! the crates generated from `tests/fixtures/model-endpoints/{global,regional}`
//! (spec + `aws-model.json`) are built with the fixture's `behaviour.rs` as
//! one of their tests, which send through a capturing `HttpClient` and check
//! the URL, the signature's scope, host prefixes, unsigned operations and
//! endpoint discovery.

use std::path::Path;

#[test]
fn model_endpoint_crates_behave() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent");
    let mut scratch = project_tests::scratch::Scratch::new(root, "model-endpoints");
    let fixtures = [
        (
            "global",
            include_str!("fixtures/model-endpoints/global/behaviour.rs"),
        ),
        (
            "regional",
            include_str!("fixtures/model-endpoints/regional/behaviour.rs"),
        ),
    ];
    for (name, behaviour) in fixtures {
        let spec = root.join(format!(
            "tests/fixtures/model-endpoints/{name}/openapi.yaml"
        ));
        let config = generator::config_beside(&spec).expect("config");
        let mut generated = generator::generate(&spec, &config).unwrap_or_else(|e| panic!("{e}"));
        generated
            .files
            .insert("tests/behaviour.rs".into(), behaviour.into());
        generated.files.insert(
            "tests/capture/mod.rs".into(),
            include_str!("fixtures/model-endpoints/capture.rs").into(),
        );
        scratch.add(&format!("model-endpoints-{name}"), &generated.files);
    }
    for (package, tests) in [("globalfixture-client", 4), ("regionalfixture-client", 6)] {
        let out = scratch.cargo(&["test", "-p", package, "--test", "behaviour"]);
        assert!(
            out.contains(&format!("test result: ok. {tests} passed")),
            "{package}: {out}"
        );
    }
}

/// Every region botocore 1.44.5 knows (the committed states model lists each
/// partition's regions) lands in its partition in the generated states crate
/// and gets the model's URL and signing region, plain and FIPS; a `cn-`
/// region botocore does not know yet goes to aws-cn, anything else to aws.
#[test]
fn every_botocore_region_gets_its_partitions_endpoint() {
    use states_client::runtime::credentials::Credentials;
    use states_client::runtime::http::{BoxFuture, HttpClient, HttpRequest, HttpResponse};
    use states_client::runtime::DispatchError;
    use std::sync::{Arc, Mutex};

    #[derive(Debug, Clone, Default)]
    struct Capture(Arc<Mutex<Vec<HttpRequest>>>);
    impl HttpClient for Capture {
        fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, DispatchError>> {
            self.0.lock().unwrap().push(request);
            Box::pin(async {
                Ok(HttpResponse {
                    status: 200,
                    headers: vec![],
                    body: b"{}".to_vec(),
                })
            })
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let model: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("specs/amazonaws.com/states/2016-11-23/aws-model.json"))
            .unwrap(),
    )
    .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // (URL, credential scope region) of one call.
    let call = |region: &str, fips: bool| {
        let capture = Capture::default();
        let env = states_client::runtime::env::Env::from_map([(
            "AWS_USE_FIPS_ENDPOINT",
            if fips { "true" } else { "false" },
        )]);
        let config = states_client::Config::builder()
            .env(env)
            .region(region)
            .credentials(Credentials::new("AKID", "SECRET", None, None))
            .http_client(capture.clone())
            .build();
        let client = states_client::Client::from_conf(config);
        runtime
            .block_on(client.list_activities().send())
            .unwrap_or_else(|e| panic!("{region}: {e}"));
        let request = capture.0.lock().unwrap()[0].clone();
        let auth = request
            .headers
            .iter()
            .find(|(k, _)| k == "authorization")
            .map(|(_, v)| v.clone())
            .unwrap();
        let scope = auth.split('/').nth(2).unwrap().to_string();
        (request.url, scope)
    };
    let mut checked = 0;
    for partition in model["partitions"].as_array().unwrap() {
        for region in partition["regions"].as_array().unwrap() {
            let region = region.as_str().unwrap();
            for (variant, fips) in [("plain", false), ("fips", true)] {
                let fact = partition["regions_override"][region]
                    .get(variant)
                    .unwrap_or(&partition["default"][variant]);
                let url = fact["url"].as_str().unwrap().replace("{region}", region);
                let scope = fact["signing_region"]
                    .as_str()
                    .unwrap_or(region)
                    .replace("{region}", region);
                assert_eq!(
                    call(region, fips),
                    (format!("{url}/"), scope),
                    "{region} {variant} ({})",
                    partition["id"]
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
    assert_eq!(
        call("cn-south-9", false).0,
        "https://states.cn-south-9.amazonaws.com.cn/"
    );
    assert_eq!(
        call("xx-nowhere-1", false).0,
        "https://states.xx-nowhere-1.amazonaws.com/"
    );
}
