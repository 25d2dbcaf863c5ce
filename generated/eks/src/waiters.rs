//! Waiters: poll an operation until a resource reaches a state, with
//! the acceptors and delays of AWS's model (`waiters-2.json`).
impl crate::Client {
    /// Waits for `AddonActive`: polls [`describe_addon`](crate::Client::describe_addon) until one of these matches (the first in this order wins):
    ///
    /// - `addon.status` is `"CREATE_FAILED"` → failure
    /// - `addon.status` is `"DEGRADED"` → failure
    /// - `addon.status` is `"ACTIVE"` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_addon_active(
        &self,
    ) -> crate::waiters::addon_active::AddonActiveFluentBuilder {
        crate::waiters::addon_active::AddonActiveFluentBuilder::new(
            self.describe_addon(),
        )
    }
    /// Waits for `AddonDeleted`: polls [`describe_addon`](crate::Client::describe_addon) until one of these matches (the first in this order wins):
    ///
    /// - `addon.status` is `"DELETE_FAILED"` → failure
    /// - error `ResourceNotFoundException` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_addon_deleted(
        &self,
    ) -> crate::waiters::addon_deleted::AddonDeletedFluentBuilder {
        crate::waiters::addon_deleted::AddonDeletedFluentBuilder::new(
            self.describe_addon(),
        )
    }
    /// Waits for `CertificateAuthorityUpdateComplete`: polls [`describe_update`](crate::Client::describe_update) until one of these matches (the first in this order wins):
    ///
    /// - `update.status` is `"Failed"` → failure
    /// - `update.status` is `"Cancelled"` → failure
    /// - `update.status` is `"Successful"` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_certificate_authority_update_complete(
        &self,
    ) -> crate::waiters::certificate_authority_update_complete::CertificateAuthorityUpdateCompleteFluentBuilder {
        crate::waiters::certificate_authority_update_complete::CertificateAuthorityUpdateCompleteFluentBuilder::new(
            self.describe_update(),
        )
    }
    /// Waits for `ClusterActive`: polls [`describe_cluster`](crate::Client::describe_cluster) until one of these matches (the first in this order wins):
    ///
    /// - `cluster.status` is `"DELETING"` → failure
    /// - `cluster.status` is `"FAILED"` → failure
    /// - `cluster.status` is `"ACTIVE"` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_cluster_active(
        &self,
    ) -> crate::waiters::cluster_active::ClusterActiveFluentBuilder {
        crate::waiters::cluster_active::ClusterActiveFluentBuilder::new(
            self.describe_cluster(),
        )
    }
    /// Waits for `ClusterDeleted`: polls [`describe_cluster`](crate::Client::describe_cluster) until one of these matches (the first in this order wins):
    ///
    /// - `cluster.status` is `"ACTIVE"` → failure
    /// - `cluster.status` is `"CREATING"` → failure
    /// - `cluster.status` is `"PENDING"` → failure
    /// - error `ResourceNotFoundException` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_cluster_deleted(
        &self,
    ) -> crate::waiters::cluster_deleted::ClusterDeletedFluentBuilder {
        crate::waiters::cluster_deleted::ClusterDeletedFluentBuilder::new(
            self.describe_cluster(),
        )
    }
    /// Waits for `FargateProfileActive`: polls [`describe_fargate_profile`](crate::Client::describe_fargate_profile) until one of these matches (the first in this order wins):
    ///
    /// - `fargateProfile.status` is `"CREATE_FAILED"` → failure
    /// - `fargateProfile.status` is `"ACTIVE"` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_fargate_profile_active(
        &self,
    ) -> crate::waiters::fargate_profile_active::FargateProfileActiveFluentBuilder {
        crate::waiters::fargate_profile_active::FargateProfileActiveFluentBuilder::new(
            self.describe_fargate_profile(),
        )
    }
    /// Waits for `FargateProfileDeleted`: polls [`describe_fargate_profile`](crate::Client::describe_fargate_profile) until one of these matches (the first in this order wins):
    ///
    /// - `fargateProfile.status` is `"DELETE_FAILED"` → failure
    /// - error `ResourceNotFoundException` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_fargate_profile_deleted(
        &self,
    ) -> crate::waiters::fargate_profile_deleted::FargateProfileDeletedFluentBuilder {
        crate::waiters::fargate_profile_deleted::FargateProfileDeletedFluentBuilder::new(
            self.describe_fargate_profile(),
        )
    }
    /// Waits for `NodegroupActive`: polls [`describe_nodegroup`](crate::Client::describe_nodegroup) until one of these matches (the first in this order wins):
    ///
    /// - `nodegroup.status` is `"CREATE_FAILED"` → failure
    /// - `nodegroup.status` is `"ACTIVE"` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_nodegroup_active(
        &self,
    ) -> crate::waiters::nodegroup_active::NodegroupActiveFluentBuilder {
        crate::waiters::nodegroup_active::NodegroupActiveFluentBuilder::new(
            self.describe_nodegroup(),
        )
    }
    /// Waits for `NodegroupDeleted`: polls [`describe_nodegroup`](crate::Client::describe_nodegroup) until one of these matches (the first in this order wins):
    ///
    /// - `nodegroup.status` is `"DELETE_FAILED"` → failure
    /// - error `ResourceNotFoundException` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_nodegroup_deleted(
        &self,
    ) -> crate::waiters::nodegroup_deleted::NodegroupDeletedFluentBuilder {
        crate::waiters::nodegroup_deleted::NodegroupDeletedFluentBuilder::new(
            self.describe_nodegroup(),
        )
    }
}
/// The `AddonActive` waiter.
pub mod addon_active {
    /// What a successful wait returns: the last poll's result.
    pub type AddonActiveFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeAddonResponse,
        crate::operation::describe_addon::DescribeAddonError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilAddonActiveError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeAddonResponse,
        crate::operation::describe_addon::DescribeAddonError,
    >;
    /// Fluent builder for the `AddonActive` waiter: the input setters of [`describe_addon`](crate::Client::describe_addon), then [`wait`](AddonActiveFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct AddonActiveFluentBuilder {
        inner: crate::operation::describe_addon::DescribeAddonFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl AddonActiveFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_addon::DescribeAddonFluentBuilder,
        ) -> Self {
            AddonActiveFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(10u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeAddonRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the add-on. The name must match one of the names returned by
        /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
        /// .
        pub fn addon_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.addon_name(input);
            self
        }
        /// Sets or clears [`addon_name`](Self::addon_name).
        pub fn set_addon_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_addon_name(input);
            self
        }
        /// The name of the cluster.
        pub fn cluster_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.cluster_name(input);
            self
        }
        /// Sets or clears [`cluster_name`](Self::cluster_name).
        pub fn set_cluster_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_cluster_name(input);
            self
        }
        /// Least delay between polls (default 10 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 60 polls 10 s apart (about 600 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<AddonActiveFinalPoll, WaitUntilAddonActiveError> {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "AddonActive",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeAddonResponse,
            crate::runtime::SdkError<
                crate::operation::describe_addon::DescribeAddonError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.addon.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("CREATE_FAILED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.addon.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("DEGRADED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.addon.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("ACTIVE") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `AddonDeleted` waiter.
pub mod addon_deleted {
    /// What a successful wait returns: the last poll's result.
    pub type AddonDeletedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeAddonResponse,
        crate::operation::describe_addon::DescribeAddonError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilAddonDeletedError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeAddonResponse,
        crate::operation::describe_addon::DescribeAddonError,
    >;
    /// Fluent builder for the `AddonDeleted` waiter: the input setters of [`describe_addon`](crate::Client::describe_addon), then [`wait`](AddonDeletedFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct AddonDeletedFluentBuilder {
        inner: crate::operation::describe_addon::DescribeAddonFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl AddonDeletedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_addon::DescribeAddonFluentBuilder,
        ) -> Self {
            AddonDeletedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(10u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeAddonRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the add-on. The name must match one of the names returned by
        /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
        /// .
        pub fn addon_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.addon_name(input);
            self
        }
        /// Sets or clears [`addon_name`](Self::addon_name).
        pub fn set_addon_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_addon_name(input);
            self
        }
        /// The name of the cluster.
        pub fn cluster_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.cluster_name(input);
            self
        }
        /// Sets or clears [`cluster_name`](Self::cluster_name).
        pub fn set_cluster_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_cluster_name(input);
            self
        }
        /// Least delay between polls (default 10 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 60 polls 10 s apart (about 600 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<AddonDeletedFinalPoll, WaitUntilAddonDeletedError> {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "AddonDeleted",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeAddonResponse,
            crate::runtime::SdkError<
                crate::operation::describe_addon::DescribeAddonError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.addon.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("DELETE_FAILED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if crate::runtime::waiter::error_code(result)
            == ::std::option::Option::Some("ResourceNotFoundException")
        {
            return ::std::option::Option::Some(
                crate::runtime::waiter::AcceptorState::Success,
            );
        }
        ::std::option::Option::None
    }
}
/// The `CertificateAuthorityUpdateComplete` waiter.
pub mod certificate_authority_update_complete {
    /// What a successful wait returns: the last poll's result.
    pub type CertificateAuthorityUpdateCompleteFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeUpdateResponse,
        crate::operation::describe_update::DescribeUpdateError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilCertificateAuthorityUpdateCompleteError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeUpdateResponse,
        crate::operation::describe_update::DescribeUpdateError,
    >;
    /// Fluent builder for the `CertificateAuthorityUpdateComplete` waiter: the input setters of [`describe_update`](crate::Client::describe_update), then [`wait`](CertificateAuthorityUpdateCompleteFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct CertificateAuthorityUpdateCompleteFluentBuilder {
        inner: crate::operation::describe_update::DescribeUpdateFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl CertificateAuthorityUpdateCompleteFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_update::DescribeUpdateFluentBuilder,
        ) -> Self {
            CertificateAuthorityUpdateCompleteFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(30u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeUpdateRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the add-on. The name must match one of the names returned by
        /// [`ListAddons`](https://docs.aws.amazon.com/eks/latest/APIReference/API_ListAddons.html)
        /// . This parameter is required if the update is an add-on update.
        pub fn addon_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.addon_name(input);
            self
        }
        /// Sets or clears [`addon_name`](Self::addon_name).
        pub fn set_addon_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_addon_name(input);
            self
        }
        pub fn capability_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.capability_name(input);
            self
        }
        /// Sets or clears [`capability_name`](Self::capability_name).
        pub fn set_capability_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_capability_name(input);
            self
        }
        /// The name of the Amazon EKS cluster associated with the update.
        pub fn name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.name(input);
            self
        }
        /// Sets or clears [`name`](Self::name).
        pub fn set_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_name(input);
            self
        }
        /// The name of the Amazon EKS node group associated with the update. This parameter
        /// is required if the update is a node group update.
        pub fn nodegroup_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.nodegroup_name(input);
            self
        }
        /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
        pub fn set_nodegroup_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_nodegroup_name(input);
            self
        }
        /// The ID of the update to describe.
        pub fn update_id(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.update_id(input);
            self
        }
        /// Sets or clears [`update_id`](Self::update_id).
        pub fn set_update_id(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_update_id(input);
            self
        }
        /// Least delay between polls (default 30 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 40 polls 30 s apart (about 1200 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            CertificateAuthorityUpdateCompleteFinalPoll,
            WaitUntilCertificateAuthorityUpdateCompleteError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "CertificateAuthorityUpdateComplete",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeUpdateResponse,
            crate::runtime::SdkError<
                crate::operation::describe_update::DescribeUpdateError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.update.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Failed") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.update.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Cancelled") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.update.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Successful") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `ClusterActive` waiter.
pub mod cluster_active {
    /// What a successful wait returns: the last poll's result.
    pub type ClusterActiveFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeClusterResponse,
        crate::operation::describe_cluster::DescribeClusterError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilClusterActiveError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeClusterResponse,
        crate::operation::describe_cluster::DescribeClusterError,
    >;
    /// Fluent builder for the `ClusterActive` waiter: the input setters of [`describe_cluster`](crate::Client::describe_cluster), then [`wait`](ClusterActiveFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct ClusterActiveFluentBuilder {
        inner: crate::operation::describe_cluster::DescribeClusterFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl ClusterActiveFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_cluster::DescribeClusterFluentBuilder,
        ) -> Self {
            ClusterActiveFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(30u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeClusterRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the cluster to describe.
        pub fn name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.name(input);
            self
        }
        /// Sets or clears [`name`](Self::name).
        pub fn set_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_name(input);
            self
        }
        /// Least delay between polls (default 30 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 40 polls 30 s apart (about 1200 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<ClusterActiveFinalPoll, WaitUntilClusterActiveError> {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "ClusterActive",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeClusterResponse,
            crate::runtime::SdkError<
                crate::operation::describe_cluster::DescribeClusterError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.cluster.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("DELETING") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.cluster.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("FAILED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.cluster.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("ACTIVE") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `ClusterDeleted` waiter.
pub mod cluster_deleted {
    /// What a successful wait returns: the last poll's result.
    pub type ClusterDeletedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeClusterResponse,
        crate::operation::describe_cluster::DescribeClusterError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilClusterDeletedError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeClusterResponse,
        crate::operation::describe_cluster::DescribeClusterError,
    >;
    /// Fluent builder for the `ClusterDeleted` waiter: the input setters of [`describe_cluster`](crate::Client::describe_cluster), then [`wait`](ClusterDeletedFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct ClusterDeletedFluentBuilder {
        inner: crate::operation::describe_cluster::DescribeClusterFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl ClusterDeletedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_cluster::DescribeClusterFluentBuilder,
        ) -> Self {
            ClusterDeletedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(30u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeClusterRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the cluster to describe.
        pub fn name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.name(input);
            self
        }
        /// Sets or clears [`name`](Self::name).
        pub fn set_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_name(input);
            self
        }
        /// Least delay between polls (default 30 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 40 polls 30 s apart (about 1200 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            ClusterDeletedFinalPoll,
            WaitUntilClusterDeletedError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "ClusterDeleted",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeClusterResponse,
            crate::runtime::SdkError<
                crate::operation::describe_cluster::DescribeClusterError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.cluster.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("ACTIVE") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.cluster.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("CREATING") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.cluster.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("PENDING") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if crate::runtime::waiter::error_code(result)
            == ::std::option::Option::Some("ResourceNotFoundException")
        {
            return ::std::option::Option::Some(
                crate::runtime::waiter::AcceptorState::Success,
            );
        }
        ::std::option::Option::None
    }
}
/// The `FargateProfileActive` waiter.
pub mod fargate_profile_active {
    /// What a successful wait returns: the last poll's result.
    pub type FargateProfileActiveFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeFargateProfileResponse,
        crate::operation::describe_fargate_profile::DescribeFargateProfileError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilFargateProfileActiveError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeFargateProfileResponse,
        crate::operation::describe_fargate_profile::DescribeFargateProfileError,
    >;
    /// Fluent builder for the `FargateProfileActive` waiter: the input setters of [`describe_fargate_profile`](crate::Client::describe_fargate_profile), then [`wait`](FargateProfileActiveFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct FargateProfileActiveFluentBuilder {
        inner: crate::operation::describe_fargate_profile::DescribeFargateProfileFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl FargateProfileActiveFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_fargate_profile::DescribeFargateProfileFluentBuilder,
        ) -> Self {
            FargateProfileActiveFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(10u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeFargateProfileRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Amazon EKS cluster associated with the Fargate profile.
        pub fn cluster_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.cluster_name(input);
            self
        }
        /// Sets or clears [`cluster_name`](Self::cluster_name).
        pub fn set_cluster_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_cluster_name(input);
            self
        }
        /// The name of the Fargate profile to describe.
        pub fn fargate_profile_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.fargate_profile_name(input);
            self
        }
        /// Sets or clears [`fargate_profile_name`](Self::fargate_profile_name).
        pub fn set_fargate_profile_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_fargate_profile_name(input);
            self
        }
        /// Least delay between polls (default 10 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 60 polls 10 s apart (about 600 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            FargateProfileActiveFinalPoll,
            WaitUntilFargateProfileActiveError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "FargateProfileActive",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeFargateProfileResponse,
            crate::runtime::SdkError<
                crate::operation::describe_fargate_profile::DescribeFargateProfileError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.fargate_profile.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("CREATE_FAILED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.fargate_profile.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("ACTIVE") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `FargateProfileDeleted` waiter.
pub mod fargate_profile_deleted {
    /// What a successful wait returns: the last poll's result.
    pub type FargateProfileDeletedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeFargateProfileResponse,
        crate::operation::describe_fargate_profile::DescribeFargateProfileError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilFargateProfileDeletedError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeFargateProfileResponse,
        crate::operation::describe_fargate_profile::DescribeFargateProfileError,
    >;
    /// Fluent builder for the `FargateProfileDeleted` waiter: the input setters of [`describe_fargate_profile`](crate::Client::describe_fargate_profile), then [`wait`](FargateProfileDeletedFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct FargateProfileDeletedFluentBuilder {
        inner: crate::operation::describe_fargate_profile::DescribeFargateProfileFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl FargateProfileDeletedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_fargate_profile::DescribeFargateProfileFluentBuilder,
        ) -> Self {
            FargateProfileDeletedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(30u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeFargateProfileRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Amazon EKS cluster associated with the Fargate profile.
        pub fn cluster_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.cluster_name(input);
            self
        }
        /// Sets or clears [`cluster_name`](Self::cluster_name).
        pub fn set_cluster_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_cluster_name(input);
            self
        }
        /// The name of the Fargate profile to describe.
        pub fn fargate_profile_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.fargate_profile_name(input);
            self
        }
        /// Sets or clears [`fargate_profile_name`](Self::fargate_profile_name).
        pub fn set_fargate_profile_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_fargate_profile_name(input);
            self
        }
        /// Least delay between polls (default 30 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 60 polls 30 s apart (about 1800 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            FargateProfileDeletedFinalPoll,
            WaitUntilFargateProfileDeletedError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "FargateProfileDeleted",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeFargateProfileResponse,
            crate::runtime::SdkError<
                crate::operation::describe_fargate_profile::DescribeFargateProfileError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.fargate_profile.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("DELETE_FAILED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if crate::runtime::waiter::error_code(result)
            == ::std::option::Option::Some("ResourceNotFoundException")
        {
            return ::std::option::Option::Some(
                crate::runtime::waiter::AcceptorState::Success,
            );
        }
        ::std::option::Option::None
    }
}
/// The `NodegroupActive` waiter.
pub mod nodegroup_active {
    /// What a successful wait returns: the last poll's result.
    pub type NodegroupActiveFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeNodegroupResponse,
        crate::operation::describe_nodegroup::DescribeNodegroupError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilNodegroupActiveError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeNodegroupResponse,
        crate::operation::describe_nodegroup::DescribeNodegroupError,
    >;
    /// Fluent builder for the `NodegroupActive` waiter: the input setters of [`describe_nodegroup`](crate::Client::describe_nodegroup), then [`wait`](NodegroupActiveFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct NodegroupActiveFluentBuilder {
        inner: crate::operation::describe_nodegroup::DescribeNodegroupFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl NodegroupActiveFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_nodegroup::DescribeNodegroupFluentBuilder,
        ) -> Self {
            NodegroupActiveFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(30u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeNodegroupRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Amazon EKS cluster associated with the node group.
        pub fn cluster_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.cluster_name(input);
            self
        }
        /// Sets or clears [`cluster_name`](Self::cluster_name).
        pub fn set_cluster_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_cluster_name(input);
            self
        }
        /// The name of the node group to describe.
        pub fn nodegroup_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.nodegroup_name(input);
            self
        }
        /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
        pub fn set_nodegroup_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_nodegroup_name(input);
            self
        }
        /// Least delay between polls (default 30 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 80 polls 30 s apart (about 2400 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            NodegroupActiveFinalPoll,
            WaitUntilNodegroupActiveError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "NodegroupActive",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeNodegroupResponse,
            crate::runtime::SdkError<
                crate::operation::describe_nodegroup::DescribeNodegroupError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.nodegroup.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("CREATE_FAILED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.nodegroup.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("ACTIVE") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `NodegroupDeleted` waiter.
pub mod nodegroup_deleted {
    /// What a successful wait returns: the last poll's result.
    pub type NodegroupDeletedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeNodegroupResponse,
        crate::operation::describe_nodegroup::DescribeNodegroupError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilNodegroupDeletedError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeNodegroupResponse,
        crate::operation::describe_nodegroup::DescribeNodegroupError,
    >;
    /// Fluent builder for the `NodegroupDeleted` waiter: the input setters of [`describe_nodegroup`](crate::Client::describe_nodegroup), then [`wait`](NodegroupDeletedFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct NodegroupDeletedFluentBuilder {
        inner: crate::operation::describe_nodegroup::DescribeNodegroupFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl NodegroupDeletedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_nodegroup::DescribeNodegroupFluentBuilder,
        ) -> Self {
            NodegroupDeletedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(30u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeNodegroupRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Amazon EKS cluster associated with the node group.
        pub fn cluster_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.cluster_name(input);
            self
        }
        /// Sets or clears [`cluster_name`](Self::cluster_name).
        pub fn set_cluster_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_cluster_name(input);
            self
        }
        /// The name of the node group to describe.
        pub fn nodegroup_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.nodegroup_name(input);
            self
        }
        /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
        pub fn set_nodegroup_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_nodegroup_name(input);
            self
        }
        /// Least delay between polls (default 30 s, from AWS's model).
        pub fn min_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_min(delay);
            self
        }
        /// Most delay between polls (default 120 s).
        pub fn max_delay(mut self, delay: ::std::time::Duration) -> Self {
            self.delays = self.delays.with_max(delay);
            self
        }
        /// Polls until an acceptor reaches success (`Ok`, with the last poll) or failure, an
        /// error no acceptor expects ends the wait, or `max_wait` passes.
        ///
        /// AWS's model suggests 40 polls 30 s apart (about 1200 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            NodegroupDeletedFinalPoll,
            WaitUntilNodegroupDeletedError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "NodegroupDeleted",
                    move || inner.clone().send(),
                    accept,
                    self.delays,
                    max_wait,
                    &crate::runtime::waiter::TokioClock::default(),
                )
                .await
        }
    }
    /// The acceptors in order; `None` when none matches.
    fn accept(
        result: &::std::result::Result<
            crate::types::DescribeNodegroupResponse,
            crate::runtime::SdkError<
                crate::operation::describe_nodegroup::DescribeNodegroupError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.nodegroup.as_ref())
                .and_then(|v| v.status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("DELETE_FAILED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if crate::runtime::waiter::error_code(result)
            == ::std::option::Option::Some("ResourceNotFoundException")
        {
            return ::std::option::Option::Some(
                crate::runtime::waiter::AcceptorState::Success,
            );
        }
        ::std::option::Option::None
    }
}
