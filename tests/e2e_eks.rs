//! The generated EKS client (restJson1) against moto's server with SigV4
//! verification on: every call is signed by `eks-client` and checked by moto.
//!
//! What makes these tests sensitive to the wire format:
//! * Cluster and nodegroup names contain `%41`, `é`, `+`, `&`, `=` and `:`
//!   (moto checks none of them). moto percent-decodes each label once, so an
//!   unencoded `%` (moto reads `A`), a double encoding (moto reads `%2541`)
//!   or a raw non-ASCII byte end in `ResourceNotFoundException`.
//! * moto's `nextToken` is the NAME of the next cluster (nodegroup): with a
//!   page size of 1 the paginator sends those names back in the query string,
//!   which moto decodes with `parse_qs` (a raw `+` becomes a space, a raw `&`
//!   splits the value, either one gives a 500 or a wrong page).
//! * Tags live on the cluster ARN, one `{resourceArn}` label holding `:`,
//!   `/` and the name's odd bytes; a removed key travels in the `tagKeys`
//!   query list.
//! * moto's error bodies carry `null` for the error's unset members.
//!
//! moto is lenient where AWS is not: it also accepts an unencoded `:` or `/`
//! inside the tag ARN (it joins the path segments after `/tags/`), so those
//! two encodings are covered by the oracle and the runtime's unit tests, not
//! here.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

use eks_client::operation::delete_cluster::DeleteClusterError;
use eks_client::operation::describe_cluster::DescribeClusterError;
use eks_client::operation::describe_nodegroup::DescribeNodegroupError;
use eks_client::operation::list_tags_for_resource::ListTagsForResourceError;
use eks_client::runtime::credentials::Credentials;
use eks_client::types::{Cluster, NodegroupScalingConfig, VpcConfigRequest};
use eks_client::{Client, Config};
use project_tests::moto::{unique_name, Moto};

fn moto() -> &'static Moto {
    Moto::shared().unwrap_or_else(|e| panic!("moto: {e}"))
}

/// An IAM role for the clusters and nodegroups (moto checks only the ARN's
/// form, but a real one keeps the test honest). Created once per binary.
fn role_arn() -> &'static str {
    static ROLE: OnceLock<Result<String, String>> = OnceLock::new();
    ROLE.get_or_init(|| moto().create_role(&unique_name("eks-e2e-role")))
        .as_deref()
        .unwrap_or_else(|e| panic!("eks setup: {e}"))
}

/// Every test creates or deletes clusters, and moto's ListClusters fails
/// (500) when the cluster named by `nextToken` vanished between two pages:
/// the tests of this binary run one at a time.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
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
    role_arn();
    client_with_secret(moto().secret_access_key())
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A name that only survives the trip if labels and query values are
/// encoded exactly once (see the module docs).
fn odd_name(prefix: &str) -> String {
    format!("{}-%41-é+&=:x", unique_name(prefix))
}

fn cluster_arn(name: &str) -> String {
    let moto = moto();
    format!(
        "arn:aws:eks:{}:{}:cluster/{name}",
        moto.region(),
        moto.account_id()
    )
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn assert_cluster(cluster: &Cluster, name: &str) {
    assert_eq!(cluster.name.as_deref(), Some(name));
    assert_eq!(cluster.arn.as_deref(), Some(cluster_arn(name).as_str()));
    assert_eq!(cluster.role_arn.as_deref(), Some(role_arn()));
    assert_eq!(cluster.version.as_deref(), Some("1.29"));
    // moto's clusters are ACTIVE at once.
    assert_eq!(cluster.status.as_ref().map(|s| s.as_str()), Some("ACTIVE"));
    let vpc = cluster
        .resources_vpc_config
        .as_ref()
        .expect("resourcesVpcConfig");
    assert_eq!(
        vpc.subnet_ids.as_deref(),
        Some(&["subnet-1".to_owned(), "subnet-2".to_owned()][..])
    );
    let tags = cluster.tags.clone().unwrap_or_default();
    assert_eq!(tags.get("created-by").map(String::as_str), Some("e2e_eks"));
    // moto writes `createdAt` as epoch seconds with a fraction.
    let created = cluster.created_at.expect("createdAt").secs();
    assert!((created - now_secs()).abs() < 600, "createdAt {created}");
    assert!(cluster
        .endpoint
        .as_deref()
        .is_some_and(|e| e.starts_with("https://")));
}

async fn create_cluster(client: &Client, name: &str) -> Cluster {
    let created = client
        .create_cluster()
        .name(name)
        .version("1.29")
        .role_arn(role_arn())
        .resources_vpc_config(
            VpcConfigRequest::builder()
                .subnet_ids("subnet-1")
                .subnet_ids("subnet-2")
                .build()
                .unwrap(),
        )
        .tags("created-by", "e2e_eks")
        .send()
        .await
        .unwrap_or_else(|e| panic!("create cluster {name}: {e}"));
    let cluster = created.cluster.expect("cluster");
    assert_cluster(&cluster, name);
    cluster
}

async fn delete_cluster(client: &Client, name: &str) {
    let deleted = client
        .delete_cluster()
        .name(name)
        .send()
        .await
        .unwrap_or_else(|e| panic!("delete cluster {name}: {e}"));
    assert_eq!(deleted.cluster.and_then(|c| c.name).as_deref(), Some(name));
}

fn assert_cluster_not_found(err: eks_client::SdkError<DescribeClusterError>, name: &str) {
    let text = err.to_string();
    match err.into_service_error() {
        Some(DescribeClusterError::ResourceNotFoundException(e)) => {
            assert_eq!(e.meta().status(), 404, "{text}");
            assert_eq!(e.meta().code(), Some("ResourceNotFoundException"), "{text}");
            // moto names the cluster it looked for: the label's decoded value.
            assert_eq!(
                e.message(),
                Some(format!("No cluster found for name: {name}.").as_str()),
                "{text}"
            );
            // The body's `"clusterName": null` parses as absent.
            assert_eq!(e.cluster_name, None, "{text}");
        }
        other => panic!("expected ResourceNotFoundException, got {other:?} ({text})"),
    }
}

/// CreateCluster, DescribeCluster, ListClusters through the paginator one
/// cluster per page (moto's tokens are cluster names, sent back in the
/// query), DeleteCluster, then DescribeCluster is a typed not-found.
#[test]
fn clusters_create_describe_page_and_delete() {
    let _serial = serial();
    runtime().block_on(async {
        let client = client();
        let names: Vec<String> = (0..3).map(|i| odd_name(&format!("cl{i}"))).collect();
        for name in &names {
            create_cluster(&client, name).await;
        }
        for name in &names {
            let described = client.describe_cluster().name(name).send().await.unwrap();
            assert_cluster(&described.cluster.expect("cluster"), name);
        }

        // One cluster per page: every page after the first was asked for
        // with a token that is one of these odd names.
        let mut pages = client.list_clusters().into_paginator().page_size(1).send();
        let (mut listed, mut page_count) = (Vec::new(), 0);
        while let Some(page) = pages.next().await {
            let page = page.unwrap_or_else(|e| panic!("page {page_count}: {e}"));
            page_count += 1;
            assert!(page_count < 1000, "paginator does not end");
            let clusters = page.clusters.unwrap_or_default();
            assert!(clusters.len() <= 1, "page size 1, got {clusters:?}");
            listed.extend(clusters);
        }
        for name in &names {
            assert!(listed.contains(name), "{name} not in {listed:?}");
        }
        assert_eq!(page_count, listed.len(), "{listed:?}");
        assert!(page_count >= names.len(), "{page_count} pages");
        // The item stream yields the same names.
        let items = client.list_clusters().into_paginator().page_size(2).items();
        let all = items.collect().await.unwrap();
        assert_eq!(all, listed);

        for name in &names {
            delete_cluster(&client, name).await;
            let err = client
                .describe_cluster()
                .name(name)
                .send()
                .await
                .unwrap_err();
            assert_cluster_not_found(err, name);
        }
    });
}

/// CreateNodegroup, DescribeNodegroup, ListNodegroups through the paginator,
/// DeleteCluster refused while nodegroups exist (a typed
/// `ResourceInUseException` naming both), DeleteNodegroup, then
/// DescribeNodegroup is a typed not-found naming the nodegroup.
#[test]
fn nodegroups_create_describe_list_and_delete() {
    let _serial = serial();
    runtime().block_on(async {
        let client = client();
        let cluster = odd_name("ng-cluster");
        create_cluster(&client, &cluster).await;
        let nodegroups = [odd_name("ng-a"), odd_name("ng-b")];
        for (i, ng) in nodegroups.iter().enumerate() {
            let created = client
                .create_nodegroup()
                .cluster_name(&cluster)
                .nodegroup_name(ng)
                .node_role(role_arn())
                .subnets("subnet-1")
                .instance_types("m5.large")
                .disk_size(40 + i as i64)
                .scaling_config(
                    NodegroupScalingConfig::builder()
                        .min_size(1)
                        .max_size(5)
                        .desired_size(3)
                        .build()
                        .unwrap(),
                )
                .labels("role", "worker")
                .tags("nodegroup", ng.as_str())
                .send()
                .await
                .unwrap_or_else(|e| panic!("create nodegroup {ng}: {e}"));
            let created = created.nodegroup.expect("nodegroup");
            assert_eq!(created.nodegroup_name.as_deref(), Some(ng.as_str()));
            assert_eq!(created.cluster_name.as_deref(), Some(cluster.as_str()));
            let arn_prefix = format!(
                "arn:aws:eks:{}:{}:nodegroup/{cluster}/{ng}/",
                moto().region(),
                moto().account_id()
            );
            let arn = created.nodegroup_arn.clone().unwrap_or_default();
            assert!(arn.starts_with(&arn_prefix), "{arn}");

            let described = client
                .describe_nodegroup()
                .cluster_name(&cluster)
                .nodegroup_name(ng)
                .send()
                .await
                .unwrap()
                .nodegroup
                .expect("nodegroup");
            assert_eq!(described.nodegroup_arn.as_deref(), Some(arn.as_str()));
            assert_eq!(
                described.status.as_ref().map(|s| s.as_str()),
                Some("ACTIVE")
            );
            assert_eq!(described.node_role.as_deref(), Some(role_arn()));
            assert_eq!(described.disk_size, Some(40 + i as i64));
            assert_eq!(
                described.instance_types.as_deref(),
                Some(&["m5.large".to_owned()][..])
            );
            assert_eq!(
                described.subnets.as_deref(),
                Some(&["subnet-1".to_owned()][..])
            );
            let scaling = described.scaling_config.as_ref().expect("scalingConfig");
            assert_eq!(
                (scaling.min_size, scaling.max_size, scaling.desired_size),
                (Some(1), Some(5), Some(3))
            );
            assert_eq!(
                described.labels.clone().unwrap_or_default(),
                HashMap::from([("role".to_owned(), "worker".to_owned())])
            );
            assert_eq!(
                described.tags.clone().unwrap_or_default(),
                HashMap::from([("nodegroup".to_owned(), ng.clone())])
            );
            // moto's defaults come back typed.
            assert_eq!(
                described.capacity_type.as_ref().map(|c| c.as_str()),
                Some("ON_DEMAND")
            );
            assert_eq!(
                described.ami_type.as_ref().map(|a| a.as_str()),
                Some("AL2_x86_64")
            );
        }

        // One nodegroup per page; the second page is asked for by name.
        let mut listed = client
            .list_nodegroups()
            .cluster_name(&cluster)
            .into_paginator()
            .page_size(1)
            .items();
        let mut names = Vec::new();
        while let Some(ng) = listed.next().await {
            names.push(ng.unwrap());
            assert!(names.len() < 100, "paginator does not end");
        }
        let mut expected = nodegroups.to_vec();
        expected.sort();
        assert_eq!(names, expected);

        let err = client
            .delete_cluster()
            .name(&cluster)
            .send()
            .await
            .unwrap_err();
        let text = err.to_string();
        match err.into_service_error() {
            Some(DeleteClusterError::ResourceInUseException(e)) => {
                assert_eq!(e.meta().status(), 409, "{text}");
                assert_eq!(
                    e.message(),
                    Some("Cluster has nodegroups attached"),
                    "{text}"
                );
                assert_eq!(e.cluster_name.as_deref(), Some(cluster.as_str()), "{text}");
                // moto joins the nodegroup names with a comma.
                let mut in_use: Vec<&str> = e
                    .nodegroup_name
                    .as_deref()
                    .unwrap_or_default()
                    .split(',')
                    .collect();
                in_use.sort();
                assert_eq!(in_use, expected, "{text}");
            }
            other => panic!("expected ResourceInUseException, got {other:?} ({text})"),
        }

        for ng in &nodegroups {
            let deleted = client
                .delete_nodegroup()
                .cluster_name(&cluster)
                .nodegroup_name(ng)
                .send()
                .await
                .unwrap();
            assert_eq!(
                deleted.nodegroup.and_then(|n| n.nodegroup_name).as_deref(),
                Some(ng.as_str())
            );
            let err = client
                .describe_nodegroup()
                .cluster_name(&cluster)
                .nodegroup_name(ng)
                .send()
                .await
                .unwrap_err();
            let text = err.to_string();
            match err.into_service_error() {
                Some(DescribeNodegroupError::ResourceNotFoundException(e)) => {
                    assert_eq!(e.meta().status(), 404, "{text}");
                    assert_eq!(
                        e.message(),
                        Some(format!("No node group found for name: {ng}.").as_str()),
                        "{text}"
                    );
                    assert_eq!(e.cluster_name.as_deref(), Some(cluster.as_str()), "{text}");
                    assert_eq!(e.nodegroup_name.as_deref(), Some(ng.as_str()), "{text}");
                }
                other => panic!("expected ResourceNotFoundException, got {other:?} ({text})"),
            }
        }
        let listed = client
            .list_nodegroups()
            .cluster_name(&cluster)
            .send()
            .await
            .unwrap();
        assert_eq!(listed.nodegroups.unwrap_or_default(), Vec::<String>::new());
        delete_cluster(&client, &cluster).await;
    });
}

/// TagResource / ListTagsForResource / UntagResource on the cluster's ARN:
/// one label holding `:`, `/`, `%41`, `é`, `+`, `&` and `=`.
#[test]
fn tags_round_trip_on_the_cluster_arn() {
    let _serial = serial();
    runtime().block_on(async {
        let client = client();
        let name = odd_name("tags");
        let arn = create_cluster(&client, &name).await.arn.expect("arn");
        assert_eq!(arn, cluster_arn(&name));

        let odd = ["k&x=1", "50%+ b", "a/b"];
        let mut request = client
            .tag_resource()
            .resource_arn(&arn)
            .tags("team", "core");
        for key in odd {
            request = request.tags(key, format!("value of {key}"));
        }
        request.send().await.unwrap();

        let tags = |pairs: &[(&str, &str)]| -> HashMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let listed = client
            .list_tags_for_resource()
            .resource_arn(&arn)
            .send()
            .await
            .unwrap();
        let mut expected: HashMap<String, String> = odd
            .iter()
            .map(|k| (k.to_string(), format!("value of {k}")))
            .collect();
        expected.extend(tags(&[("team", "core"), ("created-by", "e2e_eks")]));
        assert_eq!(listed.tags.unwrap_or_default(), expected);

        // moto reads only the first `tagKeys` value of a request: one key a call.
        for key in odd {
            client
                .untag_resource()
                .resource_arn(&arn)
                .tag_keys(key)
                .send()
                .await
                .unwrap_or_else(|e| panic!("untag {key:?}: {e}"));
            expected.remove(key);
            let listed = client
                .list_tags_for_resource()
                .resource_arn(&arn)
                .send()
                .await
                .unwrap();
            assert_eq!(
                listed.tags.unwrap_or_default(),
                expected,
                "after untag {key:?}"
            );
        }
        assert_eq!(
            expected,
            tags(&[("team", "core"), ("created-by", "e2e_eks")])
        );
        // DescribeCluster sees the same tags.
        let cluster = client.describe_cluster().name(&name).send().await.unwrap();
        assert_eq!(
            cluster.cluster.and_then(|c| c.tags).unwrap_or_default(),
            expected
        );

        delete_cluster(&client, &name).await;
        // Tags of a deleted cluster: moto answers ResourceNotFoundException,
        // which EKS's model does not list for this operation (it lists
        // NotFoundException): kept as an unhandled error with its code.
        let err = client
            .list_tags_for_resource()
            .resource_arn(&arn)
            .send()
            .await
            .unwrap_err();
        let text = err.to_string();
        match err.into_service_error() {
            Some(e @ ListTagsForResourceError::Unhandled(_)) => {
                assert_eq!(e.code(), Some("ResourceNotFoundException"), "{text}");
                assert_eq!(e.meta().status(), 404, "{text}");
            }
            other => {
                panic!("expected an unhandled ResourceNotFoundException, got {other:?} ({text})")
            }
        }
    });
}

#[test]
fn missing_cluster_is_a_typed_resource_not_found() {
    let _serial = serial();
    runtime().block_on(async {
        let client = client();
        let name = odd_name("missing");
        let err = client
            .describe_cluster()
            .name(&name)
            .send()
            .await
            .unwrap_err();
        assert_cluster_not_found(err, &name);
    });
}

/// A bodiless GET signed with the wrong secret is refused: moto really
/// verifies this client's signatures (the right one passes everywhere else).
#[test]
fn wrong_secret_is_rejected_by_signature_check() {
    let _serial = serial();
    runtime().block_on(async {
        role_arn();
        let client = client_with_secret("not-the-secret");
        let err = client.list_clusters().send().await.unwrap_err();
        let text = err.to_string();
        assert!(text.contains("SignatureDoesNotMatch"), "{text}");
        let service_error = err.into_service_error().expect("a service error");
        assert_eq!(service_error.meta().status(), 403, "{text}");
    });
}
