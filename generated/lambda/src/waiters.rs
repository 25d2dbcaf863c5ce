//! Waiters: poll an operation until a resource reaches a state, with
//! the acceptors and delays of AWS's model (`waiters-2.json`).
impl crate::Client {
    /// Waits for `FunctionActive`: polls [`get_function_configuration`](crate::Client::get_function_configuration) until one of these matches (the first in this order wins):
    ///
    /// - `State` is `"Active"` → success
    /// - `State` is `"Failed"` → failure
    /// - `State` is `"Pending"` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_function_active(
        &self,
    ) -> crate::waiters::function_active::FunctionActiveFluentBuilder {
        crate::waiters::function_active::FunctionActiveFluentBuilder::new(
            self.get_function_configuration(),
        )
    }
    /// Waits for `FunctionActiveV2`: polls [`get_function`](crate::Client::get_function) until one of these matches (the first in this order wins):
    ///
    /// - `Configuration.State` is `"Active"` → success
    /// - `Configuration.State` is `"Failed"` → failure
    /// - `Configuration.State` is `"Pending"` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_function_active_v2(
        &self,
    ) -> crate::waiters::function_active_v2::FunctionActiveV2FluentBuilder {
        crate::waiters::function_active_v2::FunctionActiveV2FluentBuilder::new(
            self.get_function(),
        )
    }
    /// Waits for `FunctionExists`: polls [`get_function`](crate::Client::get_function) until one of these matches (the first in this order wins):
    ///
    /// - any successful response → success
    /// - error `ResourceNotFoundException` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_function_exists(
        &self,
    ) -> crate::waiters::function_exists::FunctionExistsFluentBuilder {
        crate::waiters::function_exists::FunctionExistsFluentBuilder::new(
            self.get_function(),
        )
    }
    /// Waits for `FunctionUpdated`: polls [`get_function_configuration`](crate::Client::get_function_configuration) until one of these matches (the first in this order wins):
    ///
    /// - `LastUpdateStatus` is `"Successful"` → success
    /// - `LastUpdateStatus` is `"Failed"` → failure
    /// - `LastUpdateStatus` is `"InProgress"` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_function_updated(
        &self,
    ) -> crate::waiters::function_updated::FunctionUpdatedFluentBuilder {
        crate::waiters::function_updated::FunctionUpdatedFluentBuilder::new(
            self.get_function_configuration(),
        )
    }
    /// Waits for `FunctionUpdatedV2`: polls [`get_function`](crate::Client::get_function) until one of these matches (the first in this order wins):
    ///
    /// - `Configuration.LastUpdateStatus` is `"Successful"` → success
    /// - `Configuration.LastUpdateStatus` is `"Failed"` → failure
    /// - `Configuration.LastUpdateStatus` is `"InProgress"` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_function_updated_v2(
        &self,
    ) -> crate::waiters::function_updated_v2::FunctionUpdatedV2FluentBuilder {
        crate::waiters::function_updated_v2::FunctionUpdatedV2FluentBuilder::new(
            self.get_function(),
        )
    }
    /// Waits for `PublishedVersionActive`: polls [`get_function_configuration`](crate::Client::get_function_configuration) until one of these matches (the first in this order wins):
    ///
    /// - `State` is `"Active"` → success
    /// - `State` is `"Failed"` → failure
    /// - `State` is `"Pending"` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_published_version_active(
        &self,
    ) -> crate::waiters::published_version_active::PublishedVersionActiveFluentBuilder {
        crate::waiters::published_version_active::PublishedVersionActiveFluentBuilder::new(
            self.get_function_configuration(),
        )
    }
}
/// The `FunctionActive` waiter.
pub mod function_active {
    /// What a successful wait returns: the last poll's result.
    pub type FunctionActiveFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::FunctionConfiguration,
        crate::operation::get_function_configuration::GetFunctionConfigurationError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilFunctionActiveError = crate::runtime::waiter::WaiterError<
        crate::types::FunctionConfiguration,
        crate::operation::get_function_configuration::GetFunctionConfigurationError,
    >;
    /// Fluent builder for the `FunctionActive` waiter: the input setters of [`get_function_configuration`](crate::Client::get_function_configuration), then [`wait`](FunctionActiveFluentBuilder::wait).
    /// Waits for the function's State to be Active. This waiter uses
    /// GetFunctionConfiguration API. This should be used after new function creation.
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct FunctionActiveFluentBuilder {
        inner: crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl FunctionActiveFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder,
        ) -> Self {
            FunctionActiveFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(5u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::GetFunctionConfigurationRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Lambda function, version, or alias.
        ///
        /// **Name formats**
        ///
        /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
        /// - **Function ARN** –
        ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
        /// - **Partial ARN** – `123456789012:function:my-function`.
        ///
        /// You can append a version number or alias to any of the formats. The length
        /// constraint applies only to the full ARN. If you specify only the function name,
        /// it is limited to 64 characters in length.
        pub fn function_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.function_name(input);
            self
        }
        /// Sets or clears [`function_name`](Self::function_name).
        pub fn set_function_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_function_name(input);
            self
        }
        /// Specify a version or alias to get details about a published version of the
        /// function.
        pub fn qualifier(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.qualifier(input);
            self
        }
        /// Sets or clears [`qualifier`](Self::qualifier).
        pub fn set_qualifier(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_qualifier(input);
            self
        }
        /// Least delay between polls (default 5 s, from AWS's model).
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
        /// AWS's model suggests 60 polls 5 s apart (about 300 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            FunctionActiveFinalPoll,
            WaitUntilFunctionActiveError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "FunctionActive",
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
            crate::types::FunctionConfiguration,
            crate::runtime::SdkError<
                crate::operation::get_function_configuration::GetFunctionConfigurationError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.state.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Active") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.state.as_ref())
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
                .and_then(|v| v.state.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Pending") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Retry,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `FunctionActiveV2` waiter.
pub mod function_active_v2 {
    /// What a successful wait returns: the last poll's result.
    pub type FunctionActiveV2FinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::GetFunctionResponse,
        crate::operation::get_function::GetFunctionError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilFunctionActiveV2Error = crate::runtime::waiter::WaiterError<
        crate::types::GetFunctionResponse,
        crate::operation::get_function::GetFunctionError,
    >;
    /// Fluent builder for the `FunctionActiveV2` waiter: the input setters of [`get_function`](crate::Client::get_function), then [`wait`](FunctionActiveV2FluentBuilder::wait).
    /// Waits for the function's State to be Active. This waiter uses GetFunction API.
    /// This should be used after new function creation.
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct FunctionActiveV2FluentBuilder {
        inner: crate::operation::get_function::GetFunctionFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl FunctionActiveV2FluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::get_function::GetFunctionFluentBuilder,
        ) -> Self {
            FunctionActiveV2FluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(1u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::GetFunctionRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Lambda function, version, or alias.
        ///
        /// **Name formats**
        ///
        /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
        /// - **Function ARN** –
        ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
        /// - **Partial ARN** – `123456789012:function:my-function`.
        ///
        /// You can append a version number or alias to any of the formats. The length
        /// constraint applies only to the full ARN. If you specify only the function name,
        /// it is limited to 64 characters in length.
        pub fn function_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.function_name(input);
            self
        }
        /// Sets or clears [`function_name`](Self::function_name).
        pub fn set_function_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_function_name(input);
            self
        }
        /// Specify a version or alias to get details about a published version of the
        /// function.
        pub fn qualifier(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.qualifier(input);
            self
        }
        /// Sets or clears [`qualifier`](Self::qualifier).
        pub fn set_qualifier(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_qualifier(input);
            self
        }
        /// Least delay between polls (default 1 s, from AWS's model).
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
        /// AWS's model suggests 300 polls 1 s apart (about 300 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            FunctionActiveV2FinalPoll,
            WaitUntilFunctionActiveV2Error,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "FunctionActiveV2",
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
            crate::types::GetFunctionResponse,
            crate::runtime::SdkError<crate::operation::get_function::GetFunctionError>,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.configuration.as_ref())
                .and_then(|v| v.state.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Active") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.configuration.as_ref())
                .and_then(|v| v.state.as_ref())
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
                .and_then(|v| v.configuration.as_ref())
                .and_then(|v| v.state.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Pending") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Retry,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `FunctionExists` waiter.
pub mod function_exists {
    /// What a successful wait returns: the last poll's result.
    pub type FunctionExistsFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::GetFunctionResponse,
        crate::operation::get_function::GetFunctionError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilFunctionExistsError = crate::runtime::waiter::WaiterError<
        crate::types::GetFunctionResponse,
        crate::operation::get_function::GetFunctionError,
    >;
    /// Fluent builder for the `FunctionExists` waiter: the input setters of [`get_function`](crate::Client::get_function), then [`wait`](FunctionExistsFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct FunctionExistsFluentBuilder {
        inner: crate::operation::get_function::GetFunctionFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl FunctionExistsFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::get_function::GetFunctionFluentBuilder,
        ) -> Self {
            FunctionExistsFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(1u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::GetFunctionRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Lambda function, version, or alias.
        ///
        /// **Name formats**
        ///
        /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
        /// - **Function ARN** –
        ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
        /// - **Partial ARN** – `123456789012:function:my-function`.
        ///
        /// You can append a version number or alias to any of the formats. The length
        /// constraint applies only to the full ARN. If you specify only the function name,
        /// it is limited to 64 characters in length.
        pub fn function_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.function_name(input);
            self
        }
        /// Sets or clears [`function_name`](Self::function_name).
        pub fn set_function_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_function_name(input);
            self
        }
        /// Specify a version or alias to get details about a published version of the
        /// function.
        pub fn qualifier(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.qualifier(input);
            self
        }
        /// Sets or clears [`qualifier`](Self::qualifier).
        pub fn set_qualifier(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_qualifier(input);
            self
        }
        /// Least delay between polls (default 1 s, from AWS's model).
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
        /// AWS's model suggests 20 polls 1 s apart (about 20 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            FunctionExistsFinalPoll,
            WaitUntilFunctionExistsError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "FunctionExists",
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
            crate::types::GetFunctionResponse,
            crate::runtime::SdkError<crate::operation::get_function::GetFunctionError>,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if result.is_ok() {
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
/// The `FunctionUpdated` waiter.
pub mod function_updated {
    /// What a successful wait returns: the last poll's result.
    pub type FunctionUpdatedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::FunctionConfiguration,
        crate::operation::get_function_configuration::GetFunctionConfigurationError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilFunctionUpdatedError = crate::runtime::waiter::WaiterError<
        crate::types::FunctionConfiguration,
        crate::operation::get_function_configuration::GetFunctionConfigurationError,
    >;
    /// Fluent builder for the `FunctionUpdated` waiter: the input setters of [`get_function_configuration`](crate::Client::get_function_configuration), then [`wait`](FunctionUpdatedFluentBuilder::wait).
    /// Waits for the function's LastUpdateStatus to be Successful. This waiter uses
    /// GetFunctionConfiguration API. This should be used after function updates.
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct FunctionUpdatedFluentBuilder {
        inner: crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl FunctionUpdatedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder,
        ) -> Self {
            FunctionUpdatedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(5u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::GetFunctionConfigurationRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Lambda function, version, or alias.
        ///
        /// **Name formats**
        ///
        /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
        /// - **Function ARN** –
        ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
        /// - **Partial ARN** – `123456789012:function:my-function`.
        ///
        /// You can append a version number or alias to any of the formats. The length
        /// constraint applies only to the full ARN. If you specify only the function name,
        /// it is limited to 64 characters in length.
        pub fn function_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.function_name(input);
            self
        }
        /// Sets or clears [`function_name`](Self::function_name).
        pub fn set_function_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_function_name(input);
            self
        }
        /// Specify a version or alias to get details about a published version of the
        /// function.
        pub fn qualifier(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.qualifier(input);
            self
        }
        /// Sets or clears [`qualifier`](Self::qualifier).
        pub fn set_qualifier(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_qualifier(input);
            self
        }
        /// Least delay between polls (default 5 s, from AWS's model).
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
        /// AWS's model suggests 60 polls 5 s apart (about 300 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            FunctionUpdatedFinalPoll,
            WaitUntilFunctionUpdatedError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "FunctionUpdated",
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
            crate::types::FunctionConfiguration,
            crate::runtime::SdkError<
                crate::operation::get_function_configuration::GetFunctionConfigurationError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.last_update_status.as_ref())
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
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.last_update_status.as_ref())
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
                .and_then(|v| v.last_update_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("InProgress") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Retry,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `FunctionUpdatedV2` waiter.
pub mod function_updated_v2 {
    /// What a successful wait returns: the last poll's result.
    pub type FunctionUpdatedV2FinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::GetFunctionResponse,
        crate::operation::get_function::GetFunctionError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilFunctionUpdatedV2Error = crate::runtime::waiter::WaiterError<
        crate::types::GetFunctionResponse,
        crate::operation::get_function::GetFunctionError,
    >;
    /// Fluent builder for the `FunctionUpdatedV2` waiter: the input setters of [`get_function`](crate::Client::get_function), then [`wait`](FunctionUpdatedV2FluentBuilder::wait).
    /// Waits for the function's LastUpdateStatus to be Successful. This waiter uses
    /// GetFunction API. This should be used after function updates.
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct FunctionUpdatedV2FluentBuilder {
        inner: crate::operation::get_function::GetFunctionFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl FunctionUpdatedV2FluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::get_function::GetFunctionFluentBuilder,
        ) -> Self {
            FunctionUpdatedV2FluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(1u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::GetFunctionRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Lambda function, version, or alias.
        ///
        /// **Name formats**
        ///
        /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
        /// - **Function ARN** –
        ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
        /// - **Partial ARN** – `123456789012:function:my-function`.
        ///
        /// You can append a version number or alias to any of the formats. The length
        /// constraint applies only to the full ARN. If you specify only the function name,
        /// it is limited to 64 characters in length.
        pub fn function_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.function_name(input);
            self
        }
        /// Sets or clears [`function_name`](Self::function_name).
        pub fn set_function_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_function_name(input);
            self
        }
        /// Specify a version or alias to get details about a published version of the
        /// function.
        pub fn qualifier(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.qualifier(input);
            self
        }
        /// Sets or clears [`qualifier`](Self::qualifier).
        pub fn set_qualifier(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_qualifier(input);
            self
        }
        /// Least delay between polls (default 1 s, from AWS's model).
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
        /// AWS's model suggests 300 polls 1 s apart (about 300 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            FunctionUpdatedV2FinalPoll,
            WaitUntilFunctionUpdatedV2Error,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "FunctionUpdatedV2",
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
            crate::types::GetFunctionResponse,
            crate::runtime::SdkError<crate::operation::get_function::GetFunctionError>,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.configuration.as_ref())
                .and_then(|v| v.last_update_status.as_ref())
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
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.configuration.as_ref())
                .and_then(|v| v.last_update_status.as_ref())
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
                .and_then(|v| v.configuration.as_ref())
                .and_then(|v| v.last_update_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("InProgress") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Retry,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `PublishedVersionActive` waiter.
pub mod published_version_active {
    /// What a successful wait returns: the last poll's result.
    pub type PublishedVersionActiveFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::FunctionConfiguration,
        crate::operation::get_function_configuration::GetFunctionConfigurationError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilPublishedVersionActiveError = crate::runtime::waiter::WaiterError<
        crate::types::FunctionConfiguration,
        crate::operation::get_function_configuration::GetFunctionConfigurationError,
    >;
    /// Fluent builder for the `PublishedVersionActive` waiter: the input setters of [`get_function_configuration`](crate::Client::get_function_configuration), then [`wait`](PublishedVersionActiveFluentBuilder::wait).
    /// Waits for the published version's State to be Active. This waiter uses
    /// GetFunctionConfiguration API. This should be used after new version is
    /// published.
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct PublishedVersionActiveFluentBuilder {
        inner: crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl PublishedVersionActiveFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::get_function_configuration::GetFunctionConfigurationFluentBuilder,
        ) -> Self {
            PublishedVersionActiveFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(5u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::GetFunctionConfigurationRequestBuilder {
            self.inner.as_input()
        }
        /// The name of the Lambda function, version, or alias.
        ///
        /// **Name formats**
        ///
        /// - **Function name** – `my-function` (name-only), `my-function:v1` (with alias).
        /// - **Function ARN** –
        ///   `arn:aws:lambda:us-west-2:123456789012:function:my-function`.
        /// - **Partial ARN** – `123456789012:function:my-function`.
        ///
        /// You can append a version number or alias to any of the formats. The length
        /// constraint applies only to the full ARN. If you specify only the function name,
        /// it is limited to 64 characters in length.
        pub fn function_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.function_name(input);
            self
        }
        /// Sets or clears [`function_name`](Self::function_name).
        pub fn set_function_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_function_name(input);
            self
        }
        /// Specify a version or alias to get details about a published version of the
        /// function.
        pub fn qualifier(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.qualifier(input);
            self
        }
        /// Sets or clears [`qualifier`](Self::qualifier).
        pub fn set_qualifier(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_qualifier(input);
            self
        }
        /// Least delay between polls (default 5 s, from AWS's model).
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
        /// AWS's model suggests 312 polls 5 s apart (about 1560 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            PublishedVersionActiveFinalPoll,
            WaitUntilPublishedVersionActiveError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "PublishedVersionActive",
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
            crate::types::FunctionConfiguration,
            crate::runtime::SdkError<
                crate::operation::get_function_configuration::GetFunctionConfigurationError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.state.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Active") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.state.as_ref())
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
                .and_then(|v| v.state.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("Pending") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Retry,
                );
            }
        }
        ::std::option::Option::None
    }
}
