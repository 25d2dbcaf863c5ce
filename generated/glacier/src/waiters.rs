//! Waiters: poll an operation until a resource reaches a state, with
//! the acceptors and delays of AWS's model (`waiters-2.json`).
impl crate::Client {
    /// Waits for `VaultExists`: polls [`describe_vault`](crate::Client::describe_vault) until one of these matches (the first in this order wins):
    ///
    /// - HTTP status 200 → success
    /// - error `ResourceNotFoundException` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_vault_exists(
        &self,
    ) -> crate::waiters::vault_exists::VaultExistsFluentBuilder {
        crate::waiters::vault_exists::VaultExistsFluentBuilder::new(
            self.describe_vault(),
        )
    }
    /// Waits for `VaultNotExists`: polls [`describe_vault`](crate::Client::describe_vault) until one of these matches (the first in this order wins):
    ///
    /// - HTTP status 200 → retry
    /// - error `ResourceNotFoundException` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_vault_not_exists(
        &self,
    ) -> crate::waiters::vault_not_exists::VaultNotExistsFluentBuilder {
        crate::waiters::vault_not_exists::VaultNotExistsFluentBuilder::new(
            self.describe_vault(),
        )
    }
}
/// The `VaultExists` waiter.
pub mod vault_exists {
    /// What a successful wait returns: the last poll's result.
    pub type VaultExistsFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeVaultOutput,
        crate::operation::describe_vault::DescribeVaultError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilVaultExistsError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeVaultOutput,
        crate::operation::describe_vault::DescribeVaultError,
    >;
    /// Fluent builder for the `VaultExists` waiter: the input setters of [`describe_vault`](crate::Client::describe_vault), then [`wait`](VaultExistsFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct VaultExistsFluentBuilder {
        inner: crate::operation::describe_vault::DescribeVaultFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl VaultExistsFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_vault::DescribeVaultFluentBuilder,
        ) -> Self {
            VaultExistsFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(3u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeVaultInputBuilder {
            self.inner.as_input()
        }
        /// The `AccountId` value is the AWS account ID of the account that owns the vault.
        /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
        /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
        /// credentials used to sign the request. If you use an account ID, do not include
        /// any hyphens ('-') in the ID.
        ///
        /// If not set, `send()` sends `-` (botocore's default).
        pub fn account_id(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.account_id(input);
            self
        }
        /// Sets or clears [`account_id`](Self::account_id).
        pub fn set_account_id(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_account_id(input);
            self
        }
        /// The name of the vault.
        pub fn vault_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.vault_name(input);
            self
        }
        /// Sets or clears [`vault_name`](Self::vault_name).
        pub fn set_vault_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_vault_name(input);
            self
        }
        /// Least delay between polls (default 3 s, from AWS's model).
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
        /// AWS's model suggests 15 polls 3 s apart (about 45 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<VaultExistsFinalPoll, WaitUntilVaultExistsError> {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "VaultExists",
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
            crate::types::DescribeVaultOutput,
            crate::runtime::SdkError<
                crate::operation::describe_vault::DescribeVaultError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if crate::runtime::waiter::status(result) == ::std::option::Option::Some(200u16)
        {
            return ::std::option::Option::Some(
                crate::runtime::waiter::AcceptorState::Success,
            );
        }
        if crate::runtime::waiter::error_code(result)
            == ::std::option::Option::Some("ResourceNotFoundException")
        {
            return ::std::option::Option::Some(
                crate::runtime::waiter::AcceptorState::Retry,
            );
        }
        ::std::option::Option::None
    }
}
/// The `VaultNotExists` waiter.
pub mod vault_not_exists {
    /// What a successful wait returns: the last poll's result.
    pub type VaultNotExistsFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeVaultOutput,
        crate::operation::describe_vault::DescribeVaultError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilVaultNotExistsError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeVaultOutput,
        crate::operation::describe_vault::DescribeVaultError,
    >;
    /// Fluent builder for the `VaultNotExists` waiter: the input setters of [`describe_vault`](crate::Client::describe_vault), then [`wait`](VaultNotExistsFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct VaultNotExistsFluentBuilder {
        inner: crate::operation::describe_vault::DescribeVaultFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl VaultNotExistsFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_vault::DescribeVaultFluentBuilder,
        ) -> Self {
            VaultNotExistsFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(3u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeVaultInputBuilder {
            self.inner.as_input()
        }
        /// The `AccountId` value is the AWS account ID of the account that owns the vault.
        /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
        /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
        /// credentials used to sign the request. If you use an account ID, do not include
        /// any hyphens ('-') in the ID.
        ///
        /// If not set, `send()` sends `-` (botocore's default).
        pub fn account_id(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.account_id(input);
            self
        }
        /// Sets or clears [`account_id`](Self::account_id).
        pub fn set_account_id(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_account_id(input);
            self
        }
        /// The name of the vault.
        pub fn vault_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.vault_name(input);
            self
        }
        /// Sets or clears [`vault_name`](Self::vault_name).
        pub fn set_vault_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_vault_name(input);
            self
        }
        /// Least delay between polls (default 3 s, from AWS's model).
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
        /// AWS's model suggests 15 polls 3 s apart (about 45 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            VaultNotExistsFinalPoll,
            WaitUntilVaultNotExistsError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "VaultNotExists",
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
            crate::types::DescribeVaultOutput,
            crate::runtime::SdkError<
                crate::operation::describe_vault::DescribeVaultError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if crate::runtime::waiter::status(result) == ::std::option::Option::Some(200u16)
        {
            return ::std::option::Option::Some(
                crate::runtime::waiter::AcceptorState::Retry,
            );
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
