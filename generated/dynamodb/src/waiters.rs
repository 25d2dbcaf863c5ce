//! Waiters: poll an operation until a resource reaches a state, with
//! the acceptors and delays of AWS's model (`waiters-2.json`).
impl crate::Client {
    /// Waits for `BulkOperationCompleted`: polls [`describe_bulk_operation`](crate::Client::describe_bulk_operation) until one of these matches (the first in this order wins):
    ///
    /// - `BulkOperationDescription.BulkOperationStatus` is `"COMPLETED"` → success
    /// - `BulkOperationDescription.BulkOperationStatus` is `"COMPLETED_WITH_ERRORS"` → success
    /// - `BulkOperationDescription.BulkOperationStatus` is `"CANCELLED"` → failure
    /// - `BulkOperationDescription.BulkOperationStatus` is `"FAILED"` → failure
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_bulk_operation_completed(
        &self,
    ) -> crate::waiters::bulk_operation_completed::BulkOperationCompletedFluentBuilder {
        crate::waiters::bulk_operation_completed::BulkOperationCompletedFluentBuilder::new(
            self.describe_bulk_operation(),
        )
    }
    /// Waits for `ContributorInsightsEnabled`: polls [`describe_contributor_insights`](crate::Client::describe_contributor_insights) until one of these matches (the first in this order wins):
    ///
    /// - `ContributorInsightsStatus` is `"ENABLED"` → success
    /// - `ContributorInsightsStatus` is `"FAILED"` → failure
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_contributor_insights_enabled(
        &self,
    ) -> crate::waiters::contributor_insights_enabled::ContributorInsightsEnabledFluentBuilder {
        crate::waiters::contributor_insights_enabled::ContributorInsightsEnabledFluentBuilder::new(
            self.describe_contributor_insights(),
        )
    }
    /// Waits for `ExportCompleted`: polls [`describe_export`](crate::Client::describe_export) until one of these matches (the first in this order wins):
    ///
    /// - `ExportDescription.ExportStatus` is `"COMPLETED"` → success
    /// - `ExportDescription.ExportStatus` is `"FAILED"` → failure
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_export_completed(
        &self,
    ) -> crate::waiters::export_completed::ExportCompletedFluentBuilder {
        crate::waiters::export_completed::ExportCompletedFluentBuilder::new(
            self.describe_export(),
        )
    }
    /// Waits for `ImportCompleted`: polls [`describe_import`](crate::Client::describe_import) until one of these matches (the first in this order wins):
    ///
    /// - `ImportTableDescription.ImportStatus` is `"COMPLETED"` → success
    /// - `ImportTableDescription.ImportStatus` is `"FAILED"` → failure
    /// - `ImportTableDescription.ImportStatus` is `"CANCELLED"` → failure
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_import_completed(
        &self,
    ) -> crate::waiters::import_completed::ImportCompletedFluentBuilder {
        crate::waiters::import_completed::ImportCompletedFluentBuilder::new(
            self.describe_import(),
        )
    }
    /// Waits for `KinesisStreamingDestinationActive`: polls [`describe_kinesis_streaming_destination`](crate::Client::describe_kinesis_streaming_destination) until one of these matches (the first in this order wins):
    ///
    /// - `KinesisDataStreamDestinations[].DestinationStatus` include `"ACTIVE"` → success
    /// - `` length(KinesisDataStreamDestinations) > `0`  && length(KinesisDataStreamDestinations[?DestinationStatus == 'DISABLED' || DestinationStatus == 'ENABLE_FAILED']) ==  length(KinesisDataStreamDestinations) `` is `true` → failure
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_kinesis_streaming_destination_active(
        &self,
    ) -> crate::waiters::kinesis_streaming_destination_active::KinesisStreamingDestinationActiveFluentBuilder {
        crate::waiters::kinesis_streaming_destination_active::KinesisStreamingDestinationActiveFluentBuilder::new(
            self.describe_kinesis_streaming_destination(),
        )
    }
    /// Waits for `TableExists`: polls [`describe_table`](crate::Client::describe_table) until one of these matches (the first in this order wins):
    ///
    /// - `Table.TableStatus` is `"ACTIVE"` → success
    /// - error `ResourceNotFoundException` → retry
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_table_exists(
        &self,
    ) -> crate::waiters::table_exists::TableExistsFluentBuilder {
        crate::waiters::table_exists::TableExistsFluentBuilder::new(
            self.describe_table(),
        )
    }
    /// Waits for `TableNotExists`: polls [`describe_table`](crate::Client::describe_table) until one of these matches (the first in this order wins):
    ///
    /// - error `ResourceNotFoundException` → success
    ///
    /// A successful response nothing matches is polled again; an error nothing matches ends the wait with that error.
    pub fn wait_until_table_not_exists(
        &self,
    ) -> crate::waiters::table_not_exists::TableNotExistsFluentBuilder {
        crate::waiters::table_not_exists::TableNotExistsFluentBuilder::new(
            self.describe_table(),
        )
    }
}
/// The `BulkOperationCompleted` waiter.
pub mod bulk_operation_completed {
    /// What a successful wait returns: the last poll's result.
    pub type BulkOperationCompletedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeBulkOperationOutput,
        crate::operation::describe_bulk_operation::DescribeBulkOperationError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilBulkOperationCompletedError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeBulkOperationOutput,
        crate::operation::describe_bulk_operation::DescribeBulkOperationError,
    >;
    /// Fluent builder for the `BulkOperationCompleted` waiter: the input setters of [`describe_bulk_operation`](crate::Client::describe_bulk_operation), then [`wait`](BulkOperationCompletedFluentBuilder::wait).
    /// Wait until a bulk operation is completed.
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct BulkOperationCompletedFluentBuilder {
        inner: crate::operation::describe_bulk_operation::DescribeBulkOperationFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl BulkOperationCompletedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_bulk_operation::DescribeBulkOperationFluentBuilder,
        ) -> Self {
            BulkOperationCompletedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(20u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeBulkOperationInputBuilder {
            self.inner.as_input()
        }
        pub fn bulk_operation_arn(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.bulk_operation_arn(input);
            self
        }
        /// Sets or clears [`bulk_operation_arn`](Self::bulk_operation_arn).
        pub fn set_bulk_operation_arn(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_bulk_operation_arn(input);
            self
        }
        /// Least delay between polls (default 20 s, from AWS's model).
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
        /// AWS's model suggests 180 polls 20 s apart (about 3600 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            BulkOperationCompletedFinalPoll,
            WaitUntilBulkOperationCompletedError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "BulkOperationCompleted",
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
            crate::types::DescribeBulkOperationOutput,
            crate::runtime::SdkError<
                crate::operation::describe_bulk_operation::DescribeBulkOperationError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .map(|v| &v.bulk_operation_description)
                .and_then(|v| v.bulk_operation_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("COMPLETED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .map(|v| &v.bulk_operation_description)
                .and_then(|v| v.bulk_operation_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("COMPLETED_WITH_ERRORS") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .map(|v| &v.bulk_operation_description)
                .and_then(|v| v.bulk_operation_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("CANCELLED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .map(|v| &v.bulk_operation_description)
                .and_then(|v| v.bulk_operation_status.as_ref())
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
        ::std::option::Option::None
    }
}
/// The `ContributorInsightsEnabled` waiter.
pub mod contributor_insights_enabled {
    /// What a successful wait returns: the last poll's result.
    pub type ContributorInsightsEnabledFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeContributorInsightsOutput,
        crate::operation::describe_contributor_insights::DescribeContributorInsightsError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilContributorInsightsEnabledError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeContributorInsightsOutput,
        crate::operation::describe_contributor_insights::DescribeContributorInsightsError,
    >;
    /// Fluent builder for the `ContributorInsightsEnabled` waiter: the input setters of [`describe_contributor_insights`](crate::Client::describe_contributor_insights), then [`wait`](ContributorInsightsEnabledFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct ContributorInsightsEnabledFluentBuilder {
        inner: crate::operation::describe_contributor_insights::DescribeContributorInsightsFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl ContributorInsightsEnabledFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_contributor_insights::DescribeContributorInsightsFluentBuilder,
        ) -> Self {
            ContributorInsightsEnabledFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(20u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeContributorInsightsInputBuilder {
            self.inner.as_input()
        }
        /// The name of the global secondary index to describe, if applicable.
        pub fn index_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.index_name(input);
            self
        }
        /// Sets or clears [`index_name`](Self::index_name).
        pub fn set_index_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_index_name(input);
            self
        }
        /// The name of the table to describe.
        pub fn table_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.table_name(input);
            self
        }
        /// Sets or clears [`table_name`](Self::table_name).
        pub fn set_table_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_table_name(input);
            self
        }
        /// Least delay between polls (default 20 s, from AWS's model).
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
        /// AWS's model suggests 30 polls 20 s apart (about 600 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            ContributorInsightsEnabledFinalPoll,
            WaitUntilContributorInsightsEnabledError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "ContributorInsightsEnabled",
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
            crate::types::DescribeContributorInsightsOutput,
            crate::runtime::SdkError<
                crate::operation::describe_contributor_insights::DescribeContributorInsightsError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.contributor_insights_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("ENABLED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.contributor_insights_status.as_ref())
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
        ::std::option::Option::None
    }
}
/// The `ExportCompleted` waiter.
pub mod export_completed {
    /// What a successful wait returns: the last poll's result.
    pub type ExportCompletedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeExportOutput,
        crate::operation::describe_export::DescribeExportError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilExportCompletedError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeExportOutput,
        crate::operation::describe_export::DescribeExportError,
    >;
    /// Fluent builder for the `ExportCompleted` waiter: the input setters of [`describe_export`](crate::Client::describe_export), then [`wait`](ExportCompletedFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct ExportCompletedFluentBuilder {
        inner: crate::operation::describe_export::DescribeExportFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl ExportCompletedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_export::DescribeExportFluentBuilder,
        ) -> Self {
            ExportCompletedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(20u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeExportInputBuilder {
            self.inner.as_input()
        }
        /// The Amazon Resource Name (ARN) associated with the export.
        pub fn export_arn(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.export_arn(input);
            self
        }
        /// Sets or clears [`export_arn`](Self::export_arn).
        pub fn set_export_arn(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_export_arn(input);
            self
        }
        /// Least delay between polls (default 20 s, from AWS's model).
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
        /// AWS's model suggests 60 polls 20 s apart (about 1200 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            ExportCompletedFinalPoll,
            WaitUntilExportCompletedError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "ExportCompleted",
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
            crate::types::DescribeExportOutput,
            crate::runtime::SdkError<
                crate::operation::describe_export::DescribeExportError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.export_description.as_ref())
                .and_then(|v| v.export_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("COMPLETED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.export_description.as_ref())
                .and_then(|v| v.export_status.as_ref())
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
        ::std::option::Option::None
    }
}
/// The `ImportCompleted` waiter.
pub mod import_completed {
    /// What a successful wait returns: the last poll's result.
    pub type ImportCompletedFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeImportOutput,
        crate::operation::describe_import::DescribeImportError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilImportCompletedError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeImportOutput,
        crate::operation::describe_import::DescribeImportError,
    >;
    /// Fluent builder for the `ImportCompleted` waiter: the input setters of [`describe_import`](crate::Client::describe_import), then [`wait`](ImportCompletedFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct ImportCompletedFluentBuilder {
        inner: crate::operation::describe_import::DescribeImportFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl ImportCompletedFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_import::DescribeImportFluentBuilder,
        ) -> Self {
            ImportCompletedFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(20u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeImportInputBuilder {
            self.inner.as_input()
        }
        /// The Amazon Resource Name (ARN) associated with the table you're importing to.
        pub fn import_arn(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.import_arn(input);
            self
        }
        /// Sets or clears [`import_arn`](Self::import_arn).
        pub fn set_import_arn(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_import_arn(input);
            self
        }
        /// Least delay between polls (default 20 s, from AWS's model).
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
        /// AWS's model suggests 60 polls 20 s apart (about 1200 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            ImportCompletedFinalPoll,
            WaitUntilImportCompletedError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "ImportCompleted",
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
            crate::types::DescribeImportOutput,
            crate::runtime::SdkError<
                crate::operation::describe_import::DescribeImportError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .map(|v| &v.import_table_description)
                .and_then(|v| v.import_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("COMPLETED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .map(|v| &v.import_table_description)
                .and_then(|v| v.import_status.as_ref())
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
                .map(|v| &v.import_table_description)
                .and_then(|v| v.import_status.as_ref())
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::Str(v.as_str()),
                );
            if value == crate::runtime::waiter::Value::Str("CANCELLED") {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `KinesisStreamingDestinationActive` waiter.
pub mod kinesis_streaming_destination_active {
    /// What a successful wait returns: the last poll's result.
    pub type KinesisStreamingDestinationActiveFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeKinesisStreamingDestinationOutput,
        crate::operation::describe_kinesis_streaming_destination::DescribeKinesisStreamingDestinationError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilKinesisStreamingDestinationActiveError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeKinesisStreamingDestinationOutput,
        crate::operation::describe_kinesis_streaming_destination::DescribeKinesisStreamingDestinationError,
    >;
    /// Fluent builder for the `KinesisStreamingDestinationActive` waiter: the input setters of [`describe_kinesis_streaming_destination`](crate::Client::describe_kinesis_streaming_destination), then [`wait`](KinesisStreamingDestinationActiveFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct KinesisStreamingDestinationActiveFluentBuilder {
        inner: crate::operation::describe_kinesis_streaming_destination::DescribeKinesisStreamingDestinationFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl KinesisStreamingDestinationActiveFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_kinesis_streaming_destination::DescribeKinesisStreamingDestinationFluentBuilder,
        ) -> Self {
            KinesisStreamingDestinationActiveFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(20u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(
            &self,
        ) -> &crate::types::builders::DescribeKinesisStreamingDestinationInputBuilder {
            self.inner.as_input()
        }
        /// The name of the table being described.
        pub fn table_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.table_name(input);
            self
        }
        /// Sets or clears [`table_name`](Self::table_name).
        pub fn set_table_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_table_name(input);
            self
        }
        /// Least delay between polls (default 20 s, from AWS's model).
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
        /// AWS's model suggests 30 polls 20 s apart (about 600 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            KinesisStreamingDestinationActiveFinalPoll,
            WaitUntilKinesisStreamingDestinationActiveError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "KinesisStreamingDestinationActive",
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
            crate::types::DescribeKinesisStreamingDestinationOutput,
            crate::runtime::SdkError<
                crate::operation::describe_kinesis_streaming_destination::DescribeKinesisStreamingDestinationError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.kinesis_data_stream_destinations.as_ref())
                .map(|l| l.iter().collect::<::std::vec::Vec<_>>())
                .map(|items| {
                    items
                        .into_iter()
                        .filter_map(|item| {
                            let cur = ::std::option::Option::Some(item);
                            cur.and_then(|v| v.destination_status.as_ref())
                        })
                        .collect::<::std::vec::Vec<_>>()
                })
                .map_or(
                    crate::runtime::waiter::Value::Null,
                    |v| crate::runtime::waiter::Value::List(
                        v
                            .into_iter()
                            .map(|x| crate::runtime::waiter::Value::Str(x.as_str()))
                            .collect(),
                    ),
                );
            if crate::runtime::waiter::any_equal(
                &value,
                &crate::runtime::waiter::Value::Str("ACTIVE"),
            ) {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Success,
                );
            }
        }
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = crate::runtime::waiter::compare(
                    crate::runtime::waiter::Comparator::Gt,
                    &cur
                        .and_then(|v| v.kinesis_data_stream_destinations.as_ref())
                        .map_or(
                            crate::runtime::waiter::Value::Null,
                            |l| crate::runtime::waiter::Value::Number(l.len() as f64),
                        ),
                    &crate::runtime::waiter::Value::Number(0f64),
                )
                .and(
                    crate::runtime::waiter::compare(
                        crate::runtime::waiter::Comparator::Eq,
                        &cur
                            .and_then(|v| v.kinesis_data_stream_destinations.as_ref())
                            .map(|l| {
                                l.iter()
                                    .filter(|item| {
                                        let cur = ::std::option::Option::Some(*item);
                                        crate::runtime::waiter::compare(
                                                crate::runtime::waiter::Comparator::Eq,
                                                &cur
                                                    .and_then(|v| v.destination_status.as_ref())
                                                    .map_or(
                                                        crate::runtime::waiter::Value::Null,
                                                        |v| crate::runtime::waiter::Value::Str(v.as_str()),
                                                    ),
                                                &crate::runtime::waiter::Value::Str("DISABLED"),
                                            )
                                            .or(
                                                crate::runtime::waiter::compare(
                                                    crate::runtime::waiter::Comparator::Eq,
                                                    &cur
                                                        .and_then(|v| v.destination_status.as_ref())
                                                        .map_or(
                                                            crate::runtime::waiter::Value::Null,
                                                            |v| crate::runtime::waiter::Value::Str(v.as_str()),
                                                        ),
                                                    &crate::runtime::waiter::Value::Str("ENABLE_FAILED"),
                                                ),
                                            )
                                            .truthy()
                                    })
                                    .collect::<::std::vec::Vec<_>>()
                            })
                            .map_or(
                                crate::runtime::waiter::Value::Null,
                                |l| crate::runtime::waiter::Value::Number(l.len() as f64),
                            ),
                        &cur
                            .and_then(|v| v.kinesis_data_stream_destinations.as_ref())
                            .map_or(
                                crate::runtime::waiter::Value::Null,
                                |l| crate::runtime::waiter::Value::Number(l.len() as f64),
                            ),
                    ),
                );
            if value == crate::runtime::waiter::Value::Bool(true) {
                return ::std::option::Option::Some(
                    crate::runtime::waiter::AcceptorState::Failure,
                );
            }
        }
        ::std::option::Option::None
    }
}
/// The `TableExists` waiter.
pub mod table_exists {
    /// What a successful wait returns: the last poll's result.
    pub type TableExistsFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeTableOutput,
        crate::operation::describe_table::DescribeTableError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilTableExistsError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeTableOutput,
        crate::operation::describe_table::DescribeTableError,
    >;
    /// Fluent builder for the `TableExists` waiter: the input setters of [`describe_table`](crate::Client::describe_table), then [`wait`](TableExistsFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct TableExistsFluentBuilder {
        inner: crate::operation::describe_table::DescribeTableFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl TableExistsFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_table::DescribeTableFluentBuilder,
        ) -> Self {
            TableExistsFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(20u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeTableInputBuilder {
            self.inner.as_input()
        }
        /// The name of the table to describe.
        pub fn table_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.table_name(input);
            self
        }
        /// Sets or clears [`table_name`](Self::table_name).
        pub fn set_table_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_table_name(input);
            self
        }
        /// Least delay between polls (default 20 s, from AWS's model).
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
        /// AWS's model suggests 25 polls 20 s apart (about 500 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<TableExistsFinalPoll, WaitUntilTableExistsError> {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "TableExists",
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
            crate::types::DescribeTableOutput,
            crate::runtime::SdkError<
                crate::operation::describe_table::DescribeTableError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
        if let ::std::result::Result::Ok(output) = result {
            let cur = ::std::option::Option::Some(output);
            let value: crate::runtime::waiter::Value<'_> = cur
                .and_then(|v| v.table.as_ref())
                .and_then(|v| v.table_status.as_ref())
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
/// The `TableNotExists` waiter.
pub mod table_not_exists {
    /// What a successful wait returns: the last poll's result.
    pub type TableNotExistsFinalPoll = crate::runtime::waiter::FinalPoll<
        crate::types::DescribeTableOutput,
        crate::operation::describe_table::DescribeTableError,
    >;
    /// Why the wait did not succeed.
    pub type WaitUntilTableNotExistsError = crate::runtime::waiter::WaiterError<
        crate::types::DescribeTableOutput,
        crate::operation::describe_table::DescribeTableError,
    >;
    /// Fluent builder for the `TableNotExists` waiter: the input setters of [`describe_table`](crate::Client::describe_table), then [`wait`](TableNotExistsFluentBuilder::wait).
    #[derive(::std::clone::Clone, ::std::fmt::Debug)]
    pub struct TableNotExistsFluentBuilder {
        inner: crate::operation::describe_table::DescribeTableFluentBuilder,
        delays: crate::runtime::waiter::Delays,
    }
    impl TableNotExistsFluentBuilder {
        pub(crate) fn new(
            inner: crate::operation::describe_table::DescribeTableFluentBuilder,
        ) -> Self {
            TableNotExistsFluentBuilder {
                inner,
                delays: crate::runtime::waiter::Delays::new(
                    ::std::time::Duration::from_secs(20u64),
                    ::std::time::Duration::from_secs(120u64),
                ),
            }
        }
        /// The input built so far.
        pub fn as_input(&self) -> &crate::types::builders::DescribeTableInputBuilder {
            self.inner.as_input()
        }
        /// The name of the table to describe.
        pub fn table_name(
            mut self,
            input: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.table_name(input);
            self
        }
        /// Sets or clears [`table_name`](Self::table_name).
        pub fn set_table_name(
            mut self,
            input: ::std::option::Option<::std::string::String>,
        ) -> Self {
            self.inner = self.inner.set_table_name(input);
            self
        }
        /// Least delay between polls (default 20 s, from AWS's model).
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
        /// AWS's model suggests 25 polls 20 s apart (about 500 s); the SDKs take the maximum wait from the caller.
        pub async fn wait(
            self,
            max_wait: ::std::time::Duration,
        ) -> ::std::result::Result<
            TableNotExistsFinalPoll,
            WaitUntilTableNotExistsError,
        > {
            let inner = self.inner;
            crate::runtime::waiter::wait(
                    "TableNotExists",
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
            crate::types::DescribeTableOutput,
            crate::runtime::SdkError<
                crate::operation::describe_table::DescribeTableError,
            >,
        >,
    ) -> ::std::option::Option<crate::runtime::waiter::AcceptorState> {
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
