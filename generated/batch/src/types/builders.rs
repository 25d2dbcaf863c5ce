//! Builders for the structures in [`types`](crate::types).
/// A builder for [`ArrayProperties`](crate::types::ArrayProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArrayPropertiesBuilder {
    pub(crate) size: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ArrayPropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArrayPropertiesBuilder").finish_non_exhaustive()
    }
}
impl ArrayPropertiesBuilder {
    /// See [`ArrayProperties::size`](crate::types::ArrayProperties::size).
    pub fn size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size`](Self::size).
    pub fn set_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.size = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArrayProperties,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArrayProperties {
            size: self.size,
        })
    }
}
/// A builder for [`ArrayPropertiesDetail`](crate::types::ArrayPropertiesDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArrayPropertiesDetailBuilder {
    pub(crate) index: ::std::option::Option<i64>,
    pub(crate) size: ::std::option::Option<i64>,
    pub(crate) status_summary: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, i64>,
    >,
    pub(crate) status_summary_last_updated_at: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ArrayPropertiesDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArrayPropertiesDetailBuilder").finish_non_exhaustive()
    }
}
impl ArrayPropertiesDetailBuilder {
    /// See [`ArrayPropertiesDetail::index`](crate::types::ArrayPropertiesDetail::index).
    pub fn index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index`](Self::index).
    pub fn set_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.index = input;
        self
    }
    /// See [`ArrayPropertiesDetail::size`](crate::types::ArrayPropertiesDetail::size).
    pub fn size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size`](Self::size).
    pub fn set_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.size = input;
        self
    }
    /// See [`ArrayPropertiesDetail::status_summary`](crate::types::ArrayPropertiesDetail::status_summary).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn status_summary(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.status_summary
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`status_summary`](Self::status_summary).
    pub fn set_status_summary(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, i64>,
        >,
    ) -> Self {
        self.status_summary = input;
        self
    }
    /// See [`ArrayPropertiesDetail::status_summary_last_updated_at`](crate::types::ArrayPropertiesDetail::status_summary_last_updated_at).
    pub fn status_summary_last_updated_at(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.status_summary_last_updated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_summary_last_updated_at`](Self::status_summary_last_updated_at).
    pub fn set_status_summary_last_updated_at(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.status_summary_last_updated_at = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArrayPropertiesDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArrayPropertiesDetail {
            index: self.index,
            size: self.size,
            status_summary: self.status_summary,
            status_summary_last_updated_at: self.status_summary_last_updated_at,
        })
    }
}
/// A builder for [`ArrayPropertiesSummary`](crate::types::ArrayPropertiesSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArrayPropertiesSummaryBuilder {
    pub(crate) index: ::std::option::Option<i64>,
    pub(crate) size: ::std::option::Option<i64>,
    pub(crate) status_summary: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, i64>,
    >,
    pub(crate) status_summary_last_updated_at: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ArrayPropertiesSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArrayPropertiesSummaryBuilder").finish_non_exhaustive()
    }
}
impl ArrayPropertiesSummaryBuilder {
    /// See [`ArrayPropertiesSummary::index`](crate::types::ArrayPropertiesSummary::index).
    pub fn index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index`](Self::index).
    pub fn set_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.index = input;
        self
    }
    /// See [`ArrayPropertiesSummary::size`](crate::types::ArrayPropertiesSummary::size).
    pub fn size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size`](Self::size).
    pub fn set_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.size = input;
        self
    }
    /// See [`ArrayPropertiesSummary::status_summary`](crate::types::ArrayPropertiesSummary::status_summary).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn status_summary(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.status_summary
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`status_summary`](Self::status_summary).
    pub fn set_status_summary(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, i64>,
        >,
    ) -> Self {
        self.status_summary = input;
        self
    }
    /// See [`ArrayPropertiesSummary::status_summary_last_updated_at`](crate::types::ArrayPropertiesSummary::status_summary_last_updated_at).
    pub fn status_summary_last_updated_at(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.status_summary_last_updated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_summary_last_updated_at`](Self::status_summary_last_updated_at).
    pub fn set_status_summary_last_updated_at(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.status_summary_last_updated_at = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArrayPropertiesSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArrayPropertiesSummary {
            index: self.index,
            size: self.size,
            status_summary: self.status_summary,
            status_summary_last_updated_at: self.status_summary_last_updated_at,
        })
    }
}
/// A builder for [`AttemptContainerDetail`](crate::types::AttemptContainerDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AttemptContainerDetailBuilder {
    pub(crate) container_instance_arn: ::std::option::Option<::std::string::String>,
    pub(crate) exit_code: ::std::option::Option<i64>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) task_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AttemptContainerDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttemptContainerDetailBuilder").finish_non_exhaustive()
    }
}
impl AttemptContainerDetailBuilder {
    /// See [`AttemptContainerDetail::container_instance_arn`](crate::types::AttemptContainerDetail::container_instance_arn).
    pub fn container_instance_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_instance_arn`](Self::container_instance_arn).
    pub fn set_container_instance_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = input;
        self
    }
    /// See [`AttemptContainerDetail::exit_code`](crate::types::AttemptContainerDetail::exit_code).
    pub fn exit_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exit_code`](Self::exit_code).
    pub fn set_exit_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.exit_code = input;
        self
    }
    /// See [`AttemptContainerDetail::log_stream_name`](crate::types::AttemptContainerDetail::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`AttemptContainerDetail::network_interfaces`](crate::types::AttemptContainerDetail::network_interfaces).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn network_interfaces(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkInterface>,
    ) -> Self {
        self.network_interfaces
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`network_interfaces`](Self::network_interfaces).
    pub fn set_network_interfaces(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::NetworkInterface>>,
    ) -> Self {
        self.network_interfaces = input;
        self
    }
    /// See [`AttemptContainerDetail::reason`](crate::types::AttemptContainerDetail::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// See [`AttemptContainerDetail::task_arn`](crate::types::AttemptContainerDetail::task_arn).
    pub fn task_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_arn`](Self::task_arn).
    pub fn set_task_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AttemptContainerDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AttemptContainerDetail {
            container_instance_arn: self.container_instance_arn,
            exit_code: self.exit_code,
            log_stream_name: self.log_stream_name,
            network_interfaces: self.network_interfaces,
            reason: self.reason,
            task_arn: self.task_arn,
        })
    }
}
/// A builder for [`AttemptDetail`](crate::types::AttemptDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AttemptDetailBuilder {
    pub(crate) container: ::std::option::Option<crate::types::AttemptContainerDetail>,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
    pub(crate) task_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttemptEcsTaskDetails>,
    >,
}
impl ::std::fmt::Debug for AttemptDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttemptDetailBuilder").finish_non_exhaustive()
    }
}
impl AttemptDetailBuilder {
    /// See [`AttemptDetail::container`](crate::types::AttemptDetail::container).
    pub fn container(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttemptContainerDetail>,
    ) -> Self {
        self.container = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container`](Self::container).
    pub fn set_container(
        mut self,
        input: ::std::option::Option<crate::types::AttemptContainerDetail>,
    ) -> Self {
        self.container = input;
        self
    }
    /// See [`AttemptDetail::started_at`](crate::types::AttemptDetail::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`AttemptDetail::status_reason`](crate::types::AttemptDetail::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`AttemptDetail::stopped_at`](crate::types::AttemptDetail::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// See [`AttemptDetail::task_properties`](crate::types::AttemptDetail::task_properties).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn task_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttemptEcsTaskDetails>,
    ) -> Self {
        self.task_properties.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`task_properties`](Self::task_properties).
    pub fn set_task_properties(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AttemptEcsTaskDetails>,
        >,
    ) -> Self {
        self.task_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AttemptDetail, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AttemptDetail {
            container: self.container,
            started_at: self.started_at,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
            task_properties: self.task_properties,
        })
    }
}
/// A builder for [`AttemptEcsTaskDetails`](crate::types::AttemptEcsTaskDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AttemptEcsTaskDetailsBuilder {
    pub(crate) container_instance_arn: ::std::option::Option<::std::string::String>,
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttemptTaskContainerDetails>,
    >,
    pub(crate) task_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AttemptEcsTaskDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttemptEcsTaskDetailsBuilder").finish_non_exhaustive()
    }
}
impl AttemptEcsTaskDetailsBuilder {
    /// See [`AttemptEcsTaskDetails::container_instance_arn`](crate::types::AttemptEcsTaskDetails::container_instance_arn).
    pub fn container_instance_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_instance_arn`](Self::container_instance_arn).
    pub fn set_container_instance_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = input;
        self
    }
    /// See [`AttemptEcsTaskDetails::containers`](crate::types::AttemptEcsTaskDetails::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttemptTaskContainerDetails>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AttemptTaskContainerDetails>,
        >,
    ) -> Self {
        self.containers = input;
        self
    }
    /// See [`AttemptEcsTaskDetails::task_arn`](crate::types::AttemptEcsTaskDetails::task_arn).
    pub fn task_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_arn`](Self::task_arn).
    pub fn set_task_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AttemptEcsTaskDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AttemptEcsTaskDetails {
            container_instance_arn: self.container_instance_arn,
            containers: self.containers,
            task_arn: self.task_arn,
        })
    }
}
/// A builder for [`AttemptTaskContainerDetails`](crate::types::AttemptTaskContainerDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AttemptTaskContainerDetailsBuilder {
    pub(crate) exit_code: ::std::option::Option<i64>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AttemptTaskContainerDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttemptTaskContainerDetailsBuilder").finish_non_exhaustive()
    }
}
impl AttemptTaskContainerDetailsBuilder {
    /// See [`AttemptTaskContainerDetails::exit_code`](crate::types::AttemptTaskContainerDetails::exit_code).
    pub fn exit_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exit_code`](Self::exit_code).
    pub fn set_exit_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.exit_code = input;
        self
    }
    /// See [`AttemptTaskContainerDetails::log_stream_name`](crate::types::AttemptTaskContainerDetails::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`AttemptTaskContainerDetails::name`](crate::types::AttemptTaskContainerDetails::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`AttemptTaskContainerDetails::network_interfaces`](crate::types::AttemptTaskContainerDetails::network_interfaces).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn network_interfaces(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkInterface>,
    ) -> Self {
        self.network_interfaces
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`network_interfaces`](Self::network_interfaces).
    pub fn set_network_interfaces(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::NetworkInterface>>,
    ) -> Self {
        self.network_interfaces = input;
        self
    }
    /// See [`AttemptTaskContainerDetails::reason`](crate::types::AttemptTaskContainerDetails::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AttemptTaskContainerDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AttemptTaskContainerDetails {
            exit_code: self.exit_code,
            log_stream_name: self.log_stream_name,
            name: self.name,
            network_interfaces: self.network_interfaces,
            reason: self.reason,
        })
    }
}
/// A builder for [`CancelJobRequest`](crate::types::CancelJobRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelJobRequestBuilder {
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelJobRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelJobRequestBuilder").finish_non_exhaustive()
    }
}
impl CancelJobRequestBuilder {
    /// See [`CancelJobRequest::job_id`](crate::types::CancelJobRequest::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`CancelJobRequest::reason`](crate::types::CancelJobRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelJobRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelJobRequest {
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing("CancelJobRequest", "job_id"),
                )?,
            reason: self
                .reason
                .ok_or(
                    crate::runtime::BuildError::missing("CancelJobRequest", "reason"),
                )?,
        })
    }
}
/// A builder for [`CancelJobResponse`](crate::types::CancelJobResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelJobResponseBuilder {}
impl ::std::fmt::Debug for CancelJobResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelJobResponseBuilder").finish_non_exhaustive()
    }
}
impl CancelJobResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelJobResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelJobResponse {})
    }
}
/// A builder for [`CancelJobsErrorDetail`](crate::types::CancelJobsErrorDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelJobsErrorDetailBuilder {
    pub(crate) code: ::std::option::Option<::std::string::String>,
    pub(crate) job: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelJobsErrorDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelJobsErrorDetailBuilder").finish_non_exhaustive()
    }
}
impl CancelJobsErrorDetailBuilder {
    /// See [`CancelJobsErrorDetail::code`](crate::types::CancelJobsErrorDetail::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`CancelJobsErrorDetail::job`](crate::types::CancelJobsErrorDetail::job).
    pub fn job(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job`](Self::job).
    pub fn set_job(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job = input;
        self
    }
    /// See [`CancelJobsErrorDetail::message`](crate::types::CancelJobsErrorDetail::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelJobsErrorDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelJobsErrorDetail {
            code: self
                .code
                .ok_or(
                    crate::runtime::BuildError::missing("CancelJobsErrorDetail", "code"),
                )?,
            job: self
                .job
                .ok_or(
                    crate::runtime::BuildError::missing("CancelJobsErrorDetail", "job"),
                )?,
            message: self
                .message
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CancelJobsErrorDetail",
                        "message",
                    ),
                )?,
        })
    }
}
/// A builder for [`CancelJobsRequest`](crate::types::CancelJobsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelJobsRequestBuilder {
    pub(crate) jobs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelJobsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelJobsRequestBuilder").finish_non_exhaustive()
    }
}
impl CancelJobsRequestBuilder {
    /// See [`CancelJobsRequest::jobs`](crate::types::CancelJobsRequest::jobs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn jobs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.jobs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`jobs`](Self::jobs).
    pub fn set_jobs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.jobs = input;
        self
    }
    /// See [`CancelJobsRequest::reason`](crate::types::CancelJobsRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelJobsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelJobsRequest {
            jobs: self
                .jobs
                .ok_or(
                    crate::runtime::BuildError::missing("CancelJobsRequest", "jobs"),
                )?,
            reason: self
                .reason
                .ok_or(
                    crate::runtime::BuildError::missing("CancelJobsRequest", "reason"),
                )?,
        })
    }
}
/// A builder for [`CancelJobsResponse`](crate::types::CancelJobsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelJobsResponseBuilder {
    pub(crate) errors: ::std::option::Option<
        ::std::vec::Vec<crate::types::CancelJobsErrorDetail>,
    >,
    pub(crate) successful: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for CancelJobsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelJobsResponseBuilder").finish_non_exhaustive()
    }
}
impl CancelJobsResponseBuilder {
    /// See [`CancelJobsResponse::errors`](crate::types::CancelJobsResponse::errors).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn errors(
        mut self,
        input: impl ::std::convert::Into<crate::types::CancelJobsErrorDetail>,
    ) -> Self {
        self.errors.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`errors`](Self::errors).
    pub fn set_errors(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::CancelJobsErrorDetail>,
        >,
    ) -> Self {
        self.errors = input;
        self
    }
    /// See [`CancelJobsResponse::successful`](crate::types::CancelJobsResponse::successful).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn successful(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.successful.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`successful`](Self::successful).
    pub fn set_successful(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.successful = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelJobsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelJobsResponse {
            errors: self
                .errors
                .ok_or(
                    crate::runtime::BuildError::missing("CancelJobsResponse", "errors"),
                )?,
            successful: self
                .successful
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CancelJobsResponse",
                        "successful",
                    ),
                )?,
        })
    }
}
/// A builder for [`CapacityLimit`](crate::types::CapacityLimit).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityLimitBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) max_capacity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for CapacityLimitBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityLimitBuilder").finish_non_exhaustive()
    }
}
impl CapacityLimitBuilder {
    /// See [`CapacityLimit::capacity_unit`](crate::types::CapacityLimit::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`CapacityLimit::max_capacity`](crate::types::CapacityLimit::max_capacity).
    pub fn max_capacity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_capacity`](Self::max_capacity).
    pub fn set_max_capacity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_capacity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::CapacityLimit, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::CapacityLimit {
            capacity_unit: self.capacity_unit,
            max_capacity: self.max_capacity,
        })
    }
}
/// A builder for [`CapacityReservationRequest`](crate::types::CapacityReservationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityReservationRequestBuilder {
    pub(crate) reservation_group_arn: ::std::option::Option<::std::string::String>,
    pub(crate) reservation_preference: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CapacityReservationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityReservationRequestBuilder").finish_non_exhaustive()
    }
}
impl CapacityReservationRequestBuilder {
    /// See [`CapacityReservationRequest::reservation_group_arn`](crate::types::CapacityReservationRequest::reservation_group_arn).
    pub fn reservation_group_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reservation_group_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reservation_group_arn`](Self::reservation_group_arn).
    pub fn set_reservation_group_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reservation_group_arn = input;
        self
    }
    /// See [`CapacityReservationRequest::reservation_preference`](crate::types::CapacityReservationRequest::reservation_preference).
    pub fn reservation_preference(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reservation_preference = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reservation_preference`](Self::reservation_preference).
    pub fn set_reservation_preference(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reservation_preference = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapacityReservationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapacityReservationRequest {
            reservation_group_arn: self.reservation_group_arn,
            reservation_preference: self.reservation_preference,
        })
    }
}
/// A builder for [`ComputeEnvironmentDetail`](crate::types::ComputeEnvironmentDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ComputeEnvironmentDetailBuilder {
    pub(crate) compute_environment_arn: ::std::option::Option<::std::string::String>,
    pub(crate) compute_environment_name: ::std::option::Option<::std::string::String>,
    pub(crate) compute_resources: ::std::option::Option<crate::types::ComputeResource>,
    pub(crate) container_orchestration_type: ::std::option::Option<
        crate::types::OrchestrationType,
    >,
    pub(crate) ecs_cluster_arn: ::std::option::Option<::std::string::String>,
    pub(crate) eks_configuration: ::std::option::Option<crate::types::EksConfiguration>,
    pub(crate) service_role: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::CeState>,
    pub(crate) status: ::std::option::Option<crate::types::CeStatus>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::CeType>,
    pub(crate) unmanagedv_cpus: ::std::option::Option<i64>,
    pub(crate) update_policy: ::std::option::Option<crate::types::UpdatePolicy>,
    pub(crate) uuid: ::std::option::Option<::std::string::String>,
    pub(crate) context: ::std::option::Option<::std::string::String>,
    pub(crate) ecs_settings: ::std::option::Option<crate::types::EcsSettings>,
}
impl ::std::fmt::Debug for ComputeEnvironmentDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ComputeEnvironmentDetailBuilder").finish_non_exhaustive()
    }
}
impl ComputeEnvironmentDetailBuilder {
    /// See [`ComputeEnvironmentDetail::compute_environment_arn`](crate::types::ComputeEnvironmentDetail::compute_environment_arn).
    pub fn compute_environment_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment_arn`](Self::compute_environment_arn).
    pub fn set_compute_environment_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment_arn = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::compute_environment_name`](crate::types::ComputeEnvironmentDetail::compute_environment_name).
    pub fn compute_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment_name`](Self::compute_environment_name).
    pub fn set_compute_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::compute_resources`](crate::types::ComputeEnvironmentDetail::compute_resources).
    pub fn compute_resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeResource>,
    ) -> Self {
        self.compute_resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_resources`](Self::compute_resources).
    pub fn set_compute_resources(
        mut self,
        input: ::std::option::Option<crate::types::ComputeResource>,
    ) -> Self {
        self.compute_resources = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::container_orchestration_type`](crate::types::ComputeEnvironmentDetail::container_orchestration_type).
    pub fn container_orchestration_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::OrchestrationType>,
    ) -> Self {
        self.container_orchestration_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_orchestration_type`](Self::container_orchestration_type).
    pub fn set_container_orchestration_type(
        mut self,
        input: ::std::option::Option<crate::types::OrchestrationType>,
    ) -> Self {
        self.container_orchestration_type = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::ecs_cluster_arn`](crate::types::ComputeEnvironmentDetail::ecs_cluster_arn).
    pub fn ecs_cluster_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ecs_cluster_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_cluster_arn`](Self::ecs_cluster_arn).
    pub fn set_ecs_cluster_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ecs_cluster_arn = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::eks_configuration`](crate::types::ComputeEnvironmentDetail::eks_configuration).
    pub fn eks_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksConfiguration>,
    ) -> Self {
        self.eks_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_configuration`](Self::eks_configuration).
    pub fn set_eks_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EksConfiguration>,
    ) -> Self {
        self.eks_configuration = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::service_role`](crate::types::ComputeEnvironmentDetail::service_role).
    pub fn service_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_role`](Self::service_role).
    pub fn set_service_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_role = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::state`](crate::types::ComputeEnvironmentDetail::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::CeState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::CeState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::status`](crate::types::ComputeEnvironmentDetail::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::CeStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::CeStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::status_reason`](crate::types::ComputeEnvironmentDetail::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::tags`](crate::types::ComputeEnvironmentDetail::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::type`](crate::types::ComputeEnvironmentDetail::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CeType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::CeType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::unmanagedv_cpus`](crate::types::ComputeEnvironmentDetail::unmanagedv_cpus).
    pub fn unmanagedv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.unmanagedv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unmanagedv_cpus`](Self::unmanagedv_cpus).
    pub fn set_unmanagedv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.unmanagedv_cpus = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::update_policy`](crate::types::ComputeEnvironmentDetail::update_policy).
    pub fn update_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdatePolicy>,
    ) -> Self {
        self.update_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_policy`](Self::update_policy).
    pub fn set_update_policy(
        mut self,
        input: ::std::option::Option<crate::types::UpdatePolicy>,
    ) -> Self {
        self.update_policy = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::uuid`](crate::types::ComputeEnvironmentDetail::uuid).
    pub fn uuid(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uuid = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uuid`](Self::uuid).
    pub fn set_uuid(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uuid = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::context`](crate::types::ComputeEnvironmentDetail::context).
    pub fn context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context`](Self::context).
    pub fn set_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.context = input;
        self
    }
    /// See [`ComputeEnvironmentDetail::ecs_settings`](crate::types::ComputeEnvironmentDetail::ecs_settings).
    pub fn ecs_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsSettings>,
    ) -> Self {
        self.ecs_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_settings`](Self::ecs_settings).
    pub fn set_ecs_settings(
        mut self,
        input: ::std::option::Option<crate::types::EcsSettings>,
    ) -> Self {
        self.ecs_settings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ComputeEnvironmentDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ComputeEnvironmentDetail {
            compute_environment_arn: self
                .compute_environment_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ComputeEnvironmentDetail",
                        "compute_environment_arn",
                    ),
                )?,
            compute_environment_name: self
                .compute_environment_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ComputeEnvironmentDetail",
                        "compute_environment_name",
                    ),
                )?,
            compute_resources: self.compute_resources,
            container_orchestration_type: self.container_orchestration_type,
            ecs_cluster_arn: self.ecs_cluster_arn,
            eks_configuration: self.eks_configuration,
            service_role: self.service_role,
            state: self.state,
            status: self.status,
            status_reason: self.status_reason,
            tags: self.tags,
            r#type: self.r#type,
            unmanagedv_cpus: self.unmanagedv_cpus,
            update_policy: self.update_policy,
            uuid: self.uuid,
            context: self.context,
            ecs_settings: self.ecs_settings,
        })
    }
}
/// A builder for [`ComputeEnvironmentOrder`](crate::types::ComputeEnvironmentOrder).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ComputeEnvironmentOrderBuilder {
    pub(crate) compute_environment: ::std::option::Option<::std::string::String>,
    pub(crate) order: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ComputeEnvironmentOrderBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ComputeEnvironmentOrderBuilder").finish_non_exhaustive()
    }
}
impl ComputeEnvironmentOrderBuilder {
    /// See [`ComputeEnvironmentOrder::compute_environment`](crate::types::ComputeEnvironmentOrder::compute_environment).
    pub fn compute_environment(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment`](Self::compute_environment).
    pub fn set_compute_environment(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment = input;
        self
    }
    /// See [`ComputeEnvironmentOrder::order`](crate::types::ComputeEnvironmentOrder::order).
    pub fn order(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.order = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`order`](Self::order).
    pub fn set_order(mut self, input: ::std::option::Option<i64>) -> Self {
        self.order = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ComputeEnvironmentOrder,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ComputeEnvironmentOrder {
            compute_environment: self
                .compute_environment
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ComputeEnvironmentOrder",
                        "compute_environment",
                    ),
                )?,
            order: self
                .order
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ComputeEnvironmentOrder",
                        "order",
                    ),
                )?,
        })
    }
}
/// A builder for [`ComputeResource`](crate::types::ComputeResource).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ComputeResourceBuilder {
    pub(crate) allocation_strategy: ::std::option::Option<
        crate::types::CrAllocationStrategy,
    >,
    pub(crate) bid_percentage: ::std::option::Option<i64>,
    pub(crate) desiredv_cpus: ::std::option::Option<i64>,
    pub(crate) ec2_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::Ec2Configuration>,
    >,
    pub(crate) ec2_key_pair: ::std::option::Option<::std::string::String>,
    pub(crate) image_id: ::std::option::Option<::std::string::String>,
    pub(crate) instance_role: ::std::option::Option<::std::string::String>,
    pub(crate) instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    pub(crate) maxv_cpus: ::std::option::Option<i64>,
    pub(crate) minv_cpus: ::std::option::Option<i64>,
    pub(crate) placement_group: ::std::option::Option<::std::string::String>,
    pub(crate) security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) spot_iam_fleet_role: ::std::option::Option<::std::string::String>,
    pub(crate) subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::CrType>,
    pub(crate) capacity_tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) managed_instances_provider: ::std::option::Option<
        crate::types::ManagedInstancesProvider,
    >,
    pub(crate) scaling_policy: ::std::option::Option<crate::types::ComputeScalingPolicy>,
}
impl ::std::fmt::Debug for ComputeResourceBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ComputeResourceBuilder").finish_non_exhaustive()
    }
}
impl ComputeResourceBuilder {
    /// See [`ComputeResource::allocation_strategy`](crate::types::ComputeResource::allocation_strategy).
    pub fn allocation_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::CrAllocationStrategy>,
    ) -> Self {
        self.allocation_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`allocation_strategy`](Self::allocation_strategy).
    pub fn set_allocation_strategy(
        mut self,
        input: ::std::option::Option<crate::types::CrAllocationStrategy>,
    ) -> Self {
        self.allocation_strategy = input;
        self
    }
    /// See [`ComputeResource::bid_percentage`](crate::types::ComputeResource::bid_percentage).
    pub fn bid_percentage(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.bid_percentage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bid_percentage`](Self::bid_percentage).
    pub fn set_bid_percentage(mut self, input: ::std::option::Option<i64>) -> Self {
        self.bid_percentage = input;
        self
    }
    /// See [`ComputeResource::desiredv_cpus`](crate::types::ComputeResource::desiredv_cpus).
    pub fn desiredv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.desiredv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`desiredv_cpus`](Self::desiredv_cpus).
    pub fn set_desiredv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.desiredv_cpus = input;
        self
    }
    /// See [`ComputeResource::ec2_configuration`](crate::types::ComputeResource::ec2_configuration).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ec2_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::Ec2Configuration>,
    ) -> Self {
        self.ec2_configuration
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`ec2_configuration`](Self::ec2_configuration).
    pub fn set_ec2_configuration(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Ec2Configuration>>,
    ) -> Self {
        self.ec2_configuration = input;
        self
    }
    /// See [`ComputeResource::ec2_key_pair`](crate::types::ComputeResource::ec2_key_pair).
    pub fn ec2_key_pair(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ec2_key_pair = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ec2_key_pair`](Self::ec2_key_pair).
    pub fn set_ec2_key_pair(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ec2_key_pair = input;
        self
    }
    /// See [`ComputeResource::image_id`](crate::types::ComputeResource::image_id).
    pub fn image_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_id`](Self::image_id).
    pub fn set_image_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_id = input;
        self
    }
    /// See [`ComputeResource::instance_role`](crate::types::ComputeResource::instance_role).
    pub fn instance_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_role`](Self::instance_role).
    pub fn set_instance_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.instance_role = input;
        self
    }
    /// See [`ComputeResource::instance_types`](crate::types::ComputeResource::instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`instance_types`](Self::instance_types).
    pub fn set_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_types = input;
        self
    }
    /// See [`ComputeResource::launch_template`](crate::types::ComputeResource::launch_template).
    pub fn launch_template(
        mut self,
        input: impl ::std::convert::Into<crate::types::LaunchTemplateSpecification>,
    ) -> Self {
        self.launch_template = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`launch_template`](Self::launch_template).
    pub fn set_launch_template(
        mut self,
        input: ::std::option::Option<crate::types::LaunchTemplateSpecification>,
    ) -> Self {
        self.launch_template = input;
        self
    }
    /// See [`ComputeResource::maxv_cpus`](crate::types::ComputeResource::maxv_cpus).
    pub fn maxv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.maxv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maxv_cpus`](Self::maxv_cpus).
    pub fn set_maxv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.maxv_cpus = input;
        self
    }
    /// See [`ComputeResource::minv_cpus`](crate::types::ComputeResource::minv_cpus).
    pub fn minv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.minv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`minv_cpus`](Self::minv_cpus).
    pub fn set_minv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.minv_cpus = input;
        self
    }
    /// See [`ComputeResource::placement_group`](crate::types::ComputeResource::placement_group).
    pub fn placement_group(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.placement_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`placement_group`](Self::placement_group).
    pub fn set_placement_group(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.placement_group = input;
        self
    }
    /// See [`ComputeResource::security_group_ids`](crate::types::ComputeResource::security_group_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn security_group_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_ids
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`security_group_ids`](Self::security_group_ids).
    pub fn set_security_group_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = input;
        self
    }
    /// See [`ComputeResource::spot_iam_fleet_role`](crate::types::ComputeResource::spot_iam_fleet_role).
    pub fn spot_iam_fleet_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_iam_fleet_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`spot_iam_fleet_role`](Self::spot_iam_fleet_role).
    pub fn set_spot_iam_fleet_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.spot_iam_fleet_role = input;
        self
    }
    /// See [`ComputeResource::subnets`](crate::types::ComputeResource::subnets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnets(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnets.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnets`](Self::subnets).
    pub fn set_subnets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnets = input;
        self
    }
    /// See [`ComputeResource::tags`](crate::types::ComputeResource::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`ComputeResource::type`](crate::types::ComputeResource::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CrType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::CrType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`ComputeResource::capacity_tags`](crate::types::ComputeResource::capacity_tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn capacity_tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`capacity_tags`](Self::capacity_tags).
    pub fn set_capacity_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.capacity_tags = input;
        self
    }
    /// See [`ComputeResource::managed_instances_provider`](crate::types::ComputeResource::managed_instances_provider).
    pub fn managed_instances_provider(
        mut self,
        input: impl ::std::convert::Into<crate::types::ManagedInstancesProvider>,
    ) -> Self {
        self.managed_instances_provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`managed_instances_provider`](Self::managed_instances_provider).
    pub fn set_managed_instances_provider(
        mut self,
        input: ::std::option::Option<crate::types::ManagedInstancesProvider>,
    ) -> Self {
        self.managed_instances_provider = input;
        self
    }
    /// See [`ComputeResource::scaling_policy`](crate::types::ComputeResource::scaling_policy).
    pub fn scaling_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeScalingPolicy>,
    ) -> Self {
        self.scaling_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_policy`](Self::scaling_policy).
    pub fn set_scaling_policy(
        mut self,
        input: ::std::option::Option<crate::types::ComputeScalingPolicy>,
    ) -> Self {
        self.scaling_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ComputeResource,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ComputeResource {
            allocation_strategy: self.allocation_strategy,
            bid_percentage: self.bid_percentage,
            desiredv_cpus: self.desiredv_cpus,
            ec2_configuration: self.ec2_configuration,
            ec2_key_pair: self.ec2_key_pair,
            image_id: self.image_id,
            instance_role: self.instance_role,
            instance_types: self.instance_types,
            launch_template: self.launch_template,
            maxv_cpus: self
                .maxv_cpus
                .ok_or(
                    crate::runtime::BuildError::missing("ComputeResource", "maxv_cpus"),
                )?,
            minv_cpus: self.minv_cpus,
            placement_group: self.placement_group,
            security_group_ids: self.security_group_ids,
            spot_iam_fleet_role: self.spot_iam_fleet_role,
            subnets: self.subnets,
            tags: self.tags,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("ComputeResource", "type"))?,
            capacity_tags: self.capacity_tags,
            managed_instances_provider: self.managed_instances_provider,
            scaling_policy: self.scaling_policy,
        })
    }
}
/// A builder for [`ComputeResourceUpdate`](crate::types::ComputeResourceUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ComputeResourceUpdateBuilder {
    pub(crate) allocation_strategy: ::std::option::Option<
        crate::types::CrUpdateAllocationStrategy,
    >,
    pub(crate) bid_percentage: ::std::option::Option<i64>,
    pub(crate) desiredv_cpus: ::std::option::Option<i64>,
    pub(crate) ec2_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::Ec2Configuration>,
    >,
    pub(crate) ec2_key_pair: ::std::option::Option<::std::string::String>,
    pub(crate) image_id: ::std::option::Option<::std::string::String>,
    pub(crate) instance_role: ::std::option::Option<::std::string::String>,
    pub(crate) instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    pub(crate) maxv_cpus: ::std::option::Option<i64>,
    pub(crate) minv_cpus: ::std::option::Option<i64>,
    pub(crate) placement_group: ::std::option::Option<::std::string::String>,
    pub(crate) security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::CrType>,
    pub(crate) update_to_latest_image_version: ::std::option::Option<bool>,
    pub(crate) capacity_tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) managed_instances_provider: ::std::option::Option<
        crate::types::UpdateManagedInstancesProviderConfiguration,
    >,
    pub(crate) scaling_policy: ::std::option::Option<crate::types::ComputeScalingPolicy>,
}
impl ::std::fmt::Debug for ComputeResourceUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ComputeResourceUpdateBuilder").finish_non_exhaustive()
    }
}
impl ComputeResourceUpdateBuilder {
    /// See [`ComputeResourceUpdate::allocation_strategy`](crate::types::ComputeResourceUpdate::allocation_strategy).
    pub fn allocation_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::CrUpdateAllocationStrategy>,
    ) -> Self {
        self.allocation_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`allocation_strategy`](Self::allocation_strategy).
    pub fn set_allocation_strategy(
        mut self,
        input: ::std::option::Option<crate::types::CrUpdateAllocationStrategy>,
    ) -> Self {
        self.allocation_strategy = input;
        self
    }
    /// See [`ComputeResourceUpdate::bid_percentage`](crate::types::ComputeResourceUpdate::bid_percentage).
    pub fn bid_percentage(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.bid_percentage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bid_percentage`](Self::bid_percentage).
    pub fn set_bid_percentage(mut self, input: ::std::option::Option<i64>) -> Self {
        self.bid_percentage = input;
        self
    }
    /// See [`ComputeResourceUpdate::desiredv_cpus`](crate::types::ComputeResourceUpdate::desiredv_cpus).
    pub fn desiredv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.desiredv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`desiredv_cpus`](Self::desiredv_cpus).
    pub fn set_desiredv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.desiredv_cpus = input;
        self
    }
    /// See [`ComputeResourceUpdate::ec2_configuration`](crate::types::ComputeResourceUpdate::ec2_configuration).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ec2_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::Ec2Configuration>,
    ) -> Self {
        self.ec2_configuration
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`ec2_configuration`](Self::ec2_configuration).
    pub fn set_ec2_configuration(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Ec2Configuration>>,
    ) -> Self {
        self.ec2_configuration = input;
        self
    }
    /// See [`ComputeResourceUpdate::ec2_key_pair`](crate::types::ComputeResourceUpdate::ec2_key_pair).
    pub fn ec2_key_pair(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ec2_key_pair = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ec2_key_pair`](Self::ec2_key_pair).
    pub fn set_ec2_key_pair(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ec2_key_pair = input;
        self
    }
    /// See [`ComputeResourceUpdate::image_id`](crate::types::ComputeResourceUpdate::image_id).
    pub fn image_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_id`](Self::image_id).
    pub fn set_image_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_id = input;
        self
    }
    /// See [`ComputeResourceUpdate::instance_role`](crate::types::ComputeResourceUpdate::instance_role).
    pub fn instance_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_role`](Self::instance_role).
    pub fn set_instance_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.instance_role = input;
        self
    }
    /// See [`ComputeResourceUpdate::instance_types`](crate::types::ComputeResourceUpdate::instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`instance_types`](Self::instance_types).
    pub fn set_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_types = input;
        self
    }
    /// See [`ComputeResourceUpdate::launch_template`](crate::types::ComputeResourceUpdate::launch_template).
    pub fn launch_template(
        mut self,
        input: impl ::std::convert::Into<crate::types::LaunchTemplateSpecification>,
    ) -> Self {
        self.launch_template = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`launch_template`](Self::launch_template).
    pub fn set_launch_template(
        mut self,
        input: ::std::option::Option<crate::types::LaunchTemplateSpecification>,
    ) -> Self {
        self.launch_template = input;
        self
    }
    /// See [`ComputeResourceUpdate::maxv_cpus`](crate::types::ComputeResourceUpdate::maxv_cpus).
    pub fn maxv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.maxv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maxv_cpus`](Self::maxv_cpus).
    pub fn set_maxv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.maxv_cpus = input;
        self
    }
    /// See [`ComputeResourceUpdate::minv_cpus`](crate::types::ComputeResourceUpdate::minv_cpus).
    pub fn minv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.minv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`minv_cpus`](Self::minv_cpus).
    pub fn set_minv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.minv_cpus = input;
        self
    }
    /// See [`ComputeResourceUpdate::placement_group`](crate::types::ComputeResourceUpdate::placement_group).
    pub fn placement_group(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.placement_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`placement_group`](Self::placement_group).
    pub fn set_placement_group(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.placement_group = input;
        self
    }
    /// See [`ComputeResourceUpdate::security_group_ids`](crate::types::ComputeResourceUpdate::security_group_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn security_group_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_ids
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`security_group_ids`](Self::security_group_ids).
    pub fn set_security_group_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = input;
        self
    }
    /// See [`ComputeResourceUpdate::subnets`](crate::types::ComputeResourceUpdate::subnets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnets(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnets.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnets`](Self::subnets).
    pub fn set_subnets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnets = input;
        self
    }
    /// See [`ComputeResourceUpdate::tags`](crate::types::ComputeResourceUpdate::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`ComputeResourceUpdate::type`](crate::types::ComputeResourceUpdate::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CrType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::CrType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`ComputeResourceUpdate::update_to_latest_image_version`](crate::types::ComputeResourceUpdate::update_to_latest_image_version).
    pub fn update_to_latest_image_version(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.update_to_latest_image_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_to_latest_image_version`](Self::update_to_latest_image_version).
    pub fn set_update_to_latest_image_version(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.update_to_latest_image_version = input;
        self
    }
    /// See [`ComputeResourceUpdate::capacity_tags`](crate::types::ComputeResourceUpdate::capacity_tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn capacity_tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`capacity_tags`](Self::capacity_tags).
    pub fn set_capacity_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.capacity_tags = input;
        self
    }
    /// See [`ComputeResourceUpdate::managed_instances_provider`](crate::types::ComputeResourceUpdate::managed_instances_provider).
    pub fn managed_instances_provider(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::UpdateManagedInstancesProviderConfiguration,
        >,
    ) -> Self {
        self.managed_instances_provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`managed_instances_provider`](Self::managed_instances_provider).
    pub fn set_managed_instances_provider(
        mut self,
        input: ::std::option::Option<
            crate::types::UpdateManagedInstancesProviderConfiguration,
        >,
    ) -> Self {
        self.managed_instances_provider = input;
        self
    }
    /// See [`ComputeResourceUpdate::scaling_policy`](crate::types::ComputeResourceUpdate::scaling_policy).
    pub fn scaling_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeScalingPolicy>,
    ) -> Self {
        self.scaling_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_policy`](Self::scaling_policy).
    pub fn set_scaling_policy(
        mut self,
        input: ::std::option::Option<crate::types::ComputeScalingPolicy>,
    ) -> Self {
        self.scaling_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ComputeResourceUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ComputeResourceUpdate {
            allocation_strategy: self.allocation_strategy,
            bid_percentage: self.bid_percentage,
            desiredv_cpus: self.desiredv_cpus,
            ec2_configuration: self.ec2_configuration,
            ec2_key_pair: self.ec2_key_pair,
            image_id: self.image_id,
            instance_role: self.instance_role,
            instance_types: self.instance_types,
            launch_template: self.launch_template,
            maxv_cpus: self.maxv_cpus,
            minv_cpus: self.minv_cpus,
            placement_group: self.placement_group,
            security_group_ids: self.security_group_ids,
            subnets: self.subnets,
            tags: self.tags,
            r#type: self.r#type,
            update_to_latest_image_version: self.update_to_latest_image_version,
            capacity_tags: self.capacity_tags,
            managed_instances_provider: self.managed_instances_provider,
            scaling_policy: self.scaling_policy,
        })
    }
}
/// A builder for [`ComputeScalingPolicy`](crate::types::ComputeScalingPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ComputeScalingPolicyBuilder {
    pub(crate) min_scale_down_delay_minutes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ComputeScalingPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ComputeScalingPolicyBuilder").finish_non_exhaustive()
    }
}
impl ComputeScalingPolicyBuilder {
    /// See [`ComputeScalingPolicy::min_scale_down_delay_minutes`](crate::types::ComputeScalingPolicy::min_scale_down_delay_minutes).
    pub fn min_scale_down_delay_minutes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.min_scale_down_delay_minutes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min_scale_down_delay_minutes`](Self::min_scale_down_delay_minutes).
    pub fn set_min_scale_down_delay_minutes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.min_scale_down_delay_minutes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ComputeScalingPolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ComputeScalingPolicy {
            min_scale_down_delay_minutes: self.min_scale_down_delay_minutes,
        })
    }
}
/// A builder for [`ConsumableResourceProperties`](crate::types::ConsumableResourceProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConsumableResourcePropertiesBuilder {
    pub(crate) consumable_resource_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumableResourceRequirement>,
    >,
}
impl ::std::fmt::Debug for ConsumableResourcePropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConsumableResourcePropertiesBuilder").finish_non_exhaustive()
    }
}
impl ConsumableResourcePropertiesBuilder {
    /// See [`ConsumableResourceProperties::consumable_resource_list`](crate::types::ConsumableResourceProperties::consumable_resource_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumable_resource_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceRequirement>,
    ) -> Self {
        self.consumable_resource_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_list`](Self::consumable_resource_list).
    pub fn set_consumable_resource_list(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ConsumableResourceRequirement>,
        >,
    ) -> Self {
        self.consumable_resource_list = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ConsumableResourceProperties,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ConsumableResourceProperties {
            consumable_resource_list: self.consumable_resource_list,
        })
    }
}
/// A builder for [`ConsumableResourceRequirement`](crate::types::ConsumableResourceRequirement).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConsumableResourceRequirementBuilder {
    pub(crate) consumable_resource: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ConsumableResourceRequirementBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConsumableResourceRequirementBuilder").finish_non_exhaustive()
    }
}
impl ConsumableResourceRequirementBuilder {
    /// See [`ConsumableResourceRequirement::consumable_resource`](crate::types::ConsumableResourceRequirement::consumable_resource).
    pub fn consumable_resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource`](Self::consumable_resource).
    pub fn set_consumable_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource = input;
        self
    }
    /// See [`ConsumableResourceRequirement::quantity`](crate::types::ConsumableResourceRequirement::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ConsumableResourceRequirement,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ConsumableResourceRequirement {
            consumable_resource: self.consumable_resource,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`ConsumableResourceSummary`](crate::types::ConsumableResourceSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConsumableResourceSummaryBuilder {
    pub(crate) consumable_resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource_name: ::std::option::Option<::std::string::String>,
    pub(crate) in_use_quantity: ::std::option::Option<i64>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
    pub(crate) total_quantity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ConsumableResourceSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConsumableResourceSummaryBuilder").finish_non_exhaustive()
    }
}
impl ConsumableResourceSummaryBuilder {
    /// See [`ConsumableResourceSummary::consumable_resource_arn`](crate::types::ConsumableResourceSummary::consumable_resource_arn).
    pub fn consumable_resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_arn`](Self::consumable_resource_arn).
    pub fn set_consumable_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = input;
        self
    }
    /// See [`ConsumableResourceSummary::consumable_resource_name`](crate::types::ConsumableResourceSummary::consumable_resource_name).
    pub fn consumable_resource_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_name`](Self::consumable_resource_name).
    pub fn set_consumable_resource_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = input;
        self
    }
    /// See [`ConsumableResourceSummary::in_use_quantity`](crate::types::ConsumableResourceSummary::in_use_quantity).
    pub fn in_use_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.in_use_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`in_use_quantity`](Self::in_use_quantity).
    pub fn set_in_use_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.in_use_quantity = input;
        self
    }
    /// See [`ConsumableResourceSummary::resource_type`](crate::types::ConsumableResourceSummary::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// See [`ConsumableResourceSummary::total_quantity`](crate::types::ConsumableResourceSummary::total_quantity).
    pub fn total_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_quantity`](Self::total_quantity).
    pub fn set_total_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ConsumableResourceSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ConsumableResourceSummary {
            consumable_resource_arn: self
                .consumable_resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ConsumableResourceSummary",
                        "consumable_resource_arn",
                    ),
                )?,
            consumable_resource_name: self
                .consumable_resource_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ConsumableResourceSummary",
                        "consumable_resource_name",
                    ),
                )?,
            in_use_quantity: self.in_use_quantity,
            resource_type: self.resource_type,
            total_quantity: self.total_quantity,
        })
    }
}
/// A builder for [`ContainerDetail`](crate::types::ContainerDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContainerDetailBuilder {
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) container_instance_arn: ::std::option::Option<::std::string::String>,
    pub(crate) environment: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuePair>,
    >,
    pub(crate) ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    pub(crate) execution_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) exit_code: ::std::option::Option<i64>,
    pub(crate) fargate_platform_configuration: ::std::option::Option<
        crate::types::FargatePlatformConfiguration,
    >,
    pub(crate) image: ::std::option::Option<::std::string::String>,
    pub(crate) instance_type: ::std::option::Option<::std::string::String>,
    pub(crate) job_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    pub(crate) log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) memory: ::std::option::Option<i64>,
    pub(crate) mount_points: ::std::option::Option<
        ::std::vec::Vec<crate::types::MountPoint>,
    >,
    pub(crate) network_configuration: ::std::option::Option<
        crate::types::NetworkConfiguration,
    >,
    pub(crate) network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    pub(crate) privileged: ::std::option::Option<bool>,
    pub(crate) readonly_root_filesystem: ::std::option::Option<bool>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    pub(crate) runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    pub(crate) secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    pub(crate) task_arn: ::std::option::Option<::std::string::String>,
    pub(crate) ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    pub(crate) user: ::std::option::Option<::std::string::String>,
    pub(crate) vcpus: ::std::option::Option<i64>,
    pub(crate) volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    pub(crate) enable_execute_command: ::std::option::Option<bool>,
    pub(crate) repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
}
impl ::std::fmt::Debug for ContainerDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContainerDetailBuilder").finish_non_exhaustive()
    }
}
impl ContainerDetailBuilder {
    /// See [`ContainerDetail::command`](crate::types::ContainerDetail::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`ContainerDetail::container_instance_arn`](crate::types::ContainerDetail::container_instance_arn).
    pub fn container_instance_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_instance_arn`](Self::container_instance_arn).
    pub fn set_container_instance_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = input;
        self
    }
    /// See [`ContainerDetail::environment`](crate::types::ContainerDetail::environment).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuePair>,
    ) -> Self {
        self.environment.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`ContainerDetail::ephemeral_storage`](crate::types::ContainerDetail::ephemeral_storage).
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = input;
        self
    }
    /// See [`ContainerDetail::execution_role_arn`](crate::types::ContainerDetail::execution_role_arn).
    pub fn execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_role_arn`](Self::execution_role_arn).
    pub fn set_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = input;
        self
    }
    /// See [`ContainerDetail::exit_code`](crate::types::ContainerDetail::exit_code).
    pub fn exit_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exit_code`](Self::exit_code).
    pub fn set_exit_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.exit_code = input;
        self
    }
    /// See [`ContainerDetail::fargate_platform_configuration`](crate::types::ContainerDetail::fargate_platform_configuration).
    pub fn fargate_platform_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargatePlatformConfiguration>,
    ) -> Self {
        self.fargate_platform_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_platform_configuration`](Self::fargate_platform_configuration).
    pub fn set_fargate_platform_configuration(
        mut self,
        input: ::std::option::Option<crate::types::FargatePlatformConfiguration>,
    ) -> Self {
        self.fargate_platform_configuration = input;
        self
    }
    /// See [`ContainerDetail::image`](crate::types::ContainerDetail::image).
    pub fn image(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image`](Self::image).
    pub fn set_image(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image = input;
        self
    }
    /// See [`ContainerDetail::instance_type`](crate::types::ContainerDetail::instance_type).
    pub fn instance_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_type`](Self::instance_type).
    pub fn set_instance_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.instance_type = input;
        self
    }
    /// See [`ContainerDetail::job_role_arn`](crate::types::ContainerDetail::job_role_arn).
    pub fn job_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_role_arn`](Self::job_role_arn).
    pub fn set_job_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_role_arn = input;
        self
    }
    /// See [`ContainerDetail::linux_parameters`](crate::types::ContainerDetail::linux_parameters).
    pub fn linux_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`linux_parameters`](Self::linux_parameters).
    pub fn set_linux_parameters(
        mut self,
        input: ::std::option::Option<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = input;
        self
    }
    /// See [`ContainerDetail::log_configuration`](crate::types::ContainerDetail::log_configuration).
    pub fn log_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_configuration`](Self::log_configuration).
    pub fn set_log_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = input;
        self
    }
    /// See [`ContainerDetail::log_stream_name`](crate::types::ContainerDetail::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`ContainerDetail::memory`](crate::types::ContainerDetail::memory).
    pub fn memory(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.memory = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`memory`](Self::memory).
    pub fn set_memory(mut self, input: ::std::option::Option<i64>) -> Self {
        self.memory = input;
        self
    }
    /// See [`ContainerDetail::mount_points`](crate::types::ContainerDetail::mount_points).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn mount_points(
        mut self,
        input: impl ::std::convert::Into<crate::types::MountPoint>,
    ) -> Self {
        self.mount_points.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`mount_points`](Self::mount_points).
    pub fn set_mount_points(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    ) -> Self {
        self.mount_points = input;
        self
    }
    /// See [`ContainerDetail::network_configuration`](crate::types::ContainerDetail::network_configuration).
    pub fn network_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_configuration`](Self::network_configuration).
    pub fn set_network_configuration(
        mut self,
        input: ::std::option::Option<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = input;
        self
    }
    /// See [`ContainerDetail::network_interfaces`](crate::types::ContainerDetail::network_interfaces).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn network_interfaces(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkInterface>,
    ) -> Self {
        self.network_interfaces
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`network_interfaces`](Self::network_interfaces).
    pub fn set_network_interfaces(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::NetworkInterface>>,
    ) -> Self {
        self.network_interfaces = input;
        self
    }
    /// See [`ContainerDetail::privileged`](crate::types::ContainerDetail::privileged).
    pub fn privileged(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.privileged = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`privileged`](Self::privileged).
    pub fn set_privileged(mut self, input: ::std::option::Option<bool>) -> Self {
        self.privileged = input;
        self
    }
    /// See [`ContainerDetail::readonly_root_filesystem`](crate::types::ContainerDetail::readonly_root_filesystem).
    pub fn readonly_root_filesystem(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.readonly_root_filesystem = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`readonly_root_filesystem`](Self::readonly_root_filesystem).
    pub fn set_readonly_root_filesystem(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.readonly_root_filesystem = input;
        self
    }
    /// See [`ContainerDetail::reason`](crate::types::ContainerDetail::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// See [`ContainerDetail::resource_requirements`](crate::types::ContainerDetail::resource_requirements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceRequirement>,
    ) -> Self {
        self.resource_requirements
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`resource_requirements`](Self::resource_requirements).
    pub fn set_resource_requirements(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourceRequirement>>,
    ) -> Self {
        self.resource_requirements = input;
        self
    }
    /// See [`ContainerDetail::runtime_platform`](crate::types::ContainerDetail::runtime_platform).
    pub fn runtime_platform(
        mut self,
        input: impl ::std::convert::Into<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_platform`](Self::runtime_platform).
    pub fn set_runtime_platform(
        mut self,
        input: ::std::option::Option<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = input;
        self
    }
    /// See [`ContainerDetail::secrets`](crate::types::ContainerDetail::secrets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn secrets(
        mut self,
        input: impl ::std::convert::Into<crate::types::Secret>,
    ) -> Self {
        self.secrets.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`secrets`](Self::secrets).
    pub fn set_secrets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    ) -> Self {
        self.secrets = input;
        self
    }
    /// See [`ContainerDetail::task_arn`](crate::types::ContainerDetail::task_arn).
    pub fn task_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_arn`](Self::task_arn).
    pub fn set_task_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_arn = input;
        self
    }
    /// See [`ContainerDetail::ulimits`](crate::types::ContainerDetail::ulimits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ulimits(
        mut self,
        input: impl ::std::convert::Into<crate::types::Ulimit>,
    ) -> Self {
        self.ulimits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ulimits`](Self::ulimits).
    pub fn set_ulimits(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    ) -> Self {
        self.ulimits = input;
        self
    }
    /// See [`ContainerDetail::user`](crate::types::ContainerDetail::user).
    pub fn user(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`user`](Self::user).
    pub fn set_user(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.user = input;
        self
    }
    /// See [`ContainerDetail::vcpus`](crate::types::ContainerDetail::vcpus).
    pub fn vcpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.vcpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vcpus`](Self::vcpus).
    pub fn set_vcpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.vcpus = input;
        self
    }
    /// See [`ContainerDetail::volumes`](crate::types::ContainerDetail::volumes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volumes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Volume>,
    ) -> Self {
        self.volumes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volumes`](Self::volumes).
    pub fn set_volumes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    ) -> Self {
        self.volumes = input;
        self
    }
    /// See [`ContainerDetail::enable_execute_command`](crate::types::ContainerDetail::enable_execute_command).
    pub fn enable_execute_command(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.enable_execute_command = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enable_execute_command`](Self::enable_execute_command).
    pub fn set_enable_execute_command(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.enable_execute_command = input;
        self
    }
    /// See [`ContainerDetail::repository_credentials`](crate::types::ContainerDetail::repository_credentials).
    pub fn repository_credentials(
        mut self,
        input: impl ::std::convert::Into<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`repository_credentials`](Self::repository_credentials).
    pub fn set_repository_credentials(
        mut self,
        input: ::std::option::Option<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContainerDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContainerDetail {
            command: self.command,
            container_instance_arn: self.container_instance_arn,
            environment: self.environment,
            ephemeral_storage: self.ephemeral_storage,
            execution_role_arn: self.execution_role_arn,
            exit_code: self.exit_code,
            fargate_platform_configuration: self.fargate_platform_configuration,
            image: self.image,
            instance_type: self.instance_type,
            job_role_arn: self.job_role_arn,
            linux_parameters: self.linux_parameters,
            log_configuration: self.log_configuration,
            log_stream_name: self.log_stream_name,
            memory: self.memory,
            mount_points: self.mount_points,
            network_configuration: self.network_configuration,
            network_interfaces: self.network_interfaces,
            privileged: self.privileged,
            readonly_root_filesystem: self.readonly_root_filesystem,
            reason: self.reason,
            resource_requirements: self.resource_requirements,
            runtime_platform: self.runtime_platform,
            secrets: self.secrets,
            task_arn: self.task_arn,
            ulimits: self.ulimits,
            user: self.user,
            vcpus: self.vcpus,
            volumes: self.volumes,
            enable_execute_command: self.enable_execute_command,
            repository_credentials: self.repository_credentials,
        })
    }
}
/// A builder for [`ContainerOverrides`](crate::types::ContainerOverrides).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContainerOverridesBuilder {
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) environment: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuePair>,
    >,
    pub(crate) instance_type: ::std::option::Option<::std::string::String>,
    pub(crate) memory: ::std::option::Option<i64>,
    pub(crate) resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    pub(crate) vcpus: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ContainerOverridesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContainerOverridesBuilder").finish_non_exhaustive()
    }
}
impl ContainerOverridesBuilder {
    /// See [`ContainerOverrides::command`](crate::types::ContainerOverrides::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`ContainerOverrides::environment`](crate::types::ContainerOverrides::environment).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuePair>,
    ) -> Self {
        self.environment.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`ContainerOverrides::instance_type`](crate::types::ContainerOverrides::instance_type).
    pub fn instance_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_type`](Self::instance_type).
    pub fn set_instance_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.instance_type = input;
        self
    }
    /// See [`ContainerOverrides::memory`](crate::types::ContainerOverrides::memory).
    pub fn memory(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.memory = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`memory`](Self::memory).
    pub fn set_memory(mut self, input: ::std::option::Option<i64>) -> Self {
        self.memory = input;
        self
    }
    /// See [`ContainerOverrides::resource_requirements`](crate::types::ContainerOverrides::resource_requirements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceRequirement>,
    ) -> Self {
        self.resource_requirements
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`resource_requirements`](Self::resource_requirements).
    pub fn set_resource_requirements(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourceRequirement>>,
    ) -> Self {
        self.resource_requirements = input;
        self
    }
    /// See [`ContainerOverrides::vcpus`](crate::types::ContainerOverrides::vcpus).
    pub fn vcpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.vcpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vcpus`](Self::vcpus).
    pub fn set_vcpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.vcpus = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContainerOverrides,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContainerOverrides {
            command: self.command,
            environment: self.environment,
            instance_type: self.instance_type,
            memory: self.memory,
            resource_requirements: self.resource_requirements,
            vcpus: self.vcpus,
        })
    }
}
/// A builder for [`ContainerProperties`](crate::types::ContainerProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContainerPropertiesBuilder {
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) environment: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuePair>,
    >,
    pub(crate) ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    pub(crate) execution_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) fargate_platform_configuration: ::std::option::Option<
        crate::types::FargatePlatformConfiguration,
    >,
    pub(crate) image: ::std::option::Option<::std::string::String>,
    pub(crate) instance_type: ::std::option::Option<::std::string::String>,
    pub(crate) job_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    pub(crate) log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    pub(crate) memory: ::std::option::Option<i64>,
    pub(crate) mount_points: ::std::option::Option<
        ::std::vec::Vec<crate::types::MountPoint>,
    >,
    pub(crate) network_configuration: ::std::option::Option<
        crate::types::NetworkConfiguration,
    >,
    pub(crate) privileged: ::std::option::Option<bool>,
    pub(crate) readonly_root_filesystem: ::std::option::Option<bool>,
    pub(crate) resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    pub(crate) runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    pub(crate) secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    pub(crate) ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    pub(crate) user: ::std::option::Option<::std::string::String>,
    pub(crate) vcpus: ::std::option::Option<i64>,
    pub(crate) volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    pub(crate) enable_execute_command: ::std::option::Option<bool>,
    pub(crate) repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
}
impl ::std::fmt::Debug for ContainerPropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContainerPropertiesBuilder").finish_non_exhaustive()
    }
}
impl ContainerPropertiesBuilder {
    /// See [`ContainerProperties::command`](crate::types::ContainerProperties::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`ContainerProperties::environment`](crate::types::ContainerProperties::environment).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuePair>,
    ) -> Self {
        self.environment.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`ContainerProperties::ephemeral_storage`](crate::types::ContainerProperties::ephemeral_storage).
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = input;
        self
    }
    /// See [`ContainerProperties::execution_role_arn`](crate::types::ContainerProperties::execution_role_arn).
    pub fn execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_role_arn`](Self::execution_role_arn).
    pub fn set_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = input;
        self
    }
    /// See [`ContainerProperties::fargate_platform_configuration`](crate::types::ContainerProperties::fargate_platform_configuration).
    pub fn fargate_platform_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargatePlatformConfiguration>,
    ) -> Self {
        self.fargate_platform_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_platform_configuration`](Self::fargate_platform_configuration).
    pub fn set_fargate_platform_configuration(
        mut self,
        input: ::std::option::Option<crate::types::FargatePlatformConfiguration>,
    ) -> Self {
        self.fargate_platform_configuration = input;
        self
    }
    /// See [`ContainerProperties::image`](crate::types::ContainerProperties::image).
    pub fn image(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image`](Self::image).
    pub fn set_image(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image = input;
        self
    }
    /// See [`ContainerProperties::instance_type`](crate::types::ContainerProperties::instance_type).
    pub fn instance_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_type`](Self::instance_type).
    pub fn set_instance_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.instance_type = input;
        self
    }
    /// See [`ContainerProperties::job_role_arn`](crate::types::ContainerProperties::job_role_arn).
    pub fn job_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_role_arn`](Self::job_role_arn).
    pub fn set_job_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_role_arn = input;
        self
    }
    /// See [`ContainerProperties::linux_parameters`](crate::types::ContainerProperties::linux_parameters).
    pub fn linux_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`linux_parameters`](Self::linux_parameters).
    pub fn set_linux_parameters(
        mut self,
        input: ::std::option::Option<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = input;
        self
    }
    /// See [`ContainerProperties::log_configuration`](crate::types::ContainerProperties::log_configuration).
    pub fn log_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_configuration`](Self::log_configuration).
    pub fn set_log_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = input;
        self
    }
    /// See [`ContainerProperties::memory`](crate::types::ContainerProperties::memory).
    pub fn memory(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.memory = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`memory`](Self::memory).
    pub fn set_memory(mut self, input: ::std::option::Option<i64>) -> Self {
        self.memory = input;
        self
    }
    /// See [`ContainerProperties::mount_points`](crate::types::ContainerProperties::mount_points).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn mount_points(
        mut self,
        input: impl ::std::convert::Into<crate::types::MountPoint>,
    ) -> Self {
        self.mount_points.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`mount_points`](Self::mount_points).
    pub fn set_mount_points(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    ) -> Self {
        self.mount_points = input;
        self
    }
    /// See [`ContainerProperties::network_configuration`](crate::types::ContainerProperties::network_configuration).
    pub fn network_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_configuration`](Self::network_configuration).
    pub fn set_network_configuration(
        mut self,
        input: ::std::option::Option<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = input;
        self
    }
    /// See [`ContainerProperties::privileged`](crate::types::ContainerProperties::privileged).
    pub fn privileged(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.privileged = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`privileged`](Self::privileged).
    pub fn set_privileged(mut self, input: ::std::option::Option<bool>) -> Self {
        self.privileged = input;
        self
    }
    /// See [`ContainerProperties::readonly_root_filesystem`](crate::types::ContainerProperties::readonly_root_filesystem).
    pub fn readonly_root_filesystem(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.readonly_root_filesystem = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`readonly_root_filesystem`](Self::readonly_root_filesystem).
    pub fn set_readonly_root_filesystem(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.readonly_root_filesystem = input;
        self
    }
    /// See [`ContainerProperties::resource_requirements`](crate::types::ContainerProperties::resource_requirements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceRequirement>,
    ) -> Self {
        self.resource_requirements
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`resource_requirements`](Self::resource_requirements).
    pub fn set_resource_requirements(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourceRequirement>>,
    ) -> Self {
        self.resource_requirements = input;
        self
    }
    /// See [`ContainerProperties::runtime_platform`](crate::types::ContainerProperties::runtime_platform).
    pub fn runtime_platform(
        mut self,
        input: impl ::std::convert::Into<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_platform`](Self::runtime_platform).
    pub fn set_runtime_platform(
        mut self,
        input: ::std::option::Option<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = input;
        self
    }
    /// See [`ContainerProperties::secrets`](crate::types::ContainerProperties::secrets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn secrets(
        mut self,
        input: impl ::std::convert::Into<crate::types::Secret>,
    ) -> Self {
        self.secrets.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`secrets`](Self::secrets).
    pub fn set_secrets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    ) -> Self {
        self.secrets = input;
        self
    }
    /// See [`ContainerProperties::ulimits`](crate::types::ContainerProperties::ulimits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ulimits(
        mut self,
        input: impl ::std::convert::Into<crate::types::Ulimit>,
    ) -> Self {
        self.ulimits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ulimits`](Self::ulimits).
    pub fn set_ulimits(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    ) -> Self {
        self.ulimits = input;
        self
    }
    /// See [`ContainerProperties::user`](crate::types::ContainerProperties::user).
    pub fn user(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`user`](Self::user).
    pub fn set_user(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.user = input;
        self
    }
    /// See [`ContainerProperties::vcpus`](crate::types::ContainerProperties::vcpus).
    pub fn vcpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.vcpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vcpus`](Self::vcpus).
    pub fn set_vcpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.vcpus = input;
        self
    }
    /// See [`ContainerProperties::volumes`](crate::types::ContainerProperties::volumes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volumes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Volume>,
    ) -> Self {
        self.volumes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volumes`](Self::volumes).
    pub fn set_volumes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    ) -> Self {
        self.volumes = input;
        self
    }
    /// See [`ContainerProperties::enable_execute_command`](crate::types::ContainerProperties::enable_execute_command).
    pub fn enable_execute_command(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.enable_execute_command = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enable_execute_command`](Self::enable_execute_command).
    pub fn set_enable_execute_command(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.enable_execute_command = input;
        self
    }
    /// See [`ContainerProperties::repository_credentials`](crate::types::ContainerProperties::repository_credentials).
    pub fn repository_credentials(
        mut self,
        input: impl ::std::convert::Into<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`repository_credentials`](Self::repository_credentials).
    pub fn set_repository_credentials(
        mut self,
        input: ::std::option::Option<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContainerProperties,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContainerProperties {
            command: self.command,
            environment: self.environment,
            ephemeral_storage: self.ephemeral_storage,
            execution_role_arn: self.execution_role_arn,
            fargate_platform_configuration: self.fargate_platform_configuration,
            image: self.image,
            instance_type: self.instance_type,
            job_role_arn: self.job_role_arn,
            linux_parameters: self.linux_parameters,
            log_configuration: self.log_configuration,
            memory: self.memory,
            mount_points: self.mount_points,
            network_configuration: self.network_configuration,
            privileged: self.privileged,
            readonly_root_filesystem: self.readonly_root_filesystem,
            resource_requirements: self.resource_requirements,
            runtime_platform: self.runtime_platform,
            secrets: self.secrets,
            ulimits: self.ulimits,
            user: self.user,
            vcpus: self.vcpus,
            volumes: self.volumes,
            enable_execute_command: self.enable_execute_command,
            repository_credentials: self.repository_credentials,
        })
    }
}
/// A builder for [`ContainerSummary`](crate::types::ContainerSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContainerSummaryBuilder {
    pub(crate) exit_code: ::std::option::Option<i64>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ContainerSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContainerSummaryBuilder").finish_non_exhaustive()
    }
}
impl ContainerSummaryBuilder {
    /// See [`ContainerSummary::exit_code`](crate::types::ContainerSummary::exit_code).
    pub fn exit_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exit_code`](Self::exit_code).
    pub fn set_exit_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.exit_code = input;
        self
    }
    /// See [`ContainerSummary::reason`](crate::types::ContainerSummary::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContainerSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContainerSummary {
            exit_code: self.exit_code,
            reason: self.reason,
        })
    }
}
/// A builder for [`CreateComputeEnvironmentRequest`](crate::types::CreateComputeEnvironmentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateComputeEnvironmentRequestBuilder {
    pub(crate) compute_environment_name: ::std::option::Option<::std::string::String>,
    pub(crate) compute_resources: ::std::option::Option<crate::types::ComputeResource>,
    pub(crate) eks_configuration: ::std::option::Option<crate::types::EksConfiguration>,
    pub(crate) service_role: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::CeState>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::CeType>,
    pub(crate) unmanagedv_cpus: ::std::option::Option<i64>,
    pub(crate) context: ::std::option::Option<::std::string::String>,
    pub(crate) ecs_settings: ::std::option::Option<crate::types::EcsSettings>,
}
impl ::std::fmt::Debug for CreateComputeEnvironmentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateComputeEnvironmentRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateComputeEnvironmentRequestBuilder {
    /// See [`CreateComputeEnvironmentRequest::compute_environment_name`](crate::types::CreateComputeEnvironmentRequest::compute_environment_name).
    pub fn compute_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment_name`](Self::compute_environment_name).
    pub fn set_compute_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::compute_resources`](crate::types::CreateComputeEnvironmentRequest::compute_resources).
    pub fn compute_resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeResource>,
    ) -> Self {
        self.compute_resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_resources`](Self::compute_resources).
    pub fn set_compute_resources(
        mut self,
        input: ::std::option::Option<crate::types::ComputeResource>,
    ) -> Self {
        self.compute_resources = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::eks_configuration`](crate::types::CreateComputeEnvironmentRequest::eks_configuration).
    pub fn eks_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksConfiguration>,
    ) -> Self {
        self.eks_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_configuration`](Self::eks_configuration).
    pub fn set_eks_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EksConfiguration>,
    ) -> Self {
        self.eks_configuration = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::service_role`](crate::types::CreateComputeEnvironmentRequest::service_role).
    pub fn service_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_role`](Self::service_role).
    pub fn set_service_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_role = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::state`](crate::types::CreateComputeEnvironmentRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::CeState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::CeState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::tags`](crate::types::CreateComputeEnvironmentRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::type`](crate::types::CreateComputeEnvironmentRequest::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CeType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::CeType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::unmanagedv_cpus`](crate::types::CreateComputeEnvironmentRequest::unmanagedv_cpus).
    pub fn unmanagedv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.unmanagedv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unmanagedv_cpus`](Self::unmanagedv_cpus).
    pub fn set_unmanagedv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.unmanagedv_cpus = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::context`](crate::types::CreateComputeEnvironmentRequest::context).
    pub fn context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context`](Self::context).
    pub fn set_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.context = input;
        self
    }
    /// See [`CreateComputeEnvironmentRequest::ecs_settings`](crate::types::CreateComputeEnvironmentRequest::ecs_settings).
    pub fn ecs_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsSettings>,
    ) -> Self {
        self.ecs_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_settings`](Self::ecs_settings).
    pub fn set_ecs_settings(
        mut self,
        input: ::std::option::Option<crate::types::EcsSettings>,
    ) -> Self {
        self.ecs_settings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateComputeEnvironmentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateComputeEnvironmentRequest {
            compute_environment_name: self
                .compute_environment_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateComputeEnvironmentRequest",
                        "compute_environment_name",
                    ),
                )?,
            compute_resources: self.compute_resources,
            eks_configuration: self.eks_configuration,
            service_role: self.service_role,
            state: self.state,
            tags: self.tags,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateComputeEnvironmentRequest",
                        "type",
                    ),
                )?,
            unmanagedv_cpus: self.unmanagedv_cpus,
            context: self.context,
            ecs_settings: self.ecs_settings,
        })
    }
}
/// A builder for [`CreateComputeEnvironmentResponse`](crate::types::CreateComputeEnvironmentResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateComputeEnvironmentResponseBuilder {
    pub(crate) compute_environment_arn: ::std::option::Option<::std::string::String>,
    pub(crate) compute_environment_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateComputeEnvironmentResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateComputeEnvironmentResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateComputeEnvironmentResponseBuilder {
    /// See [`CreateComputeEnvironmentResponse::compute_environment_arn`](crate::types::CreateComputeEnvironmentResponse::compute_environment_arn).
    pub fn compute_environment_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment_arn`](Self::compute_environment_arn).
    pub fn set_compute_environment_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment_arn = input;
        self
    }
    /// See [`CreateComputeEnvironmentResponse::compute_environment_name`](crate::types::CreateComputeEnvironmentResponse::compute_environment_name).
    pub fn compute_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment_name`](Self::compute_environment_name).
    pub fn set_compute_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateComputeEnvironmentResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateComputeEnvironmentResponse {
            compute_environment_arn: self.compute_environment_arn,
            compute_environment_name: self.compute_environment_name,
        })
    }
}
/// A builder for [`CreateConsumableResourceRequest`](crate::types::CreateConsumableResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateConsumableResourceRequestBuilder {
    pub(crate) consumable_resource_name: ::std::option::Option<::std::string::String>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) total_quantity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for CreateConsumableResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateConsumableResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateConsumableResourceRequestBuilder {
    /// See [`CreateConsumableResourceRequest::consumable_resource_name`](crate::types::CreateConsumableResourceRequest::consumable_resource_name).
    pub fn consumable_resource_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_name`](Self::consumable_resource_name).
    pub fn set_consumable_resource_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = input;
        self
    }
    /// See [`CreateConsumableResourceRequest::resource_type`](crate::types::CreateConsumableResourceRequest::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// See [`CreateConsumableResourceRequest::tags`](crate::types::CreateConsumableResourceRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateConsumableResourceRequest::total_quantity`](crate::types::CreateConsumableResourceRequest::total_quantity).
    pub fn total_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_quantity`](Self::total_quantity).
    pub fn set_total_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateConsumableResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateConsumableResourceRequest {
            consumable_resource_name: self
                .consumable_resource_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateConsumableResourceRequest",
                        "consumable_resource_name",
                    ),
                )?,
            resource_type: self.resource_type,
            tags: self.tags,
            total_quantity: self.total_quantity,
        })
    }
}
/// A builder for [`CreateConsumableResourceResponse`](crate::types::CreateConsumableResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateConsumableResourceResponseBuilder {
    pub(crate) consumable_resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateConsumableResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateConsumableResourceResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateConsumableResourceResponseBuilder {
    /// See [`CreateConsumableResourceResponse::consumable_resource_arn`](crate::types::CreateConsumableResourceResponse::consumable_resource_arn).
    pub fn consumable_resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_arn`](Self::consumable_resource_arn).
    pub fn set_consumable_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = input;
        self
    }
    /// See [`CreateConsumableResourceResponse::consumable_resource_name`](crate::types::CreateConsumableResourceResponse::consumable_resource_name).
    pub fn consumable_resource_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_name`](Self::consumable_resource_name).
    pub fn set_consumable_resource_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateConsumableResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateConsumableResourceResponse {
            consumable_resource_arn: self
                .consumable_resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateConsumableResourceResponse",
                        "consumable_resource_arn",
                    ),
                )?,
            consumable_resource_name: self
                .consumable_resource_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateConsumableResourceResponse",
                        "consumable_resource_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateJobQueueRequest`](crate::types::CreateJobQueueRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateJobQueueRequestBuilder {
    pub(crate) compute_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
    >,
    pub(crate) job_queue_name: ::std::option::Option<::std::string::String>,
    pub(crate) priority: ::std::option::Option<i64>,
    pub(crate) scheduling_policy_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::JqState>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) job_queue_type: ::std::option::Option<crate::types::JobQueueType>,
    pub(crate) job_state_time_limit_actions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
    >,
    pub(crate) service_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
    >,
}
impl ::std::fmt::Debug for CreateJobQueueRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateJobQueueRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateJobQueueRequestBuilder {
    /// See [`CreateJobQueueRequest::compute_environment_order`](crate::types::CreateJobQueueRequest::compute_environment_order).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeEnvironmentOrder>,
    ) -> Self {
        self.compute_environment_order
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compute_environment_order`](Self::compute_environment_order).
    pub fn set_compute_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
        >,
    ) -> Self {
        self.compute_environment_order = input;
        self
    }
    /// See [`CreateJobQueueRequest::job_queue_name`](crate::types::CreateJobQueueRequest::job_queue_name).
    pub fn job_queue_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_name`](Self::job_queue_name).
    pub fn set_job_queue_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_name = input;
        self
    }
    /// See [`CreateJobQueueRequest::priority`](crate::types::CreateJobQueueRequest::priority).
    pub fn priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`priority`](Self::priority).
    pub fn set_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.priority = input;
        self
    }
    /// See [`CreateJobQueueRequest::scheduling_policy_arn`](crate::types::CreateJobQueueRequest::scheduling_policy_arn).
    pub fn scheduling_policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scheduling_policy_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_policy_arn`](Self::scheduling_policy_arn).
    pub fn set_scheduling_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.scheduling_policy_arn = input;
        self
    }
    /// See [`CreateJobQueueRequest::state`](crate::types::CreateJobQueueRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::JqState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::JqState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`CreateJobQueueRequest::tags`](crate::types::CreateJobQueueRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateJobQueueRequest::job_queue_type`](crate::types::CreateJobQueueRequest::job_queue_type).
    pub fn job_queue_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobQueueType>,
    ) -> Self {
        self.job_queue_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_type`](Self::job_queue_type).
    pub fn set_job_queue_type(
        mut self,
        input: ::std::option::Option<crate::types::JobQueueType>,
    ) -> Self {
        self.job_queue_type = input;
        self
    }
    /// See [`CreateJobQueueRequest::job_state_time_limit_actions`](crate::types::CreateJobQueueRequest::job_state_time_limit_actions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_state_time_limit_actions(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStateTimeLimitAction>,
    ) -> Self {
        self.job_state_time_limit_actions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`job_state_time_limit_actions`](Self::job_state_time_limit_actions).
    pub fn set_job_state_time_limit_actions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
        >,
    ) -> Self {
        self.job_state_time_limit_actions = input;
        self
    }
    /// See [`CreateJobQueueRequest::service_environment_order`](crate::types::CreateJobQueueRequest::service_environment_order).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn service_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentOrder>,
    ) -> Self {
        self.service_environment_order
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`service_environment_order`](Self::service_environment_order).
    pub fn set_service_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
        >,
    ) -> Self {
        self.service_environment_order = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateJobQueueRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateJobQueueRequest {
            compute_environment_order: self.compute_environment_order,
            job_queue_name: self
                .job_queue_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateJobQueueRequest",
                        "job_queue_name",
                    ),
                )?,
            priority: self
                .priority
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateJobQueueRequest",
                        "priority",
                    ),
                )?,
            scheduling_policy_arn: self.scheduling_policy_arn,
            state: self.state,
            tags: self.tags,
            job_queue_type: self.job_queue_type,
            job_state_time_limit_actions: self.job_state_time_limit_actions,
            service_environment_order: self.service_environment_order,
        })
    }
}
/// A builder for [`CreateJobQueueResponse`](crate::types::CreateJobQueueResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateJobQueueResponseBuilder {
    pub(crate) job_queue_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateJobQueueResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateJobQueueResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateJobQueueResponseBuilder {
    /// See [`CreateJobQueueResponse::job_queue_arn`](crate::types::CreateJobQueueResponse::job_queue_arn).
    pub fn job_queue_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_arn`](Self::job_queue_arn).
    pub fn set_job_queue_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = input;
        self
    }
    /// See [`CreateJobQueueResponse::job_queue_name`](crate::types::CreateJobQueueResponse::job_queue_name).
    pub fn job_queue_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_name`](Self::job_queue_name).
    pub fn set_job_queue_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateJobQueueResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateJobQueueResponse {
            job_queue_arn: self
                .job_queue_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateJobQueueResponse",
                        "job_queue_arn",
                    ),
                )?,
            job_queue_name: self
                .job_queue_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateJobQueueResponse",
                        "job_queue_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateQuotaShareRequest`](crate::types::CreateQuotaShareRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateQuotaShareRequestBuilder {
    pub(crate) capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    >,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) preemption_configuration: ::std::option::Option<
        crate::types::QuotaSharePreemptionConfiguration,
    >,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
    pub(crate) resource_sharing_configuration: ::std::option::Option<
        crate::types::QuotaShareResourceSharingConfiguration,
    >,
    pub(crate) state: ::std::option::Option<crate::types::QuotaShareState>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateQuotaShareRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateQuotaShareRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateQuotaShareRequestBuilder {
    /// See [`CreateQuotaShareRequest::capacity_limits`](crate::types::CreateQuotaShareRequest::capacity_limits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareCapacityLimit>,
    ) -> Self {
        self.capacity_limits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
        >,
    ) -> Self {
        self.capacity_limits = input;
        self
    }
    /// See [`CreateQuotaShareRequest::job_queue`](crate::types::CreateQuotaShareRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`CreateQuotaShareRequest::preemption_configuration`](crate::types::CreateQuotaShareRequest::preemption_configuration).
    pub fn preemption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preemption_configuration`](Self::preemption_configuration).
    pub fn set_preemption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = input;
        self
    }
    /// See [`CreateQuotaShareRequest::quota_share_name`](crate::types::CreateQuotaShareRequest::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// See [`CreateQuotaShareRequest::resource_sharing_configuration`](crate::types::CreateQuotaShareRequest::resource_sharing_configuration).
    pub fn resource_sharing_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_sharing_configuration`](Self::resource_sharing_configuration).
    pub fn set_resource_sharing_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = input;
        self
    }
    /// See [`CreateQuotaShareRequest::state`](crate::types::CreateQuotaShareRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`CreateQuotaShareRequest::tags`](crate::types::CreateQuotaShareRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateQuotaShareRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateQuotaShareRequest {
            capacity_limits: self
                .capacity_limits
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateQuotaShareRequest",
                        "capacity_limits",
                    ),
                )?,
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateQuotaShareRequest",
                        "job_queue",
                    ),
                )?,
            preemption_configuration: self
                .preemption_configuration
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateQuotaShareRequest",
                        "preemption_configuration",
                    ),
                )?,
            quota_share_name: self
                .quota_share_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateQuotaShareRequest",
                        "quota_share_name",
                    ),
                )?,
            resource_sharing_configuration: self
                .resource_sharing_configuration
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateQuotaShareRequest",
                        "resource_sharing_configuration",
                    ),
                )?,
            state: self.state,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateQuotaShareResponse`](crate::types::CreateQuotaShareResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateQuotaShareResponseBuilder {
    pub(crate) quota_share_arn: ::std::option::Option<::std::string::String>,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateQuotaShareResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateQuotaShareResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateQuotaShareResponseBuilder {
    /// See [`CreateQuotaShareResponse::quota_share_arn`](crate::types::CreateQuotaShareResponse::quota_share_arn).
    pub fn quota_share_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_arn`](Self::quota_share_arn).
    pub fn set_quota_share_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = input;
        self
    }
    /// See [`CreateQuotaShareResponse::quota_share_name`](crate::types::CreateQuotaShareResponse::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateQuotaShareResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateQuotaShareResponse {
            quota_share_arn: self.quota_share_arn,
            quota_share_name: self.quota_share_name,
        })
    }
}
/// A builder for [`CreateSchedulingPolicyRequest`](crate::types::CreateSchedulingPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateSchedulingPolicyRequestBuilder {
    pub(crate) fairshare_policy: ::std::option::Option<crate::types::FairsharePolicy>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) quota_share_policy: ::std::option::Option<crate::types::QuotaSharePolicy>,
}
impl ::std::fmt::Debug for CreateSchedulingPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSchedulingPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateSchedulingPolicyRequestBuilder {
    /// See [`CreateSchedulingPolicyRequest::fairshare_policy`](crate::types::CreateSchedulingPolicyRequest::fairshare_policy).
    pub fn fairshare_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::FairsharePolicy>,
    ) -> Self {
        self.fairshare_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fairshare_policy`](Self::fairshare_policy).
    pub fn set_fairshare_policy(
        mut self,
        input: ::std::option::Option<crate::types::FairsharePolicy>,
    ) -> Self {
        self.fairshare_policy = input;
        self
    }
    /// See [`CreateSchedulingPolicyRequest::name`](crate::types::CreateSchedulingPolicyRequest::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`CreateSchedulingPolicyRequest::tags`](crate::types::CreateSchedulingPolicyRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateSchedulingPolicyRequest::quota_share_policy`](crate::types::CreateSchedulingPolicyRequest::quota_share_policy).
    pub fn quota_share_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePolicy>,
    ) -> Self {
        self.quota_share_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_policy`](Self::quota_share_policy).
    pub fn set_quota_share_policy(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePolicy>,
    ) -> Self {
        self.quota_share_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateSchedulingPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateSchedulingPolicyRequest {
            fairshare_policy: self.fairshare_policy,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateSchedulingPolicyRequest",
                        "name",
                    ),
                )?,
            tags: self.tags,
            quota_share_policy: self.quota_share_policy,
        })
    }
}
/// A builder for [`CreateSchedulingPolicyResponse`](crate::types::CreateSchedulingPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateSchedulingPolicyResponseBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateSchedulingPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSchedulingPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateSchedulingPolicyResponseBuilder {
    /// See [`CreateSchedulingPolicyResponse::arn`](crate::types::CreateSchedulingPolicyResponse::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// See [`CreateSchedulingPolicyResponse::name`](crate::types::CreateSchedulingPolicyResponse::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateSchedulingPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateSchedulingPolicyResponse {
            arn: self
                .arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateSchedulingPolicyResponse",
                        "arn",
                    ),
                )?,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateSchedulingPolicyResponse",
                        "name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateServiceEnvironmentRequest`](crate::types::CreateServiceEnvironmentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateServiceEnvironmentRequestBuilder {
    pub(crate) capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapacityLimit>,
    >,
    pub(crate) service_environment_name: ::std::option::Option<::std::string::String>,
    pub(crate) service_environment_type: ::std::option::Option<
        crate::types::ServiceEnvironmentType,
    >,
    pub(crate) state: ::std::option::Option<crate::types::ServiceEnvironmentState>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateServiceEnvironmentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateServiceEnvironmentRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateServiceEnvironmentRequestBuilder {
    /// See [`CreateServiceEnvironmentRequest::capacity_limits`](crate::types::CreateServiceEnvironmentRequest::capacity_limits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityLimit>,
    ) -> Self {
        self.capacity_limits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::CapacityLimit>>,
    ) -> Self {
        self.capacity_limits = input;
        self
    }
    /// See [`CreateServiceEnvironmentRequest::service_environment_name`](crate::types::CreateServiceEnvironmentRequest::service_environment_name).
    pub fn service_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_name`](Self::service_environment_name).
    pub fn set_service_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment_name = input;
        self
    }
    /// See [`CreateServiceEnvironmentRequest::service_environment_type`](crate::types::CreateServiceEnvironmentRequest::service_environment_type).
    pub fn service_environment_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentType>,
    ) -> Self {
        self.service_environment_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_type`](Self::service_environment_type).
    pub fn set_service_environment_type(
        mut self,
        input: ::std::option::Option<crate::types::ServiceEnvironmentType>,
    ) -> Self {
        self.service_environment_type = input;
        self
    }
    /// See [`CreateServiceEnvironmentRequest::state`](crate::types::CreateServiceEnvironmentRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::ServiceEnvironmentState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`CreateServiceEnvironmentRequest::tags`](crate::types::CreateServiceEnvironmentRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateServiceEnvironmentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateServiceEnvironmentRequest {
            capacity_limits: self
                .capacity_limits
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateServiceEnvironmentRequest",
                        "capacity_limits",
                    ),
                )?,
            service_environment_name: self
                .service_environment_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateServiceEnvironmentRequest",
                        "service_environment_name",
                    ),
                )?,
            service_environment_type: self
                .service_environment_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateServiceEnvironmentRequest",
                        "service_environment_type",
                    ),
                )?,
            state: self.state,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateServiceEnvironmentResponse`](crate::types::CreateServiceEnvironmentResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateServiceEnvironmentResponseBuilder {
    pub(crate) service_environment_arn: ::std::option::Option<::std::string::String>,
    pub(crate) service_environment_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateServiceEnvironmentResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateServiceEnvironmentResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateServiceEnvironmentResponseBuilder {
    /// See [`CreateServiceEnvironmentResponse::service_environment_arn`](crate::types::CreateServiceEnvironmentResponse::service_environment_arn).
    pub fn service_environment_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_arn`](Self::service_environment_arn).
    pub fn set_service_environment_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment_arn = input;
        self
    }
    /// See [`CreateServiceEnvironmentResponse::service_environment_name`](crate::types::CreateServiceEnvironmentResponse::service_environment_name).
    pub fn service_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_name`](Self::service_environment_name).
    pub fn set_service_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateServiceEnvironmentResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateServiceEnvironmentResponse {
            service_environment_arn: self
                .service_environment_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateServiceEnvironmentResponse",
                        "service_environment_arn",
                    ),
                )?,
            service_environment_name: self
                .service_environment_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateServiceEnvironmentResponse",
                        "service_environment_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteComputeEnvironmentRequest`](crate::types::DeleteComputeEnvironmentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteComputeEnvironmentRequestBuilder {
    pub(crate) compute_environment: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteComputeEnvironmentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteComputeEnvironmentRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteComputeEnvironmentRequestBuilder {
    /// See [`DeleteComputeEnvironmentRequest::compute_environment`](crate::types::DeleteComputeEnvironmentRequest::compute_environment).
    pub fn compute_environment(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment`](Self::compute_environment).
    pub fn set_compute_environment(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteComputeEnvironmentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteComputeEnvironmentRequest {
            compute_environment: self
                .compute_environment
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteComputeEnvironmentRequest",
                        "compute_environment",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteComputeEnvironmentResponse`](crate::types::DeleteComputeEnvironmentResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteComputeEnvironmentResponseBuilder {}
impl ::std::fmt::Debug for DeleteComputeEnvironmentResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteComputeEnvironmentResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteComputeEnvironmentResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteComputeEnvironmentResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteComputeEnvironmentResponse {
        })
    }
}
/// A builder for [`DeleteConsumableResourceRequest`](crate::types::DeleteConsumableResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteConsumableResourceRequestBuilder {
    pub(crate) consumable_resource: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteConsumableResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteConsumableResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteConsumableResourceRequestBuilder {
    /// See [`DeleteConsumableResourceRequest::consumable_resource`](crate::types::DeleteConsumableResourceRequest::consumable_resource).
    pub fn consumable_resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource`](Self::consumable_resource).
    pub fn set_consumable_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteConsumableResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteConsumableResourceRequest {
            consumable_resource: self
                .consumable_resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteConsumableResourceRequest",
                        "consumable_resource",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteConsumableResourceResponse`](crate::types::DeleteConsumableResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteConsumableResourceResponseBuilder {}
impl ::std::fmt::Debug for DeleteConsumableResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteConsumableResourceResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteConsumableResourceResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteConsumableResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteConsumableResourceResponse {
        })
    }
}
/// A builder for [`DeleteJobQueueRequest`](crate::types::DeleteJobQueueRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteJobQueueRequestBuilder {
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteJobQueueRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteJobQueueRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteJobQueueRequestBuilder {
    /// See [`DeleteJobQueueRequest::job_queue`](crate::types::DeleteJobQueueRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteJobQueueRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteJobQueueRequest {
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteJobQueueRequest",
                        "job_queue",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteJobQueueResponse`](crate::types::DeleteJobQueueResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteJobQueueResponseBuilder {}
impl ::std::fmt::Debug for DeleteJobQueueResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteJobQueueResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteJobQueueResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteJobQueueResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteJobQueueResponse {
        })
    }
}
/// A builder for [`DeleteQuotaShareRequest`](crate::types::DeleteQuotaShareRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteQuotaShareRequestBuilder {
    pub(crate) quota_share_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteQuotaShareRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteQuotaShareRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteQuotaShareRequestBuilder {
    /// See [`DeleteQuotaShareRequest::quota_share_arn`](crate::types::DeleteQuotaShareRequest::quota_share_arn).
    pub fn quota_share_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_arn`](Self::quota_share_arn).
    pub fn set_quota_share_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteQuotaShareRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteQuotaShareRequest {
            quota_share_arn: self
                .quota_share_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteQuotaShareRequest",
                        "quota_share_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteQuotaShareResponse`](crate::types::DeleteQuotaShareResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteQuotaShareResponseBuilder {}
impl ::std::fmt::Debug for DeleteQuotaShareResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteQuotaShareResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteQuotaShareResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteQuotaShareResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteQuotaShareResponse {
        })
    }
}
/// A builder for [`DeleteSchedulingPolicyRequest`](crate::types::DeleteSchedulingPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteSchedulingPolicyRequestBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteSchedulingPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteSchedulingPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteSchedulingPolicyRequestBuilder {
    /// See [`DeleteSchedulingPolicyRequest::arn`](crate::types::DeleteSchedulingPolicyRequest::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteSchedulingPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteSchedulingPolicyRequest {
            arn: self
                .arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteSchedulingPolicyRequest",
                        "arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteSchedulingPolicyResponse`](crate::types::DeleteSchedulingPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteSchedulingPolicyResponseBuilder {}
impl ::std::fmt::Debug for DeleteSchedulingPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteSchedulingPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteSchedulingPolicyResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteSchedulingPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteSchedulingPolicyResponse {
        })
    }
}
/// A builder for [`DeleteServiceEnvironmentRequest`](crate::types::DeleteServiceEnvironmentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteServiceEnvironmentRequestBuilder {
    pub(crate) service_environment: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteServiceEnvironmentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteServiceEnvironmentRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteServiceEnvironmentRequestBuilder {
    /// See [`DeleteServiceEnvironmentRequest::service_environment`](crate::types::DeleteServiceEnvironmentRequest::service_environment).
    pub fn service_environment(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment`](Self::service_environment).
    pub fn set_service_environment(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteServiceEnvironmentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteServiceEnvironmentRequest {
            service_environment: self
                .service_environment
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteServiceEnvironmentRequest",
                        "service_environment",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteServiceEnvironmentResponse`](crate::types::DeleteServiceEnvironmentResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteServiceEnvironmentResponseBuilder {}
impl ::std::fmt::Debug for DeleteServiceEnvironmentResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteServiceEnvironmentResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteServiceEnvironmentResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteServiceEnvironmentResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteServiceEnvironmentResponse {
        })
    }
}
/// A builder for [`DeregisterJobDefinitionRequest`](crate::types::DeregisterJobDefinitionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeregisterJobDefinitionRequestBuilder {
    pub(crate) job_definition: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeregisterJobDefinitionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeregisterJobDefinitionRequestBuilder").finish_non_exhaustive()
    }
}
impl DeregisterJobDefinitionRequestBuilder {
    /// See [`DeregisterJobDefinitionRequest::job_definition`](crate::types::DeregisterJobDefinitionRequest::job_definition).
    pub fn job_definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition`](Self::job_definition).
    pub fn set_job_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeregisterJobDefinitionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeregisterJobDefinitionRequest {
            job_definition: self
                .job_definition
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeregisterJobDefinitionRequest",
                        "job_definition",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeregisterJobDefinitionResponse`](crate::types::DeregisterJobDefinitionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeregisterJobDefinitionResponseBuilder {}
impl ::std::fmt::Debug for DeregisterJobDefinitionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeregisterJobDefinitionResponseBuilder").finish_non_exhaustive()
    }
}
impl DeregisterJobDefinitionResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeregisterJobDefinitionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeregisterJobDefinitionResponse {
        })
    }
}
/// A builder for [`DescribeComputeEnvironmentsRequest`](crate::types::DescribeComputeEnvironmentsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeComputeEnvironmentsRequestBuilder {
    pub(crate) compute_environments: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeComputeEnvironmentsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeComputeEnvironmentsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeComputeEnvironmentsRequestBuilder {
    /// See [`DescribeComputeEnvironmentsRequest::compute_environments`](crate::types::DescribeComputeEnvironmentsRequest::compute_environments).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_environments(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environments
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compute_environments`](Self::compute_environments).
    pub fn set_compute_environments(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.compute_environments = input;
        self
    }
    /// See [`DescribeComputeEnvironmentsRequest::max_results`](crate::types::DescribeComputeEnvironmentsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeComputeEnvironmentsRequest::next_token`](crate::types::DescribeComputeEnvironmentsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeComputeEnvironmentsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeComputeEnvironmentsRequest {
            compute_environments: self.compute_environments,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeComputeEnvironmentsResponse`](crate::types::DescribeComputeEnvironmentsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeComputeEnvironmentsResponseBuilder {
    pub(crate) compute_environments: ::std::option::Option<
        ::std::vec::Vec<crate::types::ComputeEnvironmentDetail>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeComputeEnvironmentsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeComputeEnvironmentsResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeComputeEnvironmentsResponseBuilder {
    /// See [`DescribeComputeEnvironmentsResponse::compute_environments`](crate::types::DescribeComputeEnvironmentsResponse::compute_environments).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_environments(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeEnvironmentDetail>,
    ) -> Self {
        self.compute_environments
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compute_environments`](Self::compute_environments).
    pub fn set_compute_environments(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ComputeEnvironmentDetail>,
        >,
    ) -> Self {
        self.compute_environments = input;
        self
    }
    /// See [`DescribeComputeEnvironmentsResponse::next_token`](crate::types::DescribeComputeEnvironmentsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeComputeEnvironmentsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeComputeEnvironmentsResponse {
            compute_environments: self.compute_environments,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeConsumableResourceRequest`](crate::types::DescribeConsumableResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeConsumableResourceRequestBuilder {
    pub(crate) consumable_resource: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeConsumableResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeConsumableResourceRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeConsumableResourceRequestBuilder {
    /// See [`DescribeConsumableResourceRequest::consumable_resource`](crate::types::DescribeConsumableResourceRequest::consumable_resource).
    pub fn consumable_resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource`](Self::consumable_resource).
    pub fn set_consumable_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeConsumableResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeConsumableResourceRequest {
            consumable_resource: self
                .consumable_resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeConsumableResourceRequest",
                        "consumable_resource",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeConsumableResourceResponse`](crate::types::DescribeConsumableResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeConsumableResourceResponseBuilder {
    pub(crate) available_quantity: ::std::option::Option<i64>,
    pub(crate) consumable_resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource_name: ::std::option::Option<::std::string::String>,
    pub(crate) created_at: ::std::option::Option<i64>,
    pub(crate) in_use_quantity: ::std::option::Option<i64>,
    pub(crate) resource_type: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) total_quantity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for DescribeConsumableResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeConsumableResourceResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeConsumableResourceResponseBuilder {
    /// See [`DescribeConsumableResourceResponse::available_quantity`](crate::types::DescribeConsumableResourceResponse::available_quantity).
    pub fn available_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.available_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`available_quantity`](Self::available_quantity).
    pub fn set_available_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.available_quantity = input;
        self
    }
    /// See [`DescribeConsumableResourceResponse::consumable_resource_arn`](crate::types::DescribeConsumableResourceResponse::consumable_resource_arn).
    pub fn consumable_resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_arn`](Self::consumable_resource_arn).
    pub fn set_consumable_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = input;
        self
    }
    /// See [`DescribeConsumableResourceResponse::consumable_resource_name`](crate::types::DescribeConsumableResourceResponse::consumable_resource_name).
    pub fn consumable_resource_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_name`](Self::consumable_resource_name).
    pub fn set_consumable_resource_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = input;
        self
    }
    /// See [`DescribeConsumableResourceResponse::created_at`](crate::types::DescribeConsumableResourceResponse::created_at).
    pub fn created_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.created_at = input;
        self
    }
    /// See [`DescribeConsumableResourceResponse::in_use_quantity`](crate::types::DescribeConsumableResourceResponse::in_use_quantity).
    pub fn in_use_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.in_use_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`in_use_quantity`](Self::in_use_quantity).
    pub fn set_in_use_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.in_use_quantity = input;
        self
    }
    /// See [`DescribeConsumableResourceResponse::resource_type`](crate::types::DescribeConsumableResourceResponse::resource_type).
    pub fn resource_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_type`](Self::resource_type).
    pub fn set_resource_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_type = input;
        self
    }
    /// See [`DescribeConsumableResourceResponse::tags`](crate::types::DescribeConsumableResourceResponse::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`DescribeConsumableResourceResponse::total_quantity`](crate::types::DescribeConsumableResourceResponse::total_quantity).
    pub fn total_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_quantity`](Self::total_quantity).
    pub fn set_total_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeConsumableResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeConsumableResourceResponse {
            available_quantity: self.available_quantity,
            consumable_resource_arn: self
                .consumable_resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeConsumableResourceResponse",
                        "consumable_resource_arn",
                    ),
                )?,
            consumable_resource_name: self
                .consumable_resource_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeConsumableResourceResponse",
                        "consumable_resource_name",
                    ),
                )?,
            created_at: self.created_at,
            in_use_quantity: self.in_use_quantity,
            resource_type: self.resource_type,
            tags: self.tags,
            total_quantity: self.total_quantity,
        })
    }
}
/// A builder for [`DescribeJobDefinitionsRequest`](crate::types::DescribeJobDefinitionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeJobDefinitionsRequestBuilder {
    pub(crate) job_definition_name: ::std::option::Option<::std::string::String>,
    pub(crate) job_definitions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeJobDefinitionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeJobDefinitionsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeJobDefinitionsRequestBuilder {
    /// See [`DescribeJobDefinitionsRequest::job_definition_name`](crate::types::DescribeJobDefinitionsRequest::job_definition_name).
    pub fn job_definition_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition_name`](Self::job_definition_name).
    pub fn set_job_definition_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition_name = input;
        self
    }
    /// See [`DescribeJobDefinitionsRequest::job_definitions`](crate::types::DescribeJobDefinitionsRequest::job_definitions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_definitions(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definitions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`job_definitions`](Self::job_definitions).
    pub fn set_job_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.job_definitions = input;
        self
    }
    /// See [`DescribeJobDefinitionsRequest::max_results`](crate::types::DescribeJobDefinitionsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeJobDefinitionsRequest::next_token`](crate::types::DescribeJobDefinitionsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeJobDefinitionsRequest::status`](crate::types::DescribeJobDefinitionsRequest::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeJobDefinitionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeJobDefinitionsRequest {
            job_definition_name: self.job_definition_name,
            job_definitions: self.job_definitions,
            max_results: self.max_results,
            next_token: self.next_token,
            status: self.status,
        })
    }
}
/// A builder for [`DescribeJobDefinitionsResponse`](crate::types::DescribeJobDefinitionsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeJobDefinitionsResponseBuilder {
    pub(crate) job_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobDefinition>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeJobDefinitionsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeJobDefinitionsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeJobDefinitionsResponseBuilder {
    /// See [`DescribeJobDefinitionsResponse::job_definitions`](crate::types::DescribeJobDefinitionsResponse::job_definitions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_definitions(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobDefinition>,
    ) -> Self {
        self.job_definitions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`job_definitions`](Self::job_definitions).
    pub fn set_job_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JobDefinition>>,
    ) -> Self {
        self.job_definitions = input;
        self
    }
    /// See [`DescribeJobDefinitionsResponse::next_token`](crate::types::DescribeJobDefinitionsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeJobDefinitionsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeJobDefinitionsResponse {
            job_definitions: self.job_definitions,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeJobQueuesRequest`](crate::types::DescribeJobQueuesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeJobQueuesRequestBuilder {
    pub(crate) job_queues: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeJobQueuesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeJobQueuesRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeJobQueuesRequestBuilder {
    /// See [`DescribeJobQueuesRequest::job_queues`](crate::types::DescribeJobQueuesRequest::job_queues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_queues(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`job_queues`](Self::job_queues).
    pub fn set_job_queues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.job_queues = input;
        self
    }
    /// See [`DescribeJobQueuesRequest::max_results`](crate::types::DescribeJobQueuesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeJobQueuesRequest::next_token`](crate::types::DescribeJobQueuesRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeJobQueuesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeJobQueuesRequest {
            job_queues: self.job_queues,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeJobQueuesResponse`](crate::types::DescribeJobQueuesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeJobQueuesResponseBuilder {
    pub(crate) job_queues: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobQueueDetail>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeJobQueuesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeJobQueuesResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeJobQueuesResponseBuilder {
    /// See [`DescribeJobQueuesResponse::job_queues`](crate::types::DescribeJobQueuesResponse::job_queues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_queues(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobQueueDetail>,
    ) -> Self {
        self.job_queues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`job_queues`](Self::job_queues).
    pub fn set_job_queues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JobQueueDetail>>,
    ) -> Self {
        self.job_queues = input;
        self
    }
    /// See [`DescribeJobQueuesResponse::next_token`](crate::types::DescribeJobQueuesResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeJobQueuesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeJobQueuesResponse {
            job_queues: self.job_queues,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeJobsRequest`](crate::types::DescribeJobsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeJobsRequestBuilder {
    pub(crate) jobs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for DescribeJobsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeJobsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeJobsRequestBuilder {
    /// See [`DescribeJobsRequest::jobs`](crate::types::DescribeJobsRequest::jobs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn jobs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.jobs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`jobs`](Self::jobs).
    pub fn set_jobs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.jobs = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeJobsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeJobsRequest {
            jobs: self
                .jobs
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeJobsRequest", "jobs"),
                )?,
        })
    }
}
/// A builder for [`DescribeJobsResponse`](crate::types::DescribeJobsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeJobsResponseBuilder {
    pub(crate) jobs: ::std::option::Option<::std::vec::Vec<crate::types::JobDetail>>,
}
impl ::std::fmt::Debug for DescribeJobsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeJobsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeJobsResponseBuilder {
    /// See [`DescribeJobsResponse::jobs`](crate::types::DescribeJobsResponse::jobs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn jobs(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobDetail>,
    ) -> Self {
        self.jobs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`jobs`](Self::jobs).
    pub fn set_jobs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JobDetail>>,
    ) -> Self {
        self.jobs = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeJobsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeJobsResponse {
            jobs: self.jobs,
        })
    }
}
/// A builder for [`DescribeQuotaShareRequest`](crate::types::DescribeQuotaShareRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeQuotaShareRequestBuilder {
    pub(crate) quota_share_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeQuotaShareRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeQuotaShareRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeQuotaShareRequestBuilder {
    /// See [`DescribeQuotaShareRequest::quota_share_arn`](crate::types::DescribeQuotaShareRequest::quota_share_arn).
    pub fn quota_share_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_arn`](Self::quota_share_arn).
    pub fn set_quota_share_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeQuotaShareRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeQuotaShareRequest {
            quota_share_arn: self
                .quota_share_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeQuotaShareRequest",
                        "quota_share_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeQuotaShareResponse`](crate::types::DescribeQuotaShareResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeQuotaShareResponseBuilder {
    pub(crate) capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    >,
    pub(crate) job_queue_arn: ::std::option::Option<::std::string::String>,
    pub(crate) preemption_configuration: ::std::option::Option<
        crate::types::QuotaSharePreemptionConfiguration,
    >,
    pub(crate) quota_share_arn: ::std::option::Option<::std::string::String>,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
    pub(crate) resource_sharing_configuration: ::std::option::Option<
        crate::types::QuotaShareResourceSharingConfiguration,
    >,
    pub(crate) state: ::std::option::Option<crate::types::QuotaShareState>,
    pub(crate) status: ::std::option::Option<crate::types::QuotaShareStatus>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for DescribeQuotaShareResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeQuotaShareResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeQuotaShareResponseBuilder {
    /// See [`DescribeQuotaShareResponse::capacity_limits`](crate::types::DescribeQuotaShareResponse::capacity_limits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareCapacityLimit>,
    ) -> Self {
        self.capacity_limits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
        >,
    ) -> Self {
        self.capacity_limits = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::job_queue_arn`](crate::types::DescribeQuotaShareResponse::job_queue_arn).
    pub fn job_queue_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_arn`](Self::job_queue_arn).
    pub fn set_job_queue_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::preemption_configuration`](crate::types::DescribeQuotaShareResponse::preemption_configuration).
    pub fn preemption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preemption_configuration`](Self::preemption_configuration).
    pub fn set_preemption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::quota_share_arn`](crate::types::DescribeQuotaShareResponse::quota_share_arn).
    pub fn quota_share_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_arn`](Self::quota_share_arn).
    pub fn set_quota_share_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::quota_share_name`](crate::types::DescribeQuotaShareResponse::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::resource_sharing_configuration`](crate::types::DescribeQuotaShareResponse::resource_sharing_configuration).
    pub fn resource_sharing_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_sharing_configuration`](Self::resource_sharing_configuration).
    pub fn set_resource_sharing_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::state`](crate::types::DescribeQuotaShareResponse::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::status`](crate::types::DescribeQuotaShareResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`DescribeQuotaShareResponse::tags`](crate::types::DescribeQuotaShareResponse::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeQuotaShareResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeQuotaShareResponse {
            capacity_limits: self.capacity_limits,
            job_queue_arn: self.job_queue_arn,
            preemption_configuration: self.preemption_configuration,
            quota_share_arn: self.quota_share_arn,
            quota_share_name: self.quota_share_name,
            resource_sharing_configuration: self.resource_sharing_configuration,
            state: self.state,
            status: self.status,
            tags: self.tags,
        })
    }
}
/// A builder for [`DescribeSchedulingPoliciesRequest`](crate::types::DescribeSchedulingPoliciesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeSchedulingPoliciesRequestBuilder {
    pub(crate) arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for DescribeSchedulingPoliciesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSchedulingPoliciesRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeSchedulingPoliciesRequestBuilder {
    /// See [`DescribeSchedulingPoliciesRequest::arns`](crate::types::DescribeSchedulingPoliciesRequest::arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`arns`](Self::arns).
    pub fn set_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.arns = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeSchedulingPoliciesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeSchedulingPoliciesRequest {
            arns: self
                .arns
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeSchedulingPoliciesRequest",
                        "arns",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeSchedulingPoliciesResponse`](crate::types::DescribeSchedulingPoliciesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeSchedulingPoliciesResponseBuilder {
    pub(crate) scheduling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::SchedulingPolicyDetail>,
    >,
}
impl ::std::fmt::Debug for DescribeSchedulingPoliciesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSchedulingPoliciesResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeSchedulingPoliciesResponseBuilder {
    /// See [`DescribeSchedulingPoliciesResponse::scheduling_policies`](crate::types::DescribeSchedulingPoliciesResponse::scheduling_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn scheduling_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::SchedulingPolicyDetail>,
    ) -> Self {
        self.scheduling_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`scheduling_policies`](Self::scheduling_policies).
    pub fn set_scheduling_policies(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::SchedulingPolicyDetail>,
        >,
    ) -> Self {
        self.scheduling_policies = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeSchedulingPoliciesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeSchedulingPoliciesResponse {
            scheduling_policies: self.scheduling_policies,
        })
    }
}
/// A builder for [`DescribeServiceEnvironmentsRequest`](crate::types::DescribeServiceEnvironmentsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeServiceEnvironmentsRequestBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) service_environments: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for DescribeServiceEnvironmentsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeServiceEnvironmentsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeServiceEnvironmentsRequestBuilder {
    /// See [`DescribeServiceEnvironmentsRequest::max_results`](crate::types::DescribeServiceEnvironmentsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeServiceEnvironmentsRequest::next_token`](crate::types::DescribeServiceEnvironmentsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeServiceEnvironmentsRequest::service_environments`](crate::types::DescribeServiceEnvironmentsRequest::service_environments).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn service_environments(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environments
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`service_environments`](Self::service_environments).
    pub fn set_service_environments(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.service_environments = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeServiceEnvironmentsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeServiceEnvironmentsRequest {
            max_results: self.max_results,
            next_token: self.next_token,
            service_environments: self.service_environments,
        })
    }
}
/// A builder for [`DescribeServiceEnvironmentsResponse`](crate::types::DescribeServiceEnvironmentsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeServiceEnvironmentsResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) service_environments: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentDetail>,
    >,
}
impl ::std::fmt::Debug for DescribeServiceEnvironmentsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeServiceEnvironmentsResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeServiceEnvironmentsResponseBuilder {
    /// See [`DescribeServiceEnvironmentsResponse::next_token`](crate::types::DescribeServiceEnvironmentsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`DescribeServiceEnvironmentsResponse::service_environments`](crate::types::DescribeServiceEnvironmentsResponse::service_environments).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn service_environments(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentDetail>,
    ) -> Self {
        self.service_environments
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`service_environments`](Self::service_environments).
    pub fn set_service_environments(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceEnvironmentDetail>,
        >,
    ) -> Self {
        self.service_environments = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeServiceEnvironmentsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeServiceEnvironmentsResponse {
            next_token: self.next_token,
            service_environments: self.service_environments,
        })
    }
}
/// A builder for [`DescribeServiceJobRequest`](crate::types::DescribeServiceJobRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeServiceJobRequestBuilder {
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeServiceJobRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeServiceJobRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeServiceJobRequestBuilder {
    /// See [`DescribeServiceJobRequest::job_id`](crate::types::DescribeServiceJobRequest::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeServiceJobRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeServiceJobRequest {
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeServiceJobRequest",
                        "job_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeServiceJobResponse`](crate::types::DescribeServiceJobResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeServiceJobResponseBuilder {
    pub(crate) attempts: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobAttemptDetail>,
    >,
    pub(crate) capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobCapacityUsageDetail>,
    >,
    pub(crate) created_at: ::std::option::Option<i64>,
    pub(crate) is_terminated: ::std::option::Option<bool>,
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) latest_attempt: ::std::option::Option<
        crate::types::LatestServiceJobAttempt,
    >,
    pub(crate) preemption_configuration: ::std::option::Option<
        crate::types::ServiceJobPreemptionConfiguration,
    >,
    pub(crate) preemption_summary: ::std::option::Option<
        crate::types::ServiceJobPreemptionSummary,
    >,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
    pub(crate) retry_strategy: ::std::option::Option<
        crate::types::ServiceJobRetryStrategy,
    >,
    pub(crate) scheduled_at: ::std::option::Option<i64>,
    pub(crate) scheduling_priority: ::std::option::Option<i64>,
    pub(crate) service_job_type: ::std::option::Option<crate::types::ServiceJobType>,
    pub(crate) service_request_payload: ::std::option::Option<::std::string::String>,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<crate::types::ServiceJobStatus>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout_config: ::std::option::Option<crate::types::ServiceJobTimeout>,
}
impl ::std::fmt::Debug for DescribeServiceJobResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeServiceJobResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeServiceJobResponseBuilder {
    /// See [`DescribeServiceJobResponse::attempts`](crate::types::DescribeServiceJobResponse::attempts).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attempts(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobAttemptDetail>,
    ) -> Self {
        self.attempts.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`attempts`](Self::attempts).
    pub fn set_attempts(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceJobAttemptDetail>,
        >,
    ) -> Self {
        self.attempts = input;
        self
    }
    /// See [`DescribeServiceJobResponse::capacity_usage`](crate::types::DescribeServiceJobResponse::capacity_usage).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobCapacityUsageDetail>,
    ) -> Self {
        self.capacity_usage.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_usage`](Self::capacity_usage).
    pub fn set_capacity_usage(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceJobCapacityUsageDetail>,
        >,
    ) -> Self {
        self.capacity_usage = input;
        self
    }
    /// See [`DescribeServiceJobResponse::created_at`](crate::types::DescribeServiceJobResponse::created_at).
    pub fn created_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.created_at = input;
        self
    }
    /// See [`DescribeServiceJobResponse::is_terminated`](crate::types::DescribeServiceJobResponse::is_terminated).
    pub fn is_terminated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_terminated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_terminated`](Self::is_terminated).
    pub fn set_is_terminated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_terminated = input;
        self
    }
    /// See [`DescribeServiceJobResponse::job_arn`](crate::types::DescribeServiceJobResponse::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`DescribeServiceJobResponse::job_id`](crate::types::DescribeServiceJobResponse::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`DescribeServiceJobResponse::job_name`](crate::types::DescribeServiceJobResponse::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// See [`DescribeServiceJobResponse::job_queue`](crate::types::DescribeServiceJobResponse::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`DescribeServiceJobResponse::latest_attempt`](crate::types::DescribeServiceJobResponse::latest_attempt).
    pub fn latest_attempt(
        mut self,
        input: impl ::std::convert::Into<crate::types::LatestServiceJobAttempt>,
    ) -> Self {
        self.latest_attempt = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latest_attempt`](Self::latest_attempt).
    pub fn set_latest_attempt(
        mut self,
        input: ::std::option::Option<crate::types::LatestServiceJobAttempt>,
    ) -> Self {
        self.latest_attempt = input;
        self
    }
    /// See [`DescribeServiceJobResponse::preemption_configuration`](crate::types::DescribeServiceJobResponse::preemption_configuration).
    pub fn preemption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobPreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preemption_configuration`](Self::preemption_configuration).
    pub fn set_preemption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobPreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = input;
        self
    }
    /// See [`DescribeServiceJobResponse::preemption_summary`](crate::types::DescribeServiceJobResponse::preemption_summary).
    pub fn preemption_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobPreemptionSummary>,
    ) -> Self {
        self.preemption_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preemption_summary`](Self::preemption_summary).
    pub fn set_preemption_summary(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobPreemptionSummary>,
    ) -> Self {
        self.preemption_summary = input;
        self
    }
    /// See [`DescribeServiceJobResponse::quota_share_name`](crate::types::DescribeServiceJobResponse::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// See [`DescribeServiceJobResponse::retry_strategy`](crate::types::DescribeServiceJobResponse::retry_strategy).
    pub fn retry_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobRetryStrategy>,
    ) -> Self {
        self.retry_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_strategy`](Self::retry_strategy).
    pub fn set_retry_strategy(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobRetryStrategy>,
    ) -> Self {
        self.retry_strategy = input;
        self
    }
    /// See [`DescribeServiceJobResponse::scheduled_at`](crate::types::DescribeServiceJobResponse::scheduled_at).
    pub fn scheduled_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduled_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduled_at`](Self::scheduled_at).
    pub fn set_scheduled_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduled_at = input;
        self
    }
    /// See [`DescribeServiceJobResponse::scheduling_priority`](crate::types::DescribeServiceJobResponse::scheduling_priority).
    pub fn scheduling_priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduling_priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_priority`](Self::scheduling_priority).
    pub fn set_scheduling_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduling_priority = input;
        self
    }
    /// See [`DescribeServiceJobResponse::service_job_type`](crate::types::DescribeServiceJobResponse::service_job_type).
    pub fn service_job_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobType>,
    ) -> Self {
        self.service_job_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_job_type`](Self::service_job_type).
    pub fn set_service_job_type(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobType>,
    ) -> Self {
        self.service_job_type = input;
        self
    }
    /// See [`DescribeServiceJobResponse::service_request_payload`](crate::types::DescribeServiceJobResponse::service_request_payload).
    pub fn service_request_payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_request_payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_request_payload`](Self::service_request_payload).
    pub fn set_service_request_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_request_payload = input;
        self
    }
    /// See [`DescribeServiceJobResponse::share_identifier`](crate::types::DescribeServiceJobResponse::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// See [`DescribeServiceJobResponse::started_at`](crate::types::DescribeServiceJobResponse::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`DescribeServiceJobResponse::status`](crate::types::DescribeServiceJobResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`DescribeServiceJobResponse::status_reason`](crate::types::DescribeServiceJobResponse::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`DescribeServiceJobResponse::stopped_at`](crate::types::DescribeServiceJobResponse::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// See [`DescribeServiceJobResponse::tags`](crate::types::DescribeServiceJobResponse::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`DescribeServiceJobResponse::timeout_config`](crate::types::DescribeServiceJobResponse::timeout_config).
    pub fn timeout_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobTimeout>,
    ) -> Self {
        self.timeout_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_config`](Self::timeout_config).
    pub fn set_timeout_config(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobTimeout>,
    ) -> Self {
        self.timeout_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeServiceJobResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeServiceJobResponse {
            attempts: self.attempts,
            capacity_usage: self.capacity_usage,
            created_at: self.created_at,
            is_terminated: self.is_terminated,
            job_arn: self.job_arn,
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeServiceJobResponse",
                        "job_id",
                    ),
                )?,
            job_name: self
                .job_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeServiceJobResponse",
                        "job_name",
                    ),
                )?,
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeServiceJobResponse",
                        "job_queue",
                    ),
                )?,
            latest_attempt: self.latest_attempt,
            preemption_configuration: self.preemption_configuration,
            preemption_summary: self.preemption_summary,
            quota_share_name: self.quota_share_name,
            retry_strategy: self.retry_strategy,
            scheduled_at: self.scheduled_at,
            scheduling_priority: self.scheduling_priority,
            service_job_type: self
                .service_job_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeServiceJobResponse",
                        "service_job_type",
                    ),
                )?,
            service_request_payload: self.service_request_payload,
            share_identifier: self.share_identifier,
            started_at: self
                .started_at
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeServiceJobResponse",
                        "started_at",
                    ),
                )?,
            status: self
                .status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeServiceJobResponse",
                        "status",
                    ),
                )?,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
            tags: self.tags,
            timeout_config: self.timeout_config,
        })
    }
}
/// A builder for [`Device`](crate::types::Device).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeviceBuilder {
    pub(crate) container_path: ::std::option::Option<::std::string::String>,
    pub(crate) host_path: ::std::option::Option<::std::string::String>,
    pub(crate) permissions: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeviceCgroupPermission>,
    >,
}
impl ::std::fmt::Debug for DeviceBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeviceBuilder").finish_non_exhaustive()
    }
}
impl DeviceBuilder {
    /// See [`Device::container_path`](crate::types::Device::container_path).
    pub fn container_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_path`](Self::container_path).
    pub fn set_container_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_path = input;
        self
    }
    /// See [`Device::host_path`](crate::types::Device::host_path).
    pub fn host_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`host_path`](Self::host_path).
    pub fn set_host_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.host_path = input;
        self
    }
    /// See [`Device::permissions`](crate::types::Device::permissions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn permissions(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeviceCgroupPermission>,
    ) -> Self {
        self.permissions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`permissions`](Self::permissions).
    pub fn set_permissions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::DeviceCgroupPermission>,
        >,
    ) -> Self {
        self.permissions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Device, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Device {
            container_path: self.container_path,
            host_path: self
                .host_path
                .ok_or(crate::runtime::BuildError::missing("Device", "host_path"))?,
            permissions: self.permissions,
        })
    }
}
/// A builder for [`EfsAuthorizationConfig`](crate::types::EfsAuthorizationConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EfsAuthorizationConfigBuilder {
    pub(crate) access_point_id: ::std::option::Option<::std::string::String>,
    pub(crate) iam: ::std::option::Option<crate::types::EfsAuthorizationConfigIam>,
}
impl ::std::fmt::Debug for EfsAuthorizationConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EfsAuthorizationConfigBuilder").finish_non_exhaustive()
    }
}
impl EfsAuthorizationConfigBuilder {
    /// See [`EfsAuthorizationConfig::access_point_id`](crate::types::EfsAuthorizationConfig::access_point_id).
    pub fn access_point_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_point_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_point_id`](Self::access_point_id).
    pub fn set_access_point_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.access_point_id = input;
        self
    }
    /// See [`EfsAuthorizationConfig::iam`](crate::types::EfsAuthorizationConfig::iam).
    pub fn iam(
        mut self,
        input: impl ::std::convert::Into<crate::types::EfsAuthorizationConfigIam>,
    ) -> Self {
        self.iam = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`iam`](Self::iam).
    pub fn set_iam(
        mut self,
        input: ::std::option::Option<crate::types::EfsAuthorizationConfigIam>,
    ) -> Self {
        self.iam = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EfsAuthorizationConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EfsAuthorizationConfig {
            access_point_id: self.access_point_id,
            iam: self.iam,
        })
    }
}
/// A builder for [`EfsVolumeConfiguration`](crate::types::EfsVolumeConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EfsVolumeConfigurationBuilder {
    pub(crate) authorization_config: ::std::option::Option<
        crate::types::EfsAuthorizationConfig,
    >,
    pub(crate) file_system_id: ::std::option::Option<::std::string::String>,
    pub(crate) root_directory: ::std::option::Option<::std::string::String>,
    pub(crate) transit_encryption: ::std::option::Option<
        crate::types::EfsTransitEncryption,
    >,
    pub(crate) transit_encryption_port: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for EfsVolumeConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EfsVolumeConfigurationBuilder").finish_non_exhaustive()
    }
}
impl EfsVolumeConfigurationBuilder {
    /// See [`EfsVolumeConfiguration::authorization_config`](crate::types::EfsVolumeConfiguration::authorization_config).
    pub fn authorization_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EfsAuthorizationConfig>,
    ) -> Self {
        self.authorization_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorization_config`](Self::authorization_config).
    pub fn set_authorization_config(
        mut self,
        input: ::std::option::Option<crate::types::EfsAuthorizationConfig>,
    ) -> Self {
        self.authorization_config = input;
        self
    }
    /// See [`EfsVolumeConfiguration::file_system_id`](crate::types::EfsVolumeConfiguration::file_system_id).
    pub fn file_system_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_system_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`file_system_id`](Self::file_system_id).
    pub fn set_file_system_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.file_system_id = input;
        self
    }
    /// See [`EfsVolumeConfiguration::root_directory`](crate::types::EfsVolumeConfiguration::root_directory).
    pub fn root_directory(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.root_directory = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`root_directory`](Self::root_directory).
    pub fn set_root_directory(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.root_directory = input;
        self
    }
    /// See [`EfsVolumeConfiguration::transit_encryption`](crate::types::EfsVolumeConfiguration::transit_encryption).
    pub fn transit_encryption(
        mut self,
        input: impl ::std::convert::Into<crate::types::EfsTransitEncryption>,
    ) -> Self {
        self.transit_encryption = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`transit_encryption`](Self::transit_encryption).
    pub fn set_transit_encryption(
        mut self,
        input: ::std::option::Option<crate::types::EfsTransitEncryption>,
    ) -> Self {
        self.transit_encryption = input;
        self
    }
    /// See [`EfsVolumeConfiguration::transit_encryption_port`](crate::types::EfsVolumeConfiguration::transit_encryption_port).
    pub fn transit_encryption_port(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.transit_encryption_port = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`transit_encryption_port`](Self::transit_encryption_port).
    pub fn set_transit_encryption_port(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.transit_encryption_port = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EfsVolumeConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EfsVolumeConfiguration {
            authorization_config: self.authorization_config,
            file_system_id: self
                .file_system_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EfsVolumeConfiguration",
                        "file_system_id",
                    ),
                )?,
            root_directory: self.root_directory,
            transit_encryption: self.transit_encryption,
            transit_encryption_port: self.transit_encryption_port,
        })
    }
}
/// A builder for [`Ec2Configuration`](crate::types::Ec2Configuration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct Ec2ConfigurationBuilder {
    pub(crate) image_id_override: ::std::option::Option<::std::string::String>,
    pub(crate) image_kubernetes_version: ::std::option::Option<::std::string::String>,
    pub(crate) image_type: ::std::option::Option<::std::string::String>,
    pub(crate) batch_image_status: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Ec2ConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Ec2ConfigurationBuilder").finish_non_exhaustive()
    }
}
impl Ec2ConfigurationBuilder {
    /// See [`Ec2Configuration::image_id_override`](crate::types::Ec2Configuration::image_id_override).
    pub fn image_id_override(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_id_override`](Self::image_id_override).
    pub fn set_image_id_override(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_id_override = input;
        self
    }
    /// See [`Ec2Configuration::image_kubernetes_version`](crate::types::Ec2Configuration::image_kubernetes_version).
    pub fn image_kubernetes_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_kubernetes_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_kubernetes_version`](Self::image_kubernetes_version).
    pub fn set_image_kubernetes_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_kubernetes_version = input;
        self
    }
    /// See [`Ec2Configuration::image_type`](crate::types::Ec2Configuration::image_type).
    pub fn image_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_type`](Self::image_type).
    pub fn set_image_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_type = input;
        self
    }
    /// See [`Ec2Configuration::batch_image_status`](crate::types::Ec2Configuration::batch_image_status).
    pub fn batch_image_status(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.batch_image_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`batch_image_status`](Self::batch_image_status).
    pub fn set_batch_image_status(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.batch_image_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::Ec2Configuration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::Ec2Configuration {
            image_id_override: self.image_id_override,
            image_kubernetes_version: self.image_kubernetes_version,
            image_type: self
                .image_type
                .ok_or(
                    crate::runtime::BuildError::missing("Ec2Configuration", "image_type"),
                )?,
            batch_image_status: self.batch_image_status,
        })
    }
}
/// A builder for [`EcsProperties`](crate::types::EcsProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EcsPropertiesBuilder {
    pub(crate) task_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::EcsTaskProperties>,
    >,
}
impl ::std::fmt::Debug for EcsPropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EcsPropertiesBuilder").finish_non_exhaustive()
    }
}
impl EcsPropertiesBuilder {
    /// See [`EcsProperties::task_properties`](crate::types::EcsProperties::task_properties).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn task_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsTaskProperties>,
    ) -> Self {
        self.task_properties.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`task_properties`](Self::task_properties).
    pub fn set_task_properties(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EcsTaskProperties>>,
    ) -> Self {
        self.task_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EcsProperties, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EcsProperties {
            task_properties: self
                .task_properties
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EcsProperties",
                        "task_properties",
                    ),
                )?,
        })
    }
}
/// A builder for [`EcsPropertiesDetail`](crate::types::EcsPropertiesDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EcsPropertiesDetailBuilder {
    pub(crate) task_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::EcsTaskDetails>,
    >,
}
impl ::std::fmt::Debug for EcsPropertiesDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EcsPropertiesDetailBuilder").finish_non_exhaustive()
    }
}
impl EcsPropertiesDetailBuilder {
    /// See [`EcsPropertiesDetail::task_properties`](crate::types::EcsPropertiesDetail::task_properties).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn task_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsTaskDetails>,
    ) -> Self {
        self.task_properties.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`task_properties`](Self::task_properties).
    pub fn set_task_properties(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EcsTaskDetails>>,
    ) -> Self {
        self.task_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EcsPropertiesDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EcsPropertiesDetail {
            task_properties: self.task_properties,
        })
    }
}
/// A builder for [`EcsPropertiesOverride`](crate::types::EcsPropertiesOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EcsPropertiesOverrideBuilder {
    pub(crate) task_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskPropertiesOverride>,
    >,
}
impl ::std::fmt::Debug for EcsPropertiesOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EcsPropertiesOverrideBuilder").finish_non_exhaustive()
    }
}
impl EcsPropertiesOverrideBuilder {
    /// See [`EcsPropertiesOverride::task_properties`](crate::types::EcsPropertiesOverride::task_properties).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn task_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskPropertiesOverride>,
    ) -> Self {
        self.task_properties.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`task_properties`](Self::task_properties).
    pub fn set_task_properties(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TaskPropertiesOverride>,
        >,
    ) -> Self {
        self.task_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EcsPropertiesOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EcsPropertiesOverride {
            task_properties: self.task_properties,
        })
    }
}
/// A builder for [`EcsSettings`](crate::types::EcsSettings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EcsSettingsBuilder {
    pub(crate) container_insights: ::std::option::Option<
        crate::types::ContainerInsights,
    >,
}
impl ::std::fmt::Debug for EcsSettingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EcsSettingsBuilder").finish_non_exhaustive()
    }
}
impl EcsSettingsBuilder {
    /// See [`EcsSettings::container_insights`](crate::types::EcsSettings::container_insights).
    pub fn container_insights(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerInsights>,
    ) -> Self {
        self.container_insights = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_insights`](Self::container_insights).
    pub fn set_container_insights(
        mut self,
        input: ::std::option::Option<crate::types::ContainerInsights>,
    ) -> Self {
        self.container_insights = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EcsSettings, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EcsSettings {
            container_insights: self.container_insights,
        })
    }
}
/// A builder for [`EcsTaskDetails`](crate::types::EcsTaskDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EcsTaskDetailsBuilder {
    pub(crate) container_instance_arn: ::std::option::Option<::std::string::String>,
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerDetails>,
    >,
    pub(crate) enable_execute_command: ::std::option::Option<bool>,
    pub(crate) ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    pub(crate) execution_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) ipc_mode: ::std::option::Option<::std::string::String>,
    pub(crate) network_configuration: ::std::option::Option<
        crate::types::NetworkConfiguration,
    >,
    pub(crate) network_mode: ::std::option::Option<::std::string::String>,
    pub(crate) pid_mode: ::std::option::Option<::std::string::String>,
    pub(crate) platform_version: ::std::option::Option<::std::string::String>,
    pub(crate) runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    pub(crate) task_arn: ::std::option::Option<::std::string::String>,
    pub(crate) task_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
}
impl ::std::fmt::Debug for EcsTaskDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EcsTaskDetailsBuilder").finish_non_exhaustive()
    }
}
impl EcsTaskDetailsBuilder {
    /// See [`EcsTaskDetails::container_instance_arn`](crate::types::EcsTaskDetails::container_instance_arn).
    pub fn container_instance_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_instance_arn`](Self::container_instance_arn).
    pub fn set_container_instance_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_instance_arn = input;
        self
    }
    /// See [`EcsTaskDetails::containers`](crate::types::EcsTaskDetails::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskContainerDetails>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::TaskContainerDetails>>,
    ) -> Self {
        self.containers = input;
        self
    }
    /// See [`EcsTaskDetails::enable_execute_command`](crate::types::EcsTaskDetails::enable_execute_command).
    pub fn enable_execute_command(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.enable_execute_command = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enable_execute_command`](Self::enable_execute_command).
    pub fn set_enable_execute_command(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.enable_execute_command = input;
        self
    }
    /// See [`EcsTaskDetails::ephemeral_storage`](crate::types::EcsTaskDetails::ephemeral_storage).
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = input;
        self
    }
    /// See [`EcsTaskDetails::execution_role_arn`](crate::types::EcsTaskDetails::execution_role_arn).
    pub fn execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_role_arn`](Self::execution_role_arn).
    pub fn set_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = input;
        self
    }
    /// See [`EcsTaskDetails::ipc_mode`](crate::types::EcsTaskDetails::ipc_mode).
    pub fn ipc_mode(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipc_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ipc_mode`](Self::ipc_mode).
    pub fn set_ipc_mode(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ipc_mode = input;
        self
    }
    /// See [`EcsTaskDetails::network_configuration`](crate::types::EcsTaskDetails::network_configuration).
    pub fn network_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_configuration`](Self::network_configuration).
    pub fn set_network_configuration(
        mut self,
        input: ::std::option::Option<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = input;
        self
    }
    /// See [`EcsTaskDetails::network_mode`](crate::types::EcsTaskDetails::network_mode).
    pub fn network_mode(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_mode`](Self::network_mode).
    pub fn set_network_mode(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.network_mode = input;
        self
    }
    /// See [`EcsTaskDetails::pid_mode`](crate::types::EcsTaskDetails::pid_mode).
    pub fn pid_mode(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pid_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pid_mode`](Self::pid_mode).
    pub fn set_pid_mode(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pid_mode = input;
        self
    }
    /// See [`EcsTaskDetails::platform_version`](crate::types::EcsTaskDetails::platform_version).
    pub fn platform_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.platform_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`platform_version`](Self::platform_version).
    pub fn set_platform_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.platform_version = input;
        self
    }
    /// See [`EcsTaskDetails::runtime_platform`](crate::types::EcsTaskDetails::runtime_platform).
    pub fn runtime_platform(
        mut self,
        input: impl ::std::convert::Into<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_platform`](Self::runtime_platform).
    pub fn set_runtime_platform(
        mut self,
        input: ::std::option::Option<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = input;
        self
    }
    /// See [`EcsTaskDetails::task_arn`](crate::types::EcsTaskDetails::task_arn).
    pub fn task_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_arn`](Self::task_arn).
    pub fn set_task_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_arn = input;
        self
    }
    /// See [`EcsTaskDetails::task_role_arn`](crate::types::EcsTaskDetails::task_role_arn).
    pub fn task_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_role_arn`](Self::task_role_arn).
    pub fn set_task_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_role_arn = input;
        self
    }
    /// See [`EcsTaskDetails::volumes`](crate::types::EcsTaskDetails::volumes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volumes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Volume>,
    ) -> Self {
        self.volumes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volumes`](Self::volumes).
    pub fn set_volumes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    ) -> Self {
        self.volumes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EcsTaskDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EcsTaskDetails {
            container_instance_arn: self.container_instance_arn,
            containers: self.containers,
            enable_execute_command: self.enable_execute_command,
            ephemeral_storage: self.ephemeral_storage,
            execution_role_arn: self.execution_role_arn,
            ipc_mode: self.ipc_mode,
            network_configuration: self.network_configuration,
            network_mode: self.network_mode,
            pid_mode: self.pid_mode,
            platform_version: self.platform_version,
            runtime_platform: self.runtime_platform,
            task_arn: self.task_arn,
            task_role_arn: self.task_role_arn,
            volumes: self.volumes,
        })
    }
}
/// A builder for [`EcsTaskProperties`](crate::types::EcsTaskProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EcsTaskPropertiesBuilder {
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerProperties>,
    >,
    pub(crate) enable_execute_command: ::std::option::Option<bool>,
    pub(crate) ephemeral_storage: ::std::option::Option<crate::types::EphemeralStorage>,
    pub(crate) execution_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) ipc_mode: ::std::option::Option<::std::string::String>,
    pub(crate) network_configuration: ::std::option::Option<
        crate::types::NetworkConfiguration,
    >,
    pub(crate) network_mode: ::std::option::Option<::std::string::String>,
    pub(crate) pid_mode: ::std::option::Option<::std::string::String>,
    pub(crate) platform_version: ::std::option::Option<::std::string::String>,
    pub(crate) runtime_platform: ::std::option::Option<crate::types::RuntimePlatform>,
    pub(crate) task_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) volumes: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
}
impl ::std::fmt::Debug for EcsTaskPropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EcsTaskPropertiesBuilder").finish_non_exhaustive()
    }
}
impl EcsTaskPropertiesBuilder {
    /// See [`EcsTaskProperties::containers`](crate::types::EcsTaskProperties::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskContainerProperties>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TaskContainerProperties>,
        >,
    ) -> Self {
        self.containers = input;
        self
    }
    /// See [`EcsTaskProperties::enable_execute_command`](crate::types::EcsTaskProperties::enable_execute_command).
    pub fn enable_execute_command(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.enable_execute_command = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enable_execute_command`](Self::enable_execute_command).
    pub fn set_enable_execute_command(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.enable_execute_command = input;
        self
    }
    /// See [`EcsTaskProperties::ephemeral_storage`](crate::types::EcsTaskProperties::ephemeral_storage).
    pub fn ephemeral_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ephemeral_storage`](Self::ephemeral_storage).
    pub fn set_ephemeral_storage(
        mut self,
        input: ::std::option::Option<crate::types::EphemeralStorage>,
    ) -> Self {
        self.ephemeral_storage = input;
        self
    }
    /// See [`EcsTaskProperties::execution_role_arn`](crate::types::EcsTaskProperties::execution_role_arn).
    pub fn execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`execution_role_arn`](Self::execution_role_arn).
    pub fn set_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.execution_role_arn = input;
        self
    }
    /// See [`EcsTaskProperties::ipc_mode`](crate::types::EcsTaskProperties::ipc_mode).
    pub fn ipc_mode(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipc_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ipc_mode`](Self::ipc_mode).
    pub fn set_ipc_mode(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ipc_mode = input;
        self
    }
    /// See [`EcsTaskProperties::network_configuration`](crate::types::EcsTaskProperties::network_configuration).
    pub fn network_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_configuration`](Self::network_configuration).
    pub fn set_network_configuration(
        mut self,
        input: ::std::option::Option<crate::types::NetworkConfiguration>,
    ) -> Self {
        self.network_configuration = input;
        self
    }
    /// See [`EcsTaskProperties::network_mode`](crate::types::EcsTaskProperties::network_mode).
    pub fn network_mode(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_mode`](Self::network_mode).
    pub fn set_network_mode(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.network_mode = input;
        self
    }
    /// See [`EcsTaskProperties::pid_mode`](crate::types::EcsTaskProperties::pid_mode).
    pub fn pid_mode(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pid_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pid_mode`](Self::pid_mode).
    pub fn set_pid_mode(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pid_mode = input;
        self
    }
    /// See [`EcsTaskProperties::platform_version`](crate::types::EcsTaskProperties::platform_version).
    pub fn platform_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.platform_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`platform_version`](Self::platform_version).
    pub fn set_platform_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.platform_version = input;
        self
    }
    /// See [`EcsTaskProperties::runtime_platform`](crate::types::EcsTaskProperties::runtime_platform).
    pub fn runtime_platform(
        mut self,
        input: impl ::std::convert::Into<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`runtime_platform`](Self::runtime_platform).
    pub fn set_runtime_platform(
        mut self,
        input: ::std::option::Option<crate::types::RuntimePlatform>,
    ) -> Self {
        self.runtime_platform = input;
        self
    }
    /// See [`EcsTaskProperties::task_role_arn`](crate::types::EcsTaskProperties::task_role_arn).
    pub fn task_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`task_role_arn`](Self::task_role_arn).
    pub fn set_task_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.task_role_arn = input;
        self
    }
    /// See [`EcsTaskProperties::volumes`](crate::types::EcsTaskProperties::volumes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volumes(
        mut self,
        input: impl ::std::convert::Into<crate::types::Volume>,
    ) -> Self {
        self.volumes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volumes`](Self::volumes).
    pub fn set_volumes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Volume>>,
    ) -> Self {
        self.volumes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EcsTaskProperties,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EcsTaskProperties {
            containers: self
                .containers
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EcsTaskProperties",
                        "containers",
                    ),
                )?,
            enable_execute_command: self.enable_execute_command,
            ephemeral_storage: self.ephemeral_storage,
            execution_role_arn: self.execution_role_arn,
            ipc_mode: self.ipc_mode,
            network_configuration: self.network_configuration,
            network_mode: self.network_mode,
            pid_mode: self.pid_mode,
            platform_version: self.platform_version,
            runtime_platform: self.runtime_platform,
            task_role_arn: self.task_role_arn,
            volumes: self.volumes,
        })
    }
}
/// A builder for [`EksAccessEntry`](crate::types::EksAccessEntry).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksAccessEntryBuilder {
    pub(crate) desired_state: ::std::option::Option<
        crate::types::EksAccessEntryDesiredState,
    >,
    pub(crate) status: ::std::option::Option<crate::types::EksAccessEntryStatus>,
}
impl ::std::fmt::Debug for EksAccessEntryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksAccessEntryBuilder").finish_non_exhaustive()
    }
}
impl EksAccessEntryBuilder {
    /// See [`EksAccessEntry::desired_state`](crate::types::EksAccessEntry::desired_state).
    pub fn desired_state(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAccessEntryDesiredState>,
    ) -> Self {
        self.desired_state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`desired_state`](Self::desired_state).
    pub fn set_desired_state(
        mut self,
        input: ::std::option::Option<crate::types::EksAccessEntryDesiredState>,
    ) -> Self {
        self.desired_state = input;
        self
    }
    /// See [`EksAccessEntry::status`](crate::types::EksAccessEntry::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAccessEntryStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::EksAccessEntryStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksAccessEntry,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksAccessEntry {
            desired_state: self
                .desired_state
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EksAccessEntry",
                        "desired_state",
                    ),
                )?,
            status: self.status,
        })
    }
}
/// A builder for [`EksAttemptContainerDetail`](crate::types::EksAttemptContainerDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksAttemptContainerDetailBuilder {
    pub(crate) exit_code: ::std::option::Option<i64>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) container_id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksAttemptContainerDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksAttemptContainerDetailBuilder").finish_non_exhaustive()
    }
}
impl EksAttemptContainerDetailBuilder {
    /// See [`EksAttemptContainerDetail::exit_code`](crate::types::EksAttemptContainerDetail::exit_code).
    pub fn exit_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exit_code`](Self::exit_code).
    pub fn set_exit_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.exit_code = input;
        self
    }
    /// See [`EksAttemptContainerDetail::reason`](crate::types::EksAttemptContainerDetail::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// See [`EksAttemptContainerDetail::container_id`](crate::types::EksAttemptContainerDetail::container_id).
    pub fn container_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_id`](Self::container_id).
    pub fn set_container_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_id = input;
        self
    }
    /// See [`EksAttemptContainerDetail::name`](crate::types::EksAttemptContainerDetail::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksAttemptContainerDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksAttemptContainerDetail {
            exit_code: self.exit_code,
            reason: self.reason,
            container_id: self.container_id,
            name: self.name,
        })
    }
}
/// A builder for [`EksAttemptDetail`](crate::types::EksAttemptDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksAttemptDetailBuilder {
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAttemptContainerDetail>,
    >,
    pub(crate) node_name: ::std::option::Option<::std::string::String>,
    pub(crate) pod_name: ::std::option::Option<::std::string::String>,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
    pub(crate) eks_cluster_arn: ::std::option::Option<::std::string::String>,
    pub(crate) init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAttemptContainerDetail>,
    >,
    pub(crate) pod_namespace: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksAttemptDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksAttemptDetailBuilder").finish_non_exhaustive()
    }
}
impl EksAttemptDetailBuilder {
    /// See [`EksAttemptDetail::containers`](crate::types::EksAttemptDetail::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAttemptContainerDetail>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksAttemptContainerDetail>,
        >,
    ) -> Self {
        self.containers = input;
        self
    }
    /// See [`EksAttemptDetail::node_name`](crate::types::EksAttemptDetail::node_name).
    pub fn node_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_name`](Self::node_name).
    pub fn set_node_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_name = input;
        self
    }
    /// See [`EksAttemptDetail::pod_name`](crate::types::EksAttemptDetail::pod_name).
    pub fn pod_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pod_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_name`](Self::pod_name).
    pub fn set_pod_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pod_name = input;
        self
    }
    /// See [`EksAttemptDetail::started_at`](crate::types::EksAttemptDetail::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`EksAttemptDetail::status_reason`](crate::types::EksAttemptDetail::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`EksAttemptDetail::stopped_at`](crate::types::EksAttemptDetail::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// See [`EksAttemptDetail::eks_cluster_arn`](crate::types::EksAttemptDetail::eks_cluster_arn).
    pub fn eks_cluster_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eks_cluster_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_cluster_arn`](Self::eks_cluster_arn).
    pub fn set_eks_cluster_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.eks_cluster_arn = input;
        self
    }
    /// See [`EksAttemptDetail::init_containers`](crate::types::EksAttemptDetail::init_containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn init_containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAttemptContainerDetail>,
    ) -> Self {
        self.init_containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`init_containers`](Self::init_containers).
    pub fn set_init_containers(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksAttemptContainerDetail>,
        >,
    ) -> Self {
        self.init_containers = input;
        self
    }
    /// See [`EksAttemptDetail::pod_namespace`](crate::types::EksAttemptDetail::pod_namespace).
    pub fn pod_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pod_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_namespace`](Self::pod_namespace).
    pub fn set_pod_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pod_namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksAttemptDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksAttemptDetail {
            containers: self.containers,
            node_name: self.node_name,
            pod_name: self.pod_name,
            started_at: self.started_at,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
            eks_cluster_arn: self.eks_cluster_arn,
            init_containers: self.init_containers,
            pod_namespace: self.pod_namespace,
        })
    }
}
/// A builder for [`EksConfiguration`](crate::types::EksConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksConfigurationBuilder {
    pub(crate) eks_cluster_arn: ::std::option::Option<::std::string::String>,
    pub(crate) kubernetes_namespace: ::std::option::Option<::std::string::String>,
    pub(crate) access_entry: ::std::option::Option<crate::types::EksAccessEntry>,
}
impl ::std::fmt::Debug for EksConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksConfigurationBuilder").finish_non_exhaustive()
    }
}
impl EksConfigurationBuilder {
    /// See [`EksConfiguration::eks_cluster_arn`](crate::types::EksConfiguration::eks_cluster_arn).
    pub fn eks_cluster_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eks_cluster_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_cluster_arn`](Self::eks_cluster_arn).
    pub fn set_eks_cluster_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.eks_cluster_arn = input;
        self
    }
    /// See [`EksConfiguration::kubernetes_namespace`](crate::types::EksConfiguration::kubernetes_namespace).
    pub fn kubernetes_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_namespace`](Self::kubernetes_namespace).
    pub fn set_kubernetes_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kubernetes_namespace = input;
        self
    }
    /// See [`EksConfiguration::access_entry`](crate::types::EksConfiguration::access_entry).
    pub fn access_entry(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAccessEntry>,
    ) -> Self {
        self.access_entry = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_entry`](Self::access_entry).
    pub fn set_access_entry(
        mut self,
        input: ::std::option::Option<crate::types::EksAccessEntry>,
    ) -> Self {
        self.access_entry = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksConfiguration {
            eks_cluster_arn: self
                .eks_cluster_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EksConfiguration",
                        "eks_cluster_arn",
                    ),
                )?,
            kubernetes_namespace: self
                .kubernetes_namespace
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EksConfiguration",
                        "kubernetes_namespace",
                    ),
                )?,
            access_entry: self.access_entry,
        })
    }
}
/// A builder for [`EksConfigurationUpdate`](crate::types::EksConfigurationUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksConfigurationUpdateBuilder {
    pub(crate) access_entry: ::std::option::Option<crate::types::EksAccessEntry>,
}
impl ::std::fmt::Debug for EksConfigurationUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksConfigurationUpdateBuilder").finish_non_exhaustive()
    }
}
impl EksConfigurationUpdateBuilder {
    /// See [`EksConfigurationUpdate::access_entry`](crate::types::EksConfigurationUpdate::access_entry).
    pub fn access_entry(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAccessEntry>,
    ) -> Self {
        self.access_entry = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_entry`](Self::access_entry).
    pub fn set_access_entry(
        mut self,
        input: ::std::option::Option<crate::types::EksAccessEntry>,
    ) -> Self {
        self.access_entry = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksConfigurationUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksConfigurationUpdate {
            access_entry: self.access_entry,
        })
    }
}
/// A builder for [`EksContainer`](crate::types::EksContainer).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerBuilder {
    pub(crate) args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) env: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
    >,
    pub(crate) image: ::std::option::Option<::std::string::String>,
    pub(crate) image_pull_policy: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) resources: ::std::option::Option<
        crate::types::EksContainerResourceRequirements,
    >,
    pub(crate) security_context: ::std::option::Option<
        crate::types::EksContainerSecurityContext,
    >,
    pub(crate) volume_mounts: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerVolumeMount>,
    >,
}
impl ::std::fmt::Debug for EksContainerBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerBuilder").finish_non_exhaustive()
    }
}
impl EksContainerBuilder {
    /// See [`EksContainer::args`](crate::types::EksContainer::args).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn args(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.args.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`args`](Self::args).
    pub fn set_args(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.args = input;
        self
    }
    /// See [`EksContainer::command`](crate::types::EksContainer::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`EksContainer::env`](crate::types::EksContainer::env).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn env(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerEnvironmentVariable>,
    ) -> Self {
        self.env.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`env`](Self::env).
    pub fn set_env(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
        >,
    ) -> Self {
        self.env = input;
        self
    }
    /// See [`EksContainer::image`](crate::types::EksContainer::image).
    pub fn image(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image`](Self::image).
    pub fn set_image(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image = input;
        self
    }
    /// See [`EksContainer::image_pull_policy`](crate::types::EksContainer::image_pull_policy).
    pub fn image_pull_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_pull_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_pull_policy`](Self::image_pull_policy).
    pub fn set_image_pull_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_pull_policy = input;
        self
    }
    /// See [`EksContainer::name`](crate::types::EksContainer::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`EksContainer::resources`](crate::types::EksContainer::resources).
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerResourceRequirements>,
    ) -> Self {
        self.resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<crate::types::EksContainerResourceRequirements>,
    ) -> Self {
        self.resources = input;
        self
    }
    /// See [`EksContainer::security_context`](crate::types::EksContainer::security_context).
    pub fn security_context(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerSecurityContext>,
    ) -> Self {
        self.security_context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_context`](Self::security_context).
    pub fn set_security_context(
        mut self,
        input: ::std::option::Option<crate::types::EksContainerSecurityContext>,
    ) -> Self {
        self.security_context = input;
        self
    }
    /// See [`EksContainer::volume_mounts`](crate::types::EksContainer::volume_mounts).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volume_mounts(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerVolumeMount>,
    ) -> Self {
        self.volume_mounts.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volume_mounts`](Self::volume_mounts).
    pub fn set_volume_mounts(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksContainerVolumeMount>,
        >,
    ) -> Self {
        self.volume_mounts = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EksContainer, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EksContainer {
            args: self.args,
            command: self.command,
            env: self.env,
            image: self
                .image
                .ok_or(crate::runtime::BuildError::missing("EksContainer", "image"))?,
            image_pull_policy: self.image_pull_policy,
            name: self.name,
            resources: self.resources,
            security_context: self.security_context,
            volume_mounts: self.volume_mounts,
        })
    }
}
/// A builder for [`EksContainerDetail`](crate::types::EksContainerDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerDetailBuilder {
    pub(crate) args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) env: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
    >,
    pub(crate) exit_code: ::std::option::Option<i64>,
    pub(crate) image: ::std::option::Option<::std::string::String>,
    pub(crate) image_pull_policy: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) resources: ::std::option::Option<
        crate::types::EksContainerResourceRequirements,
    >,
    pub(crate) security_context: ::std::option::Option<
        crate::types::EksContainerSecurityContext,
    >,
    pub(crate) volume_mounts: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerVolumeMount>,
    >,
}
impl ::std::fmt::Debug for EksContainerDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerDetailBuilder").finish_non_exhaustive()
    }
}
impl EksContainerDetailBuilder {
    /// See [`EksContainerDetail::args`](crate::types::EksContainerDetail::args).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn args(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.args.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`args`](Self::args).
    pub fn set_args(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.args = input;
        self
    }
    /// See [`EksContainerDetail::command`](crate::types::EksContainerDetail::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`EksContainerDetail::env`](crate::types::EksContainerDetail::env).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn env(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerEnvironmentVariable>,
    ) -> Self {
        self.env.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`env`](Self::env).
    pub fn set_env(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
        >,
    ) -> Self {
        self.env = input;
        self
    }
    /// See [`EksContainerDetail::exit_code`](crate::types::EksContainerDetail::exit_code).
    pub fn exit_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exit_code`](Self::exit_code).
    pub fn set_exit_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.exit_code = input;
        self
    }
    /// See [`EksContainerDetail::image`](crate::types::EksContainerDetail::image).
    pub fn image(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image`](Self::image).
    pub fn set_image(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image = input;
        self
    }
    /// See [`EksContainerDetail::image_pull_policy`](crate::types::EksContainerDetail::image_pull_policy).
    pub fn image_pull_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_pull_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image_pull_policy`](Self::image_pull_policy).
    pub fn set_image_pull_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image_pull_policy = input;
        self
    }
    /// See [`EksContainerDetail::name`](crate::types::EksContainerDetail::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`EksContainerDetail::reason`](crate::types::EksContainerDetail::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// See [`EksContainerDetail::resources`](crate::types::EksContainerDetail::resources).
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerResourceRequirements>,
    ) -> Self {
        self.resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<crate::types::EksContainerResourceRequirements>,
    ) -> Self {
        self.resources = input;
        self
    }
    /// See [`EksContainerDetail::security_context`](crate::types::EksContainerDetail::security_context).
    pub fn security_context(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerSecurityContext>,
    ) -> Self {
        self.security_context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_context`](Self::security_context).
    pub fn set_security_context(
        mut self,
        input: ::std::option::Option<crate::types::EksContainerSecurityContext>,
    ) -> Self {
        self.security_context = input;
        self
    }
    /// See [`EksContainerDetail::volume_mounts`](crate::types::EksContainerDetail::volume_mounts).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volume_mounts(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerVolumeMount>,
    ) -> Self {
        self.volume_mounts.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volume_mounts`](Self::volume_mounts).
    pub fn set_volume_mounts(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksContainerVolumeMount>,
        >,
    ) -> Self {
        self.volume_mounts = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksContainerDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksContainerDetail {
            args: self.args,
            command: self.command,
            env: self.env,
            exit_code: self.exit_code,
            image: self.image,
            image_pull_policy: self.image_pull_policy,
            name: self.name,
            reason: self.reason,
            resources: self.resources,
            security_context: self.security_context,
            volume_mounts: self.volume_mounts,
        })
    }
}
/// A builder for [`EksContainerEnvironmentVariable`](crate::types::EksContainerEnvironmentVariable).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerEnvironmentVariableBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksContainerEnvironmentVariableBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerEnvironmentVariableBuilder").finish_non_exhaustive()
    }
}
impl EksContainerEnvironmentVariableBuilder {
    /// See [`EksContainerEnvironmentVariable::name`](crate::types::EksContainerEnvironmentVariable::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`EksContainerEnvironmentVariable::value`](crate::types::EksContainerEnvironmentVariable::value).
    pub fn value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value`](Self::value).
    pub fn set_value(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksContainerEnvironmentVariable,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksContainerEnvironmentVariable {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EksContainerEnvironmentVariable",
                        "name",
                    ),
                )?,
            value: self.value,
        })
    }
}
/// A builder for [`EksContainerLinuxCapabilities`](crate::types::EksContainerLinuxCapabilities).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerLinuxCapabilitiesBuilder {
    pub(crate) add: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) drop: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for EksContainerLinuxCapabilitiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerLinuxCapabilitiesBuilder").finish_non_exhaustive()
    }
}
impl EksContainerLinuxCapabilitiesBuilder {
    /// See [`EksContainerLinuxCapabilities::add`](crate::types::EksContainerLinuxCapabilities::add).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn add_value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.add.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`add_value`](Self::add_value).
    pub fn set_add_value(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.add = input;
        self
    }
    /// See [`EksContainerLinuxCapabilities::drop`](crate::types::EksContainerLinuxCapabilities::drop).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn drop(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`drop`](Self::drop).
    pub fn set_drop(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.drop = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksContainerLinuxCapabilities,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksContainerLinuxCapabilities {
            add: self.add,
            drop: self.drop,
        })
    }
}
/// A builder for [`EksContainerOverride`](crate::types::EksContainerOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerOverrideBuilder {
    pub(crate) args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) env: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
    >,
    pub(crate) image: ::std::option::Option<::std::string::String>,
    pub(crate) resources: ::std::option::Option<
        crate::types::EksContainerResourceRequirements,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksContainerOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerOverrideBuilder").finish_non_exhaustive()
    }
}
impl EksContainerOverrideBuilder {
    /// See [`EksContainerOverride::args`](crate::types::EksContainerOverride::args).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn args(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.args.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`args`](Self::args).
    pub fn set_args(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.args = input;
        self
    }
    /// See [`EksContainerOverride::command`](crate::types::EksContainerOverride::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`EksContainerOverride::env`](crate::types::EksContainerOverride::env).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn env(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerEnvironmentVariable>,
    ) -> Self {
        self.env.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`env`](Self::env).
    pub fn set_env(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksContainerEnvironmentVariable>,
        >,
    ) -> Self {
        self.env = input;
        self
    }
    /// See [`EksContainerOverride::image`](crate::types::EksContainerOverride::image).
    pub fn image(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image`](Self::image).
    pub fn set_image(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image = input;
        self
    }
    /// See [`EksContainerOverride::resources`](crate::types::EksContainerOverride::resources).
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerResourceRequirements>,
    ) -> Self {
        self.resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<crate::types::EksContainerResourceRequirements>,
    ) -> Self {
        self.resources = input;
        self
    }
    /// See [`EksContainerOverride::name`](crate::types::EksContainerOverride::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksContainerOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksContainerOverride {
            args: self.args,
            command: self.command,
            env: self.env,
            image: self.image,
            resources: self.resources,
            name: self.name,
        })
    }
}
/// A builder for [`EksContainerResourceRequirements`](crate::types::EksContainerResourceRequirements).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerResourceRequirementsBuilder {
    pub(crate) limits: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) requests: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for EksContainerResourceRequirementsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerResourceRequirementsBuilder").finish_non_exhaustive()
    }
}
impl EksContainerResourceRequirementsBuilder {
    /// See [`EksContainerResourceRequirements::limits`](crate::types::EksContainerResourceRequirements::limits).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn limits(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limits
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`limits`](Self::limits).
    pub fn set_limits(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.limits = input;
        self
    }
    /// See [`EksContainerResourceRequirements::requests`](crate::types::EksContainerResourceRequirements::requests).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn requests(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.requests
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`requests`](Self::requests).
    pub fn set_requests(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.requests = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksContainerResourceRequirements,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksContainerResourceRequirements {
            limits: self.limits,
            requests: self.requests,
        })
    }
}
/// A builder for [`EksContainerSecurityContext`](crate::types::EksContainerSecurityContext).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerSecurityContextBuilder {
    pub(crate) privileged: ::std::option::Option<bool>,
    pub(crate) read_only_root_filesystem: ::std::option::Option<bool>,
    pub(crate) run_as_group: ::std::option::Option<i64>,
    pub(crate) run_as_non_root: ::std::option::Option<bool>,
    pub(crate) run_as_user: ::std::option::Option<i64>,
    pub(crate) allow_privilege_escalation: ::std::option::Option<bool>,
    pub(crate) capabilities: ::std::option::Option<
        crate::types::EksContainerLinuxCapabilities,
    >,
    pub(crate) seccomp_profile: ::std::option::Option<crate::types::EksSeccompProfile>,
}
impl ::std::fmt::Debug for EksContainerSecurityContextBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerSecurityContextBuilder").finish_non_exhaustive()
    }
}
impl EksContainerSecurityContextBuilder {
    /// See [`EksContainerSecurityContext::privileged`](crate::types::EksContainerSecurityContext::privileged).
    pub fn privileged(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.privileged = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`privileged`](Self::privileged).
    pub fn set_privileged(mut self, input: ::std::option::Option<bool>) -> Self {
        self.privileged = input;
        self
    }
    /// See [`EksContainerSecurityContext::read_only_root_filesystem`](crate::types::EksContainerSecurityContext::read_only_root_filesystem).
    pub fn read_only_root_filesystem(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.read_only_root_filesystem = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_only_root_filesystem`](Self::read_only_root_filesystem).
    pub fn set_read_only_root_filesystem(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.read_only_root_filesystem = input;
        self
    }
    /// See [`EksContainerSecurityContext::run_as_group`](crate::types::EksContainerSecurityContext::run_as_group).
    pub fn run_as_group(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.run_as_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`run_as_group`](Self::run_as_group).
    pub fn set_run_as_group(mut self, input: ::std::option::Option<i64>) -> Self {
        self.run_as_group = input;
        self
    }
    /// See [`EksContainerSecurityContext::run_as_non_root`](crate::types::EksContainerSecurityContext::run_as_non_root).
    pub fn run_as_non_root(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.run_as_non_root = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`run_as_non_root`](Self::run_as_non_root).
    pub fn set_run_as_non_root(mut self, input: ::std::option::Option<bool>) -> Self {
        self.run_as_non_root = input;
        self
    }
    /// See [`EksContainerSecurityContext::run_as_user`](crate::types::EksContainerSecurityContext::run_as_user).
    pub fn run_as_user(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.run_as_user = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`run_as_user`](Self::run_as_user).
    pub fn set_run_as_user(mut self, input: ::std::option::Option<i64>) -> Self {
        self.run_as_user = input;
        self
    }
    /// See [`EksContainerSecurityContext::allow_privilege_escalation`](crate::types::EksContainerSecurityContext::allow_privilege_escalation).
    pub fn allow_privilege_escalation(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.allow_privilege_escalation = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`allow_privilege_escalation`](Self::allow_privilege_escalation).
    pub fn set_allow_privilege_escalation(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.allow_privilege_escalation = input;
        self
    }
    /// See [`EksContainerSecurityContext::capabilities`](crate::types::EksContainerSecurityContext::capabilities).
    pub fn capabilities(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerLinuxCapabilities>,
    ) -> Self {
        self.capabilities = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capabilities`](Self::capabilities).
    pub fn set_capabilities(
        mut self,
        input: ::std::option::Option<crate::types::EksContainerLinuxCapabilities>,
    ) -> Self {
        self.capabilities = input;
        self
    }
    /// See [`EksContainerSecurityContext::seccomp_profile`](crate::types::EksContainerSecurityContext::seccomp_profile).
    pub fn seccomp_profile(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksSeccompProfile>,
    ) -> Self {
        self.seccomp_profile = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`seccomp_profile`](Self::seccomp_profile).
    pub fn set_seccomp_profile(
        mut self,
        input: ::std::option::Option<crate::types::EksSeccompProfile>,
    ) -> Self {
        self.seccomp_profile = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksContainerSecurityContext,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksContainerSecurityContext {
            privileged: self.privileged,
            read_only_root_filesystem: self.read_only_root_filesystem,
            run_as_group: self.run_as_group,
            run_as_non_root: self.run_as_non_root,
            run_as_user: self.run_as_user,
            allow_privilege_escalation: self.allow_privilege_escalation,
            capabilities: self.capabilities,
            seccomp_profile: self.seccomp_profile,
        })
    }
}
/// A builder for [`EksContainerVolumeMount`](crate::types::EksContainerVolumeMount).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksContainerVolumeMountBuilder {
    pub(crate) mount_path: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) read_only: ::std::option::Option<bool>,
    pub(crate) sub_path: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksContainerVolumeMountBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksContainerVolumeMountBuilder").finish_non_exhaustive()
    }
}
impl EksContainerVolumeMountBuilder {
    /// See [`EksContainerVolumeMount::mount_path`](crate::types::EksContainerVolumeMount::mount_path).
    pub fn mount_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mount_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mount_path`](Self::mount_path).
    pub fn set_mount_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.mount_path = input;
        self
    }
    /// See [`EksContainerVolumeMount::name`](crate::types::EksContainerVolumeMount::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`EksContainerVolumeMount::read_only`](crate::types::EksContainerVolumeMount::read_only).
    pub fn read_only(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.read_only = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_only`](Self::read_only).
    pub fn set_read_only(mut self, input: ::std::option::Option<bool>) -> Self {
        self.read_only = input;
        self
    }
    /// See [`EksContainerVolumeMount::sub_path`](crate::types::EksContainerVolumeMount::sub_path).
    pub fn sub_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sub_path`](Self::sub_path).
    pub fn set_sub_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sub_path = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksContainerVolumeMount,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksContainerVolumeMount {
            mount_path: self.mount_path,
            name: self.name,
            read_only: self.read_only,
            sub_path: self.sub_path,
        })
    }
}
/// A builder for [`EksEmptyDir`](crate::types::EksEmptyDir).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksEmptyDirBuilder {
    pub(crate) medium: ::std::option::Option<::std::string::String>,
    pub(crate) size_limit: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksEmptyDirBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksEmptyDirBuilder").finish_non_exhaustive()
    }
}
impl EksEmptyDirBuilder {
    /// See [`EksEmptyDir::medium`](crate::types::EksEmptyDir::medium).
    pub fn medium(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.medium = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`medium`](Self::medium).
    pub fn set_medium(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.medium = input;
        self
    }
    /// See [`EksEmptyDir::size_limit`](crate::types::EksEmptyDir::size_limit).
    pub fn size_limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size_limit`](Self::size_limit).
    pub fn set_size_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.size_limit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EksEmptyDir, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EksEmptyDir {
            medium: self.medium,
            size_limit: self.size_limit,
        })
    }
}
/// A builder for [`EksHostPath`](crate::types::EksHostPath).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksHostPathBuilder {
    pub(crate) path: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksHostPathBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksHostPathBuilder").finish_non_exhaustive()
    }
}
impl EksHostPathBuilder {
    /// See [`EksHostPath::path`](crate::types::EksHostPath::path).
    pub fn path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`path`](Self::path).
    pub fn set_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.path = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EksHostPath, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EksHostPath {
            path: self.path,
        })
    }
}
/// A builder for [`EksMetadata`](crate::types::EksMetadata).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksMetadataBuilder {
    pub(crate) labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) annotations: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksMetadataBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksMetadataBuilder").finish_non_exhaustive()
    }
}
impl EksMetadataBuilder {
    /// See [`EksMetadata::labels`](crate::types::EksMetadata::labels).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn labels(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.labels
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`labels`](Self::labels).
    pub fn set_labels(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.labels = input;
        self
    }
    /// See [`EksMetadata::annotations`](crate::types::EksMetadata::annotations).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn annotations(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.annotations
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`annotations`](Self::annotations).
    pub fn set_annotations(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.annotations = input;
        self
    }
    /// See [`EksMetadata::namespace`](crate::types::EksMetadata::namespace).
    pub fn namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`namespace`](Self::namespace).
    pub fn set_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EksMetadata, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EksMetadata {
            labels: self.labels,
            annotations: self.annotations,
            namespace: self.namespace,
        })
    }
}
/// A builder for [`EksPersistentVolumeClaim`](crate::types::EksPersistentVolumeClaim).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPersistentVolumeClaimBuilder {
    pub(crate) claim_name: ::std::option::Option<::std::string::String>,
    pub(crate) read_only: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EksPersistentVolumeClaimBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPersistentVolumeClaimBuilder").finish_non_exhaustive()
    }
}
impl EksPersistentVolumeClaimBuilder {
    /// See [`EksPersistentVolumeClaim::claim_name`](crate::types::EksPersistentVolumeClaim::claim_name).
    pub fn claim_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.claim_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`claim_name`](Self::claim_name).
    pub fn set_claim_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.claim_name = input;
        self
    }
    /// See [`EksPersistentVolumeClaim::read_only`](crate::types::EksPersistentVolumeClaim::read_only).
    pub fn read_only(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.read_only = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_only`](Self::read_only).
    pub fn set_read_only(mut self, input: ::std::option::Option<bool>) -> Self {
        self.read_only = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksPersistentVolumeClaim,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksPersistentVolumeClaim {
            claim_name: self
                .claim_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EksPersistentVolumeClaim",
                        "claim_name",
                    ),
                )?,
            read_only: self.read_only,
        })
    }
}
/// A builder for [`EksPodProperties`](crate::types::EksPodProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPodPropertiesBuilder {
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainer>,
    >,
    pub(crate) dns_policy: ::std::option::Option<::std::string::String>,
    pub(crate) host_network: ::std::option::Option<bool>,
    pub(crate) metadata: ::std::option::Option<crate::types::EksMetadata>,
    pub(crate) service_account_name: ::std::option::Option<::std::string::String>,
    pub(crate) volumes: ::std::option::Option<::std::vec::Vec<crate::types::EksVolume>>,
    pub(crate) image_pull_secrets: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImagePullSecret>,
    >,
    pub(crate) init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainer>,
    >,
    pub(crate) security_context: ::std::option::Option<
        crate::types::EksPodSecurityContext,
    >,
    pub(crate) share_process_namespace: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EksPodPropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPodPropertiesBuilder").finish_non_exhaustive()
    }
}
impl EksPodPropertiesBuilder {
    /// See [`EksPodProperties::containers`](crate::types::EksPodProperties::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainer>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksContainer>>,
    ) -> Self {
        self.containers = input;
        self
    }
    /// See [`EksPodProperties::dns_policy`](crate::types::EksPodProperties::dns_policy).
    pub fn dns_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dns_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dns_policy`](Self::dns_policy).
    pub fn set_dns_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.dns_policy = input;
        self
    }
    /// See [`EksPodProperties::host_network`](crate::types::EksPodProperties::host_network).
    pub fn host_network(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.host_network = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`host_network`](Self::host_network).
    pub fn set_host_network(mut self, input: ::std::option::Option<bool>) -> Self {
        self.host_network = input;
        self
    }
    /// See [`EksPodProperties::metadata`](crate::types::EksPodProperties::metadata).
    pub fn metadata(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksMetadata>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metadata`](Self::metadata).
    pub fn set_metadata(
        mut self,
        input: ::std::option::Option<crate::types::EksMetadata>,
    ) -> Self {
        self.metadata = input;
        self
    }
    /// See [`EksPodProperties::service_account_name`](crate::types::EksPodProperties::service_account_name).
    pub fn service_account_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account_name`](Self::service_account_name).
    pub fn set_service_account_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account_name = input;
        self
    }
    /// See [`EksPodProperties::volumes`](crate::types::EksPodProperties::volumes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volumes(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksVolume>,
    ) -> Self {
        self.volumes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volumes`](Self::volumes).
    pub fn set_volumes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksVolume>>,
    ) -> Self {
        self.volumes = input;
        self
    }
    /// See [`EksPodProperties::image_pull_secrets`](crate::types::EksPodProperties::image_pull_secrets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn image_pull_secrets(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImagePullSecret>,
    ) -> Self {
        self.image_pull_secrets
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`image_pull_secrets`](Self::image_pull_secrets).
    pub fn set_image_pull_secrets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ImagePullSecret>>,
    ) -> Self {
        self.image_pull_secrets = input;
        self
    }
    /// See [`EksPodProperties::init_containers`](crate::types::EksPodProperties::init_containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn init_containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainer>,
    ) -> Self {
        self.init_containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`init_containers`](Self::init_containers).
    pub fn set_init_containers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksContainer>>,
    ) -> Self {
        self.init_containers = input;
        self
    }
    /// See [`EksPodProperties::security_context`](crate::types::EksPodProperties::security_context).
    pub fn security_context(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPodSecurityContext>,
    ) -> Self {
        self.security_context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_context`](Self::security_context).
    pub fn set_security_context(
        mut self,
        input: ::std::option::Option<crate::types::EksPodSecurityContext>,
    ) -> Self {
        self.security_context = input;
        self
    }
    /// See [`EksPodProperties::share_process_namespace`](crate::types::EksPodProperties::share_process_namespace).
    pub fn share_process_namespace(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.share_process_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_process_namespace`](Self::share_process_namespace).
    pub fn set_share_process_namespace(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.share_process_namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksPodProperties,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksPodProperties {
            containers: self.containers,
            dns_policy: self.dns_policy,
            host_network: self.host_network,
            metadata: self.metadata,
            service_account_name: self.service_account_name,
            volumes: self.volumes,
            image_pull_secrets: self.image_pull_secrets,
            init_containers: self.init_containers,
            security_context: self.security_context,
            share_process_namespace: self.share_process_namespace,
        })
    }
}
/// A builder for [`EksPodPropertiesDetail`](crate::types::EksPodPropertiesDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPodPropertiesDetailBuilder {
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerDetail>,
    >,
    pub(crate) dns_policy: ::std::option::Option<::std::string::String>,
    pub(crate) host_network: ::std::option::Option<bool>,
    pub(crate) metadata: ::std::option::Option<crate::types::EksMetadata>,
    pub(crate) node_name: ::std::option::Option<::std::string::String>,
    pub(crate) pod_name: ::std::option::Option<::std::string::String>,
    pub(crate) service_account_name: ::std::option::Option<::std::string::String>,
    pub(crate) volumes: ::std::option::Option<::std::vec::Vec<crate::types::EksVolume>>,
    pub(crate) image_pull_secrets: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImagePullSecret>,
    >,
    pub(crate) init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerDetail>,
    >,
    pub(crate) security_context: ::std::option::Option<
        crate::types::EksPodSecurityContext,
    >,
    pub(crate) share_process_namespace: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for EksPodPropertiesDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPodPropertiesDetailBuilder").finish_non_exhaustive()
    }
}
impl EksPodPropertiesDetailBuilder {
    /// See [`EksPodPropertiesDetail::containers`](crate::types::EksPodPropertiesDetail::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerDetail>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksContainerDetail>>,
    ) -> Self {
        self.containers = input;
        self
    }
    /// See [`EksPodPropertiesDetail::dns_policy`](crate::types::EksPodPropertiesDetail::dns_policy).
    pub fn dns_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dns_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dns_policy`](Self::dns_policy).
    pub fn set_dns_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.dns_policy = input;
        self
    }
    /// See [`EksPodPropertiesDetail::host_network`](crate::types::EksPodPropertiesDetail::host_network).
    pub fn host_network(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.host_network = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`host_network`](Self::host_network).
    pub fn set_host_network(mut self, input: ::std::option::Option<bool>) -> Self {
        self.host_network = input;
        self
    }
    /// See [`EksPodPropertiesDetail::metadata`](crate::types::EksPodPropertiesDetail::metadata).
    pub fn metadata(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksMetadata>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metadata`](Self::metadata).
    pub fn set_metadata(
        mut self,
        input: ::std::option::Option<crate::types::EksMetadata>,
    ) -> Self {
        self.metadata = input;
        self
    }
    /// See [`EksPodPropertiesDetail::node_name`](crate::types::EksPodPropertiesDetail::node_name).
    pub fn node_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_name`](Self::node_name).
    pub fn set_node_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_name = input;
        self
    }
    /// See [`EksPodPropertiesDetail::pod_name`](crate::types::EksPodPropertiesDetail::pod_name).
    pub fn pod_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pod_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_name`](Self::pod_name).
    pub fn set_pod_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pod_name = input;
        self
    }
    /// See [`EksPodPropertiesDetail::service_account_name`](crate::types::EksPodPropertiesDetail::service_account_name).
    pub fn service_account_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account_name`](Self::service_account_name).
    pub fn set_service_account_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account_name = input;
        self
    }
    /// See [`EksPodPropertiesDetail::volumes`](crate::types::EksPodPropertiesDetail::volumes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn volumes(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksVolume>,
    ) -> Self {
        self.volumes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`volumes`](Self::volumes).
    pub fn set_volumes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksVolume>>,
    ) -> Self {
        self.volumes = input;
        self
    }
    /// See [`EksPodPropertiesDetail::image_pull_secrets`](crate::types::EksPodPropertiesDetail::image_pull_secrets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn image_pull_secrets(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImagePullSecret>,
    ) -> Self {
        self.image_pull_secrets
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`image_pull_secrets`](Self::image_pull_secrets).
    pub fn set_image_pull_secrets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ImagePullSecret>>,
    ) -> Self {
        self.image_pull_secrets = input;
        self
    }
    /// See [`EksPodPropertiesDetail::init_containers`](crate::types::EksPodPropertiesDetail::init_containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn init_containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerDetail>,
    ) -> Self {
        self.init_containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`init_containers`](Self::init_containers).
    pub fn set_init_containers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksContainerDetail>>,
    ) -> Self {
        self.init_containers = input;
        self
    }
    /// See [`EksPodPropertiesDetail::security_context`](crate::types::EksPodPropertiesDetail::security_context).
    pub fn security_context(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPodSecurityContext>,
    ) -> Self {
        self.security_context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_context`](Self::security_context).
    pub fn set_security_context(
        mut self,
        input: ::std::option::Option<crate::types::EksPodSecurityContext>,
    ) -> Self {
        self.security_context = input;
        self
    }
    /// See [`EksPodPropertiesDetail::share_process_namespace`](crate::types::EksPodPropertiesDetail::share_process_namespace).
    pub fn share_process_namespace(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.share_process_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_process_namespace`](Self::share_process_namespace).
    pub fn set_share_process_namespace(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.share_process_namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksPodPropertiesDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksPodPropertiesDetail {
            containers: self.containers,
            dns_policy: self.dns_policy,
            host_network: self.host_network,
            metadata: self.metadata,
            node_name: self.node_name,
            pod_name: self.pod_name,
            service_account_name: self.service_account_name,
            volumes: self.volumes,
            image_pull_secrets: self.image_pull_secrets,
            init_containers: self.init_containers,
            security_context: self.security_context,
            share_process_namespace: self.share_process_namespace,
        })
    }
}
/// A builder for [`EksPodPropertiesOverride`](crate::types::EksPodPropertiesOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPodPropertiesOverrideBuilder {
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerOverride>,
    >,
    pub(crate) metadata: ::std::option::Option<crate::types::EksMetadata>,
    pub(crate) init_containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksContainerOverride>,
    >,
}
impl ::std::fmt::Debug for EksPodPropertiesOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPodPropertiesOverrideBuilder").finish_non_exhaustive()
    }
}
impl EksPodPropertiesOverrideBuilder {
    /// See [`EksPodPropertiesOverride::containers`](crate::types::EksPodPropertiesOverride::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerOverride>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksContainerOverride>>,
    ) -> Self {
        self.containers = input;
        self
    }
    /// See [`EksPodPropertiesOverride::metadata`](crate::types::EksPodPropertiesOverride::metadata).
    pub fn metadata(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksMetadata>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metadata`](Self::metadata).
    pub fn set_metadata(
        mut self,
        input: ::std::option::Option<crate::types::EksMetadata>,
    ) -> Self {
        self.metadata = input;
        self
    }
    /// See [`EksPodPropertiesOverride::init_containers`](crate::types::EksPodPropertiesOverride::init_containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn init_containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksContainerOverride>,
    ) -> Self {
        self.init_containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`init_containers`](Self::init_containers).
    pub fn set_init_containers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksContainerOverride>>,
    ) -> Self {
        self.init_containers = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksPodPropertiesOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksPodPropertiesOverride {
            containers: self.containers,
            metadata: self.metadata,
            init_containers: self.init_containers,
        })
    }
}
/// A builder for [`EksPodSecurityContext`](crate::types::EksPodSecurityContext).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPodSecurityContextBuilder {
    pub(crate) fs_group: ::std::option::Option<i64>,
    pub(crate) run_as_group: ::std::option::Option<i64>,
    pub(crate) run_as_non_root: ::std::option::Option<bool>,
    pub(crate) run_as_user: ::std::option::Option<i64>,
    pub(crate) seccomp_profile: ::std::option::Option<crate::types::EksSeccompProfile>,
}
impl ::std::fmt::Debug for EksPodSecurityContextBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPodSecurityContextBuilder").finish_non_exhaustive()
    }
}
impl EksPodSecurityContextBuilder {
    /// See [`EksPodSecurityContext::fs_group`](crate::types::EksPodSecurityContext::fs_group).
    pub fn fs_group(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.fs_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fs_group`](Self::fs_group).
    pub fn set_fs_group(mut self, input: ::std::option::Option<i64>) -> Self {
        self.fs_group = input;
        self
    }
    /// See [`EksPodSecurityContext::run_as_group`](crate::types::EksPodSecurityContext::run_as_group).
    pub fn run_as_group(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.run_as_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`run_as_group`](Self::run_as_group).
    pub fn set_run_as_group(mut self, input: ::std::option::Option<i64>) -> Self {
        self.run_as_group = input;
        self
    }
    /// See [`EksPodSecurityContext::run_as_non_root`](crate::types::EksPodSecurityContext::run_as_non_root).
    pub fn run_as_non_root(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.run_as_non_root = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`run_as_non_root`](Self::run_as_non_root).
    pub fn set_run_as_non_root(mut self, input: ::std::option::Option<bool>) -> Self {
        self.run_as_non_root = input;
        self
    }
    /// See [`EksPodSecurityContext::run_as_user`](crate::types::EksPodSecurityContext::run_as_user).
    pub fn run_as_user(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.run_as_user = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`run_as_user`](Self::run_as_user).
    pub fn set_run_as_user(mut self, input: ::std::option::Option<i64>) -> Self {
        self.run_as_user = input;
        self
    }
    /// See [`EksPodSecurityContext::seccomp_profile`](crate::types::EksPodSecurityContext::seccomp_profile).
    pub fn seccomp_profile(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksSeccompProfile>,
    ) -> Self {
        self.seccomp_profile = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`seccomp_profile`](Self::seccomp_profile).
    pub fn set_seccomp_profile(
        mut self,
        input: ::std::option::Option<crate::types::EksSeccompProfile>,
    ) -> Self {
        self.seccomp_profile = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksPodSecurityContext,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksPodSecurityContext {
            fs_group: self.fs_group,
            run_as_group: self.run_as_group,
            run_as_non_root: self.run_as_non_root,
            run_as_user: self.run_as_user,
            seccomp_profile: self.seccomp_profile,
        })
    }
}
/// A builder for [`EksProperties`](crate::types::EksProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPropertiesBuilder {
    pub(crate) pod_properties: ::std::option::Option<crate::types::EksPodProperties>,
}
impl ::std::fmt::Debug for EksPropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPropertiesBuilder").finish_non_exhaustive()
    }
}
impl EksPropertiesBuilder {
    /// See [`EksProperties::pod_properties`](crate::types::EksProperties::pod_properties).
    pub fn pod_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPodProperties>,
    ) -> Self {
        self.pod_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_properties`](Self::pod_properties).
    pub fn set_pod_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksPodProperties>,
    ) -> Self {
        self.pod_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EksProperties, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EksProperties {
            pod_properties: self.pod_properties,
        })
    }
}
/// A builder for [`EksPropertiesDetail`](crate::types::EksPropertiesDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPropertiesDetailBuilder {
    pub(crate) pod_properties: ::std::option::Option<
        crate::types::EksPodPropertiesDetail,
    >,
}
impl ::std::fmt::Debug for EksPropertiesDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPropertiesDetailBuilder").finish_non_exhaustive()
    }
}
impl EksPropertiesDetailBuilder {
    /// See [`EksPropertiesDetail::pod_properties`](crate::types::EksPropertiesDetail::pod_properties).
    pub fn pod_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPodPropertiesDetail>,
    ) -> Self {
        self.pod_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_properties`](Self::pod_properties).
    pub fn set_pod_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksPodPropertiesDetail>,
    ) -> Self {
        self.pod_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksPropertiesDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksPropertiesDetail {
            pod_properties: self.pod_properties,
        })
    }
}
/// A builder for [`EksPropertiesOverride`](crate::types::EksPropertiesOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksPropertiesOverrideBuilder {
    pub(crate) pod_properties: ::std::option::Option<
        crate::types::EksPodPropertiesOverride,
    >,
}
impl ::std::fmt::Debug for EksPropertiesOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksPropertiesOverrideBuilder").finish_non_exhaustive()
    }
}
impl EksPropertiesOverrideBuilder {
    /// See [`EksPropertiesOverride::pod_properties`](crate::types::EksPropertiesOverride::pod_properties).
    pub fn pod_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPodPropertiesOverride>,
    ) -> Self {
        self.pod_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_properties`](Self::pod_properties).
    pub fn set_pod_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksPodPropertiesOverride>,
    ) -> Self {
        self.pod_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksPropertiesOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksPropertiesOverride {
            pod_properties: self.pod_properties,
        })
    }
}
/// A builder for [`EksSeccompProfile`](crate::types::EksSeccompProfile).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksSeccompProfileBuilder {
    pub(crate) localhost_profile: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::EksSeccompProfileType>,
}
impl ::std::fmt::Debug for EksSeccompProfileBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksSeccompProfileBuilder").finish_non_exhaustive()
    }
}
impl EksSeccompProfileBuilder {
    /// See [`EksSeccompProfile::localhost_profile`](crate::types::EksSeccompProfile::localhost_profile).
    pub fn localhost_profile(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.localhost_profile = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`localhost_profile`](Self::localhost_profile).
    pub fn set_localhost_profile(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.localhost_profile = input;
        self
    }
    /// See [`EksSeccompProfile::type`](crate::types::EksSeccompProfile::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksSeccompProfileType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::EksSeccompProfileType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksSeccompProfile,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksSeccompProfile {
            localhost_profile: self.localhost_profile,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("EksSeccompProfile", "type"))?,
        })
    }
}
/// A builder for [`EksSecret`](crate::types::EksSecret).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksSecretBuilder {
    pub(crate) optional: ::std::option::Option<bool>,
    pub(crate) secret_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EksSecretBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksSecretBuilder").finish_non_exhaustive()
    }
}
impl EksSecretBuilder {
    /// See [`EksSecret::optional`](crate::types::EksSecret::optional).
    pub fn optional(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.optional = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`optional`](Self::optional).
    pub fn set_optional(mut self, input: ::std::option::Option<bool>) -> Self {
        self.optional = input;
        self
    }
    /// See [`EksSecret::secret_name`](crate::types::EksSecret::secret_name).
    pub fn secret_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`secret_name`](Self::secret_name).
    pub fn set_secret_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.secret_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EksSecret, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EksSecret {
            optional: self.optional,
            secret_name: self
                .secret_name
                .ok_or(crate::runtime::BuildError::missing("EksSecret", "secret_name"))?,
        })
    }
}
/// A builder for [`EksVolume`](crate::types::EksVolume).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksVolumeBuilder {
    pub(crate) empty_dir: ::std::option::Option<crate::types::EksEmptyDir>,
    pub(crate) host_path: ::std::option::Option<crate::types::EksHostPath>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) secret: ::std::option::Option<crate::types::EksSecret>,
    pub(crate) persistent_volume_claim: ::std::option::Option<
        crate::types::EksPersistentVolumeClaim,
    >,
}
impl ::std::fmt::Debug for EksVolumeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksVolumeBuilder").finish_non_exhaustive()
    }
}
impl EksVolumeBuilder {
    /// See [`EksVolume::empty_dir`](crate::types::EksVolume::empty_dir).
    pub fn empty_dir(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksEmptyDir>,
    ) -> Self {
        self.empty_dir = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`empty_dir`](Self::empty_dir).
    pub fn set_empty_dir(
        mut self,
        input: ::std::option::Option<crate::types::EksEmptyDir>,
    ) -> Self {
        self.empty_dir = input;
        self
    }
    /// See [`EksVolume::host_path`](crate::types::EksVolume::host_path).
    pub fn host_path(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksHostPath>,
    ) -> Self {
        self.host_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`host_path`](Self::host_path).
    pub fn set_host_path(
        mut self,
        input: ::std::option::Option<crate::types::EksHostPath>,
    ) -> Self {
        self.host_path = input;
        self
    }
    /// See [`EksVolume::name`](crate::types::EksVolume::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`EksVolume::secret`](crate::types::EksVolume::secret).
    pub fn secret(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksSecret>,
    ) -> Self {
        self.secret = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`secret`](Self::secret).
    pub fn set_secret(
        mut self,
        input: ::std::option::Option<crate::types::EksSecret>,
    ) -> Self {
        self.secret = input;
        self
    }
    /// See [`EksVolume::persistent_volume_claim`](crate::types::EksVolume::persistent_volume_claim).
    pub fn persistent_volume_claim(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPersistentVolumeClaim>,
    ) -> Self {
        self.persistent_volume_claim = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`persistent_volume_claim`](Self::persistent_volume_claim).
    pub fn set_persistent_volume_claim(
        mut self,
        input: ::std::option::Option<crate::types::EksPersistentVolumeClaim>,
    ) -> Self {
        self.persistent_volume_claim = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::EksVolume, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::EksVolume {
            empty_dir: self.empty_dir,
            host_path: self.host_path,
            name: self
                .name
                .ok_or(crate::runtime::BuildError::missing("EksVolume", "name"))?,
            secret: self.secret,
            persistent_volume_claim: self.persistent_volume_claim,
        })
    }
}
/// A builder for [`EphemeralStorage`](crate::types::EphemeralStorage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EphemeralStorageBuilder {
    pub(crate) size_in_gi_b: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for EphemeralStorageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EphemeralStorageBuilder").finish_non_exhaustive()
    }
}
impl EphemeralStorageBuilder {
    /// See [`EphemeralStorage::size_in_gi_b`](crate::types::EphemeralStorage::size_in_gi_b).
    pub fn size_in_gi_b(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.size_in_gi_b = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size_in_gi_b`](Self::size_in_gi_b).
    pub fn set_size_in_gi_b(mut self, input: ::std::option::Option<i64>) -> Self {
        self.size_in_gi_b = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EphemeralStorage,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EphemeralStorage {
            size_in_gi_b: self
                .size_in_gi_b
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "EphemeralStorage",
                        "size_in_gi_b",
                    ),
                )?,
        })
    }
}
/// A builder for [`EvaluateOnExit`](crate::types::EvaluateOnExit).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EvaluateOnExitBuilder {
    pub(crate) action: ::std::option::Option<crate::types::RetryAction>,
    pub(crate) on_exit_code: ::std::option::Option<::std::string::String>,
    pub(crate) on_reason: ::std::option::Option<::std::string::String>,
    pub(crate) on_status_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EvaluateOnExitBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EvaluateOnExitBuilder").finish_non_exhaustive()
    }
}
impl EvaluateOnExitBuilder {
    /// See [`EvaluateOnExit::action`](crate::types::EvaluateOnExit::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryAction>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<crate::types::RetryAction>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`EvaluateOnExit::on_exit_code`](crate::types::EvaluateOnExit::on_exit_code).
    pub fn on_exit_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.on_exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_exit_code`](Self::on_exit_code).
    pub fn set_on_exit_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.on_exit_code = input;
        self
    }
    /// See [`EvaluateOnExit::on_reason`](crate::types::EvaluateOnExit::on_reason).
    pub fn on_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.on_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_reason`](Self::on_reason).
    pub fn set_on_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.on_reason = input;
        self
    }
    /// See [`EvaluateOnExit::on_status_reason`](crate::types::EvaluateOnExit::on_status_reason).
    pub fn on_status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.on_status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_status_reason`](Self::on_status_reason).
    pub fn set_on_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.on_status_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EvaluateOnExit,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EvaluateOnExit {
            action: self
                .action
                .ok_or(crate::runtime::BuildError::missing("EvaluateOnExit", "action"))?,
            on_exit_code: self.on_exit_code,
            on_reason: self.on_reason,
            on_status_reason: self.on_status_reason,
        })
    }
}
/// A builder for [`FairshareCapacityUsage`](crate::types::FairshareCapacityUsage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FairshareCapacityUsageBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for FairshareCapacityUsageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FairshareCapacityUsageBuilder").finish_non_exhaustive()
    }
}
impl FairshareCapacityUsageBuilder {
    /// See [`FairshareCapacityUsage::capacity_unit`](crate::types::FairshareCapacityUsage::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`FairshareCapacityUsage::quantity`](crate::types::FairshareCapacityUsage::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<f64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FairshareCapacityUsage,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FairshareCapacityUsage {
            capacity_unit: self.capacity_unit,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`FairshareCapacityUtilization`](crate::types::FairshareCapacityUtilization).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FairshareCapacityUtilizationBuilder {
    pub(crate) capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::FairshareCapacityUsage>,
    >,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FairshareCapacityUtilizationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FairshareCapacityUtilizationBuilder").finish_non_exhaustive()
    }
}
impl FairshareCapacityUtilizationBuilder {
    /// See [`FairshareCapacityUtilization::capacity_usage`](crate::types::FairshareCapacityUtilization::capacity_usage).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::FairshareCapacityUsage>,
    ) -> Self {
        self.capacity_usage.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_usage`](Self::capacity_usage).
    pub fn set_capacity_usage(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FairshareCapacityUsage>,
        >,
    ) -> Self {
        self.capacity_usage = input;
        self
    }
    /// See [`FairshareCapacityUtilization::share_identifier`](crate::types::FairshareCapacityUtilization::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FairshareCapacityUtilization,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FairshareCapacityUtilization {
            capacity_usage: self.capacity_usage,
            share_identifier: self.share_identifier,
        })
    }
}
/// A builder for [`FairsharePolicy`](crate::types::FairsharePolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FairsharePolicyBuilder {
    pub(crate) compute_reservation: ::std::option::Option<i64>,
    pub(crate) share_decay_seconds: ::std::option::Option<i64>,
    pub(crate) share_distribution: ::std::option::Option<
        ::std::vec::Vec<crate::types::ShareAttributes>,
    >,
}
impl ::std::fmt::Debug for FairsharePolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FairsharePolicyBuilder").finish_non_exhaustive()
    }
}
impl FairsharePolicyBuilder {
    /// See [`FairsharePolicy::compute_reservation`](crate::types::FairsharePolicy::compute_reservation).
    pub fn compute_reservation(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.compute_reservation = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_reservation`](Self::compute_reservation).
    pub fn set_compute_reservation(mut self, input: ::std::option::Option<i64>) -> Self {
        self.compute_reservation = input;
        self
    }
    /// See [`FairsharePolicy::share_decay_seconds`](crate::types::FairsharePolicy::share_decay_seconds).
    pub fn share_decay_seconds(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.share_decay_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_decay_seconds`](Self::share_decay_seconds).
    pub fn set_share_decay_seconds(mut self, input: ::std::option::Option<i64>) -> Self {
        self.share_decay_seconds = input;
        self
    }
    /// See [`FairsharePolicy::share_distribution`](crate::types::FairsharePolicy::share_distribution).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn share_distribution(
        mut self,
        input: impl ::std::convert::Into<crate::types::ShareAttributes>,
    ) -> Self {
        self.share_distribution
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`share_distribution`](Self::share_distribution).
    pub fn set_share_distribution(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ShareAttributes>>,
    ) -> Self {
        self.share_distribution = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FairsharePolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FairsharePolicy {
            compute_reservation: self.compute_reservation,
            share_decay_seconds: self.share_decay_seconds,
            share_distribution: self.share_distribution,
        })
    }
}
/// A builder for [`FairshareUtilizationDetail`](crate::types::FairshareUtilizationDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FairshareUtilizationDetailBuilder {
    pub(crate) active_share_count: ::std::option::Option<i64>,
    pub(crate) top_capacity_utilization: ::std::option::Option<
        ::std::vec::Vec<crate::types::FairshareCapacityUtilization>,
    >,
}
impl ::std::fmt::Debug for FairshareUtilizationDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FairshareUtilizationDetailBuilder").finish_non_exhaustive()
    }
}
impl FairshareUtilizationDetailBuilder {
    /// See [`FairshareUtilizationDetail::active_share_count`](crate::types::FairshareUtilizationDetail::active_share_count).
    pub fn active_share_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.active_share_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`active_share_count`](Self::active_share_count).
    pub fn set_active_share_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.active_share_count = input;
        self
    }
    /// See [`FairshareUtilizationDetail::top_capacity_utilization`](crate::types::FairshareUtilizationDetail::top_capacity_utilization).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn top_capacity_utilization(
        mut self,
        input: impl ::std::convert::Into<crate::types::FairshareCapacityUtilization>,
    ) -> Self {
        self.top_capacity_utilization
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`top_capacity_utilization`](Self::top_capacity_utilization).
    pub fn set_top_capacity_utilization(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FairshareCapacityUtilization>,
        >,
    ) -> Self {
        self.top_capacity_utilization = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FairshareUtilizationDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FairshareUtilizationDetail {
            active_share_count: self.active_share_count,
            top_capacity_utilization: self.top_capacity_utilization,
        })
    }
}
/// A builder for [`FargatePlatformConfiguration`](crate::types::FargatePlatformConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FargatePlatformConfigurationBuilder {
    pub(crate) platform_version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FargatePlatformConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FargatePlatformConfigurationBuilder").finish_non_exhaustive()
    }
}
impl FargatePlatformConfigurationBuilder {
    /// See [`FargatePlatformConfiguration::platform_version`](crate::types::FargatePlatformConfiguration::platform_version).
    pub fn platform_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.platform_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`platform_version`](Self::platform_version).
    pub fn set_platform_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.platform_version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FargatePlatformConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FargatePlatformConfiguration {
            platform_version: self.platform_version,
        })
    }
}
/// A builder for [`FirelensConfiguration`](crate::types::FirelensConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FirelensConfigurationBuilder {
    pub(crate) options: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::FirelensConfigurationType>,
}
impl ::std::fmt::Debug for FirelensConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FirelensConfigurationBuilder").finish_non_exhaustive()
    }
}
impl FirelensConfigurationBuilder {
    /// See [`FirelensConfiguration::options`](crate::types::FirelensConfiguration::options).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn options(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.options
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`options`](Self::options).
    pub fn set_options(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.options = input;
        self
    }
    /// See [`FirelensConfiguration::type`](crate::types::FirelensConfiguration::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::FirelensConfigurationType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::FirelensConfigurationType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FirelensConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FirelensConfiguration {
            options: self.options,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing("FirelensConfiguration", "type"),
                )?,
        })
    }
}
/// A builder for [`FrontOfQueueDetail`](crate::types::FrontOfQueueDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FrontOfQueueDetailBuilder {
    pub(crate) jobs: ::std::option::Option<
        ::std::vec::Vec<crate::types::FrontOfQueueJobSummary>,
    >,
    pub(crate) last_updated_at: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for FrontOfQueueDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FrontOfQueueDetailBuilder").finish_non_exhaustive()
    }
}
impl FrontOfQueueDetailBuilder {
    /// See [`FrontOfQueueDetail::jobs`](crate::types::FrontOfQueueDetail::jobs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn jobs(
        mut self,
        input: impl ::std::convert::Into<crate::types::FrontOfQueueJobSummary>,
    ) -> Self {
        self.jobs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`jobs`](Self::jobs).
    pub fn set_jobs(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FrontOfQueueJobSummary>,
        >,
    ) -> Self {
        self.jobs = input;
        self
    }
    /// See [`FrontOfQueueDetail::last_updated_at`](crate::types::FrontOfQueueDetail::last_updated_at).
    pub fn last_updated_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_updated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_at`](Self::last_updated_at).
    pub fn set_last_updated_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_updated_at = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FrontOfQueueDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FrontOfQueueDetail {
            jobs: self.jobs,
            last_updated_at: self.last_updated_at,
        })
    }
}
/// A builder for [`FrontOfQueueJobSummary`](crate::types::FrontOfQueueJobSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FrontOfQueueJobSummaryBuilder {
    pub(crate) earliest_time_at_position: ::std::option::Option<i64>,
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FrontOfQueueJobSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FrontOfQueueJobSummaryBuilder").finish_non_exhaustive()
    }
}
impl FrontOfQueueJobSummaryBuilder {
    /// See [`FrontOfQueueJobSummary::earliest_time_at_position`](crate::types::FrontOfQueueJobSummary::earliest_time_at_position).
    pub fn earliest_time_at_position(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.earliest_time_at_position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`earliest_time_at_position`](Self::earliest_time_at_position).
    pub fn set_earliest_time_at_position(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.earliest_time_at_position = input;
        self
    }
    /// See [`FrontOfQueueJobSummary::job_arn`](crate::types::FrontOfQueueJobSummary::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FrontOfQueueJobSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FrontOfQueueJobSummary {
            earliest_time_at_position: self.earliest_time_at_position,
            job_arn: self.job_arn,
        })
    }
}
/// A builder for [`FrontOfQuotaShareJobSummary`](crate::types::FrontOfQuotaShareJobSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FrontOfQuotaShareJobSummaryBuilder {
    pub(crate) earliest_time_at_position: ::std::option::Option<i64>,
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FrontOfQuotaShareJobSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FrontOfQuotaShareJobSummaryBuilder").finish_non_exhaustive()
    }
}
impl FrontOfQuotaShareJobSummaryBuilder {
    /// See [`FrontOfQuotaShareJobSummary::earliest_time_at_position`](crate::types::FrontOfQuotaShareJobSummary::earliest_time_at_position).
    pub fn earliest_time_at_position(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.earliest_time_at_position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`earliest_time_at_position`](Self::earliest_time_at_position).
    pub fn set_earliest_time_at_position(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.earliest_time_at_position = input;
        self
    }
    /// See [`FrontOfQuotaShareJobSummary::job_arn`](crate::types::FrontOfQuotaShareJobSummary::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FrontOfQuotaShareJobSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FrontOfQuotaShareJobSummary {
            earliest_time_at_position: self.earliest_time_at_position,
            job_arn: self.job_arn,
        })
    }
}
/// A builder for [`FrontOfQuotaSharesDetail`](crate::types::FrontOfQuotaSharesDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FrontOfQuotaSharesDetailBuilder {
    pub(crate) last_updated_at: ::std::option::Option<i64>,
    pub(crate) quota_shares: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::FrontOfQuotaShareJobSummary>,
        >,
    >,
}
impl ::std::fmt::Debug for FrontOfQuotaSharesDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FrontOfQuotaSharesDetailBuilder").finish_non_exhaustive()
    }
}
impl FrontOfQuotaSharesDetailBuilder {
    /// See [`FrontOfQuotaSharesDetail::last_updated_at`](crate::types::FrontOfQuotaSharesDetail::last_updated_at).
    pub fn last_updated_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_updated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_at`](Self::last_updated_at).
    pub fn set_last_updated_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_updated_at = input;
        self
    }
    /// See [`FrontOfQuotaSharesDetail::quota_shares`](crate::types::FrontOfQuotaSharesDetail::quota_shares).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn quota_shares(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::FrontOfQuotaShareJobSummary>,
        >,
    ) -> Self {
        self.quota_shares
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`quota_shares`](Self::quota_shares).
    pub fn set_quota_shares(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<crate::types::FrontOfQuotaShareJobSummary>,
            >,
        >,
    ) -> Self {
        self.quota_shares = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FrontOfQuotaSharesDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FrontOfQuotaSharesDetail {
            last_updated_at: self.last_updated_at,
            quota_shares: self.quota_shares,
        })
    }
}
/// A builder for [`GetJobQueueSnapshotRequest`](crate::types::GetJobQueueSnapshotRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetJobQueueSnapshotRequestBuilder {
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetJobQueueSnapshotRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetJobQueueSnapshotRequestBuilder").finish_non_exhaustive()
    }
}
impl GetJobQueueSnapshotRequestBuilder {
    /// See [`GetJobQueueSnapshotRequest::job_queue`](crate::types::GetJobQueueSnapshotRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetJobQueueSnapshotRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetJobQueueSnapshotRequest {
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetJobQueueSnapshotRequest",
                        "job_queue",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetJobQueueSnapshotResponse`](crate::types::GetJobQueueSnapshotResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetJobQueueSnapshotResponseBuilder {
    pub(crate) front_of_queue: ::std::option::Option<crate::types::FrontOfQueueDetail>,
    pub(crate) front_of_quota_shares: ::std::option::Option<
        crate::types::FrontOfQuotaSharesDetail,
    >,
    pub(crate) queue_utilization: ::std::option::Option<
        crate::types::QueueSnapshotUtilizationDetail,
    >,
}
impl ::std::fmt::Debug for GetJobQueueSnapshotResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetJobQueueSnapshotResponseBuilder").finish_non_exhaustive()
    }
}
impl GetJobQueueSnapshotResponseBuilder {
    /// See [`GetJobQueueSnapshotResponse::front_of_queue`](crate::types::GetJobQueueSnapshotResponse::front_of_queue).
    pub fn front_of_queue(
        mut self,
        input: impl ::std::convert::Into<crate::types::FrontOfQueueDetail>,
    ) -> Self {
        self.front_of_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`front_of_queue`](Self::front_of_queue).
    pub fn set_front_of_queue(
        mut self,
        input: ::std::option::Option<crate::types::FrontOfQueueDetail>,
    ) -> Self {
        self.front_of_queue = input;
        self
    }
    /// See [`GetJobQueueSnapshotResponse::front_of_quota_shares`](crate::types::GetJobQueueSnapshotResponse::front_of_quota_shares).
    pub fn front_of_quota_shares(
        mut self,
        input: impl ::std::convert::Into<crate::types::FrontOfQuotaSharesDetail>,
    ) -> Self {
        self.front_of_quota_shares = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`front_of_quota_shares`](Self::front_of_quota_shares).
    pub fn set_front_of_quota_shares(
        mut self,
        input: ::std::option::Option<crate::types::FrontOfQuotaSharesDetail>,
    ) -> Self {
        self.front_of_quota_shares = input;
        self
    }
    /// See [`GetJobQueueSnapshotResponse::queue_utilization`](crate::types::GetJobQueueSnapshotResponse::queue_utilization).
    pub fn queue_utilization(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueueSnapshotUtilizationDetail>,
    ) -> Self {
        self.queue_utilization = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`queue_utilization`](Self::queue_utilization).
    pub fn set_queue_utilization(
        mut self,
        input: ::std::option::Option<crate::types::QueueSnapshotUtilizationDetail>,
    ) -> Self {
        self.queue_utilization = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetJobQueueSnapshotResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetJobQueueSnapshotResponse {
            front_of_queue: self.front_of_queue,
            front_of_quota_shares: self.front_of_quota_shares,
            queue_utilization: self.queue_utilization,
        })
    }
}
/// A builder for [`Host`](crate::types::Host).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct HostBuilder {
    pub(crate) source_path: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for HostBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HostBuilder").finish_non_exhaustive()
    }
}
impl HostBuilder {
    /// See [`Host::source_path`](crate::types::Host::source_path).
    pub fn source_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_path`](Self::source_path).
    pub fn set_source_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_path = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Host, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Host {
            source_path: self.source_path,
        })
    }
}
/// A builder for [`ImagePullSecret`](crate::types::ImagePullSecret).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImagePullSecretBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ImagePullSecretBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImagePullSecretBuilder").finish_non_exhaustive()
    }
}
impl ImagePullSecretBuilder {
    /// See [`ImagePullSecret::name`](crate::types::ImagePullSecret::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImagePullSecret,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImagePullSecret {
            name: self
                .name
                .ok_or(crate::runtime::BuildError::missing("ImagePullSecret", "name"))?,
        })
    }
}
/// A builder for [`InfrastructureOptimization`](crate::types::InfrastructureOptimization).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InfrastructureOptimizationBuilder {
    pub(crate) scale_in_after: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for InfrastructureOptimizationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InfrastructureOptimizationBuilder").finish_non_exhaustive()
    }
}
impl InfrastructureOptimizationBuilder {
    /// See [`InfrastructureOptimization::scale_in_after`](crate::types::InfrastructureOptimization::scale_in_after).
    pub fn scale_in_after(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scale_in_after = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scale_in_after`](Self::scale_in_after).
    pub fn set_scale_in_after(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scale_in_after = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InfrastructureOptimization,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InfrastructureOptimization {
            scale_in_after: self.scale_in_after,
        })
    }
}
/// A builder for [`InstanceLaunchTemplate`](crate::types::InstanceLaunchTemplate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InstanceLaunchTemplateBuilder {
    pub(crate) capacity_option_type: ::std::option::Option<::std::string::String>,
    pub(crate) capacity_reservations: ::std::option::Option<
        crate::types::CapacityReservationRequest,
    >,
    pub(crate) ec2_instance_profile_arn: ::std::option::Option<::std::string::String>,
    pub(crate) fips_enabled: ::std::option::Option<bool>,
    pub(crate) instance_metadata_tags_propagation: ::std::option::Option<bool>,
    pub(crate) instance_requirements: ::std::option::Option<
        crate::types::InstanceRequirementsRequest,
    >,
    pub(crate) local_storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesLocalStorageConfiguration,
    >,
    pub(crate) monitoring: ::std::option::Option<::std::string::String>,
    pub(crate) network_configuration: ::std::option::Option<
        crate::types::ManagedInstancesNetworkConfiguration,
    >,
    pub(crate) storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesStorageConfiguration,
    >,
}
impl ::std::fmt::Debug for InstanceLaunchTemplateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceLaunchTemplateBuilder").finish_non_exhaustive()
    }
}
impl InstanceLaunchTemplateBuilder {
    /// See [`InstanceLaunchTemplate::capacity_option_type`](crate::types::InstanceLaunchTemplate::capacity_option_type).
    pub fn capacity_option_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_option_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_option_type`](Self::capacity_option_type).
    pub fn set_capacity_option_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_option_type = input;
        self
    }
    /// See [`InstanceLaunchTemplate::capacity_reservations`](crate::types::InstanceLaunchTemplate::capacity_reservations).
    pub fn capacity_reservations(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityReservationRequest>,
    ) -> Self {
        self.capacity_reservations = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_reservations`](Self::capacity_reservations).
    pub fn set_capacity_reservations(
        mut self,
        input: ::std::option::Option<crate::types::CapacityReservationRequest>,
    ) -> Self {
        self.capacity_reservations = input;
        self
    }
    /// See [`InstanceLaunchTemplate::ec2_instance_profile_arn`](crate::types::InstanceLaunchTemplate::ec2_instance_profile_arn).
    pub fn ec2_instance_profile_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ec2_instance_profile_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ec2_instance_profile_arn`](Self::ec2_instance_profile_arn).
    pub fn set_ec2_instance_profile_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ec2_instance_profile_arn = input;
        self
    }
    /// See [`InstanceLaunchTemplate::fips_enabled`](crate::types::InstanceLaunchTemplate::fips_enabled).
    pub fn fips_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.fips_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fips_enabled`](Self::fips_enabled).
    pub fn set_fips_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.fips_enabled = input;
        self
    }
    /// See [`InstanceLaunchTemplate::instance_metadata_tags_propagation`](crate::types::InstanceLaunchTemplate::instance_metadata_tags_propagation).
    pub fn instance_metadata_tags_propagation(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.instance_metadata_tags_propagation = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`instance_metadata_tags_propagation`](Self::instance_metadata_tags_propagation).
    pub fn set_instance_metadata_tags_propagation(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.instance_metadata_tags_propagation = input;
        self
    }
    /// See [`InstanceLaunchTemplate::instance_requirements`](crate::types::InstanceLaunchTemplate::instance_requirements).
    pub fn instance_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::InstanceRequirementsRequest>,
    ) -> Self {
        self.instance_requirements = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_requirements`](Self::instance_requirements).
    pub fn set_instance_requirements(
        mut self,
        input: ::std::option::Option<crate::types::InstanceRequirementsRequest>,
    ) -> Self {
        self.instance_requirements = input;
        self
    }
    /// See [`InstanceLaunchTemplate::local_storage_configuration`](crate::types::InstanceLaunchTemplate::local_storage_configuration).
    pub fn local_storage_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ManagedInstancesLocalStorageConfiguration,
        >,
    ) -> Self {
        self.local_storage_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`local_storage_configuration`](Self::local_storage_configuration).
    pub fn set_local_storage_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::ManagedInstancesLocalStorageConfiguration,
        >,
    ) -> Self {
        self.local_storage_configuration = input;
        self
    }
    /// See [`InstanceLaunchTemplate::monitoring`](crate::types::InstanceLaunchTemplate::monitoring).
    pub fn monitoring(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.monitoring = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`monitoring`](Self::monitoring).
    pub fn set_monitoring(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.monitoring = input;
        self
    }
    /// See [`InstanceLaunchTemplate::network_configuration`](crate::types::InstanceLaunchTemplate::network_configuration).
    pub fn network_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ManagedInstancesNetworkConfiguration,
        >,
    ) -> Self {
        self.network_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_configuration`](Self::network_configuration).
    pub fn set_network_configuration(
        mut self,
        input: ::std::option::Option<crate::types::ManagedInstancesNetworkConfiguration>,
    ) -> Self {
        self.network_configuration = input;
        self
    }
    /// See [`InstanceLaunchTemplate::storage_configuration`](crate::types::InstanceLaunchTemplate::storage_configuration).
    pub fn storage_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ManagedInstancesStorageConfiguration,
        >,
    ) -> Self {
        self.storage_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`storage_configuration`](Self::storage_configuration).
    pub fn set_storage_configuration(
        mut self,
        input: ::std::option::Option<crate::types::ManagedInstancesStorageConfiguration>,
    ) -> Self {
        self.storage_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InstanceLaunchTemplate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InstanceLaunchTemplate {
            capacity_option_type: self.capacity_option_type,
            capacity_reservations: self.capacity_reservations,
            ec2_instance_profile_arn: self
                .ec2_instance_profile_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InstanceLaunchTemplate",
                        "ec2_instance_profile_arn",
                    ),
                )?,
            fips_enabled: self.fips_enabled,
            instance_metadata_tags_propagation: self.instance_metadata_tags_propagation,
            instance_requirements: self.instance_requirements,
            local_storage_configuration: self.local_storage_configuration,
            monitoring: self.monitoring,
            network_configuration: self
                .network_configuration
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InstanceLaunchTemplate",
                        "network_configuration",
                    ),
                )?,
            storage_configuration: self.storage_configuration,
        })
    }
}
/// A builder for [`InstanceLaunchTemplateUpdate`](crate::types::InstanceLaunchTemplateUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InstanceLaunchTemplateUpdateBuilder {
    pub(crate) capacity_reservations: ::std::option::Option<
        crate::types::CapacityReservationRequest,
    >,
    pub(crate) ec2_instance_profile_arn: ::std::option::Option<::std::string::String>,
    pub(crate) instance_metadata_tags_propagation: ::std::option::Option<bool>,
    pub(crate) instance_requirements: ::std::option::Option<
        crate::types::InstanceRequirementsRequest,
    >,
    pub(crate) local_storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesLocalStorageConfiguration,
    >,
    pub(crate) monitoring: ::std::option::Option<::std::string::String>,
    pub(crate) network_configuration: ::std::option::Option<
        crate::types::ManagedInstancesNetworkConfiguration,
    >,
    pub(crate) storage_configuration: ::std::option::Option<
        crate::types::ManagedInstancesStorageConfiguration,
    >,
}
impl ::std::fmt::Debug for InstanceLaunchTemplateUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceLaunchTemplateUpdateBuilder").finish_non_exhaustive()
    }
}
impl InstanceLaunchTemplateUpdateBuilder {
    /// See [`InstanceLaunchTemplateUpdate::capacity_reservations`](crate::types::InstanceLaunchTemplateUpdate::capacity_reservations).
    pub fn capacity_reservations(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityReservationRequest>,
    ) -> Self {
        self.capacity_reservations = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_reservations`](Self::capacity_reservations).
    pub fn set_capacity_reservations(
        mut self,
        input: ::std::option::Option<crate::types::CapacityReservationRequest>,
    ) -> Self {
        self.capacity_reservations = input;
        self
    }
    /// See [`InstanceLaunchTemplateUpdate::ec2_instance_profile_arn`](crate::types::InstanceLaunchTemplateUpdate::ec2_instance_profile_arn).
    pub fn ec2_instance_profile_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ec2_instance_profile_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ec2_instance_profile_arn`](Self::ec2_instance_profile_arn).
    pub fn set_ec2_instance_profile_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ec2_instance_profile_arn = input;
        self
    }
    /// See [`InstanceLaunchTemplateUpdate::instance_metadata_tags_propagation`](crate::types::InstanceLaunchTemplateUpdate::instance_metadata_tags_propagation).
    pub fn instance_metadata_tags_propagation(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.instance_metadata_tags_propagation = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`instance_metadata_tags_propagation`](Self::instance_metadata_tags_propagation).
    pub fn set_instance_metadata_tags_propagation(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.instance_metadata_tags_propagation = input;
        self
    }
    /// See [`InstanceLaunchTemplateUpdate::instance_requirements`](crate::types::InstanceLaunchTemplateUpdate::instance_requirements).
    pub fn instance_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::InstanceRequirementsRequest>,
    ) -> Self {
        self.instance_requirements = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_requirements`](Self::instance_requirements).
    pub fn set_instance_requirements(
        mut self,
        input: ::std::option::Option<crate::types::InstanceRequirementsRequest>,
    ) -> Self {
        self.instance_requirements = input;
        self
    }
    /// See [`InstanceLaunchTemplateUpdate::local_storage_configuration`](crate::types::InstanceLaunchTemplateUpdate::local_storage_configuration).
    pub fn local_storage_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ManagedInstancesLocalStorageConfiguration,
        >,
    ) -> Self {
        self.local_storage_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`local_storage_configuration`](Self::local_storage_configuration).
    pub fn set_local_storage_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::ManagedInstancesLocalStorageConfiguration,
        >,
    ) -> Self {
        self.local_storage_configuration = input;
        self
    }
    /// See [`InstanceLaunchTemplateUpdate::monitoring`](crate::types::InstanceLaunchTemplateUpdate::monitoring).
    pub fn monitoring(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.monitoring = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`monitoring`](Self::monitoring).
    pub fn set_monitoring(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.monitoring = input;
        self
    }
    /// See [`InstanceLaunchTemplateUpdate::network_configuration`](crate::types::InstanceLaunchTemplateUpdate::network_configuration).
    pub fn network_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ManagedInstancesNetworkConfiguration,
        >,
    ) -> Self {
        self.network_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_configuration`](Self::network_configuration).
    pub fn set_network_configuration(
        mut self,
        input: ::std::option::Option<crate::types::ManagedInstancesNetworkConfiguration>,
    ) -> Self {
        self.network_configuration = input;
        self
    }
    /// See [`InstanceLaunchTemplateUpdate::storage_configuration`](crate::types::InstanceLaunchTemplateUpdate::storage_configuration).
    pub fn storage_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ManagedInstancesStorageConfiguration,
        >,
    ) -> Self {
        self.storage_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`storage_configuration`](Self::storage_configuration).
    pub fn set_storage_configuration(
        mut self,
        input: ::std::option::Option<crate::types::ManagedInstancesStorageConfiguration>,
    ) -> Self {
        self.storage_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InstanceLaunchTemplateUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InstanceLaunchTemplateUpdate {
            capacity_reservations: self.capacity_reservations,
            ec2_instance_profile_arn: self.ec2_instance_profile_arn,
            instance_metadata_tags_propagation: self.instance_metadata_tags_propagation,
            instance_requirements: self.instance_requirements,
            local_storage_configuration: self.local_storage_configuration,
            monitoring: self.monitoring,
            network_configuration: self.network_configuration,
            storage_configuration: self.storage_configuration,
        })
    }
}
/// A builder for [`InstanceRequirementsRequest`](crate::types::InstanceRequirementsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InstanceRequirementsRequestBuilder {
    pub(crate) allowed_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for InstanceRequirementsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceRequirementsRequestBuilder").finish_non_exhaustive()
    }
}
impl InstanceRequirementsRequestBuilder {
    /// See [`InstanceRequirementsRequest::allowed_instance_types`](crate::types::InstanceRequirementsRequest::allowed_instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn allowed_instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allowed_instance_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`allowed_instance_types`](Self::allowed_instance_types).
    pub fn set_allowed_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.allowed_instance_types = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InstanceRequirementsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InstanceRequirementsRequest {
            allowed_instance_types: self.allowed_instance_types,
        })
    }
}
/// A builder for [`JobCapacityUsageSummary`](crate::types::JobCapacityUsageSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobCapacityUsageSummaryBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for JobCapacityUsageSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobCapacityUsageSummaryBuilder").finish_non_exhaustive()
    }
}
impl JobCapacityUsageSummaryBuilder {
    /// See [`JobCapacityUsageSummary::capacity_unit`](crate::types::JobCapacityUsageSummary::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`JobCapacityUsageSummary::quantity`](crate::types::JobCapacityUsageSummary::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<f64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::JobCapacityUsageSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::JobCapacityUsageSummary {
            capacity_unit: self.capacity_unit,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`JobDefinition`](crate::types::JobDefinition).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobDefinitionBuilder {
    pub(crate) container_orchestration_type: ::std::option::Option<
        crate::types::OrchestrationType,
    >,
    pub(crate) container_properties: ::std::option::Option<
        crate::types::ContainerProperties,
    >,
    pub(crate) eks_properties: ::std::option::Option<crate::types::EksProperties>,
    pub(crate) job_definition_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_definition_name: ::std::option::Option<::std::string::String>,
    pub(crate) node_properties: ::std::option::Option<crate::types::NodeProperties>,
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) platform_capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::PlatformCapability>,
    >,
    pub(crate) propagate_tags: ::std::option::Option<bool>,
    pub(crate) retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    pub(crate) revision: ::std::option::Option<i64>,
    pub(crate) scheduling_priority: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout: ::std::option::Option<crate::types::JobTimeout>,
    pub(crate) r#type: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    pub(crate) ecs_properties: ::std::option::Option<crate::types::EcsProperties>,
}
impl ::std::fmt::Debug for JobDefinitionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobDefinitionBuilder").finish_non_exhaustive()
    }
}
impl JobDefinitionBuilder {
    /// See [`JobDefinition::container_orchestration_type`](crate::types::JobDefinition::container_orchestration_type).
    pub fn container_orchestration_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::OrchestrationType>,
    ) -> Self {
        self.container_orchestration_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_orchestration_type`](Self::container_orchestration_type).
    pub fn set_container_orchestration_type(
        mut self,
        input: ::std::option::Option<crate::types::OrchestrationType>,
    ) -> Self {
        self.container_orchestration_type = input;
        self
    }
    /// See [`JobDefinition::container_properties`](crate::types::JobDefinition::container_properties).
    pub fn container_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerProperties>,
    ) -> Self {
        self.container_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_properties`](Self::container_properties).
    pub fn set_container_properties(
        mut self,
        input: ::std::option::Option<crate::types::ContainerProperties>,
    ) -> Self {
        self.container_properties = input;
        self
    }
    /// See [`JobDefinition::eks_properties`](crate::types::JobDefinition::eks_properties).
    pub fn eks_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksProperties>,
    ) -> Self {
        self.eks_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_properties`](Self::eks_properties).
    pub fn set_eks_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksProperties>,
    ) -> Self {
        self.eks_properties = input;
        self
    }
    /// See [`JobDefinition::job_definition_arn`](crate::types::JobDefinition::job_definition_arn).
    pub fn job_definition_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition_arn`](Self::job_definition_arn).
    pub fn set_job_definition_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition_arn = input;
        self
    }
    /// See [`JobDefinition::job_definition_name`](crate::types::JobDefinition::job_definition_name).
    pub fn job_definition_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition_name`](Self::job_definition_name).
    pub fn set_job_definition_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition_name = input;
        self
    }
    /// See [`JobDefinition::node_properties`](crate::types::JobDefinition::node_properties).
    pub fn node_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeProperties>,
    ) -> Self {
        self.node_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_properties`](Self::node_properties).
    pub fn set_node_properties(
        mut self,
        input: ::std::option::Option<crate::types::NodeProperties>,
    ) -> Self {
        self.node_properties = input;
        self
    }
    /// See [`JobDefinition::parameters`](crate::types::JobDefinition::parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`JobDefinition::platform_capabilities`](crate::types::JobDefinition::platform_capabilities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn platform_capabilities(
        mut self,
        input: impl ::std::convert::Into<crate::types::PlatformCapability>,
    ) -> Self {
        self.platform_capabilities
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`platform_capabilities`](Self::platform_capabilities).
    pub fn set_platform_capabilities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PlatformCapability>>,
    ) -> Self {
        self.platform_capabilities = input;
        self
    }
    /// See [`JobDefinition::propagate_tags`](crate::types::JobDefinition::propagate_tags).
    pub fn propagate_tags(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(mut self, input: ::std::option::Option<bool>) -> Self {
        self.propagate_tags = input;
        self
    }
    /// See [`JobDefinition::retry_strategy`](crate::types::JobDefinition::retry_strategy).
    pub fn retry_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_strategy`](Self::retry_strategy).
    pub fn set_retry_strategy(
        mut self,
        input: ::std::option::Option<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = input;
        self
    }
    /// See [`JobDefinition::revision`](crate::types::JobDefinition::revision).
    pub fn revision(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.revision = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision`](Self::revision).
    pub fn set_revision(mut self, input: ::std::option::Option<i64>) -> Self {
        self.revision = input;
        self
    }
    /// See [`JobDefinition::scheduling_priority`](crate::types::JobDefinition::scheduling_priority).
    pub fn scheduling_priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduling_priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_priority`](Self::scheduling_priority).
    pub fn set_scheduling_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduling_priority = input;
        self
    }
    /// See [`JobDefinition::status`](crate::types::JobDefinition::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`JobDefinition::tags`](crate::types::JobDefinition::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`JobDefinition::timeout`](crate::types::JobDefinition::timeout).
    pub fn timeout(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(
        mut self,
        input: ::std::option::Option<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = input;
        self
    }
    /// See [`JobDefinition::type`](crate::types::JobDefinition::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`JobDefinition::consumable_resource_properties`](crate::types::JobDefinition::consumable_resource_properties).
    pub fn consumable_resource_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_properties`](Self::consumable_resource_properties).
    pub fn set_consumable_resource_properties(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = input;
        self
    }
    /// See [`JobDefinition::ecs_properties`](crate::types::JobDefinition::ecs_properties).
    pub fn ecs_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsProperties>,
    ) -> Self {
        self.ecs_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_properties`](Self::ecs_properties).
    pub fn set_ecs_properties(
        mut self,
        input: ::std::option::Option<crate::types::EcsProperties>,
    ) -> Self {
        self.ecs_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::JobDefinition, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::JobDefinition {
            container_orchestration_type: self.container_orchestration_type,
            container_properties: self.container_properties,
            eks_properties: self.eks_properties,
            job_definition_arn: self
                .job_definition_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobDefinition",
                        "job_definition_arn",
                    ),
                )?,
            job_definition_name: self
                .job_definition_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobDefinition",
                        "job_definition_name",
                    ),
                )?,
            node_properties: self.node_properties,
            parameters: self.parameters,
            platform_capabilities: self.platform_capabilities,
            propagate_tags: self.propagate_tags,
            retry_strategy: self.retry_strategy,
            revision: self
                .revision
                .ok_or(
                    crate::runtime::BuildError::missing("JobDefinition", "revision"),
                )?,
            scheduling_priority: self.scheduling_priority,
            status: self.status,
            tags: self.tags,
            timeout: self.timeout,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("JobDefinition", "type"))?,
            consumable_resource_properties: self.consumable_resource_properties,
            ecs_properties: self.ecs_properties,
        })
    }
}
/// A builder for [`JobDependency`](crate::types::JobDependency).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobDependencyBuilder {
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::ArrayJobDependency>,
}
impl ::std::fmt::Debug for JobDependencyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobDependencyBuilder").finish_non_exhaustive()
    }
}
impl JobDependencyBuilder {
    /// See [`JobDependency::job_id`](crate::types::JobDependency::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`JobDependency::type`](crate::types::JobDependency::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArrayJobDependency>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::ArrayJobDependency>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::JobDependency, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::JobDependency {
            job_id: self.job_id,
            r#type: self.r#type,
        })
    }
}
/// A builder for [`JobDetail`](crate::types::JobDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobDetailBuilder {
    pub(crate) array_properties: ::std::option::Option<
        crate::types::ArrayPropertiesDetail,
    >,
    pub(crate) attempts: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttemptDetail>,
    >,
    pub(crate) container: ::std::option::Option<crate::types::ContainerDetail>,
    pub(crate) created_at: ::std::option::Option<i64>,
    pub(crate) depends_on: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobDependency>,
    >,
    pub(crate) eks_attempts: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAttemptDetail>,
    >,
    pub(crate) eks_properties: ::std::option::Option<crate::types::EksPropertiesDetail>,
    pub(crate) is_cancelled: ::std::option::Option<bool>,
    pub(crate) is_terminated: ::std::option::Option<bool>,
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_definition: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) node_details: ::std::option::Option<crate::types::NodeDetails>,
    pub(crate) node_properties: ::std::option::Option<crate::types::NodeProperties>,
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) platform_capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::PlatformCapability>,
    >,
    pub(crate) propagate_tags: ::std::option::Option<bool>,
    pub(crate) retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    pub(crate) scheduling_priority: ::std::option::Option<i64>,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<crate::types::JobStatus>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout: ::std::option::Option<crate::types::JobTimeout>,
    pub(crate) consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    pub(crate) ecs_properties: ::std::option::Option<crate::types::EcsPropertiesDetail>,
}
impl ::std::fmt::Debug for JobDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobDetailBuilder").finish_non_exhaustive()
    }
}
impl JobDetailBuilder {
    /// See [`JobDetail::array_properties`](crate::types::JobDetail::array_properties).
    pub fn array_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArrayPropertiesDetail>,
    ) -> Self {
        self.array_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`array_properties`](Self::array_properties).
    pub fn set_array_properties(
        mut self,
        input: ::std::option::Option<crate::types::ArrayPropertiesDetail>,
    ) -> Self {
        self.array_properties = input;
        self
    }
    /// See [`JobDetail::attempts`](crate::types::JobDetail::attempts).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attempts(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttemptDetail>,
    ) -> Self {
        self.attempts.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`attempts`](Self::attempts).
    pub fn set_attempts(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttemptDetail>>,
    ) -> Self {
        self.attempts = input;
        self
    }
    /// See [`JobDetail::container`](crate::types::JobDetail::container).
    pub fn container(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerDetail>,
    ) -> Self {
        self.container = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container`](Self::container).
    pub fn set_container(
        mut self,
        input: ::std::option::Option<crate::types::ContainerDetail>,
    ) -> Self {
        self.container = input;
        self
    }
    /// See [`JobDetail::created_at`](crate::types::JobDetail::created_at).
    pub fn created_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.created_at = input;
        self
    }
    /// See [`JobDetail::depends_on`](crate::types::JobDetail::depends_on).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn depends_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobDependency>,
    ) -> Self {
        self.depends_on.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`depends_on`](Self::depends_on).
    pub fn set_depends_on(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JobDependency>>,
    ) -> Self {
        self.depends_on = input;
        self
    }
    /// See [`JobDetail::eks_attempts`](crate::types::JobDetail::eks_attempts).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn eks_attempts(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAttemptDetail>,
    ) -> Self {
        self.eks_attempts.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`eks_attempts`](Self::eks_attempts).
    pub fn set_eks_attempts(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EksAttemptDetail>>,
    ) -> Self {
        self.eks_attempts = input;
        self
    }
    /// See [`JobDetail::eks_properties`](crate::types::JobDetail::eks_properties).
    pub fn eks_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPropertiesDetail>,
    ) -> Self {
        self.eks_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_properties`](Self::eks_properties).
    pub fn set_eks_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksPropertiesDetail>,
    ) -> Self {
        self.eks_properties = input;
        self
    }
    /// See [`JobDetail::is_cancelled`](crate::types::JobDetail::is_cancelled).
    pub fn is_cancelled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_cancelled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_cancelled`](Self::is_cancelled).
    pub fn set_is_cancelled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_cancelled = input;
        self
    }
    /// See [`JobDetail::is_terminated`](crate::types::JobDetail::is_terminated).
    pub fn is_terminated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_terminated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_terminated`](Self::is_terminated).
    pub fn set_is_terminated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_terminated = input;
        self
    }
    /// See [`JobDetail::job_arn`](crate::types::JobDetail::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`JobDetail::job_definition`](crate::types::JobDetail::job_definition).
    pub fn job_definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition`](Self::job_definition).
    pub fn set_job_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition = input;
        self
    }
    /// See [`JobDetail::job_id`](crate::types::JobDetail::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`JobDetail::job_name`](crate::types::JobDetail::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// See [`JobDetail::job_queue`](crate::types::JobDetail::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`JobDetail::node_details`](crate::types::JobDetail::node_details).
    pub fn node_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeDetails>,
    ) -> Self {
        self.node_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_details`](Self::node_details).
    pub fn set_node_details(
        mut self,
        input: ::std::option::Option<crate::types::NodeDetails>,
    ) -> Self {
        self.node_details = input;
        self
    }
    /// See [`JobDetail::node_properties`](crate::types::JobDetail::node_properties).
    pub fn node_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeProperties>,
    ) -> Self {
        self.node_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_properties`](Self::node_properties).
    pub fn set_node_properties(
        mut self,
        input: ::std::option::Option<crate::types::NodeProperties>,
    ) -> Self {
        self.node_properties = input;
        self
    }
    /// See [`JobDetail::parameters`](crate::types::JobDetail::parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`JobDetail::platform_capabilities`](crate::types::JobDetail::platform_capabilities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn platform_capabilities(
        mut self,
        input: impl ::std::convert::Into<crate::types::PlatformCapability>,
    ) -> Self {
        self.platform_capabilities
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`platform_capabilities`](Self::platform_capabilities).
    pub fn set_platform_capabilities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PlatformCapability>>,
    ) -> Self {
        self.platform_capabilities = input;
        self
    }
    /// See [`JobDetail::propagate_tags`](crate::types::JobDetail::propagate_tags).
    pub fn propagate_tags(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(mut self, input: ::std::option::Option<bool>) -> Self {
        self.propagate_tags = input;
        self
    }
    /// See [`JobDetail::retry_strategy`](crate::types::JobDetail::retry_strategy).
    pub fn retry_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_strategy`](Self::retry_strategy).
    pub fn set_retry_strategy(
        mut self,
        input: ::std::option::Option<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = input;
        self
    }
    /// See [`JobDetail::scheduling_priority`](crate::types::JobDetail::scheduling_priority).
    pub fn scheduling_priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduling_priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_priority`](Self::scheduling_priority).
    pub fn set_scheduling_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduling_priority = input;
        self
    }
    /// See [`JobDetail::share_identifier`](crate::types::JobDetail::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// See [`JobDetail::started_at`](crate::types::JobDetail::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`JobDetail::status`](crate::types::JobDetail::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::JobStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`JobDetail::status_reason`](crate::types::JobDetail::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`JobDetail::stopped_at`](crate::types::JobDetail::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// See [`JobDetail::tags`](crate::types::JobDetail::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`JobDetail::timeout`](crate::types::JobDetail::timeout).
    pub fn timeout(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(
        mut self,
        input: ::std::option::Option<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = input;
        self
    }
    /// See [`JobDetail::consumable_resource_properties`](crate::types::JobDetail::consumable_resource_properties).
    pub fn consumable_resource_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_properties`](Self::consumable_resource_properties).
    pub fn set_consumable_resource_properties(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = input;
        self
    }
    /// See [`JobDetail::ecs_properties`](crate::types::JobDetail::ecs_properties).
    pub fn ecs_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsPropertiesDetail>,
    ) -> Self {
        self.ecs_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_properties`](Self::ecs_properties).
    pub fn set_ecs_properties(
        mut self,
        input: ::std::option::Option<crate::types::EcsPropertiesDetail>,
    ) -> Self {
        self.ecs_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::JobDetail, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::JobDetail {
            array_properties: self.array_properties,
            attempts: self.attempts,
            container: self.container,
            created_at: self.created_at,
            depends_on: self.depends_on,
            eks_attempts: self.eks_attempts,
            eks_properties: self.eks_properties,
            is_cancelled: self.is_cancelled,
            is_terminated: self.is_terminated,
            job_arn: self.job_arn,
            job_definition: self
                .job_definition
                .ok_or(
                    crate::runtime::BuildError::missing("JobDetail", "job_definition"),
                )?,
            job_id: self
                .job_id
                .ok_or(crate::runtime::BuildError::missing("JobDetail", "job_id"))?,
            job_name: self
                .job_name
                .ok_or(crate::runtime::BuildError::missing("JobDetail", "job_name"))?,
            job_queue: self
                .job_queue
                .ok_or(crate::runtime::BuildError::missing("JobDetail", "job_queue"))?,
            node_details: self.node_details,
            node_properties: self.node_properties,
            parameters: self.parameters,
            platform_capabilities: self.platform_capabilities,
            propagate_tags: self.propagate_tags,
            retry_strategy: self.retry_strategy,
            scheduling_priority: self.scheduling_priority,
            share_identifier: self.share_identifier,
            started_at: self
                .started_at
                .ok_or(crate::runtime::BuildError::missing("JobDetail", "started_at"))?,
            status: self
                .status
                .ok_or(crate::runtime::BuildError::missing("JobDetail", "status"))?,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
            tags: self.tags,
            timeout: self.timeout,
            consumable_resource_properties: self.consumable_resource_properties,
            ecs_properties: self.ecs_properties,
        })
    }
}
/// A builder for [`JobQueueDetail`](crate::types::JobQueueDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobQueueDetailBuilder {
    pub(crate) compute_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
    >,
    pub(crate) job_queue_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue_name: ::std::option::Option<::std::string::String>,
    pub(crate) priority: ::std::option::Option<i64>,
    pub(crate) scheduling_policy_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::JqState>,
    pub(crate) status: ::std::option::Option<crate::types::JqStatus>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) job_queue_type: ::std::option::Option<crate::types::JobQueueType>,
    pub(crate) job_state_time_limit_actions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
    >,
    pub(crate) service_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
    >,
}
impl ::std::fmt::Debug for JobQueueDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobQueueDetailBuilder").finish_non_exhaustive()
    }
}
impl JobQueueDetailBuilder {
    /// See [`JobQueueDetail::compute_environment_order`](crate::types::JobQueueDetail::compute_environment_order).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeEnvironmentOrder>,
    ) -> Self {
        self.compute_environment_order
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compute_environment_order`](Self::compute_environment_order).
    pub fn set_compute_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
        >,
    ) -> Self {
        self.compute_environment_order = input;
        self
    }
    /// See [`JobQueueDetail::job_queue_arn`](crate::types::JobQueueDetail::job_queue_arn).
    pub fn job_queue_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_arn`](Self::job_queue_arn).
    pub fn set_job_queue_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = input;
        self
    }
    /// See [`JobQueueDetail::job_queue_name`](crate::types::JobQueueDetail::job_queue_name).
    pub fn job_queue_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_name`](Self::job_queue_name).
    pub fn set_job_queue_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_name = input;
        self
    }
    /// See [`JobQueueDetail::priority`](crate::types::JobQueueDetail::priority).
    pub fn priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`priority`](Self::priority).
    pub fn set_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.priority = input;
        self
    }
    /// See [`JobQueueDetail::scheduling_policy_arn`](crate::types::JobQueueDetail::scheduling_policy_arn).
    pub fn scheduling_policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scheduling_policy_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_policy_arn`](Self::scheduling_policy_arn).
    pub fn set_scheduling_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.scheduling_policy_arn = input;
        self
    }
    /// See [`JobQueueDetail::state`](crate::types::JobQueueDetail::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::JqState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::JqState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`JobQueueDetail::status`](crate::types::JobQueueDetail::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::JqStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::JqStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`JobQueueDetail::status_reason`](crate::types::JobQueueDetail::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`JobQueueDetail::tags`](crate::types::JobQueueDetail::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`JobQueueDetail::job_queue_type`](crate::types::JobQueueDetail::job_queue_type).
    pub fn job_queue_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobQueueType>,
    ) -> Self {
        self.job_queue_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_type`](Self::job_queue_type).
    pub fn set_job_queue_type(
        mut self,
        input: ::std::option::Option<crate::types::JobQueueType>,
    ) -> Self {
        self.job_queue_type = input;
        self
    }
    /// See [`JobQueueDetail::job_state_time_limit_actions`](crate::types::JobQueueDetail::job_state_time_limit_actions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_state_time_limit_actions(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStateTimeLimitAction>,
    ) -> Self {
        self.job_state_time_limit_actions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`job_state_time_limit_actions`](Self::job_state_time_limit_actions).
    pub fn set_job_state_time_limit_actions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
        >,
    ) -> Self {
        self.job_state_time_limit_actions = input;
        self
    }
    /// See [`JobQueueDetail::service_environment_order`](crate::types::JobQueueDetail::service_environment_order).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn service_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentOrder>,
    ) -> Self {
        self.service_environment_order
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`service_environment_order`](Self::service_environment_order).
    pub fn set_service_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
        >,
    ) -> Self {
        self.service_environment_order = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::JobQueueDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::JobQueueDetail {
            compute_environment_order: self
                .compute_environment_order
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobQueueDetail",
                        "compute_environment_order",
                    ),
                )?,
            job_queue_arn: self
                .job_queue_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobQueueDetail",
                        "job_queue_arn",
                    ),
                )?,
            job_queue_name: self
                .job_queue_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobQueueDetail",
                        "job_queue_name",
                    ),
                )?,
            priority: self
                .priority
                .ok_or(
                    crate::runtime::BuildError::missing("JobQueueDetail", "priority"),
                )?,
            scheduling_policy_arn: self.scheduling_policy_arn,
            state: self
                .state
                .ok_or(crate::runtime::BuildError::missing("JobQueueDetail", "state"))?,
            status: self.status,
            status_reason: self.status_reason,
            tags: self.tags,
            job_queue_type: self.job_queue_type,
            job_state_time_limit_actions: self.job_state_time_limit_actions,
            service_environment_order: self.service_environment_order,
        })
    }
}
/// A builder for [`JobStateTimeLimitAction`](crate::types::JobStateTimeLimitAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobStateTimeLimitActionBuilder {
    pub(crate) action: ::std::option::Option<
        crate::types::JobStateTimeLimitActionsAction,
    >,
    pub(crate) max_time_seconds: ::std::option::Option<i64>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::JobStateTimeLimitActionsState>,
}
impl ::std::fmt::Debug for JobStateTimeLimitActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobStateTimeLimitActionBuilder").finish_non_exhaustive()
    }
}
impl JobStateTimeLimitActionBuilder {
    /// See [`JobStateTimeLimitAction::action`](crate::types::JobStateTimeLimitAction::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStateTimeLimitActionsAction>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<crate::types::JobStateTimeLimitActionsAction>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`JobStateTimeLimitAction::max_time_seconds`](crate::types::JobStateTimeLimitAction::max_time_seconds).
    pub fn max_time_seconds(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_time_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_time_seconds`](Self::max_time_seconds).
    pub fn set_max_time_seconds(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_time_seconds = input;
        self
    }
    /// See [`JobStateTimeLimitAction::reason`](crate::types::JobStateTimeLimitAction::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// See [`JobStateTimeLimitAction::state`](crate::types::JobStateTimeLimitAction::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStateTimeLimitActionsState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::JobStateTimeLimitActionsState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::JobStateTimeLimitAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::JobStateTimeLimitAction {
            action: self
                .action
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobStateTimeLimitAction",
                        "action",
                    ),
                )?,
            max_time_seconds: self
                .max_time_seconds
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobStateTimeLimitAction",
                        "max_time_seconds",
                    ),
                )?,
            reason: self
                .reason
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobStateTimeLimitAction",
                        "reason",
                    ),
                )?,
            state: self
                .state
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JobStateTimeLimitAction",
                        "state",
                    ),
                )?,
        })
    }
}
/// A builder for [`JobSummary`](crate::types::JobSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobSummaryBuilder {
    pub(crate) array_properties: ::std::option::Option<
        crate::types::ArrayPropertiesSummary,
    >,
    pub(crate) container: ::std::option::Option<crate::types::ContainerSummary>,
    pub(crate) created_at: ::std::option::Option<i64>,
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_definition: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
    pub(crate) node_properties: ::std::option::Option<
        crate::types::NodePropertiesSummary,
    >,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<crate::types::JobStatus>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
    pub(crate) capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobCapacityUsageSummary>,
    >,
    pub(crate) is_cancelled: ::std::option::Option<bool>,
    pub(crate) is_terminated: ::std::option::Option<bool>,
    pub(crate) scheduled_at: ::std::option::Option<i64>,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for JobSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobSummaryBuilder").finish_non_exhaustive()
    }
}
impl JobSummaryBuilder {
    /// See [`JobSummary::array_properties`](crate::types::JobSummary::array_properties).
    pub fn array_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArrayPropertiesSummary>,
    ) -> Self {
        self.array_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`array_properties`](Self::array_properties).
    pub fn set_array_properties(
        mut self,
        input: ::std::option::Option<crate::types::ArrayPropertiesSummary>,
    ) -> Self {
        self.array_properties = input;
        self
    }
    /// See [`JobSummary::container`](crate::types::JobSummary::container).
    pub fn container(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerSummary>,
    ) -> Self {
        self.container = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container`](Self::container).
    pub fn set_container(
        mut self,
        input: ::std::option::Option<crate::types::ContainerSummary>,
    ) -> Self {
        self.container = input;
        self
    }
    /// See [`JobSummary::created_at`](crate::types::JobSummary::created_at).
    pub fn created_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.created_at = input;
        self
    }
    /// See [`JobSummary::job_arn`](crate::types::JobSummary::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`JobSummary::job_definition`](crate::types::JobSummary::job_definition).
    pub fn job_definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition`](Self::job_definition).
    pub fn set_job_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition = input;
        self
    }
    /// See [`JobSummary::job_id`](crate::types::JobSummary::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`JobSummary::job_name`](crate::types::JobSummary::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// See [`JobSummary::node_properties`](crate::types::JobSummary::node_properties).
    pub fn node_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodePropertiesSummary>,
    ) -> Self {
        self.node_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_properties`](Self::node_properties).
    pub fn set_node_properties(
        mut self,
        input: ::std::option::Option<crate::types::NodePropertiesSummary>,
    ) -> Self {
        self.node_properties = input;
        self
    }
    /// See [`JobSummary::started_at`](crate::types::JobSummary::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`JobSummary::status`](crate::types::JobSummary::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::JobStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`JobSummary::status_reason`](crate::types::JobSummary::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`JobSummary::stopped_at`](crate::types::JobSummary::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// See [`JobSummary::capacity_usage`](crate::types::JobSummary::capacity_usage).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobCapacityUsageSummary>,
    ) -> Self {
        self.capacity_usage.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_usage`](Self::capacity_usage).
    pub fn set_capacity_usage(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::JobCapacityUsageSummary>,
        >,
    ) -> Self {
        self.capacity_usage = input;
        self
    }
    /// See [`JobSummary::is_cancelled`](crate::types::JobSummary::is_cancelled).
    pub fn is_cancelled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_cancelled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_cancelled`](Self::is_cancelled).
    pub fn set_is_cancelled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_cancelled = input;
        self
    }
    /// See [`JobSummary::is_terminated`](crate::types::JobSummary::is_terminated).
    pub fn is_terminated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_terminated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_terminated`](Self::is_terminated).
    pub fn set_is_terminated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_terminated = input;
        self
    }
    /// See [`JobSummary::scheduled_at`](crate::types::JobSummary::scheduled_at).
    pub fn scheduled_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduled_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduled_at`](Self::scheduled_at).
    pub fn set_scheduled_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduled_at = input;
        self
    }
    /// See [`JobSummary::share_identifier`](crate::types::JobSummary::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::JobSummary, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::JobSummary {
            array_properties: self.array_properties,
            container: self.container,
            created_at: self.created_at,
            job_arn: self.job_arn,
            job_definition: self.job_definition,
            job_id: self
                .job_id
                .ok_or(crate::runtime::BuildError::missing("JobSummary", "job_id"))?,
            job_name: self
                .job_name
                .ok_or(crate::runtime::BuildError::missing("JobSummary", "job_name"))?,
            node_properties: self.node_properties,
            started_at: self.started_at,
            status: self.status,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
            capacity_usage: self.capacity_usage,
            is_cancelled: self.is_cancelled,
            is_terminated: self.is_terminated,
            scheduled_at: self.scheduled_at,
            share_identifier: self.share_identifier,
        })
    }
}
/// A builder for [`JobTimeout`](crate::types::JobTimeout).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobTimeoutBuilder {
    pub(crate) attempt_duration_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for JobTimeoutBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobTimeoutBuilder").finish_non_exhaustive()
    }
}
impl JobTimeoutBuilder {
    /// See [`JobTimeout::attempt_duration_seconds`](crate::types::JobTimeout::attempt_duration_seconds).
    pub fn attempt_duration_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.attempt_duration_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attempt_duration_seconds`](Self::attempt_duration_seconds).
    pub fn set_attempt_duration_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.attempt_duration_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::JobTimeout, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::JobTimeout {
            attempt_duration_seconds: self.attempt_duration_seconds,
        })
    }
}
/// A builder for [`KeyValuePair`](crate::types::KeyValuePair).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KeyValuePairBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for KeyValuePairBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeyValuePairBuilder").finish_non_exhaustive()
    }
}
impl KeyValuePairBuilder {
    /// See [`KeyValuePair::name`](crate::types::KeyValuePair::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`KeyValuePair::value`](crate::types::KeyValuePair::value).
    pub fn value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value`](Self::value).
    pub fn set_value(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::KeyValuePair, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::KeyValuePair {
            name: self.name,
            value: self.value,
        })
    }
}
/// A builder for [`KeyValuesPair`](crate::types::KeyValuesPair).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KeyValuesPairBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for KeyValuesPairBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeyValuesPairBuilder").finish_non_exhaustive()
    }
}
impl KeyValuesPairBuilder {
    /// See [`KeyValuesPair::name`](crate::types::KeyValuesPair::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`KeyValuesPair::values`](crate::types::KeyValuesPair::values).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn values(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.values.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`values`](Self::values).
    pub fn set_values(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.values = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::KeyValuesPair, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::KeyValuesPair {
            name: self.name,
            values: self.values,
        })
    }
}
/// A builder for [`LatestServiceJobAttempt`](crate::types::LatestServiceJobAttempt).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LatestServiceJobAttemptBuilder {
    pub(crate) service_resource_id: ::std::option::Option<
        crate::types::ServiceResourceId,
    >,
}
impl ::std::fmt::Debug for LatestServiceJobAttemptBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LatestServiceJobAttemptBuilder").finish_non_exhaustive()
    }
}
impl LatestServiceJobAttemptBuilder {
    /// See [`LatestServiceJobAttempt::service_resource_id`](crate::types::LatestServiceJobAttempt::service_resource_id).
    pub fn service_resource_id(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceResourceId>,
    ) -> Self {
        self.service_resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_resource_id`](Self::service_resource_id).
    pub fn set_service_resource_id(
        mut self,
        input: ::std::option::Option<crate::types::ServiceResourceId>,
    ) -> Self {
        self.service_resource_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LatestServiceJobAttempt,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LatestServiceJobAttempt {
            service_resource_id: self.service_resource_id,
        })
    }
}
/// A builder for [`LaunchTemplateSpecification`](crate::types::LaunchTemplateSpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LaunchTemplateSpecificationBuilder {
    pub(crate) launch_template_id: ::std::option::Option<::std::string::String>,
    pub(crate) launch_template_name: ::std::option::Option<::std::string::String>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) overrides: ::std::option::Option<
        ::std::vec::Vec<crate::types::LaunchTemplateSpecificationOverride>,
    >,
    pub(crate) userdata_type: ::std::option::Option<crate::types::UserdataType>,
}
impl ::std::fmt::Debug for LaunchTemplateSpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LaunchTemplateSpecificationBuilder").finish_non_exhaustive()
    }
}
impl LaunchTemplateSpecificationBuilder {
    /// See [`LaunchTemplateSpecification::launch_template_id`](crate::types::LaunchTemplateSpecification::launch_template_id).
    pub fn launch_template_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`launch_template_id`](Self::launch_template_id).
    pub fn set_launch_template_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.launch_template_id = input;
        self
    }
    /// See [`LaunchTemplateSpecification::launch_template_name`](crate::types::LaunchTemplateSpecification::launch_template_name).
    pub fn launch_template_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`launch_template_name`](Self::launch_template_name).
    pub fn set_launch_template_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.launch_template_name = input;
        self
    }
    /// See [`LaunchTemplateSpecification::version`](crate::types::LaunchTemplateSpecification::version).
    pub fn version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.version = input;
        self
    }
    /// See [`LaunchTemplateSpecification::overrides`](crate::types::LaunchTemplateSpecification::overrides).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn overrides(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::LaunchTemplateSpecificationOverride,
        >,
    ) -> Self {
        self.overrides.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`overrides`](Self::overrides).
    pub fn set_overrides(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::LaunchTemplateSpecificationOverride>,
        >,
    ) -> Self {
        self.overrides = input;
        self
    }
    /// See [`LaunchTemplateSpecification::userdata_type`](crate::types::LaunchTemplateSpecification::userdata_type).
    pub fn userdata_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::UserdataType>,
    ) -> Self {
        self.userdata_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`userdata_type`](Self::userdata_type).
    pub fn set_userdata_type(
        mut self,
        input: ::std::option::Option<crate::types::UserdataType>,
    ) -> Self {
        self.userdata_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LaunchTemplateSpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LaunchTemplateSpecification {
            launch_template_id: self.launch_template_id,
            launch_template_name: self.launch_template_name,
            version: self.version,
            overrides: self.overrides,
            userdata_type: self.userdata_type,
        })
    }
}
/// A builder for [`LaunchTemplateSpecificationOverride`](crate::types::LaunchTemplateSpecificationOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LaunchTemplateSpecificationOverrideBuilder {
    pub(crate) launch_template_id: ::std::option::Option<::std::string::String>,
    pub(crate) launch_template_name: ::std::option::Option<::std::string::String>,
    pub(crate) target_instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) userdata_type: ::std::option::Option<crate::types::UserdataType>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LaunchTemplateSpecificationOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LaunchTemplateSpecificationOverrideBuilder")
            .finish_non_exhaustive()
    }
}
impl LaunchTemplateSpecificationOverrideBuilder {
    /// See [`LaunchTemplateSpecificationOverride::launch_template_id`](crate::types::LaunchTemplateSpecificationOverride::launch_template_id).
    pub fn launch_template_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`launch_template_id`](Self::launch_template_id).
    pub fn set_launch_template_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.launch_template_id = input;
        self
    }
    /// See [`LaunchTemplateSpecificationOverride::launch_template_name`](crate::types::LaunchTemplateSpecificationOverride::launch_template_name).
    pub fn launch_template_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`launch_template_name`](Self::launch_template_name).
    pub fn set_launch_template_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.launch_template_name = input;
        self
    }
    /// See [`LaunchTemplateSpecificationOverride::target_instance_types`](crate::types::LaunchTemplateSpecificationOverride::target_instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn target_instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_instance_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`target_instance_types`](Self::target_instance_types).
    pub fn set_target_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.target_instance_types = input;
        self
    }
    /// See [`LaunchTemplateSpecificationOverride::userdata_type`](crate::types::LaunchTemplateSpecificationOverride::userdata_type).
    pub fn userdata_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::UserdataType>,
    ) -> Self {
        self.userdata_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`userdata_type`](Self::userdata_type).
    pub fn set_userdata_type(
        mut self,
        input: ::std::option::Option<crate::types::UserdataType>,
    ) -> Self {
        self.userdata_type = input;
        self
    }
    /// See [`LaunchTemplateSpecificationOverride::version`](crate::types::LaunchTemplateSpecificationOverride::version).
    pub fn version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version`](Self::version).
    pub fn set_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LaunchTemplateSpecificationOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LaunchTemplateSpecificationOverride {
            launch_template_id: self.launch_template_id,
            launch_template_name: self.launch_template_name,
            target_instance_types: self.target_instance_types,
            userdata_type: self.userdata_type,
            version: self.version,
        })
    }
}
/// A builder for [`LinuxParameters`](crate::types::LinuxParameters).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LinuxParametersBuilder {
    pub(crate) devices: ::std::option::Option<::std::vec::Vec<crate::types::Device>>,
    pub(crate) init_process_enabled: ::std::option::Option<bool>,
    pub(crate) max_swap: ::std::option::Option<i64>,
    pub(crate) shared_memory_size: ::std::option::Option<i64>,
    pub(crate) swappiness: ::std::option::Option<i64>,
    pub(crate) tmpfs: ::std::option::Option<::std::vec::Vec<crate::types::Tmpfs>>,
}
impl ::std::fmt::Debug for LinuxParametersBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LinuxParametersBuilder").finish_non_exhaustive()
    }
}
impl LinuxParametersBuilder {
    /// See [`LinuxParameters::devices`](crate::types::LinuxParameters::devices).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn devices(
        mut self,
        input: impl ::std::convert::Into<crate::types::Device>,
    ) -> Self {
        self.devices.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`devices`](Self::devices).
    pub fn set_devices(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Device>>,
    ) -> Self {
        self.devices = input;
        self
    }
    /// See [`LinuxParameters::init_process_enabled`](crate::types::LinuxParameters::init_process_enabled).
    pub fn init_process_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.init_process_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`init_process_enabled`](Self::init_process_enabled).
    pub fn set_init_process_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.init_process_enabled = input;
        self
    }
    /// See [`LinuxParameters::max_swap`](crate::types::LinuxParameters::max_swap).
    pub fn max_swap(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_swap = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_swap`](Self::max_swap).
    pub fn set_max_swap(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_swap = input;
        self
    }
    /// See [`LinuxParameters::shared_memory_size`](crate::types::LinuxParameters::shared_memory_size).
    pub fn shared_memory_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.shared_memory_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`shared_memory_size`](Self::shared_memory_size).
    pub fn set_shared_memory_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.shared_memory_size = input;
        self
    }
    /// See [`LinuxParameters::swappiness`](crate::types::LinuxParameters::swappiness).
    pub fn swappiness(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.swappiness = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`swappiness`](Self::swappiness).
    pub fn set_swappiness(mut self, input: ::std::option::Option<i64>) -> Self {
        self.swappiness = input;
        self
    }
    /// See [`LinuxParameters::tmpfs`](crate::types::LinuxParameters::tmpfs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tmpfs(
        mut self,
        input: impl ::std::convert::Into<crate::types::Tmpfs>,
    ) -> Self {
        self.tmpfs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tmpfs`](Self::tmpfs).
    pub fn set_tmpfs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tmpfs>>,
    ) -> Self {
        self.tmpfs = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LinuxParameters,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LinuxParameters {
            devices: self.devices,
            init_process_enabled: self.init_process_enabled,
            max_swap: self.max_swap,
            shared_memory_size: self.shared_memory_size,
            swappiness: self.swappiness,
            tmpfs: self.tmpfs,
        })
    }
}
/// A builder for [`ListConsumableResourcesRequest`](crate::types::ListConsumableResourcesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListConsumableResourcesRequestBuilder {
    pub(crate) filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuesPair>,
    >,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListConsumableResourcesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListConsumableResourcesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListConsumableResourcesRequestBuilder {
    /// See [`ListConsumableResourcesRequest::filters`](crate::types::ListConsumableResourcesRequest::filters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuesPair>,
    ) -> Self {
        self.filters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`filters`](Self::filters).
    pub fn set_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
    ) -> Self {
        self.filters = input;
        self
    }
    /// See [`ListConsumableResourcesRequest::max_results`](crate::types::ListConsumableResourcesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListConsumableResourcesRequest::next_token`](crate::types::ListConsumableResourcesRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListConsumableResourcesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListConsumableResourcesRequest {
            filters: self.filters,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListConsumableResourcesResponse`](crate::types::ListConsumableResourcesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListConsumableResourcesResponseBuilder {
    pub(crate) consumable_resources: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumableResourceSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListConsumableResourcesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListConsumableResourcesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListConsumableResourcesResponseBuilder {
    /// See [`ListConsumableResourcesResponse::consumable_resources`](crate::types::ListConsumableResourcesResponse::consumable_resources).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumable_resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceSummary>,
    ) -> Self {
        self.consumable_resources
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumable_resources`](Self::consumable_resources).
    pub fn set_consumable_resources(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ConsumableResourceSummary>,
        >,
    ) -> Self {
        self.consumable_resources = input;
        self
    }
    /// See [`ListConsumableResourcesResponse::next_token`](crate::types::ListConsumableResourcesResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListConsumableResourcesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListConsumableResourcesResponse {
            consumable_resources: self
                .consumable_resources
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListConsumableResourcesResponse",
                        "consumable_resources",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListJobsByConsumableResourceRequest`](crate::types::ListJobsByConsumableResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListJobsByConsumableResourceRequestBuilder {
    pub(crate) consumable_resource: ::std::option::Option<::std::string::String>,
    pub(crate) filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuesPair>,
    >,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListJobsByConsumableResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListJobsByConsumableResourceRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListJobsByConsumableResourceRequestBuilder {
    /// See [`ListJobsByConsumableResourceRequest::consumable_resource`](crate::types::ListJobsByConsumableResourceRequest::consumable_resource).
    pub fn consumable_resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource`](Self::consumable_resource).
    pub fn set_consumable_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource = input;
        self
    }
    /// See [`ListJobsByConsumableResourceRequest::filters`](crate::types::ListJobsByConsumableResourceRequest::filters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuesPair>,
    ) -> Self {
        self.filters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`filters`](Self::filters).
    pub fn set_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
    ) -> Self {
        self.filters = input;
        self
    }
    /// See [`ListJobsByConsumableResourceRequest::max_results`](crate::types::ListJobsByConsumableResourceRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListJobsByConsumableResourceRequest::next_token`](crate::types::ListJobsByConsumableResourceRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListJobsByConsumableResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListJobsByConsumableResourceRequest {
            consumable_resource: self
                .consumable_resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceRequest",
                        "consumable_resource",
                    ),
                )?,
            filters: self.filters,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListJobsByConsumableResourceResponse`](crate::types::ListJobsByConsumableResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListJobsByConsumableResourceResponseBuilder {
    pub(crate) jobs: ::std::option::Option<
        ::std::vec::Vec<crate::types::ListJobsByConsumableResourceSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListJobsByConsumableResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListJobsByConsumableResourceResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListJobsByConsumableResourceResponseBuilder {
    /// See [`ListJobsByConsumableResourceResponse::jobs`](crate::types::ListJobsByConsumableResourceResponse::jobs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn jobs(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ListJobsByConsumableResourceSummary,
        >,
    ) -> Self {
        self.jobs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`jobs`](Self::jobs).
    pub fn set_jobs(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ListJobsByConsumableResourceSummary>,
        >,
    ) -> Self {
        self.jobs = input;
        self
    }
    /// See [`ListJobsByConsumableResourceResponse::next_token`](crate::types::ListJobsByConsumableResourceResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListJobsByConsumableResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListJobsByConsumableResourceResponse {
            jobs: self
                .jobs
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceResponse",
                        "jobs",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListJobsByConsumableResourceSummary`](crate::types::ListJobsByConsumableResourceSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListJobsByConsumableResourceSummaryBuilder {
    pub(crate) consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    pub(crate) created_at: ::std::option::Option<i64>,
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_definition_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_status: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<i64>,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListJobsByConsumableResourceSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListJobsByConsumableResourceSummaryBuilder")
            .finish_non_exhaustive()
    }
}
impl ListJobsByConsumableResourceSummaryBuilder {
    /// See [`ListJobsByConsumableResourceSummary::consumable_resource_properties`](crate::types::ListJobsByConsumableResourceSummary::consumable_resource_properties).
    pub fn consumable_resource_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_properties`](Self::consumable_resource_properties).
    pub fn set_consumable_resource_properties(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::created_at`](crate::types::ListJobsByConsumableResourceSummary::created_at).
    pub fn created_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.created_at = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::job_arn`](crate::types::ListJobsByConsumableResourceSummary::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::job_definition_arn`](crate::types::ListJobsByConsumableResourceSummary::job_definition_arn).
    pub fn job_definition_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition_arn`](Self::job_definition_arn).
    pub fn set_job_definition_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition_arn = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::job_name`](crate::types::ListJobsByConsumableResourceSummary::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::job_queue_arn`](crate::types::ListJobsByConsumableResourceSummary::job_queue_arn).
    pub fn job_queue_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_arn`](Self::job_queue_arn).
    pub fn set_job_queue_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::job_status`](crate::types::ListJobsByConsumableResourceSummary::job_status).
    pub fn job_status(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_status`](Self::job_status).
    pub fn set_job_status(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_status = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::quantity`](crate::types::ListJobsByConsumableResourceSummary::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.quantity = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::share_identifier`](crate::types::ListJobsByConsumableResourceSummary::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::started_at`](crate::types::ListJobsByConsumableResourceSummary::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`ListJobsByConsumableResourceSummary::status_reason`](crate::types::ListJobsByConsumableResourceSummary::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListJobsByConsumableResourceSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListJobsByConsumableResourceSummary {
            consumable_resource_properties: self
                .consumable_resource_properties
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceSummary",
                        "consumable_resource_properties",
                    ),
                )?,
            created_at: self
                .created_at
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceSummary",
                        "created_at",
                    ),
                )?,
            job_arn: self
                .job_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceSummary",
                        "job_arn",
                    ),
                )?,
            job_definition_arn: self.job_definition_arn,
            job_name: self
                .job_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceSummary",
                        "job_name",
                    ),
                )?,
            job_queue_arn: self
                .job_queue_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceSummary",
                        "job_queue_arn",
                    ),
                )?,
            job_status: self
                .job_status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceSummary",
                        "job_status",
                    ),
                )?,
            quantity: self
                .quantity
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsByConsumableResourceSummary",
                        "quantity",
                    ),
                )?,
            share_identifier: self.share_identifier,
            started_at: self.started_at,
            status_reason: self.status_reason,
        })
    }
}
/// A builder for [`ListJobsRequest`](crate::types::ListJobsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListJobsRequestBuilder {
    pub(crate) array_job_id: ::std::option::Option<::std::string::String>,
    pub(crate) filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuesPair>,
    >,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) job_status: ::std::option::Option<crate::types::JobStatus>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) multi_node_job_id: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListJobsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListJobsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListJobsRequestBuilder {
    /// See [`ListJobsRequest::array_job_id`](crate::types::ListJobsRequest::array_job_id).
    pub fn array_job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.array_job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`array_job_id`](Self::array_job_id).
    pub fn set_array_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.array_job_id = input;
        self
    }
    /// See [`ListJobsRequest::filters`](crate::types::ListJobsRequest::filters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuesPair>,
    ) -> Self {
        self.filters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`filters`](Self::filters).
    pub fn set_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
    ) -> Self {
        self.filters = input;
        self
    }
    /// See [`ListJobsRequest::job_queue`](crate::types::ListJobsRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`ListJobsRequest::job_status`](crate::types::ListJobsRequest::job_status).
    pub fn job_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStatus>,
    ) -> Self {
        self.job_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_status`](Self::job_status).
    pub fn set_job_status(
        mut self,
        input: ::std::option::Option<crate::types::JobStatus>,
    ) -> Self {
        self.job_status = input;
        self
    }
    /// See [`ListJobsRequest::max_results`](crate::types::ListJobsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListJobsRequest::multi_node_job_id`](crate::types::ListJobsRequest::multi_node_job_id).
    pub fn multi_node_job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.multi_node_job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`multi_node_job_id`](Self::multi_node_job_id).
    pub fn set_multi_node_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.multi_node_job_id = input;
        self
    }
    /// See [`ListJobsRequest::next_token`](crate::types::ListJobsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListJobsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListJobsRequest {
            array_job_id: self.array_job_id,
            filters: self.filters,
            job_queue: self.job_queue,
            job_status: self.job_status,
            max_results: self.max_results,
            multi_node_job_id: self.multi_node_job_id,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListJobsResponse`](crate::types::ListJobsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListJobsResponseBuilder {
    pub(crate) job_summary_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListJobsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListJobsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListJobsResponseBuilder {
    /// See [`ListJobsResponse::job_summary_list`](crate::types::ListJobsResponse::job_summary_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_summary_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobSummary>,
    ) -> Self {
        self.job_summary_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`job_summary_list`](Self::job_summary_list).
    pub fn set_job_summary_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JobSummary>>,
    ) -> Self {
        self.job_summary_list = input;
        self
    }
    /// See [`ListJobsResponse::next_token`](crate::types::ListJobsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListJobsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListJobsResponse {
            job_summary_list: self
                .job_summary_list
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListJobsResponse",
                        "job_summary_list",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListQuotaSharesRequest`](crate::types::ListQuotaSharesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListQuotaSharesRequestBuilder {
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListQuotaSharesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListQuotaSharesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListQuotaSharesRequestBuilder {
    /// See [`ListQuotaSharesRequest::job_queue`](crate::types::ListQuotaSharesRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`ListQuotaSharesRequest::max_results`](crate::types::ListQuotaSharesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListQuotaSharesRequest::next_token`](crate::types::ListQuotaSharesRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListQuotaSharesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListQuotaSharesRequest {
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListQuotaSharesRequest",
                        "job_queue",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListQuotaSharesResponse`](crate::types::ListQuotaSharesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListQuotaSharesResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) quota_shares: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareDetail>,
    >,
}
impl ::std::fmt::Debug for ListQuotaSharesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListQuotaSharesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListQuotaSharesResponseBuilder {
    /// See [`ListQuotaSharesResponse::next_token`](crate::types::ListQuotaSharesResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`ListQuotaSharesResponse::quota_shares`](crate::types::ListQuotaSharesResponse::quota_shares).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn quota_shares(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareDetail>,
    ) -> Self {
        self.quota_shares.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`quota_shares`](Self::quota_shares).
    pub fn set_quota_shares(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::QuotaShareDetail>>,
    ) -> Self {
        self.quota_shares = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListQuotaSharesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListQuotaSharesResponse {
            next_token: self.next_token,
            quota_shares: self.quota_shares,
        })
    }
}
/// A builder for [`ListSchedulingPoliciesRequest`](crate::types::ListSchedulingPoliciesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListSchedulingPoliciesRequestBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListSchedulingPoliciesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListSchedulingPoliciesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListSchedulingPoliciesRequestBuilder {
    /// See [`ListSchedulingPoliciesRequest::max_results`](crate::types::ListSchedulingPoliciesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListSchedulingPoliciesRequest::next_token`](crate::types::ListSchedulingPoliciesRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListSchedulingPoliciesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListSchedulingPoliciesRequest {
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListSchedulingPoliciesResponse`](crate::types::ListSchedulingPoliciesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListSchedulingPoliciesResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) scheduling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::SchedulingPolicyListingDetail>,
    >,
}
impl ::std::fmt::Debug for ListSchedulingPoliciesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListSchedulingPoliciesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListSchedulingPoliciesResponseBuilder {
    /// See [`ListSchedulingPoliciesResponse::next_token`](crate::types::ListSchedulingPoliciesResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// See [`ListSchedulingPoliciesResponse::scheduling_policies`](crate::types::ListSchedulingPoliciesResponse::scheduling_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn scheduling_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::SchedulingPolicyListingDetail>,
    ) -> Self {
        self.scheduling_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`scheduling_policies`](Self::scheduling_policies).
    pub fn set_scheduling_policies(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::SchedulingPolicyListingDetail>,
        >,
    ) -> Self {
        self.scheduling_policies = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListSchedulingPoliciesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListSchedulingPoliciesResponse {
            next_token: self.next_token,
            scheduling_policies: self.scheduling_policies,
        })
    }
}
/// A builder for [`ListServiceJobsRequest`](crate::types::ListServiceJobsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListServiceJobsRequestBuilder {
    pub(crate) filters: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuesPair>,
    >,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) job_status: ::std::option::Option<crate::types::ServiceJobStatus>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListServiceJobsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListServiceJobsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListServiceJobsRequestBuilder {
    /// See [`ListServiceJobsRequest::filters`](crate::types::ListServiceJobsRequest::filters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn filters(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuesPair>,
    ) -> Self {
        self.filters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`filters`](Self::filters).
    pub fn set_filters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuesPair>>,
    ) -> Self {
        self.filters = input;
        self
    }
    /// See [`ListServiceJobsRequest::job_queue`](crate::types::ListServiceJobsRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`ListServiceJobsRequest::job_status`](crate::types::ListServiceJobsRequest::job_status).
    pub fn job_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobStatus>,
    ) -> Self {
        self.job_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_status`](Self::job_status).
    pub fn set_job_status(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobStatus>,
    ) -> Self {
        self.job_status = input;
        self
    }
    /// See [`ListServiceJobsRequest::max_results`](crate::types::ListServiceJobsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListServiceJobsRequest::next_token`](crate::types::ListServiceJobsRequest::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListServiceJobsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListServiceJobsRequest {
            filters: self.filters,
            job_queue: self.job_queue,
            job_status: self.job_status,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListServiceJobsResponse`](crate::types::ListServiceJobsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListServiceJobsResponseBuilder {
    pub(crate) job_summary_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListServiceJobsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListServiceJobsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListServiceJobsResponseBuilder {
    /// See [`ListServiceJobsResponse::job_summary_list`](crate::types::ListServiceJobsResponse::job_summary_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_summary_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobSummary>,
    ) -> Self {
        self.job_summary_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`job_summary_list`](Self::job_summary_list).
    pub fn set_job_summary_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ServiceJobSummary>>,
    ) -> Self {
        self.job_summary_list = input;
        self
    }
    /// See [`ListServiceJobsResponse::next_token`](crate::types::ListServiceJobsResponse::next_token).
    pub fn next_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`next_token`](Self::next_token).
    pub fn set_next_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListServiceJobsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListServiceJobsResponse {
            job_summary_list: self
                .job_summary_list
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListServiceJobsResponse",
                        "job_summary_list",
                    ),
                )?,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListTagsForResourceRequest`](crate::types::ListTagsForResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForResourceRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagsForResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForResourceRequestBuilder {
    /// See [`ListTagsForResourceRequest::resource_arn`](crate::types::ListTagsForResourceRequest::resource_arn).
    pub fn resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_arn`](Self::resource_arn).
    pub fn set_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsForResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForResourceRequest {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListTagsForResourceRequest",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListTagsForResourceResponse`](crate::types::ListTagsForResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForResourceResponseBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ListTagsForResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForResourceResponseBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForResourceResponseBuilder {
    /// See [`ListTagsForResourceResponse::tags`](crate::types::ListTagsForResourceResponse::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsForResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForResourceResponse {
            tags: self.tags,
        })
    }
}
/// A builder for [`LogConfiguration`](crate::types::LogConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LogConfigurationBuilder {
    pub(crate) log_driver: ::std::option::Option<crate::types::LogDriver>,
    pub(crate) options: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) secret_options: ::std::option::Option<
        ::std::vec::Vec<crate::types::Secret>,
    >,
}
impl ::std::fmt::Debug for LogConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LogConfigurationBuilder").finish_non_exhaustive()
    }
}
impl LogConfigurationBuilder {
    /// See [`LogConfiguration::log_driver`](crate::types::LogConfiguration::log_driver).
    pub fn log_driver(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogDriver>,
    ) -> Self {
        self.log_driver = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_driver`](Self::log_driver).
    pub fn set_log_driver(
        mut self,
        input: ::std::option::Option<crate::types::LogDriver>,
    ) -> Self {
        self.log_driver = input;
        self
    }
    /// See [`LogConfiguration::options`](crate::types::LogConfiguration::options).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn options(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.options
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`options`](Self::options).
    pub fn set_options(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.options = input;
        self
    }
    /// See [`LogConfiguration::secret_options`](crate::types::LogConfiguration::secret_options).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn secret_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::Secret>,
    ) -> Self {
        self.secret_options.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`secret_options`](Self::secret_options).
    pub fn set_secret_options(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    ) -> Self {
        self.secret_options = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LogConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LogConfiguration {
            log_driver: self
                .log_driver
                .ok_or(
                    crate::runtime::BuildError::missing("LogConfiguration", "log_driver"),
                )?,
            options: self.options,
            secret_options: self.secret_options,
        })
    }
}
/// A builder for [`ManagedInstancesLocalStorageConfiguration`](crate::types::ManagedInstancesLocalStorageConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ManagedInstancesLocalStorageConfigurationBuilder {
    pub(crate) use_local_storage: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for ManagedInstancesLocalStorageConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ManagedInstancesLocalStorageConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl ManagedInstancesLocalStorageConfigurationBuilder {
    /// See [`ManagedInstancesLocalStorageConfiguration::use_local_storage`](crate::types::ManagedInstancesLocalStorageConfiguration::use_local_storage).
    pub fn use_local_storage(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.use_local_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`use_local_storage`](Self::use_local_storage).
    pub fn set_use_local_storage(mut self, input: ::std::option::Option<bool>) -> Self {
        self.use_local_storage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ManagedInstancesLocalStorageConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ManagedInstancesLocalStorageConfiguration {
            use_local_storage: self.use_local_storage,
        })
    }
}
/// A builder for [`ManagedInstancesNetworkConfiguration`](crate::types::ManagedInstancesNetworkConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ManagedInstancesNetworkConfigurationBuilder {
    pub(crate) security_groups: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for ManagedInstancesNetworkConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ManagedInstancesNetworkConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl ManagedInstancesNetworkConfigurationBuilder {
    /// See [`ManagedInstancesNetworkConfiguration::security_groups`](crate::types::ManagedInstancesNetworkConfiguration::security_groups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn security_groups(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_groups.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`security_groups`](Self::security_groups).
    pub fn set_security_groups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_groups = input;
        self
    }
    /// See [`ManagedInstancesNetworkConfiguration::subnets`](crate::types::ManagedInstancesNetworkConfiguration::subnets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnets(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnets.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnets`](Self::subnets).
    pub fn set_subnets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnets = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ManagedInstancesNetworkConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ManagedInstancesNetworkConfiguration {
            security_groups: self
                .security_groups
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ManagedInstancesNetworkConfiguration",
                        "security_groups",
                    ),
                )?,
            subnets: self
                .subnets
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ManagedInstancesNetworkConfiguration",
                        "subnets",
                    ),
                )?,
        })
    }
}
/// A builder for [`ManagedInstancesProvider`](crate::types::ManagedInstancesProvider).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ManagedInstancesProviderBuilder {
    pub(crate) infrastructure_optimization: ::std::option::Option<
        crate::types::InfrastructureOptimization,
    >,
    pub(crate) infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) instance_launch_template: ::std::option::Option<
        crate::types::InstanceLaunchTemplate,
    >,
    pub(crate) propagate_tags: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ManagedInstancesProviderBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ManagedInstancesProviderBuilder").finish_non_exhaustive()
    }
}
impl ManagedInstancesProviderBuilder {
    /// See [`ManagedInstancesProvider::infrastructure_optimization`](crate::types::ManagedInstancesProvider::infrastructure_optimization).
    pub fn infrastructure_optimization(
        mut self,
        input: impl ::std::convert::Into<crate::types::InfrastructureOptimization>,
    ) -> Self {
        self.infrastructure_optimization = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`infrastructure_optimization`](Self::infrastructure_optimization).
    pub fn set_infrastructure_optimization(
        mut self,
        input: ::std::option::Option<crate::types::InfrastructureOptimization>,
    ) -> Self {
        self.infrastructure_optimization = input;
        self
    }
    /// See [`ManagedInstancesProvider::infrastructure_role_arn`](crate::types::ManagedInstancesProvider::infrastructure_role_arn).
    pub fn infrastructure_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.infrastructure_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`infrastructure_role_arn`](Self::infrastructure_role_arn).
    pub fn set_infrastructure_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.infrastructure_role_arn = input;
        self
    }
    /// See [`ManagedInstancesProvider::instance_launch_template`](crate::types::ManagedInstancesProvider::instance_launch_template).
    pub fn instance_launch_template(
        mut self,
        input: impl ::std::convert::Into<crate::types::InstanceLaunchTemplate>,
    ) -> Self {
        self.instance_launch_template = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_launch_template`](Self::instance_launch_template).
    pub fn set_instance_launch_template(
        mut self,
        input: ::std::option::Option<crate::types::InstanceLaunchTemplate>,
    ) -> Self {
        self.instance_launch_template = input;
        self
    }
    /// See [`ManagedInstancesProvider::propagate_tags`](crate::types::ManagedInstancesProvider::propagate_tags).
    pub fn propagate_tags(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.propagate_tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ManagedInstancesProvider,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ManagedInstancesProvider {
            infrastructure_optimization: self.infrastructure_optimization,
            infrastructure_role_arn: self
                .infrastructure_role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ManagedInstancesProvider",
                        "infrastructure_role_arn",
                    ),
                )?,
            instance_launch_template: self
                .instance_launch_template
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ManagedInstancesProvider",
                        "instance_launch_template",
                    ),
                )?,
            propagate_tags: self.propagate_tags,
        })
    }
}
/// A builder for [`ManagedInstancesStorageConfiguration`](crate::types::ManagedInstancesStorageConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ManagedInstancesStorageConfigurationBuilder {
    pub(crate) storage_size_gi_b: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ManagedInstancesStorageConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ManagedInstancesStorageConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl ManagedInstancesStorageConfigurationBuilder {
    /// See [`ManagedInstancesStorageConfiguration::storage_size_gi_b`](crate::types::ManagedInstancesStorageConfiguration::storage_size_gi_b).
    pub fn storage_size_gi_b(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.storage_size_gi_b = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`storage_size_gi_b`](Self::storage_size_gi_b).
    pub fn set_storage_size_gi_b(mut self, input: ::std::option::Option<i64>) -> Self {
        self.storage_size_gi_b = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ManagedInstancesStorageConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ManagedInstancesStorageConfiguration {
            storage_size_gi_b: self.storage_size_gi_b,
        })
    }
}
/// A builder for [`MountPoint`](crate::types::MountPoint).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MountPointBuilder {
    pub(crate) container_path: ::std::option::Option<::std::string::String>,
    pub(crate) read_only: ::std::option::Option<bool>,
    pub(crate) source_volume: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MountPointBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MountPointBuilder").finish_non_exhaustive()
    }
}
impl MountPointBuilder {
    /// See [`MountPoint::container_path`](crate::types::MountPoint::container_path).
    pub fn container_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_path`](Self::container_path).
    pub fn set_container_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_path = input;
        self
    }
    /// See [`MountPoint::read_only`](crate::types::MountPoint::read_only).
    pub fn read_only(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.read_only = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_only`](Self::read_only).
    pub fn set_read_only(mut self, input: ::std::option::Option<bool>) -> Self {
        self.read_only = input;
        self
    }
    /// See [`MountPoint::source_volume`](crate::types::MountPoint::source_volume).
    pub fn source_volume(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_volume = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_volume`](Self::source_volume).
    pub fn set_source_volume(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_volume = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::MountPoint, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::MountPoint {
            container_path: self.container_path,
            read_only: self.read_only,
            source_volume: self.source_volume,
        })
    }
}
/// A builder for [`NetworkConfiguration`](crate::types::NetworkConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NetworkConfigurationBuilder {
    pub(crate) assign_public_ip: ::std::option::Option<crate::types::AssignPublicIp>,
}
impl ::std::fmt::Debug for NetworkConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NetworkConfigurationBuilder").finish_non_exhaustive()
    }
}
impl NetworkConfigurationBuilder {
    /// See [`NetworkConfiguration::assign_public_ip`](crate::types::NetworkConfiguration::assign_public_ip).
    pub fn assign_public_ip(
        mut self,
        input: impl ::std::convert::Into<crate::types::AssignPublicIp>,
    ) -> Self {
        self.assign_public_ip = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`assign_public_ip`](Self::assign_public_ip).
    pub fn set_assign_public_ip(
        mut self,
        input: ::std::option::Option<crate::types::AssignPublicIp>,
    ) -> Self {
        self.assign_public_ip = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NetworkConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NetworkConfiguration {
            assign_public_ip: self.assign_public_ip,
        })
    }
}
/// A builder for [`NetworkInterface`](crate::types::NetworkInterface).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NetworkInterfaceBuilder {
    pub(crate) attachment_id: ::std::option::Option<::std::string::String>,
    pub(crate) ipv6_address: ::std::option::Option<::std::string::String>,
    pub(crate) private_ipv4_address: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for NetworkInterfaceBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NetworkInterfaceBuilder").finish_non_exhaustive()
    }
}
impl NetworkInterfaceBuilder {
    /// See [`NetworkInterface::attachment_id`](crate::types::NetworkInterface::attachment_id).
    pub fn attachment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attachment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attachment_id`](Self::attachment_id).
    pub fn set_attachment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.attachment_id = input;
        self
    }
    /// See [`NetworkInterface::ipv6_address`](crate::types::NetworkInterface::ipv6_address).
    pub fn ipv6_address(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_address = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ipv6_address`](Self::ipv6_address).
    pub fn set_ipv6_address(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ipv6_address = input;
        self
    }
    /// See [`NetworkInterface::private_ipv4_address`](crate::types::NetworkInterface::private_ipv4_address).
    pub fn private_ipv4_address(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ipv4_address = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`private_ipv4_address`](Self::private_ipv4_address).
    pub fn set_private_ipv4_address(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.private_ipv4_address = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NetworkInterface,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NetworkInterface {
            attachment_id: self.attachment_id,
            ipv6_address: self.ipv6_address,
            private_ipv4_address: self.private_ipv4_address,
        })
    }
}
/// A builder for [`NodeDetails`](crate::types::NodeDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodeDetailsBuilder {
    pub(crate) is_main_node: ::std::option::Option<bool>,
    pub(crate) node_index: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for NodeDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeDetailsBuilder").finish_non_exhaustive()
    }
}
impl NodeDetailsBuilder {
    /// See [`NodeDetails::is_main_node`](crate::types::NodeDetails::is_main_node).
    pub fn is_main_node(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_main_node = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_main_node`](Self::is_main_node).
    pub fn set_is_main_node(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_main_node = input;
        self
    }
    /// See [`NodeDetails::node_index`](crate::types::NodeDetails::node_index).
    pub fn node_index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.node_index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_index`](Self::node_index).
    pub fn set_node_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.node_index = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::NodeDetails, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::NodeDetails {
            is_main_node: self.is_main_node,
            node_index: self.node_index,
        })
    }
}
/// A builder for [`NodeOverrides`](crate::types::NodeOverrides).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodeOverridesBuilder {
    pub(crate) node_property_overrides: ::std::option::Option<
        ::std::vec::Vec<crate::types::NodePropertyOverride>,
    >,
    pub(crate) num_nodes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for NodeOverridesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeOverridesBuilder").finish_non_exhaustive()
    }
}
impl NodeOverridesBuilder {
    /// See [`NodeOverrides::node_property_overrides`](crate::types::NodeOverrides::node_property_overrides).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn node_property_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodePropertyOverride>,
    ) -> Self {
        self.node_property_overrides
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`node_property_overrides`](Self::node_property_overrides).
    pub fn set_node_property_overrides(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::NodePropertyOverride>>,
    ) -> Self {
        self.node_property_overrides = input;
        self
    }
    /// See [`NodeOverrides::num_nodes`](crate::types::NodeOverrides::num_nodes).
    pub fn num_nodes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.num_nodes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`num_nodes`](Self::num_nodes).
    pub fn set_num_nodes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.num_nodes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::NodeOverrides, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::NodeOverrides {
            node_property_overrides: self.node_property_overrides,
            num_nodes: self.num_nodes,
        })
    }
}
/// A builder for [`NodeProperties`](crate::types::NodeProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodePropertiesBuilder {
    pub(crate) main_node: ::std::option::Option<i64>,
    pub(crate) node_range_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::NodeRangeProperty>,
    >,
    pub(crate) num_nodes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for NodePropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodePropertiesBuilder").finish_non_exhaustive()
    }
}
impl NodePropertiesBuilder {
    /// See [`NodeProperties::main_node`](crate::types::NodeProperties::main_node).
    pub fn main_node(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.main_node = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`main_node`](Self::main_node).
    pub fn set_main_node(mut self, input: ::std::option::Option<i64>) -> Self {
        self.main_node = input;
        self
    }
    /// See [`NodeProperties::node_range_properties`](crate::types::NodeProperties::node_range_properties).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn node_range_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeRangeProperty>,
    ) -> Self {
        self.node_range_properties
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`node_range_properties`](Self::node_range_properties).
    pub fn set_node_range_properties(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::NodeRangeProperty>>,
    ) -> Self {
        self.node_range_properties = input;
        self
    }
    /// See [`NodeProperties::num_nodes`](crate::types::NodeProperties::num_nodes).
    pub fn num_nodes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.num_nodes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`num_nodes`](Self::num_nodes).
    pub fn set_num_nodes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.num_nodes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodeProperties,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodeProperties {
            main_node: self
                .main_node
                .ok_or(
                    crate::runtime::BuildError::missing("NodeProperties", "main_node"),
                )?,
            node_range_properties: self
                .node_range_properties
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "NodeProperties",
                        "node_range_properties",
                    ),
                )?,
            num_nodes: self
                .num_nodes
                .ok_or(
                    crate::runtime::BuildError::missing("NodeProperties", "num_nodes"),
                )?,
        })
    }
}
/// A builder for [`NodePropertiesSummary`](crate::types::NodePropertiesSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodePropertiesSummaryBuilder {
    pub(crate) is_main_node: ::std::option::Option<bool>,
    pub(crate) node_index: ::std::option::Option<i64>,
    pub(crate) num_nodes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for NodePropertiesSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodePropertiesSummaryBuilder").finish_non_exhaustive()
    }
}
impl NodePropertiesSummaryBuilder {
    /// See [`NodePropertiesSummary::is_main_node`](crate::types::NodePropertiesSummary::is_main_node).
    pub fn is_main_node(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_main_node = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_main_node`](Self::is_main_node).
    pub fn set_is_main_node(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_main_node = input;
        self
    }
    /// See [`NodePropertiesSummary::node_index`](crate::types::NodePropertiesSummary::node_index).
    pub fn node_index(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.node_index = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_index`](Self::node_index).
    pub fn set_node_index(mut self, input: ::std::option::Option<i64>) -> Self {
        self.node_index = input;
        self
    }
    /// See [`NodePropertiesSummary::num_nodes`](crate::types::NodePropertiesSummary::num_nodes).
    pub fn num_nodes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.num_nodes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`num_nodes`](Self::num_nodes).
    pub fn set_num_nodes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.num_nodes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodePropertiesSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodePropertiesSummary {
            is_main_node: self.is_main_node,
            node_index: self.node_index,
            num_nodes: self.num_nodes,
        })
    }
}
/// A builder for [`NodePropertyOverride`](crate::types::NodePropertyOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodePropertyOverrideBuilder {
    pub(crate) container_overrides: ::std::option::Option<
        crate::types::ContainerOverrides,
    >,
    pub(crate) target_nodes: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource_properties_override: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    pub(crate) ecs_properties_override: ::std::option::Option<
        crate::types::EcsPropertiesOverride,
    >,
    pub(crate) eks_properties_override: ::std::option::Option<
        crate::types::EksPropertiesOverride,
    >,
    pub(crate) instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for NodePropertyOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodePropertyOverrideBuilder").finish_non_exhaustive()
    }
}
impl NodePropertyOverrideBuilder {
    /// See [`NodePropertyOverride::container_overrides`](crate::types::NodePropertyOverride::container_overrides).
    pub fn container_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerOverrides>,
    ) -> Self {
        self.container_overrides = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_overrides`](Self::container_overrides).
    pub fn set_container_overrides(
        mut self,
        input: ::std::option::Option<crate::types::ContainerOverrides>,
    ) -> Self {
        self.container_overrides = input;
        self
    }
    /// See [`NodePropertyOverride::target_nodes`](crate::types::NodePropertyOverride::target_nodes).
    pub fn target_nodes(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_nodes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_nodes`](Self::target_nodes).
    pub fn set_target_nodes(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_nodes = input;
        self
    }
    /// See [`NodePropertyOverride::consumable_resource_properties_override`](crate::types::NodePropertyOverride::consumable_resource_properties_override).
    pub fn consumable_resource_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties_override = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`consumable_resource_properties_override`](Self::consumable_resource_properties_override).
    pub fn set_consumable_resource_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties_override = input;
        self
    }
    /// See [`NodePropertyOverride::ecs_properties_override`](crate::types::NodePropertyOverride::ecs_properties_override).
    pub fn ecs_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsPropertiesOverride>,
    ) -> Self {
        self.ecs_properties_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_properties_override`](Self::ecs_properties_override).
    pub fn set_ecs_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::EcsPropertiesOverride>,
    ) -> Self {
        self.ecs_properties_override = input;
        self
    }
    /// See [`NodePropertyOverride::eks_properties_override`](crate::types::NodePropertyOverride::eks_properties_override).
    pub fn eks_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPropertiesOverride>,
    ) -> Self {
        self.eks_properties_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_properties_override`](Self::eks_properties_override).
    pub fn set_eks_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::EksPropertiesOverride>,
    ) -> Self {
        self.eks_properties_override = input;
        self
    }
    /// See [`NodePropertyOverride::instance_types`](crate::types::NodePropertyOverride::instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`instance_types`](Self::instance_types).
    pub fn set_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_types = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodePropertyOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodePropertyOverride {
            container_overrides: self.container_overrides,
            target_nodes: self
                .target_nodes
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "NodePropertyOverride",
                        "target_nodes",
                    ),
                )?,
            consumable_resource_properties_override: self
                .consumable_resource_properties_override,
            ecs_properties_override: self.ecs_properties_override,
            eks_properties_override: self.eks_properties_override,
            instance_types: self.instance_types,
        })
    }
}
/// A builder for [`NodeRangeProperty`](crate::types::NodeRangeProperty).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodeRangePropertyBuilder {
    pub(crate) container: ::std::option::Option<crate::types::ContainerProperties>,
    pub(crate) target_nodes: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    pub(crate) ecs_properties: ::std::option::Option<crate::types::EcsProperties>,
    pub(crate) eks_properties: ::std::option::Option<crate::types::EksProperties>,
    pub(crate) instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for NodeRangePropertyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeRangePropertyBuilder").finish_non_exhaustive()
    }
}
impl NodeRangePropertyBuilder {
    /// See [`NodeRangeProperty::container`](crate::types::NodeRangeProperty::container).
    pub fn container(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerProperties>,
    ) -> Self {
        self.container = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container`](Self::container).
    pub fn set_container(
        mut self,
        input: ::std::option::Option<crate::types::ContainerProperties>,
    ) -> Self {
        self.container = input;
        self
    }
    /// See [`NodeRangeProperty::target_nodes`](crate::types::NodeRangeProperty::target_nodes).
    pub fn target_nodes(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_nodes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_nodes`](Self::target_nodes).
    pub fn set_target_nodes(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_nodes = input;
        self
    }
    /// See [`NodeRangeProperty::consumable_resource_properties`](crate::types::NodeRangeProperty::consumable_resource_properties).
    pub fn consumable_resource_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_properties`](Self::consumable_resource_properties).
    pub fn set_consumable_resource_properties(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = input;
        self
    }
    /// See [`NodeRangeProperty::ecs_properties`](crate::types::NodeRangeProperty::ecs_properties).
    pub fn ecs_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsProperties>,
    ) -> Self {
        self.ecs_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_properties`](Self::ecs_properties).
    pub fn set_ecs_properties(
        mut self,
        input: ::std::option::Option<crate::types::EcsProperties>,
    ) -> Self {
        self.ecs_properties = input;
        self
    }
    /// See [`NodeRangeProperty::eks_properties`](crate::types::NodeRangeProperty::eks_properties).
    pub fn eks_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksProperties>,
    ) -> Self {
        self.eks_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_properties`](Self::eks_properties).
    pub fn set_eks_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksProperties>,
    ) -> Self {
        self.eks_properties = input;
        self
    }
    /// See [`NodeRangeProperty::instance_types`](crate::types::NodeRangeProperty::instance_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn instance_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`instance_types`](Self::instance_types).
    pub fn set_instance_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_types = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodeRangeProperty,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodeRangeProperty {
            container: self.container,
            target_nodes: self
                .target_nodes
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "NodeRangeProperty",
                        "target_nodes",
                    ),
                )?,
            consumable_resource_properties: self.consumable_resource_properties,
            ecs_properties: self.ecs_properties,
            eks_properties: self.eks_properties,
            instance_types: self.instance_types,
        })
    }
}
/// A builder for [`QueueSnapshotCapacityUsage`](crate::types::QueueSnapshotCapacityUsage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QueueSnapshotCapacityUsageBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for QueueSnapshotCapacityUsageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QueueSnapshotCapacityUsageBuilder").finish_non_exhaustive()
    }
}
impl QueueSnapshotCapacityUsageBuilder {
    /// See [`QueueSnapshotCapacityUsage::capacity_unit`](crate::types::QueueSnapshotCapacityUsage::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`QueueSnapshotCapacityUsage::quantity`](crate::types::QueueSnapshotCapacityUsage::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<f64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QueueSnapshotCapacityUsage,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QueueSnapshotCapacityUsage {
            capacity_unit: self.capacity_unit,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`QueueSnapshotUtilizationDetail`](crate::types::QueueSnapshotUtilizationDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QueueSnapshotUtilizationDetailBuilder {
    pub(crate) fairshare_utilization: ::std::option::Option<
        crate::types::FairshareUtilizationDetail,
    >,
    pub(crate) last_updated_at: ::std::option::Option<i64>,
    pub(crate) quota_share_utilization: ::std::option::Option<
        crate::types::QuotaShareUtilizationDetail,
    >,
    pub(crate) total_capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::QueueSnapshotCapacityUsage>,
    >,
}
impl ::std::fmt::Debug for QueueSnapshotUtilizationDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QueueSnapshotUtilizationDetailBuilder").finish_non_exhaustive()
    }
}
impl QueueSnapshotUtilizationDetailBuilder {
    /// See [`QueueSnapshotUtilizationDetail::fairshare_utilization`](crate::types::QueueSnapshotUtilizationDetail::fairshare_utilization).
    pub fn fairshare_utilization(
        mut self,
        input: impl ::std::convert::Into<crate::types::FairshareUtilizationDetail>,
    ) -> Self {
        self.fairshare_utilization = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fairshare_utilization`](Self::fairshare_utilization).
    pub fn set_fairshare_utilization(
        mut self,
        input: ::std::option::Option<crate::types::FairshareUtilizationDetail>,
    ) -> Self {
        self.fairshare_utilization = input;
        self
    }
    /// See [`QueueSnapshotUtilizationDetail::last_updated_at`](crate::types::QueueSnapshotUtilizationDetail::last_updated_at).
    pub fn last_updated_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.last_updated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_at`](Self::last_updated_at).
    pub fn set_last_updated_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.last_updated_at = input;
        self
    }
    /// See [`QueueSnapshotUtilizationDetail::quota_share_utilization`](crate::types::QueueSnapshotUtilizationDetail::quota_share_utilization).
    pub fn quota_share_utilization(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareUtilizationDetail>,
    ) -> Self {
        self.quota_share_utilization = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_utilization`](Self::quota_share_utilization).
    pub fn set_quota_share_utilization(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareUtilizationDetail>,
    ) -> Self {
        self.quota_share_utilization = input;
        self
    }
    /// See [`QueueSnapshotUtilizationDetail::total_capacity_usage`](crate::types::QueueSnapshotUtilizationDetail::total_capacity_usage).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn total_capacity_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::QueueSnapshotCapacityUsage>,
    ) -> Self {
        self.total_capacity_usage
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`total_capacity_usage`](Self::total_capacity_usage).
    pub fn set_total_capacity_usage(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QueueSnapshotCapacityUsage>,
        >,
    ) -> Self {
        self.total_capacity_usage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QueueSnapshotUtilizationDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QueueSnapshotUtilizationDetail {
            fairshare_utilization: self.fairshare_utilization,
            last_updated_at: self.last_updated_at,
            quota_share_utilization: self.quota_share_utilization,
            total_capacity_usage: self.total_capacity_usage,
        })
    }
}
/// A builder for [`QuotaShareCapacityLimit`](crate::types::QuotaShareCapacityLimit).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaShareCapacityLimitBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) max_capacity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for QuotaShareCapacityLimitBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaShareCapacityLimitBuilder").finish_non_exhaustive()
    }
}
impl QuotaShareCapacityLimitBuilder {
    /// See [`QuotaShareCapacityLimit::capacity_unit`](crate::types::QuotaShareCapacityLimit::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`QuotaShareCapacityLimit::max_capacity`](crate::types::QuotaShareCapacityLimit::max_capacity).
    pub fn max_capacity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_capacity`](Self::max_capacity).
    pub fn set_max_capacity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_capacity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaShareCapacityLimit,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaShareCapacityLimit {
            capacity_unit: self
                .capacity_unit
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "QuotaShareCapacityLimit",
                        "capacity_unit",
                    ),
                )?,
            max_capacity: self
                .max_capacity
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "QuotaShareCapacityLimit",
                        "max_capacity",
                    ),
                )?,
        })
    }
}
/// A builder for [`QuotaShareCapacityUsage`](crate::types::QuotaShareCapacityUsage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaShareCapacityUsageBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for QuotaShareCapacityUsageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaShareCapacityUsageBuilder").finish_non_exhaustive()
    }
}
impl QuotaShareCapacityUsageBuilder {
    /// See [`QuotaShareCapacityUsage::capacity_unit`](crate::types::QuotaShareCapacityUsage::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`QuotaShareCapacityUsage::quantity`](crate::types::QuotaShareCapacityUsage::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<f64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaShareCapacityUsage,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaShareCapacityUsage {
            capacity_unit: self.capacity_unit,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`QuotaShareCapacityUtilization`](crate::types::QuotaShareCapacityUtilization).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaShareCapacityUtilizationBuilder {
    pub(crate) capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityUsage>,
    >,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for QuotaShareCapacityUtilizationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaShareCapacityUtilizationBuilder").finish_non_exhaustive()
    }
}
impl QuotaShareCapacityUtilizationBuilder {
    /// See [`QuotaShareCapacityUtilization::capacity_usage`](crate::types::QuotaShareCapacityUtilization::capacity_usage).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareCapacityUsage>,
    ) -> Self {
        self.capacity_usage.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_usage`](Self::capacity_usage).
    pub fn set_capacity_usage(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QuotaShareCapacityUsage>,
        >,
    ) -> Self {
        self.capacity_usage = input;
        self
    }
    /// See [`QuotaShareCapacityUtilization::quota_share_name`](crate::types::QuotaShareCapacityUtilization::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaShareCapacityUtilization,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaShareCapacityUtilization {
            capacity_usage: self.capacity_usage,
            quota_share_name: self.quota_share_name,
        })
    }
}
/// A builder for [`QuotaShareDetail`](crate::types::QuotaShareDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaShareDetailBuilder {
    pub(crate) capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    >,
    pub(crate) job_queue_arn: ::std::option::Option<::std::string::String>,
    pub(crate) preemption_configuration: ::std::option::Option<
        crate::types::QuotaSharePreemptionConfiguration,
    >,
    pub(crate) quota_share_arn: ::std::option::Option<::std::string::String>,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
    pub(crate) resource_sharing_configuration: ::std::option::Option<
        crate::types::QuotaShareResourceSharingConfiguration,
    >,
    pub(crate) state: ::std::option::Option<crate::types::QuotaShareState>,
    pub(crate) status: ::std::option::Option<crate::types::QuotaShareStatus>,
}
impl ::std::fmt::Debug for QuotaShareDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaShareDetailBuilder").finish_non_exhaustive()
    }
}
impl QuotaShareDetailBuilder {
    /// See [`QuotaShareDetail::capacity_limits`](crate::types::QuotaShareDetail::capacity_limits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareCapacityLimit>,
    ) -> Self {
        self.capacity_limits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
        >,
    ) -> Self {
        self.capacity_limits = input;
        self
    }
    /// See [`QuotaShareDetail::job_queue_arn`](crate::types::QuotaShareDetail::job_queue_arn).
    pub fn job_queue_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_arn`](Self::job_queue_arn).
    pub fn set_job_queue_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = input;
        self
    }
    /// See [`QuotaShareDetail::preemption_configuration`](crate::types::QuotaShareDetail::preemption_configuration).
    pub fn preemption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preemption_configuration`](Self::preemption_configuration).
    pub fn set_preemption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = input;
        self
    }
    /// See [`QuotaShareDetail::quota_share_arn`](crate::types::QuotaShareDetail::quota_share_arn).
    pub fn quota_share_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_arn`](Self::quota_share_arn).
    pub fn set_quota_share_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = input;
        self
    }
    /// See [`QuotaShareDetail::quota_share_name`](crate::types::QuotaShareDetail::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// See [`QuotaShareDetail::resource_sharing_configuration`](crate::types::QuotaShareDetail::resource_sharing_configuration).
    pub fn resource_sharing_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_sharing_configuration`](Self::resource_sharing_configuration).
    pub fn set_resource_sharing_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = input;
        self
    }
    /// See [`QuotaShareDetail::state`](crate::types::QuotaShareDetail::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`QuotaShareDetail::status`](crate::types::QuotaShareDetail::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaShareDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaShareDetail {
            capacity_limits: self.capacity_limits,
            job_queue_arn: self.job_queue_arn,
            preemption_configuration: self.preemption_configuration,
            quota_share_arn: self.quota_share_arn,
            quota_share_name: self.quota_share_name,
            resource_sharing_configuration: self.resource_sharing_configuration,
            state: self.state,
            status: self.status,
        })
    }
}
/// A builder for [`QuotaSharePolicy`](crate::types::QuotaSharePolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaSharePolicyBuilder {
    pub(crate) idle_resource_assignment_strategy: ::std::option::Option<
        crate::types::QuotaShareIdleResourceAssignmentStrategy,
    >,
}
impl ::std::fmt::Debug for QuotaSharePolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaSharePolicyBuilder").finish_non_exhaustive()
    }
}
impl QuotaSharePolicyBuilder {
    /// See [`QuotaSharePolicy::idle_resource_assignment_strategy`](crate::types::QuotaSharePolicy::idle_resource_assignment_strategy).
    pub fn idle_resource_assignment_strategy(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::QuotaShareIdleResourceAssignmentStrategy,
        >,
    ) -> Self {
        self.idle_resource_assignment_strategy = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`idle_resource_assignment_strategy`](Self::idle_resource_assignment_strategy).
    pub fn set_idle_resource_assignment_strategy(
        mut self,
        input: ::std::option::Option<
            crate::types::QuotaShareIdleResourceAssignmentStrategy,
        >,
    ) -> Self {
        self.idle_resource_assignment_strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaSharePolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaSharePolicy {
            idle_resource_assignment_strategy: self
                .idle_resource_assignment_strategy
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "QuotaSharePolicy",
                        "idle_resource_assignment_strategy",
                    ),
                )?,
        })
    }
}
/// A builder for [`QuotaSharePreemptionConfiguration`](crate::types::QuotaSharePreemptionConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaSharePreemptionConfigurationBuilder {
    pub(crate) in_share_preemption: ::std::option::Option<
        crate::types::QuotaShareInSharePreemptionState,
    >,
}
impl ::std::fmt::Debug for QuotaSharePreemptionConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaSharePreemptionConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl QuotaSharePreemptionConfigurationBuilder {
    /// See [`QuotaSharePreemptionConfiguration::in_share_preemption`](crate::types::QuotaSharePreemptionConfiguration::in_share_preemption).
    pub fn in_share_preemption(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareInSharePreemptionState>,
    ) -> Self {
        self.in_share_preemption = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`in_share_preemption`](Self::in_share_preemption).
    pub fn set_in_share_preemption(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareInSharePreemptionState>,
    ) -> Self {
        self.in_share_preemption = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaSharePreemptionConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaSharePreemptionConfiguration {
            in_share_preemption: self
                .in_share_preemption
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "QuotaSharePreemptionConfiguration",
                        "in_share_preemption",
                    ),
                )?,
        })
    }
}
/// A builder for [`QuotaShareResourceSharingConfiguration`](crate::types::QuotaShareResourceSharingConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaShareResourceSharingConfigurationBuilder {
    pub(crate) borrow_limit: ::std::option::Option<i64>,
    pub(crate) strategy: ::std::option::Option<
        crate::types::QuotaShareResourceSharingStrategy,
    >,
}
impl ::std::fmt::Debug for QuotaShareResourceSharingConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaShareResourceSharingConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl QuotaShareResourceSharingConfigurationBuilder {
    /// See [`QuotaShareResourceSharingConfiguration::borrow_limit`](crate::types::QuotaShareResourceSharingConfiguration::borrow_limit).
    pub fn borrow_limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.borrow_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`borrow_limit`](Self::borrow_limit).
    pub fn set_borrow_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.borrow_limit = input;
        self
    }
    /// See [`QuotaShareResourceSharingConfiguration::strategy`](crate::types::QuotaShareResourceSharingConfiguration::strategy).
    pub fn strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareResourceSharingStrategy>,
    ) -> Self {
        self.strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`strategy`](Self::strategy).
    pub fn set_strategy(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareResourceSharingStrategy>,
    ) -> Self {
        self.strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaShareResourceSharingConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaShareResourceSharingConfiguration {
            borrow_limit: self.borrow_limit,
            strategy: self
                .strategy
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "QuotaShareResourceSharingConfiguration",
                        "strategy",
                    ),
                )?,
        })
    }
}
/// A builder for [`QuotaShareUtilizationDetail`](crate::types::QuotaShareUtilizationDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaShareUtilizationDetailBuilder {
    pub(crate) top_capacity_utilization: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityUtilization>,
    >,
}
impl ::std::fmt::Debug for QuotaShareUtilizationDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaShareUtilizationDetailBuilder").finish_non_exhaustive()
    }
}
impl QuotaShareUtilizationDetailBuilder {
    /// See [`QuotaShareUtilizationDetail::top_capacity_utilization`](crate::types::QuotaShareUtilizationDetail::top_capacity_utilization).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn top_capacity_utilization(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareCapacityUtilization>,
    ) -> Self {
        self.top_capacity_utilization
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`top_capacity_utilization`](Self::top_capacity_utilization).
    pub fn set_top_capacity_utilization(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QuotaShareCapacityUtilization>,
        >,
    ) -> Self {
        self.top_capacity_utilization = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::QuotaShareUtilizationDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::QuotaShareUtilizationDetail {
            top_capacity_utilization: self.top_capacity_utilization,
        })
    }
}
/// A builder for [`RegisterJobDefinitionRequest`](crate::types::RegisterJobDefinitionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RegisterJobDefinitionRequestBuilder {
    pub(crate) container_properties: ::std::option::Option<
        crate::types::ContainerProperties,
    >,
    pub(crate) eks_properties: ::std::option::Option<crate::types::EksProperties>,
    pub(crate) job_definition_name: ::std::option::Option<::std::string::String>,
    pub(crate) node_properties: ::std::option::Option<crate::types::NodeProperties>,
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) platform_capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::PlatformCapability>,
    >,
    pub(crate) propagate_tags: ::std::option::Option<bool>,
    pub(crate) retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    pub(crate) scheduling_priority: ::std::option::Option<i64>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout: ::std::option::Option<crate::types::JobTimeout>,
    pub(crate) r#type: ::std::option::Option<crate::types::JobDefinitionType>,
    pub(crate) consumable_resource_properties: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    pub(crate) ecs_properties: ::std::option::Option<crate::types::EcsProperties>,
}
impl ::std::fmt::Debug for RegisterJobDefinitionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterJobDefinitionRequestBuilder").finish_non_exhaustive()
    }
}
impl RegisterJobDefinitionRequestBuilder {
    /// See [`RegisterJobDefinitionRequest::container_properties`](crate::types::RegisterJobDefinitionRequest::container_properties).
    pub fn container_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerProperties>,
    ) -> Self {
        self.container_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_properties`](Self::container_properties).
    pub fn set_container_properties(
        mut self,
        input: ::std::option::Option<crate::types::ContainerProperties>,
    ) -> Self {
        self.container_properties = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::eks_properties`](crate::types::RegisterJobDefinitionRequest::eks_properties).
    pub fn eks_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksProperties>,
    ) -> Self {
        self.eks_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_properties`](Self::eks_properties).
    pub fn set_eks_properties(
        mut self,
        input: ::std::option::Option<crate::types::EksProperties>,
    ) -> Self {
        self.eks_properties = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::job_definition_name`](crate::types::RegisterJobDefinitionRequest::job_definition_name).
    pub fn job_definition_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition_name`](Self::job_definition_name).
    pub fn set_job_definition_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition_name = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::node_properties`](crate::types::RegisterJobDefinitionRequest::node_properties).
    pub fn node_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeProperties>,
    ) -> Self {
        self.node_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_properties`](Self::node_properties).
    pub fn set_node_properties(
        mut self,
        input: ::std::option::Option<crate::types::NodeProperties>,
    ) -> Self {
        self.node_properties = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::parameters`](crate::types::RegisterJobDefinitionRequest::parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::platform_capabilities`](crate::types::RegisterJobDefinitionRequest::platform_capabilities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn platform_capabilities(
        mut self,
        input: impl ::std::convert::Into<crate::types::PlatformCapability>,
    ) -> Self {
        self.platform_capabilities
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`platform_capabilities`](Self::platform_capabilities).
    pub fn set_platform_capabilities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PlatformCapability>>,
    ) -> Self {
        self.platform_capabilities = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::propagate_tags`](crate::types::RegisterJobDefinitionRequest::propagate_tags).
    pub fn propagate_tags(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(mut self, input: ::std::option::Option<bool>) -> Self {
        self.propagate_tags = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::retry_strategy`](crate::types::RegisterJobDefinitionRequest::retry_strategy).
    pub fn retry_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_strategy`](Self::retry_strategy).
    pub fn set_retry_strategy(
        mut self,
        input: ::std::option::Option<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::scheduling_priority`](crate::types::RegisterJobDefinitionRequest::scheduling_priority).
    pub fn scheduling_priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduling_priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_priority`](Self::scheduling_priority).
    pub fn set_scheduling_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduling_priority = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::tags`](crate::types::RegisterJobDefinitionRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::timeout`](crate::types::RegisterJobDefinitionRequest::timeout).
    pub fn timeout(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(
        mut self,
        input: ::std::option::Option<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::type`](crate::types::RegisterJobDefinitionRequest::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobDefinitionType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::JobDefinitionType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::consumable_resource_properties`](crate::types::RegisterJobDefinitionRequest::consumable_resource_properties).
    pub fn consumable_resource_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_properties`](Self::consumable_resource_properties).
    pub fn set_consumable_resource_properties(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties = input;
        self
    }
    /// See [`RegisterJobDefinitionRequest::ecs_properties`](crate::types::RegisterJobDefinitionRequest::ecs_properties).
    pub fn ecs_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsProperties>,
    ) -> Self {
        self.ecs_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_properties`](Self::ecs_properties).
    pub fn set_ecs_properties(
        mut self,
        input: ::std::option::Option<crate::types::EcsProperties>,
    ) -> Self {
        self.ecs_properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RegisterJobDefinitionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RegisterJobDefinitionRequest {
            container_properties: self.container_properties,
            eks_properties: self.eks_properties,
            job_definition_name: self
                .job_definition_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RegisterJobDefinitionRequest",
                        "job_definition_name",
                    ),
                )?,
            node_properties: self.node_properties,
            parameters: self.parameters,
            platform_capabilities: self.platform_capabilities,
            propagate_tags: self.propagate_tags,
            retry_strategy: self.retry_strategy,
            scheduling_priority: self.scheduling_priority,
            tags: self.tags,
            timeout: self.timeout,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RegisterJobDefinitionRequest",
                        "type",
                    ),
                )?,
            consumable_resource_properties: self.consumable_resource_properties,
            ecs_properties: self.ecs_properties,
        })
    }
}
/// A builder for [`RegisterJobDefinitionResponse`](crate::types::RegisterJobDefinitionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RegisterJobDefinitionResponseBuilder {
    pub(crate) job_definition_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_definition_name: ::std::option::Option<::std::string::String>,
    pub(crate) revision: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for RegisterJobDefinitionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterJobDefinitionResponseBuilder").finish_non_exhaustive()
    }
}
impl RegisterJobDefinitionResponseBuilder {
    /// See [`RegisterJobDefinitionResponse::job_definition_arn`](crate::types::RegisterJobDefinitionResponse::job_definition_arn).
    pub fn job_definition_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition_arn`](Self::job_definition_arn).
    pub fn set_job_definition_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition_arn = input;
        self
    }
    /// See [`RegisterJobDefinitionResponse::job_definition_name`](crate::types::RegisterJobDefinitionResponse::job_definition_name).
    pub fn job_definition_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition_name`](Self::job_definition_name).
    pub fn set_job_definition_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition_name = input;
        self
    }
    /// See [`RegisterJobDefinitionResponse::revision`](crate::types::RegisterJobDefinitionResponse::revision).
    pub fn revision(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.revision = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision`](Self::revision).
    pub fn set_revision(mut self, input: ::std::option::Option<i64>) -> Self {
        self.revision = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RegisterJobDefinitionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RegisterJobDefinitionResponse {
            job_definition_arn: self
                .job_definition_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RegisterJobDefinitionResponse",
                        "job_definition_arn",
                    ),
                )?,
            job_definition_name: self
                .job_definition_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RegisterJobDefinitionResponse",
                        "job_definition_name",
                    ),
                )?,
            revision: self
                .revision
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RegisterJobDefinitionResponse",
                        "revision",
                    ),
                )?,
        })
    }
}
/// A builder for [`RepositoryCredentials`](crate::types::RepositoryCredentials).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RepositoryCredentialsBuilder {
    pub(crate) credentials_parameter: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RepositoryCredentialsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RepositoryCredentialsBuilder").finish_non_exhaustive()
    }
}
impl RepositoryCredentialsBuilder {
    /// See [`RepositoryCredentials::credentials_parameter`](crate::types::RepositoryCredentials::credentials_parameter).
    pub fn credentials_parameter(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credentials_parameter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`credentials_parameter`](Self::credentials_parameter).
    pub fn set_credentials_parameter(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.credentials_parameter = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RepositoryCredentials,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RepositoryCredentials {
            credentials_parameter: self
                .credentials_parameter
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RepositoryCredentials",
                        "credentials_parameter",
                    ),
                )?,
        })
    }
}
/// A builder for [`ResourceRequirement`](crate::types::ResourceRequirement).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResourceRequirementBuilder {
    pub(crate) r#type: ::std::option::Option<crate::types::ResourceType>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourceRequirementBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceRequirementBuilder").finish_non_exhaustive()
    }
}
impl ResourceRequirementBuilder {
    /// See [`ResourceRequirement::type`](crate::types::ResourceRequirement::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::ResourceType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`ResourceRequirement::value`](crate::types::ResourceRequirement::value).
    pub fn value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value`](Self::value).
    pub fn set_value(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ResourceRequirement,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ResourceRequirement {
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing("ResourceRequirement", "type"),
                )?,
            value: self
                .value
                .ok_or(
                    crate::runtime::BuildError::missing("ResourceRequirement", "value"),
                )?,
        })
    }
}
/// A builder for [`RetryStrategy`](crate::types::RetryStrategy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RetryStrategyBuilder {
    pub(crate) attempts: ::std::option::Option<i64>,
    pub(crate) evaluate_on_exit: ::std::option::Option<
        ::std::vec::Vec<crate::types::EvaluateOnExit>,
    >,
}
impl ::std::fmt::Debug for RetryStrategyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RetryStrategyBuilder").finish_non_exhaustive()
    }
}
impl RetryStrategyBuilder {
    /// See [`RetryStrategy::attempts`](crate::types::RetryStrategy::attempts).
    pub fn attempts(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attempts`](Self::attempts).
    pub fn set_attempts(mut self, input: ::std::option::Option<i64>) -> Self {
        self.attempts = input;
        self
    }
    /// See [`RetryStrategy::evaluate_on_exit`](crate::types::RetryStrategy::evaluate_on_exit).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn evaluate_on_exit(
        mut self,
        input: impl ::std::convert::Into<crate::types::EvaluateOnExit>,
    ) -> Self {
        self.evaluate_on_exit
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`evaluate_on_exit`](Self::evaluate_on_exit).
    pub fn set_evaluate_on_exit(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EvaluateOnExit>>,
    ) -> Self {
        self.evaluate_on_exit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::RetryStrategy, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::RetryStrategy {
            attempts: self.attempts,
            evaluate_on_exit: self.evaluate_on_exit,
        })
    }
}
/// A builder for [`RuntimePlatform`](crate::types::RuntimePlatform).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RuntimePlatformBuilder {
    pub(crate) cpu_architecture: ::std::option::Option<::std::string::String>,
    pub(crate) operating_system_family: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RuntimePlatformBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RuntimePlatformBuilder").finish_non_exhaustive()
    }
}
impl RuntimePlatformBuilder {
    /// See [`RuntimePlatform::cpu_architecture`](crate::types::RuntimePlatform::cpu_architecture).
    pub fn cpu_architecture(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpu_architecture = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cpu_architecture`](Self::cpu_architecture).
    pub fn set_cpu_architecture(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cpu_architecture = input;
        self
    }
    /// See [`RuntimePlatform::operating_system_family`](crate::types::RuntimePlatform::operating_system_family).
    pub fn operating_system_family(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operating_system_family = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`operating_system_family`](Self::operating_system_family).
    pub fn set_operating_system_family(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.operating_system_family = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RuntimePlatform,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RuntimePlatform {
            cpu_architecture: self.cpu_architecture,
            operating_system_family: self.operating_system_family,
        })
    }
}
/// A builder for [`S3FilesVolumeConfiguration`](crate::types::S3FilesVolumeConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct S3FilesVolumeConfigurationBuilder {
    pub(crate) access_point_arn: ::std::option::Option<::std::string::String>,
    pub(crate) file_system_arn: ::std::option::Option<::std::string::String>,
    pub(crate) root_directory: ::std::option::Option<::std::string::String>,
    pub(crate) transit_encryption_port: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for S3FilesVolumeConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("S3FilesVolumeConfigurationBuilder").finish_non_exhaustive()
    }
}
impl S3FilesVolumeConfigurationBuilder {
    /// See [`S3FilesVolumeConfiguration::access_point_arn`](crate::types::S3FilesVolumeConfiguration::access_point_arn).
    pub fn access_point_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_point_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_point_arn`](Self::access_point_arn).
    pub fn set_access_point_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.access_point_arn = input;
        self
    }
    /// See [`S3FilesVolumeConfiguration::file_system_arn`](crate::types::S3FilesVolumeConfiguration::file_system_arn).
    pub fn file_system_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_system_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`file_system_arn`](Self::file_system_arn).
    pub fn set_file_system_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.file_system_arn = input;
        self
    }
    /// See [`S3FilesVolumeConfiguration::root_directory`](crate::types::S3FilesVolumeConfiguration::root_directory).
    pub fn root_directory(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.root_directory = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`root_directory`](Self::root_directory).
    pub fn set_root_directory(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.root_directory = input;
        self
    }
    /// See [`S3FilesVolumeConfiguration::transit_encryption_port`](crate::types::S3FilesVolumeConfiguration::transit_encryption_port).
    pub fn transit_encryption_port(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.transit_encryption_port = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`transit_encryption_port`](Self::transit_encryption_port).
    pub fn set_transit_encryption_port(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.transit_encryption_port = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::S3FilesVolumeConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::S3FilesVolumeConfiguration {
            access_point_arn: self.access_point_arn,
            file_system_arn: self
                .file_system_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "S3FilesVolumeConfiguration",
                        "file_system_arn",
                    ),
                )?,
            root_directory: self.root_directory,
            transit_encryption_port: self.transit_encryption_port,
        })
    }
}
/// A builder for [`SchedulingPolicyDetail`](crate::types::SchedulingPolicyDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SchedulingPolicyDetailBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) fairshare_policy: ::std::option::Option<crate::types::FairsharePolicy>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) quota_share_policy: ::std::option::Option<crate::types::QuotaSharePolicy>,
}
impl ::std::fmt::Debug for SchedulingPolicyDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SchedulingPolicyDetailBuilder").finish_non_exhaustive()
    }
}
impl SchedulingPolicyDetailBuilder {
    /// See [`SchedulingPolicyDetail::arn`](crate::types::SchedulingPolicyDetail::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// See [`SchedulingPolicyDetail::fairshare_policy`](crate::types::SchedulingPolicyDetail::fairshare_policy).
    pub fn fairshare_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::FairsharePolicy>,
    ) -> Self {
        self.fairshare_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fairshare_policy`](Self::fairshare_policy).
    pub fn set_fairshare_policy(
        mut self,
        input: ::std::option::Option<crate::types::FairsharePolicy>,
    ) -> Self {
        self.fairshare_policy = input;
        self
    }
    /// See [`SchedulingPolicyDetail::name`](crate::types::SchedulingPolicyDetail::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`SchedulingPolicyDetail::tags`](crate::types::SchedulingPolicyDetail::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`SchedulingPolicyDetail::quota_share_policy`](crate::types::SchedulingPolicyDetail::quota_share_policy).
    pub fn quota_share_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePolicy>,
    ) -> Self {
        self.quota_share_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_policy`](Self::quota_share_policy).
    pub fn set_quota_share_policy(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePolicy>,
    ) -> Self {
        self.quota_share_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SchedulingPolicyDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SchedulingPolicyDetail {
            arn: self
                .arn
                .ok_or(
                    crate::runtime::BuildError::missing("SchedulingPolicyDetail", "arn"),
                )?,
            fairshare_policy: self.fairshare_policy,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("SchedulingPolicyDetail", "name"),
                )?,
            tags: self.tags,
            quota_share_policy: self.quota_share_policy,
        })
    }
}
/// A builder for [`SchedulingPolicyListingDetail`](crate::types::SchedulingPolicyListingDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SchedulingPolicyListingDetailBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SchedulingPolicyListingDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SchedulingPolicyListingDetailBuilder").finish_non_exhaustive()
    }
}
impl SchedulingPolicyListingDetailBuilder {
    /// See [`SchedulingPolicyListingDetail::arn`](crate::types::SchedulingPolicyListingDetail::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SchedulingPolicyListingDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SchedulingPolicyListingDetail {
            arn: self
                .arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SchedulingPolicyListingDetail",
                        "arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`Secret`](crate::types::Secret).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SecretBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) value_from: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SecretBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SecretBuilder").finish_non_exhaustive()
    }
}
impl SecretBuilder {
    /// See [`Secret::name`](crate::types::Secret::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`Secret::value_from`](crate::types::Secret::value_from).
    pub fn value_from(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value_from = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value_from`](Self::value_from).
    pub fn set_value_from(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.value_from = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Secret, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Secret {
            name: self
                .name
                .ok_or(crate::runtime::BuildError::missing("Secret", "name"))?,
            value_from: self
                .value_from
                .ok_or(crate::runtime::BuildError::missing("Secret", "value_from"))?,
        })
    }
}
/// A builder for [`ServiceEnvironmentDetail`](crate::types::ServiceEnvironmentDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceEnvironmentDetailBuilder {
    pub(crate) capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapacityLimit>,
    >,
    pub(crate) service_environment_arn: ::std::option::Option<::std::string::String>,
    pub(crate) service_environment_name: ::std::option::Option<::std::string::String>,
    pub(crate) service_environment_type: ::std::option::Option<
        crate::types::ServiceEnvironmentType,
    >,
    pub(crate) state: ::std::option::Option<crate::types::ServiceEnvironmentState>,
    pub(crate) status: ::std::option::Option<crate::types::ServiceEnvironmentStatus>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ServiceEnvironmentDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceEnvironmentDetailBuilder").finish_non_exhaustive()
    }
}
impl ServiceEnvironmentDetailBuilder {
    /// See [`ServiceEnvironmentDetail::capacity_limits`](crate::types::ServiceEnvironmentDetail::capacity_limits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityLimit>,
    ) -> Self {
        self.capacity_limits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::CapacityLimit>>,
    ) -> Self {
        self.capacity_limits = input;
        self
    }
    /// See [`ServiceEnvironmentDetail::service_environment_arn`](crate::types::ServiceEnvironmentDetail::service_environment_arn).
    pub fn service_environment_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_arn`](Self::service_environment_arn).
    pub fn set_service_environment_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment_arn = input;
        self
    }
    /// See [`ServiceEnvironmentDetail::service_environment_name`](crate::types::ServiceEnvironmentDetail::service_environment_name).
    pub fn service_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_name`](Self::service_environment_name).
    pub fn set_service_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment_name = input;
        self
    }
    /// See [`ServiceEnvironmentDetail::service_environment_type`](crate::types::ServiceEnvironmentDetail::service_environment_type).
    pub fn service_environment_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentType>,
    ) -> Self {
        self.service_environment_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_type`](Self::service_environment_type).
    pub fn set_service_environment_type(
        mut self,
        input: ::std::option::Option<crate::types::ServiceEnvironmentType>,
    ) -> Self {
        self.service_environment_type = input;
        self
    }
    /// See [`ServiceEnvironmentDetail::state`](crate::types::ServiceEnvironmentDetail::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::ServiceEnvironmentState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`ServiceEnvironmentDetail::status`](crate::types::ServiceEnvironmentDetail::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ServiceEnvironmentStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`ServiceEnvironmentDetail::tags`](crate::types::ServiceEnvironmentDetail::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceEnvironmentDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceEnvironmentDetail {
            capacity_limits: self
                .capacity_limits
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceEnvironmentDetail",
                        "capacity_limits",
                    ),
                )?,
            service_environment_arn: self
                .service_environment_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceEnvironmentDetail",
                        "service_environment_arn",
                    ),
                )?,
            service_environment_name: self
                .service_environment_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceEnvironmentDetail",
                        "service_environment_name",
                    ),
                )?,
            service_environment_type: self
                .service_environment_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceEnvironmentDetail",
                        "service_environment_type",
                    ),
                )?,
            state: self.state,
            status: self.status,
            tags: self.tags,
        })
    }
}
/// A builder for [`ServiceEnvironmentOrder`](crate::types::ServiceEnvironmentOrder).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceEnvironmentOrderBuilder {
    pub(crate) order: ::std::option::Option<i64>,
    pub(crate) service_environment: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ServiceEnvironmentOrderBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceEnvironmentOrderBuilder").finish_non_exhaustive()
    }
}
impl ServiceEnvironmentOrderBuilder {
    /// See [`ServiceEnvironmentOrder::order`](crate::types::ServiceEnvironmentOrder::order).
    pub fn order(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.order = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`order`](Self::order).
    pub fn set_order(mut self, input: ::std::option::Option<i64>) -> Self {
        self.order = input;
        self
    }
    /// See [`ServiceEnvironmentOrder::service_environment`](crate::types::ServiceEnvironmentOrder::service_environment).
    pub fn service_environment(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment`](Self::service_environment).
    pub fn set_service_environment(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceEnvironmentOrder,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceEnvironmentOrder {
            order: self
                .order
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceEnvironmentOrder",
                        "order",
                    ),
                )?,
            service_environment: self
                .service_environment
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceEnvironmentOrder",
                        "service_environment",
                    ),
                )?,
        })
    }
}
/// A builder for [`ServiceJobAttemptDetail`](crate::types::ServiceJobAttemptDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobAttemptDetailBuilder {
    pub(crate) service_resource_id: ::std::option::Option<
        crate::types::ServiceResourceId,
    >,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ServiceJobAttemptDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobAttemptDetailBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobAttemptDetailBuilder {
    /// See [`ServiceJobAttemptDetail::service_resource_id`](crate::types::ServiceJobAttemptDetail::service_resource_id).
    pub fn service_resource_id(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceResourceId>,
    ) -> Self {
        self.service_resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_resource_id`](Self::service_resource_id).
    pub fn set_service_resource_id(
        mut self,
        input: ::std::option::Option<crate::types::ServiceResourceId>,
    ) -> Self {
        self.service_resource_id = input;
        self
    }
    /// See [`ServiceJobAttemptDetail::started_at`](crate::types::ServiceJobAttemptDetail::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`ServiceJobAttemptDetail::status_reason`](crate::types::ServiceJobAttemptDetail::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`ServiceJobAttemptDetail::stopped_at`](crate::types::ServiceJobAttemptDetail::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobAttemptDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobAttemptDetail {
            service_resource_id: self.service_resource_id,
            started_at: self.started_at,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
        })
    }
}
/// A builder for [`ServiceJobCapacityUsageDetail`](crate::types::ServiceJobCapacityUsageDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobCapacityUsageDetailBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for ServiceJobCapacityUsageDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobCapacityUsageDetailBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobCapacityUsageDetailBuilder {
    /// See [`ServiceJobCapacityUsageDetail::capacity_unit`](crate::types::ServiceJobCapacityUsageDetail::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`ServiceJobCapacityUsageDetail::quantity`](crate::types::ServiceJobCapacityUsageDetail::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<f64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobCapacityUsageDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobCapacityUsageDetail {
            capacity_unit: self.capacity_unit,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`ServiceJobCapacityUsageSummary`](crate::types::ServiceJobCapacityUsageSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobCapacityUsageSummaryBuilder {
    pub(crate) capacity_unit: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for ServiceJobCapacityUsageSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobCapacityUsageSummaryBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobCapacityUsageSummaryBuilder {
    /// See [`ServiceJobCapacityUsageSummary::capacity_unit`](crate::types::ServiceJobCapacityUsageSummary::capacity_unit).
    pub fn capacity_unit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_unit`](Self::capacity_unit).
    pub fn set_capacity_unit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_unit = input;
        self
    }
    /// See [`ServiceJobCapacityUsageSummary::quantity`](crate::types::ServiceJobCapacityUsageSummary::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<f64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobCapacityUsageSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobCapacityUsageSummary {
            capacity_unit: self.capacity_unit,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`ServiceJobEvaluateOnExit`](crate::types::ServiceJobEvaluateOnExit).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobEvaluateOnExitBuilder {
    pub(crate) action: ::std::option::Option<crate::types::ServiceJobRetryAction>,
    pub(crate) on_status_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ServiceJobEvaluateOnExitBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobEvaluateOnExitBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobEvaluateOnExitBuilder {
    /// See [`ServiceJobEvaluateOnExit::action`](crate::types::ServiceJobEvaluateOnExit::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobRetryAction>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobRetryAction>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`ServiceJobEvaluateOnExit::on_status_reason`](crate::types::ServiceJobEvaluateOnExit::on_status_reason).
    pub fn on_status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.on_status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_status_reason`](Self::on_status_reason).
    pub fn set_on_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.on_status_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobEvaluateOnExit,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobEvaluateOnExit {
            action: self.action,
            on_status_reason: self.on_status_reason,
        })
    }
}
/// A builder for [`ServiceJobPreemptedAttempt`](crate::types::ServiceJobPreemptedAttempt).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobPreemptedAttemptBuilder {
    pub(crate) service_resource_id: ::std::option::Option<
        crate::types::ServiceResourceId,
    >,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ServiceJobPreemptedAttemptBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobPreemptedAttemptBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobPreemptedAttemptBuilder {
    /// See [`ServiceJobPreemptedAttempt::service_resource_id`](crate::types::ServiceJobPreemptedAttempt::service_resource_id).
    pub fn service_resource_id(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceResourceId>,
    ) -> Self {
        self.service_resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_resource_id`](Self::service_resource_id).
    pub fn set_service_resource_id(
        mut self,
        input: ::std::option::Option<crate::types::ServiceResourceId>,
    ) -> Self {
        self.service_resource_id = input;
        self
    }
    /// See [`ServiceJobPreemptedAttempt::started_at`](crate::types::ServiceJobPreemptedAttempt::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`ServiceJobPreemptedAttempt::status_reason`](crate::types::ServiceJobPreemptedAttempt::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`ServiceJobPreemptedAttempt::stopped_at`](crate::types::ServiceJobPreemptedAttempt::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobPreemptedAttempt,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobPreemptedAttempt {
            service_resource_id: self.service_resource_id,
            started_at: self.started_at,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
        })
    }
}
/// A builder for [`ServiceJobPreemptionConfiguration`](crate::types::ServiceJobPreemptionConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobPreemptionConfigurationBuilder {
    pub(crate) preemption_retries_before_termination: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ServiceJobPreemptionConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobPreemptionConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl ServiceJobPreemptionConfigurationBuilder {
    /// See [`ServiceJobPreemptionConfiguration::preemption_retries_before_termination`](crate::types::ServiceJobPreemptionConfiguration::preemption_retries_before_termination).
    pub fn preemption_retries_before_termination(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.preemption_retries_before_termination = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`preemption_retries_before_termination`](Self::preemption_retries_before_termination).
    pub fn set_preemption_retries_before_termination(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.preemption_retries_before_termination = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobPreemptionConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobPreemptionConfiguration {
            preemption_retries_before_termination: self
                .preemption_retries_before_termination,
        })
    }
}
/// A builder for [`ServiceJobPreemptionSummary`](crate::types::ServiceJobPreemptionSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobPreemptionSummaryBuilder {
    pub(crate) preempted_attempt_count: ::std::option::Option<i64>,
    pub(crate) recent_preempted_attempts: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobPreemptedAttempt>,
    >,
}
impl ::std::fmt::Debug for ServiceJobPreemptionSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobPreemptionSummaryBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobPreemptionSummaryBuilder {
    /// See [`ServiceJobPreemptionSummary::preempted_attempt_count`](crate::types::ServiceJobPreemptionSummary::preempted_attempt_count).
    pub fn preempted_attempt_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.preempted_attempt_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preempted_attempt_count`](Self::preempted_attempt_count).
    pub fn set_preempted_attempt_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.preempted_attempt_count = input;
        self
    }
    /// See [`ServiceJobPreemptionSummary::recent_preempted_attempts`](crate::types::ServiceJobPreemptionSummary::recent_preempted_attempts).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn recent_preempted_attempts(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobPreemptedAttempt>,
    ) -> Self {
        self.recent_preempted_attempts
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`recent_preempted_attempts`](Self::recent_preempted_attempts).
    pub fn set_recent_preempted_attempts(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceJobPreemptedAttempt>,
        >,
    ) -> Self {
        self.recent_preempted_attempts = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobPreemptionSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobPreemptionSummary {
            preempted_attempt_count: self.preempted_attempt_count,
            recent_preempted_attempts: self.recent_preempted_attempts,
        })
    }
}
/// A builder for [`ServiceJobRetryStrategy`](crate::types::ServiceJobRetryStrategy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobRetryStrategyBuilder {
    pub(crate) attempts: ::std::option::Option<i64>,
    pub(crate) evaluate_on_exit: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobEvaluateOnExit>,
    >,
}
impl ::std::fmt::Debug for ServiceJobRetryStrategyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobRetryStrategyBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobRetryStrategyBuilder {
    /// See [`ServiceJobRetryStrategy::attempts`](crate::types::ServiceJobRetryStrategy::attempts).
    pub fn attempts(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.attempts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attempts`](Self::attempts).
    pub fn set_attempts(mut self, input: ::std::option::Option<i64>) -> Self {
        self.attempts = input;
        self
    }
    /// See [`ServiceJobRetryStrategy::evaluate_on_exit`](crate::types::ServiceJobRetryStrategy::evaluate_on_exit).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn evaluate_on_exit(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobEvaluateOnExit>,
    ) -> Self {
        self.evaluate_on_exit
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`evaluate_on_exit`](Self::evaluate_on_exit).
    pub fn set_evaluate_on_exit(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceJobEvaluateOnExit>,
        >,
    ) -> Self {
        self.evaluate_on_exit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobRetryStrategy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobRetryStrategy {
            attempts: self
                .attempts
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceJobRetryStrategy",
                        "attempts",
                    ),
                )?,
            evaluate_on_exit: self.evaluate_on_exit,
        })
    }
}
/// A builder for [`ServiceJobSummary`](crate::types::ServiceJobSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobSummaryBuilder {
    pub(crate) capacity_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceJobCapacityUsageSummary>,
    >,
    pub(crate) created_at: ::std::option::Option<i64>,
    pub(crate) is_terminated: ::std::option::Option<bool>,
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
    pub(crate) latest_attempt: ::std::option::Option<
        crate::types::LatestServiceJobAttempt,
    >,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
    pub(crate) scheduled_at: ::std::option::Option<i64>,
    pub(crate) service_job_type: ::std::option::Option<crate::types::ServiceJobType>,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) started_at: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<crate::types::ServiceJobStatus>,
    pub(crate) status_reason: ::std::option::Option<::std::string::String>,
    pub(crate) stopped_at: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ServiceJobSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobSummaryBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobSummaryBuilder {
    /// See [`ServiceJobSummary::capacity_usage`](crate::types::ServiceJobSummary::capacity_usage).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobCapacityUsageSummary>,
    ) -> Self {
        self.capacity_usage.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_usage`](Self::capacity_usage).
    pub fn set_capacity_usage(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceJobCapacityUsageSummary>,
        >,
    ) -> Self {
        self.capacity_usage = input;
        self
    }
    /// See [`ServiceJobSummary::created_at`](crate::types::ServiceJobSummary::created_at).
    pub fn created_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.created_at = input;
        self
    }
    /// See [`ServiceJobSummary::is_terminated`](crate::types::ServiceJobSummary::is_terminated).
    pub fn is_terminated(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.is_terminated = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`is_terminated`](Self::is_terminated).
    pub fn set_is_terminated(mut self, input: ::std::option::Option<bool>) -> Self {
        self.is_terminated = input;
        self
    }
    /// See [`ServiceJobSummary::job_arn`](crate::types::ServiceJobSummary::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`ServiceJobSummary::job_id`](crate::types::ServiceJobSummary::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`ServiceJobSummary::job_name`](crate::types::ServiceJobSummary::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// See [`ServiceJobSummary::latest_attempt`](crate::types::ServiceJobSummary::latest_attempt).
    pub fn latest_attempt(
        mut self,
        input: impl ::std::convert::Into<crate::types::LatestServiceJobAttempt>,
    ) -> Self {
        self.latest_attempt = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latest_attempt`](Self::latest_attempt).
    pub fn set_latest_attempt(
        mut self,
        input: ::std::option::Option<crate::types::LatestServiceJobAttempt>,
    ) -> Self {
        self.latest_attempt = input;
        self
    }
    /// See [`ServiceJobSummary::quota_share_name`](crate::types::ServiceJobSummary::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// See [`ServiceJobSummary::scheduled_at`](crate::types::ServiceJobSummary::scheduled_at).
    pub fn scheduled_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduled_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduled_at`](Self::scheduled_at).
    pub fn set_scheduled_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduled_at = input;
        self
    }
    /// See [`ServiceJobSummary::service_job_type`](crate::types::ServiceJobSummary::service_job_type).
    pub fn service_job_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobType>,
    ) -> Self {
        self.service_job_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_job_type`](Self::service_job_type).
    pub fn set_service_job_type(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobType>,
    ) -> Self {
        self.service_job_type = input;
        self
    }
    /// See [`ServiceJobSummary::share_identifier`](crate::types::ServiceJobSummary::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// See [`ServiceJobSummary::started_at`](crate::types::ServiceJobSummary::started_at).
    pub fn started_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.started_at = input;
        self
    }
    /// See [`ServiceJobSummary::status`](crate::types::ServiceJobSummary::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`ServiceJobSummary::status_reason`](crate::types::ServiceJobSummary::status_reason).
    pub fn status_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_reason`](Self::status_reason).
    pub fn set_status_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_reason = input;
        self
    }
    /// See [`ServiceJobSummary::stopped_at`](crate::types::ServiceJobSummary::stopped_at).
    pub fn stopped_at(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stopped_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stopped_at`](Self::stopped_at).
    pub fn set_stopped_at(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stopped_at = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobSummary {
            capacity_usage: self.capacity_usage,
            created_at: self.created_at,
            is_terminated: self.is_terminated,
            job_arn: self.job_arn,
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing("ServiceJobSummary", "job_id"),
                )?,
            job_name: self
                .job_name
                .ok_or(
                    crate::runtime::BuildError::missing("ServiceJobSummary", "job_name"),
                )?,
            latest_attempt: self.latest_attempt,
            quota_share_name: self.quota_share_name,
            scheduled_at: self.scheduled_at,
            service_job_type: self
                .service_job_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ServiceJobSummary",
                        "service_job_type",
                    ),
                )?,
            share_identifier: self.share_identifier,
            started_at: self.started_at,
            status: self.status,
            status_reason: self.status_reason,
            stopped_at: self.stopped_at,
        })
    }
}
/// A builder for [`ServiceJobTimeout`](crate::types::ServiceJobTimeout).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceJobTimeoutBuilder {
    pub(crate) attempt_duration_seconds: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ServiceJobTimeoutBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceJobTimeoutBuilder").finish_non_exhaustive()
    }
}
impl ServiceJobTimeoutBuilder {
    /// See [`ServiceJobTimeout::attempt_duration_seconds`](crate::types::ServiceJobTimeout::attempt_duration_seconds).
    pub fn attempt_duration_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.attempt_duration_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attempt_duration_seconds`](Self::attempt_duration_seconds).
    pub fn set_attempt_duration_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.attempt_duration_seconds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceJobTimeout,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceJobTimeout {
            attempt_duration_seconds: self.attempt_duration_seconds,
        })
    }
}
/// A builder for [`ServiceResourceId`](crate::types::ServiceResourceId).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceResourceIdBuilder {
    pub(crate) name: ::std::option::Option<crate::types::ServiceResourceIdName>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ServiceResourceIdBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceResourceIdBuilder").finish_non_exhaustive()
    }
}
impl ServiceResourceIdBuilder {
    /// See [`ServiceResourceId::name`](crate::types::ServiceResourceId::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceResourceIdName>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<crate::types::ServiceResourceIdName>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`ServiceResourceId::value`](crate::types::ServiceResourceId::value).
    pub fn value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value`](Self::value).
    pub fn set_value(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceResourceId,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceResourceId {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("ServiceResourceId", "name"),
                )?,
            value: self
                .value
                .ok_or(
                    crate::runtime::BuildError::missing("ServiceResourceId", "value"),
                )?,
        })
    }
}
/// A builder for [`ShareAttributes`](crate::types::ShareAttributes).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ShareAttributesBuilder {
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) weight_factor: ::std::option::Option<f32>,
}
impl ::std::fmt::Debug for ShareAttributesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ShareAttributesBuilder").finish_non_exhaustive()
    }
}
impl ShareAttributesBuilder {
    /// See [`ShareAttributes::share_identifier`](crate::types::ShareAttributes::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// See [`ShareAttributes::weight_factor`](crate::types::ShareAttributes::weight_factor).
    pub fn weight_factor(mut self, input: impl ::std::convert::Into<f32>) -> Self {
        self.weight_factor = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`weight_factor`](Self::weight_factor).
    pub fn set_weight_factor(mut self, input: ::std::option::Option<f32>) -> Self {
        self.weight_factor = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ShareAttributes,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ShareAttributes {
            share_identifier: self
                .share_identifier
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ShareAttributes",
                        "share_identifier",
                    ),
                )?,
            weight_factor: self.weight_factor,
        })
    }
}
/// A builder for [`SubmitJobRequest`](crate::types::SubmitJobRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SubmitJobRequestBuilder {
    pub(crate) array_properties: ::std::option::Option<crate::types::ArrayProperties>,
    pub(crate) container_overrides: ::std::option::Option<
        crate::types::ContainerOverrides,
    >,
    pub(crate) depends_on: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobDependency>,
    >,
    pub(crate) eks_properties_override: ::std::option::Option<
        crate::types::EksPropertiesOverride,
    >,
    pub(crate) job_definition: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) node_overrides: ::std::option::Option<crate::types::NodeOverrides>,
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) propagate_tags: ::std::option::Option<bool>,
    pub(crate) retry_strategy: ::std::option::Option<crate::types::RetryStrategy>,
    pub(crate) scheduling_priority_override: ::std::option::Option<i64>,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout: ::std::option::Option<crate::types::JobTimeout>,
    pub(crate) consumable_resource_properties_override: ::std::option::Option<
        crate::types::ConsumableResourceProperties,
    >,
    pub(crate) ecs_properties_override: ::std::option::Option<
        crate::types::EcsPropertiesOverride,
    >,
}
impl ::std::fmt::Debug for SubmitJobRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SubmitJobRequestBuilder").finish_non_exhaustive()
    }
}
impl SubmitJobRequestBuilder {
    /// See [`SubmitJobRequest::array_properties`](crate::types::SubmitJobRequest::array_properties).
    pub fn array_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArrayProperties>,
    ) -> Self {
        self.array_properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`array_properties`](Self::array_properties).
    pub fn set_array_properties(
        mut self,
        input: ::std::option::Option<crate::types::ArrayProperties>,
    ) -> Self {
        self.array_properties = input;
        self
    }
    /// See [`SubmitJobRequest::container_overrides`](crate::types::SubmitJobRequest::container_overrides).
    pub fn container_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContainerOverrides>,
    ) -> Self {
        self.container_overrides = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_overrides`](Self::container_overrides).
    pub fn set_container_overrides(
        mut self,
        input: ::std::option::Option<crate::types::ContainerOverrides>,
    ) -> Self {
        self.container_overrides = input;
        self
    }
    /// See [`SubmitJobRequest::depends_on`](crate::types::SubmitJobRequest::depends_on).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn depends_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobDependency>,
    ) -> Self {
        self.depends_on.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`depends_on`](Self::depends_on).
    pub fn set_depends_on(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JobDependency>>,
    ) -> Self {
        self.depends_on = input;
        self
    }
    /// See [`SubmitJobRequest::eks_properties_override`](crate::types::SubmitJobRequest::eks_properties_override).
    pub fn eks_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksPropertiesOverride>,
    ) -> Self {
        self.eks_properties_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_properties_override`](Self::eks_properties_override).
    pub fn set_eks_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::EksPropertiesOverride>,
    ) -> Self {
        self.eks_properties_override = input;
        self
    }
    /// See [`SubmitJobRequest::job_definition`](crate::types::SubmitJobRequest::job_definition).
    pub fn job_definition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_definition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_definition`](Self::job_definition).
    pub fn set_job_definition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_definition = input;
        self
    }
    /// See [`SubmitJobRequest::job_name`](crate::types::SubmitJobRequest::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// See [`SubmitJobRequest::job_queue`](crate::types::SubmitJobRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`SubmitJobRequest::node_overrides`](crate::types::SubmitJobRequest::node_overrides).
    pub fn node_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeOverrides>,
    ) -> Self {
        self.node_overrides = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_overrides`](Self::node_overrides).
    pub fn set_node_overrides(
        mut self,
        input: ::std::option::Option<crate::types::NodeOverrides>,
    ) -> Self {
        self.node_overrides = input;
        self
    }
    /// See [`SubmitJobRequest::parameters`](crate::types::SubmitJobRequest::parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`SubmitJobRequest::propagate_tags`](crate::types::SubmitJobRequest::propagate_tags).
    pub fn propagate_tags(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(mut self, input: ::std::option::Option<bool>) -> Self {
        self.propagate_tags = input;
        self
    }
    /// See [`SubmitJobRequest::retry_strategy`](crate::types::SubmitJobRequest::retry_strategy).
    pub fn retry_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_strategy`](Self::retry_strategy).
    pub fn set_retry_strategy(
        mut self,
        input: ::std::option::Option<crate::types::RetryStrategy>,
    ) -> Self {
        self.retry_strategy = input;
        self
    }
    /// See [`SubmitJobRequest::scheduling_priority_override`](crate::types::SubmitJobRequest::scheduling_priority_override).
    pub fn scheduling_priority_override(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.scheduling_priority_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_priority_override`](Self::scheduling_priority_override).
    pub fn set_scheduling_priority_override(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.scheduling_priority_override = input;
        self
    }
    /// See [`SubmitJobRequest::share_identifier`](crate::types::SubmitJobRequest::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// See [`SubmitJobRequest::tags`](crate::types::SubmitJobRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`SubmitJobRequest::timeout`](crate::types::SubmitJobRequest::timeout).
    pub fn timeout(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout`](Self::timeout).
    pub fn set_timeout(
        mut self,
        input: ::std::option::Option<crate::types::JobTimeout>,
    ) -> Self {
        self.timeout = input;
        self
    }
    /// See [`SubmitJobRequest::consumable_resource_properties_override`](crate::types::SubmitJobRequest::consumable_resource_properties_override).
    pub fn consumable_resource_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties_override = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`consumable_resource_properties_override`](Self::consumable_resource_properties_override).
    pub fn set_consumable_resource_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::ConsumableResourceProperties>,
    ) -> Self {
        self.consumable_resource_properties_override = input;
        self
    }
    /// See [`SubmitJobRequest::ecs_properties_override`](crate::types::SubmitJobRequest::ecs_properties_override).
    pub fn ecs_properties_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsPropertiesOverride>,
    ) -> Self {
        self.ecs_properties_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_properties_override`](Self::ecs_properties_override).
    pub fn set_ecs_properties_override(
        mut self,
        input: ::std::option::Option<crate::types::EcsPropertiesOverride>,
    ) -> Self {
        self.ecs_properties_override = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SubmitJobRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SubmitJobRequest {
            array_properties: self.array_properties,
            container_overrides: self.container_overrides,
            depends_on: self.depends_on,
            eks_properties_override: self.eks_properties_override,
            job_definition: self
                .job_definition
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SubmitJobRequest",
                        "job_definition",
                    ),
                )?,
            job_name: self
                .job_name
                .ok_or(
                    crate::runtime::BuildError::missing("SubmitJobRequest", "job_name"),
                )?,
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing("SubmitJobRequest", "job_queue"),
                )?,
            node_overrides: self.node_overrides,
            parameters: self.parameters,
            propagate_tags: self.propagate_tags,
            retry_strategy: self.retry_strategy,
            scheduling_priority_override: self.scheduling_priority_override,
            share_identifier: self.share_identifier,
            tags: self.tags,
            timeout: self.timeout,
            consumable_resource_properties_override: self
                .consumable_resource_properties_override,
            ecs_properties_override: self.ecs_properties_override,
        })
    }
}
/// A builder for [`SubmitJobResponse`](crate::types::SubmitJobResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SubmitJobResponseBuilder {
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SubmitJobResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SubmitJobResponseBuilder").finish_non_exhaustive()
    }
}
impl SubmitJobResponseBuilder {
    /// See [`SubmitJobResponse::job_arn`](crate::types::SubmitJobResponse::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`SubmitJobResponse::job_id`](crate::types::SubmitJobResponse::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`SubmitJobResponse::job_name`](crate::types::SubmitJobResponse::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SubmitJobResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SubmitJobResponse {
            job_arn: self.job_arn,
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing("SubmitJobResponse", "job_id"),
                )?,
            job_name: self
                .job_name
                .ok_or(
                    crate::runtime::BuildError::missing("SubmitJobResponse", "job_name"),
                )?,
        })
    }
}
/// A builder for [`SubmitServiceJobRequest`](crate::types::SubmitServiceJobRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SubmitServiceJobRequestBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) preemption_configuration: ::std::option::Option<
        crate::types::ServiceJobPreemptionConfiguration,
    >,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
    pub(crate) retry_strategy: ::std::option::Option<
        crate::types::ServiceJobRetryStrategy,
    >,
    pub(crate) scheduling_priority: ::std::option::Option<i64>,
    pub(crate) service_job_type: ::std::option::Option<crate::types::ServiceJobType>,
    pub(crate) service_request_payload: ::std::option::Option<::std::string::String>,
    pub(crate) share_identifier: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout_config: ::std::option::Option<crate::types::ServiceJobTimeout>,
}
impl ::std::fmt::Debug for SubmitServiceJobRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SubmitServiceJobRequestBuilder").finish_non_exhaustive()
    }
}
impl SubmitServiceJobRequestBuilder {
    /// See [`SubmitServiceJobRequest::client_token`](crate::types::SubmitServiceJobRequest::client_token).
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_token = input;
        self
    }
    /// See [`SubmitServiceJobRequest::job_name`](crate::types::SubmitServiceJobRequest::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// See [`SubmitServiceJobRequest::job_queue`](crate::types::SubmitServiceJobRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`SubmitServiceJobRequest::preemption_configuration`](crate::types::SubmitServiceJobRequest::preemption_configuration).
    pub fn preemption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobPreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preemption_configuration`](Self::preemption_configuration).
    pub fn set_preemption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobPreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = input;
        self
    }
    /// See [`SubmitServiceJobRequest::quota_share_name`](crate::types::SubmitServiceJobRequest::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// See [`SubmitServiceJobRequest::retry_strategy`](crate::types::SubmitServiceJobRequest::retry_strategy).
    pub fn retry_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobRetryStrategy>,
    ) -> Self {
        self.retry_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retry_strategy`](Self::retry_strategy).
    pub fn set_retry_strategy(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobRetryStrategy>,
    ) -> Self {
        self.retry_strategy = input;
        self
    }
    /// See [`SubmitServiceJobRequest::scheduling_priority`](crate::types::SubmitServiceJobRequest::scheduling_priority).
    pub fn scheduling_priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduling_priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_priority`](Self::scheduling_priority).
    pub fn set_scheduling_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduling_priority = input;
        self
    }
    /// See [`SubmitServiceJobRequest::service_job_type`](crate::types::SubmitServiceJobRequest::service_job_type).
    pub fn service_job_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobType>,
    ) -> Self {
        self.service_job_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_job_type`](Self::service_job_type).
    pub fn set_service_job_type(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobType>,
    ) -> Self {
        self.service_job_type = input;
        self
    }
    /// See [`SubmitServiceJobRequest::service_request_payload`](crate::types::SubmitServiceJobRequest::service_request_payload).
    pub fn service_request_payload(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_request_payload = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_request_payload`](Self::service_request_payload).
    pub fn set_service_request_payload(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_request_payload = input;
        self
    }
    /// See [`SubmitServiceJobRequest::share_identifier`](crate::types::SubmitServiceJobRequest::share_identifier).
    pub fn share_identifier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_identifier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`share_identifier`](Self::share_identifier).
    pub fn set_share_identifier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.share_identifier = input;
        self
    }
    /// See [`SubmitServiceJobRequest::tags`](crate::types::SubmitServiceJobRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`SubmitServiceJobRequest::timeout_config`](crate::types::SubmitServiceJobRequest::timeout_config).
    pub fn timeout_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceJobTimeout>,
    ) -> Self {
        self.timeout_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_config`](Self::timeout_config).
    pub fn set_timeout_config(
        mut self,
        input: ::std::option::Option<crate::types::ServiceJobTimeout>,
    ) -> Self {
        self.timeout_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SubmitServiceJobRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SubmitServiceJobRequest {
            client_token: self.client_token,
            job_name: self
                .job_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SubmitServiceJobRequest",
                        "job_name",
                    ),
                )?,
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SubmitServiceJobRequest",
                        "job_queue",
                    ),
                )?,
            preemption_configuration: self.preemption_configuration,
            quota_share_name: self.quota_share_name,
            retry_strategy: self.retry_strategy,
            scheduling_priority: self.scheduling_priority,
            service_job_type: self
                .service_job_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SubmitServiceJobRequest",
                        "service_job_type",
                    ),
                )?,
            service_request_payload: self
                .service_request_payload
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SubmitServiceJobRequest",
                        "service_request_payload",
                    ),
                )?,
            share_identifier: self.share_identifier,
            tags: self.tags,
            timeout_config: self.timeout_config,
        })
    }
}
/// A builder for [`SubmitServiceJobResponse`](crate::types::SubmitServiceJobResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SubmitServiceJobResponseBuilder {
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SubmitServiceJobResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SubmitServiceJobResponseBuilder").finish_non_exhaustive()
    }
}
impl SubmitServiceJobResponseBuilder {
    /// See [`SubmitServiceJobResponse::job_arn`](crate::types::SubmitServiceJobResponse::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`SubmitServiceJobResponse::job_id`](crate::types::SubmitServiceJobResponse::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`SubmitServiceJobResponse::job_name`](crate::types::SubmitServiceJobResponse::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SubmitServiceJobResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SubmitServiceJobResponse {
            job_arn: self.job_arn,
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SubmitServiceJobResponse",
                        "job_id",
                    ),
                )?,
            job_name: self
                .job_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SubmitServiceJobResponse",
                        "job_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`TagResourceRequest`](crate::types::TagResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagResourceRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for TagResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl TagResourceRequestBuilder {
    /// See [`TagResourceRequest::resource_arn`](crate::types::TagResourceRequest::resource_arn).
    pub fn resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_arn`](Self::resource_arn).
    pub fn set_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_arn = input;
        self
    }
    /// See [`TagResourceRequest::tags`](crate::types::TagResourceRequest::tags).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tags(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TagResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TagResourceRequest {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TagResourceRequest",
                        "resource_arn",
                    ),
                )?,
            tags: self
                .tags
                .ok_or(
                    crate::runtime::BuildError::missing("TagResourceRequest", "tags"),
                )?,
        })
    }
}
/// A builder for [`TagResourceResponse`](crate::types::TagResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagResourceResponseBuilder {}
impl ::std::fmt::Debug for TagResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourceResponseBuilder").finish_non_exhaustive()
    }
}
impl TagResourceResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TagResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TagResourceResponse {
        })
    }
}
/// A builder for [`TaskContainerDependency`](crate::types::TaskContainerDependency).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskContainerDependencyBuilder {
    pub(crate) condition: ::std::option::Option<::std::string::String>,
    pub(crate) container_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskContainerDependencyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskContainerDependencyBuilder").finish_non_exhaustive()
    }
}
impl TaskContainerDependencyBuilder {
    /// See [`TaskContainerDependency::condition`](crate::types::TaskContainerDependency::condition).
    pub fn condition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition`](Self::condition).
    pub fn set_condition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition = input;
        self
    }
    /// See [`TaskContainerDependency::container_name`](crate::types::TaskContainerDependency::container_name).
    pub fn container_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_name`](Self::container_name).
    pub fn set_container_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskContainerDependency,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskContainerDependency {
            condition: self.condition,
            container_name: self.container_name,
        })
    }
}
/// A builder for [`TaskContainerDetails`](crate::types::TaskContainerDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskContainerDetailsBuilder {
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) depends_on: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerDependency>,
    >,
    pub(crate) environment: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuePair>,
    >,
    pub(crate) essential: ::std::option::Option<bool>,
    pub(crate) exit_code: ::std::option::Option<i64>,
    pub(crate) firelens_configuration: ::std::option::Option<
        crate::types::FirelensConfiguration,
    >,
    pub(crate) image: ::std::option::Option<::std::string::String>,
    pub(crate) linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    pub(crate) log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    pub(crate) log_stream_name: ::std::option::Option<::std::string::String>,
    pub(crate) mount_points: ::std::option::Option<
        ::std::vec::Vec<crate::types::MountPoint>,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) network_interfaces: ::std::option::Option<
        ::std::vec::Vec<crate::types::NetworkInterface>,
    >,
    pub(crate) privileged: ::std::option::Option<bool>,
    pub(crate) readonly_root_filesystem: ::std::option::Option<bool>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
    pub(crate) resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    pub(crate) secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    pub(crate) start_timeout: ::std::option::Option<i64>,
    pub(crate) stop_timeout: ::std::option::Option<i64>,
    pub(crate) ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    pub(crate) user: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskContainerDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskContainerDetailsBuilder").finish_non_exhaustive()
    }
}
impl TaskContainerDetailsBuilder {
    /// See [`TaskContainerDetails::command`](crate::types::TaskContainerDetails::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`TaskContainerDetails::depends_on`](crate::types::TaskContainerDetails::depends_on).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn depends_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskContainerDependency>,
    ) -> Self {
        self.depends_on.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`depends_on`](Self::depends_on).
    pub fn set_depends_on(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TaskContainerDependency>,
        >,
    ) -> Self {
        self.depends_on = input;
        self
    }
    /// See [`TaskContainerDetails::environment`](crate::types::TaskContainerDetails::environment).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuePair>,
    ) -> Self {
        self.environment.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`TaskContainerDetails::essential`](crate::types::TaskContainerDetails::essential).
    pub fn essential(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.essential = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`essential`](Self::essential).
    pub fn set_essential(mut self, input: ::std::option::Option<bool>) -> Self {
        self.essential = input;
        self
    }
    /// See [`TaskContainerDetails::exit_code`](crate::types::TaskContainerDetails::exit_code).
    pub fn exit_code(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.exit_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exit_code`](Self::exit_code).
    pub fn set_exit_code(mut self, input: ::std::option::Option<i64>) -> Self {
        self.exit_code = input;
        self
    }
    /// See [`TaskContainerDetails::firelens_configuration`](crate::types::TaskContainerDetails::firelens_configuration).
    pub fn firelens_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::FirelensConfiguration>,
    ) -> Self {
        self.firelens_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`firelens_configuration`](Self::firelens_configuration).
    pub fn set_firelens_configuration(
        mut self,
        input: ::std::option::Option<crate::types::FirelensConfiguration>,
    ) -> Self {
        self.firelens_configuration = input;
        self
    }
    /// See [`TaskContainerDetails::image`](crate::types::TaskContainerDetails::image).
    pub fn image(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image`](Self::image).
    pub fn set_image(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image = input;
        self
    }
    /// See [`TaskContainerDetails::linux_parameters`](crate::types::TaskContainerDetails::linux_parameters).
    pub fn linux_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`linux_parameters`](Self::linux_parameters).
    pub fn set_linux_parameters(
        mut self,
        input: ::std::option::Option<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = input;
        self
    }
    /// See [`TaskContainerDetails::log_configuration`](crate::types::TaskContainerDetails::log_configuration).
    pub fn log_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_configuration`](Self::log_configuration).
    pub fn set_log_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = input;
        self
    }
    /// See [`TaskContainerDetails::log_stream_name`](crate::types::TaskContainerDetails::log_stream_name).
    pub fn log_stream_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_stream_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_stream_name`](Self::log_stream_name).
    pub fn set_log_stream_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log_stream_name = input;
        self
    }
    /// See [`TaskContainerDetails::mount_points`](crate::types::TaskContainerDetails::mount_points).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn mount_points(
        mut self,
        input: impl ::std::convert::Into<crate::types::MountPoint>,
    ) -> Self {
        self.mount_points.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`mount_points`](Self::mount_points).
    pub fn set_mount_points(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    ) -> Self {
        self.mount_points = input;
        self
    }
    /// See [`TaskContainerDetails::name`](crate::types::TaskContainerDetails::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`TaskContainerDetails::network_interfaces`](crate::types::TaskContainerDetails::network_interfaces).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn network_interfaces(
        mut self,
        input: impl ::std::convert::Into<crate::types::NetworkInterface>,
    ) -> Self {
        self.network_interfaces
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`network_interfaces`](Self::network_interfaces).
    pub fn set_network_interfaces(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::NetworkInterface>>,
    ) -> Self {
        self.network_interfaces = input;
        self
    }
    /// See [`TaskContainerDetails::privileged`](crate::types::TaskContainerDetails::privileged).
    pub fn privileged(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.privileged = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`privileged`](Self::privileged).
    pub fn set_privileged(mut self, input: ::std::option::Option<bool>) -> Self {
        self.privileged = input;
        self
    }
    /// See [`TaskContainerDetails::readonly_root_filesystem`](crate::types::TaskContainerDetails::readonly_root_filesystem).
    pub fn readonly_root_filesystem(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.readonly_root_filesystem = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`readonly_root_filesystem`](Self::readonly_root_filesystem).
    pub fn set_readonly_root_filesystem(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.readonly_root_filesystem = input;
        self
    }
    /// See [`TaskContainerDetails::reason`](crate::types::TaskContainerDetails::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// See [`TaskContainerDetails::repository_credentials`](crate::types::TaskContainerDetails::repository_credentials).
    pub fn repository_credentials(
        mut self,
        input: impl ::std::convert::Into<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`repository_credentials`](Self::repository_credentials).
    pub fn set_repository_credentials(
        mut self,
        input: ::std::option::Option<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = input;
        self
    }
    /// See [`TaskContainerDetails::resource_requirements`](crate::types::TaskContainerDetails::resource_requirements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceRequirement>,
    ) -> Self {
        self.resource_requirements
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`resource_requirements`](Self::resource_requirements).
    pub fn set_resource_requirements(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourceRequirement>>,
    ) -> Self {
        self.resource_requirements = input;
        self
    }
    /// See [`TaskContainerDetails::secrets`](crate::types::TaskContainerDetails::secrets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn secrets(
        mut self,
        input: impl ::std::convert::Into<crate::types::Secret>,
    ) -> Self {
        self.secrets.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`secrets`](Self::secrets).
    pub fn set_secrets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    ) -> Self {
        self.secrets = input;
        self
    }
    /// See [`TaskContainerDetails::start_timeout`](crate::types::TaskContainerDetails::start_timeout).
    pub fn start_timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.start_timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_timeout`](Self::start_timeout).
    pub fn set_start_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.start_timeout = input;
        self
    }
    /// See [`TaskContainerDetails::stop_timeout`](crate::types::TaskContainerDetails::stop_timeout).
    pub fn stop_timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stop_timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_timeout`](Self::stop_timeout).
    pub fn set_stop_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stop_timeout = input;
        self
    }
    /// See [`TaskContainerDetails::ulimits`](crate::types::TaskContainerDetails::ulimits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ulimits(
        mut self,
        input: impl ::std::convert::Into<crate::types::Ulimit>,
    ) -> Self {
        self.ulimits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ulimits`](Self::ulimits).
    pub fn set_ulimits(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    ) -> Self {
        self.ulimits = input;
        self
    }
    /// See [`TaskContainerDetails::user`](crate::types::TaskContainerDetails::user).
    pub fn user(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`user`](Self::user).
    pub fn set_user(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.user = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskContainerDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskContainerDetails {
            command: self.command,
            depends_on: self.depends_on,
            environment: self.environment,
            essential: self.essential,
            exit_code: self.exit_code,
            firelens_configuration: self.firelens_configuration,
            image: self.image,
            linux_parameters: self.linux_parameters,
            log_configuration: self.log_configuration,
            log_stream_name: self.log_stream_name,
            mount_points: self.mount_points,
            name: self.name,
            network_interfaces: self.network_interfaces,
            privileged: self.privileged,
            readonly_root_filesystem: self.readonly_root_filesystem,
            reason: self.reason,
            repository_credentials: self.repository_credentials,
            resource_requirements: self.resource_requirements,
            secrets: self.secrets,
            start_timeout: self.start_timeout,
            stop_timeout: self.stop_timeout,
            ulimits: self.ulimits,
            user: self.user,
        })
    }
}
/// A builder for [`TaskContainerOverrides`](crate::types::TaskContainerOverrides).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskContainerOverridesBuilder {
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) environment: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuePair>,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
}
impl ::std::fmt::Debug for TaskContainerOverridesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskContainerOverridesBuilder").finish_non_exhaustive()
    }
}
impl TaskContainerOverridesBuilder {
    /// See [`TaskContainerOverrides::command`](crate::types::TaskContainerOverrides::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`TaskContainerOverrides::environment`](crate::types::TaskContainerOverrides::environment).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuePair>,
    ) -> Self {
        self.environment.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`TaskContainerOverrides::name`](crate::types::TaskContainerOverrides::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`TaskContainerOverrides::resource_requirements`](crate::types::TaskContainerOverrides::resource_requirements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceRequirement>,
    ) -> Self {
        self.resource_requirements
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`resource_requirements`](Self::resource_requirements).
    pub fn set_resource_requirements(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourceRequirement>>,
    ) -> Self {
        self.resource_requirements = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskContainerOverrides,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskContainerOverrides {
            command: self.command,
            environment: self.environment,
            name: self.name,
            resource_requirements: self.resource_requirements,
        })
    }
}
/// A builder for [`TaskContainerProperties`](crate::types::TaskContainerProperties).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskContainerPropertiesBuilder {
    pub(crate) command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) depends_on: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerDependency>,
    >,
    pub(crate) environment: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeyValuePair>,
    >,
    pub(crate) essential: ::std::option::Option<bool>,
    pub(crate) firelens_configuration: ::std::option::Option<
        crate::types::FirelensConfiguration,
    >,
    pub(crate) image: ::std::option::Option<::std::string::String>,
    pub(crate) linux_parameters: ::std::option::Option<crate::types::LinuxParameters>,
    pub(crate) log_configuration: ::std::option::Option<crate::types::LogConfiguration>,
    pub(crate) mount_points: ::std::option::Option<
        ::std::vec::Vec<crate::types::MountPoint>,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) privileged: ::std::option::Option<bool>,
    pub(crate) readonly_root_filesystem: ::std::option::Option<bool>,
    pub(crate) repository_credentials: ::std::option::Option<
        crate::types::RepositoryCredentials,
    >,
    pub(crate) resource_requirements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceRequirement>,
    >,
    pub(crate) secrets: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    pub(crate) start_timeout: ::std::option::Option<i64>,
    pub(crate) stop_timeout: ::std::option::Option<i64>,
    pub(crate) ulimits: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    pub(crate) user: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaskContainerPropertiesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskContainerPropertiesBuilder").finish_non_exhaustive()
    }
}
impl TaskContainerPropertiesBuilder {
    /// See [`TaskContainerProperties::command`](crate::types::TaskContainerProperties::command).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn command(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`command`](Self::command).
    pub fn set_command(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = input;
        self
    }
    /// See [`TaskContainerProperties::depends_on`](crate::types::TaskContainerProperties::depends_on).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn depends_on(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskContainerDependency>,
    ) -> Self {
        self.depends_on.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`depends_on`](Self::depends_on).
    pub fn set_depends_on(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TaskContainerDependency>,
        >,
    ) -> Self {
        self.depends_on = input;
        self
    }
    /// See [`TaskContainerProperties::environment`](crate::types::TaskContainerProperties::environment).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn environment(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyValuePair>,
    ) -> Self {
        self.environment.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`environment`](Self::environment).
    pub fn set_environment(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeyValuePair>>,
    ) -> Self {
        self.environment = input;
        self
    }
    /// See [`TaskContainerProperties::essential`](crate::types::TaskContainerProperties::essential).
    pub fn essential(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.essential = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`essential`](Self::essential).
    pub fn set_essential(mut self, input: ::std::option::Option<bool>) -> Self {
        self.essential = input;
        self
    }
    /// See [`TaskContainerProperties::firelens_configuration`](crate::types::TaskContainerProperties::firelens_configuration).
    pub fn firelens_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::FirelensConfiguration>,
    ) -> Self {
        self.firelens_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`firelens_configuration`](Self::firelens_configuration).
    pub fn set_firelens_configuration(
        mut self,
        input: ::std::option::Option<crate::types::FirelensConfiguration>,
    ) -> Self {
        self.firelens_configuration = input;
        self
    }
    /// See [`TaskContainerProperties::image`](crate::types::TaskContainerProperties::image).
    pub fn image(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`image`](Self::image).
    pub fn set_image(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.image = input;
        self
    }
    /// See [`TaskContainerProperties::linux_parameters`](crate::types::TaskContainerProperties::linux_parameters).
    pub fn linux_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`linux_parameters`](Self::linux_parameters).
    pub fn set_linux_parameters(
        mut self,
        input: ::std::option::Option<crate::types::LinuxParameters>,
    ) -> Self {
        self.linux_parameters = input;
        self
    }
    /// See [`TaskContainerProperties::log_configuration`](crate::types::TaskContainerProperties::log_configuration).
    pub fn log_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log_configuration`](Self::log_configuration).
    pub fn set_log_configuration(
        mut self,
        input: ::std::option::Option<crate::types::LogConfiguration>,
    ) -> Self {
        self.log_configuration = input;
        self
    }
    /// See [`TaskContainerProperties::mount_points`](crate::types::TaskContainerProperties::mount_points).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn mount_points(
        mut self,
        input: impl ::std::convert::Into<crate::types::MountPoint>,
    ) -> Self {
        self.mount_points.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`mount_points`](Self::mount_points).
    pub fn set_mount_points(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::MountPoint>>,
    ) -> Self {
        self.mount_points = input;
        self
    }
    /// See [`TaskContainerProperties::name`](crate::types::TaskContainerProperties::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`TaskContainerProperties::privileged`](crate::types::TaskContainerProperties::privileged).
    pub fn privileged(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.privileged = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`privileged`](Self::privileged).
    pub fn set_privileged(mut self, input: ::std::option::Option<bool>) -> Self {
        self.privileged = input;
        self
    }
    /// See [`TaskContainerProperties::readonly_root_filesystem`](crate::types::TaskContainerProperties::readonly_root_filesystem).
    pub fn readonly_root_filesystem(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.readonly_root_filesystem = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`readonly_root_filesystem`](Self::readonly_root_filesystem).
    pub fn set_readonly_root_filesystem(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.readonly_root_filesystem = input;
        self
    }
    /// See [`TaskContainerProperties::repository_credentials`](crate::types::TaskContainerProperties::repository_credentials).
    pub fn repository_credentials(
        mut self,
        input: impl ::std::convert::Into<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`repository_credentials`](Self::repository_credentials).
    pub fn set_repository_credentials(
        mut self,
        input: ::std::option::Option<crate::types::RepositoryCredentials>,
    ) -> Self {
        self.repository_credentials = input;
        self
    }
    /// See [`TaskContainerProperties::resource_requirements`](crate::types::TaskContainerProperties::resource_requirements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_requirements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceRequirement>,
    ) -> Self {
        self.resource_requirements
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`resource_requirements`](Self::resource_requirements).
    pub fn set_resource_requirements(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourceRequirement>>,
    ) -> Self {
        self.resource_requirements = input;
        self
    }
    /// See [`TaskContainerProperties::secrets`](crate::types::TaskContainerProperties::secrets).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn secrets(
        mut self,
        input: impl ::std::convert::Into<crate::types::Secret>,
    ) -> Self {
        self.secrets.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`secrets`](Self::secrets).
    pub fn set_secrets(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Secret>>,
    ) -> Self {
        self.secrets = input;
        self
    }
    /// See [`TaskContainerProperties::start_timeout`](crate::types::TaskContainerProperties::start_timeout).
    pub fn start_timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.start_timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_timeout`](Self::start_timeout).
    pub fn set_start_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.start_timeout = input;
        self
    }
    /// See [`TaskContainerProperties::stop_timeout`](crate::types::TaskContainerProperties::stop_timeout).
    pub fn stop_timeout(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.stop_timeout = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_timeout`](Self::stop_timeout).
    pub fn set_stop_timeout(mut self, input: ::std::option::Option<i64>) -> Self {
        self.stop_timeout = input;
        self
    }
    /// See [`TaskContainerProperties::ulimits`](crate::types::TaskContainerProperties::ulimits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ulimits(
        mut self,
        input: impl ::std::convert::Into<crate::types::Ulimit>,
    ) -> Self {
        self.ulimits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ulimits`](Self::ulimits).
    pub fn set_ulimits(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Ulimit>>,
    ) -> Self {
        self.ulimits = input;
        self
    }
    /// See [`TaskContainerProperties::user`](crate::types::TaskContainerProperties::user).
    pub fn user(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`user`](Self::user).
    pub fn set_user(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.user = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskContainerProperties,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskContainerProperties {
            command: self.command,
            depends_on: self.depends_on,
            environment: self.environment,
            essential: self.essential,
            firelens_configuration: self.firelens_configuration,
            image: self
                .image
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TaskContainerProperties",
                        "image",
                    ),
                )?,
            linux_parameters: self.linux_parameters,
            log_configuration: self.log_configuration,
            mount_points: self.mount_points,
            name: self.name,
            privileged: self.privileged,
            readonly_root_filesystem: self.readonly_root_filesystem,
            repository_credentials: self.repository_credentials,
            resource_requirements: self.resource_requirements,
            secrets: self.secrets,
            start_timeout: self.start_timeout,
            stop_timeout: self.stop_timeout,
            ulimits: self.ulimits,
            user: self.user,
        })
    }
}
/// A builder for [`TaskPropertiesOverride`](crate::types::TaskPropertiesOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaskPropertiesOverrideBuilder {
    pub(crate) containers: ::std::option::Option<
        ::std::vec::Vec<crate::types::TaskContainerOverrides>,
    >,
}
impl ::std::fmt::Debug for TaskPropertiesOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskPropertiesOverrideBuilder").finish_non_exhaustive()
    }
}
impl TaskPropertiesOverrideBuilder {
    /// See [`TaskPropertiesOverride::containers`](crate::types::TaskPropertiesOverride::containers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn containers(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaskContainerOverrides>,
    ) -> Self {
        self.containers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`containers`](Self::containers).
    pub fn set_containers(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TaskContainerOverrides>,
        >,
    ) -> Self {
        self.containers = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TaskPropertiesOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TaskPropertiesOverride {
            containers: self.containers,
        })
    }
}
/// A builder for [`TerminateJobRequest`](crate::types::TerminateJobRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateJobRequestBuilder {
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TerminateJobRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateJobRequestBuilder").finish_non_exhaustive()
    }
}
impl TerminateJobRequestBuilder {
    /// See [`TerminateJobRequest::job_id`](crate::types::TerminateJobRequest::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`TerminateJobRequest::reason`](crate::types::TerminateJobRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateJobRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateJobRequest {
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing("TerminateJobRequest", "job_id"),
                )?,
            reason: self
                .reason
                .ok_or(
                    crate::runtime::BuildError::missing("TerminateJobRequest", "reason"),
                )?,
        })
    }
}
/// A builder for [`TerminateJobResponse`](crate::types::TerminateJobResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateJobResponseBuilder {}
impl ::std::fmt::Debug for TerminateJobResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateJobResponseBuilder").finish_non_exhaustive()
    }
}
impl TerminateJobResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateJobResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateJobResponse {
        })
    }
}
/// A builder for [`TerminateJobsErrorDetail`](crate::types::TerminateJobsErrorDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateJobsErrorDetailBuilder {
    pub(crate) code: ::std::option::Option<::std::string::String>,
    pub(crate) job: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TerminateJobsErrorDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateJobsErrorDetailBuilder").finish_non_exhaustive()
    }
}
impl TerminateJobsErrorDetailBuilder {
    /// See [`TerminateJobsErrorDetail::code`](crate::types::TerminateJobsErrorDetail::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`TerminateJobsErrorDetail::job`](crate::types::TerminateJobsErrorDetail::job).
    pub fn job(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job`](Self::job).
    pub fn set_job(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job = input;
        self
    }
    /// See [`TerminateJobsErrorDetail::message`](crate::types::TerminateJobsErrorDetail::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateJobsErrorDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateJobsErrorDetail {
            code: self
                .code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateJobsErrorDetail",
                        "code",
                    ),
                )?,
            job: self
                .job
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateJobsErrorDetail",
                        "job",
                    ),
                )?,
            message: self
                .message
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateJobsErrorDetail",
                        "message",
                    ),
                )?,
        })
    }
}
/// A builder for [`TerminateJobsRequest`](crate::types::TerminateJobsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateJobsRequestBuilder {
    pub(crate) jobs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TerminateJobsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateJobsRequestBuilder").finish_non_exhaustive()
    }
}
impl TerminateJobsRequestBuilder {
    /// See [`TerminateJobsRequest::jobs`](crate::types::TerminateJobsRequest::jobs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn jobs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.jobs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`jobs`](Self::jobs).
    pub fn set_jobs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.jobs = input;
        self
    }
    /// See [`TerminateJobsRequest::reason`](crate::types::TerminateJobsRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateJobsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateJobsRequest {
            jobs: self
                .jobs
                .ok_or(
                    crate::runtime::BuildError::missing("TerminateJobsRequest", "jobs"),
                )?,
            reason: self
                .reason
                .ok_or(
                    crate::runtime::BuildError::missing("TerminateJobsRequest", "reason"),
                )?,
        })
    }
}
/// A builder for [`TerminateJobsResponse`](crate::types::TerminateJobsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateJobsResponseBuilder {
    pub(crate) errors: ::std::option::Option<
        ::std::vec::Vec<crate::types::TerminateJobsErrorDetail>,
    >,
    pub(crate) successful: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for TerminateJobsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateJobsResponseBuilder").finish_non_exhaustive()
    }
}
impl TerminateJobsResponseBuilder {
    /// See [`TerminateJobsResponse::errors`](crate::types::TerminateJobsResponse::errors).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn errors(
        mut self,
        input: impl ::std::convert::Into<crate::types::TerminateJobsErrorDetail>,
    ) -> Self {
        self.errors.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`errors`](Self::errors).
    pub fn set_errors(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TerminateJobsErrorDetail>,
        >,
    ) -> Self {
        self.errors = input;
        self
    }
    /// See [`TerminateJobsResponse::successful`](crate::types::TerminateJobsResponse::successful).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn successful(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.successful.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`successful`](Self::successful).
    pub fn set_successful(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.successful = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateJobsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateJobsResponse {
            errors: self
                .errors
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateJobsResponse",
                        "errors",
                    ),
                )?,
            successful: self
                .successful
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateJobsResponse",
                        "successful",
                    ),
                )?,
        })
    }
}
/// A builder for [`TerminateServiceJobRequest`](crate::types::TerminateServiceJobRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateServiceJobRequestBuilder {
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TerminateServiceJobRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateServiceJobRequestBuilder").finish_non_exhaustive()
    }
}
impl TerminateServiceJobRequestBuilder {
    /// See [`TerminateServiceJobRequest::job_id`](crate::types::TerminateServiceJobRequest::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`TerminateServiceJobRequest::reason`](crate::types::TerminateServiceJobRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateServiceJobRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateServiceJobRequest {
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobRequest",
                        "job_id",
                    ),
                )?,
            reason: self
                .reason
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobRequest",
                        "reason",
                    ),
                )?,
        })
    }
}
/// A builder for [`TerminateServiceJobResponse`](crate::types::TerminateServiceJobResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateServiceJobResponseBuilder {}
impl ::std::fmt::Debug for TerminateServiceJobResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateServiceJobResponseBuilder").finish_non_exhaustive()
    }
}
impl TerminateServiceJobResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateServiceJobResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateServiceJobResponse {
        })
    }
}
/// A builder for [`TerminateServiceJobsErrorDetail`](crate::types::TerminateServiceJobsErrorDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateServiceJobsErrorDetailBuilder {
    pub(crate) code: ::std::option::Option<::std::string::String>,
    pub(crate) job: ::std::option::Option<::std::string::String>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TerminateServiceJobsErrorDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateServiceJobsErrorDetailBuilder").finish_non_exhaustive()
    }
}
impl TerminateServiceJobsErrorDetailBuilder {
    /// See [`TerminateServiceJobsErrorDetail::code`](crate::types::TerminateServiceJobsErrorDetail::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`TerminateServiceJobsErrorDetail::job`](crate::types::TerminateServiceJobsErrorDetail::job).
    pub fn job(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job`](Self::job).
    pub fn set_job(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job = input;
        self
    }
    /// See [`TerminateServiceJobsErrorDetail::message`](crate::types::TerminateServiceJobsErrorDetail::message).
    pub fn message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`message`](Self::message).
    pub fn set_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateServiceJobsErrorDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateServiceJobsErrorDetail {
            code: self
                .code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobsErrorDetail",
                        "code",
                    ),
                )?,
            job: self
                .job
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobsErrorDetail",
                        "job",
                    ),
                )?,
            message: self
                .message
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobsErrorDetail",
                        "message",
                    ),
                )?,
        })
    }
}
/// A builder for [`TerminateServiceJobsRequest`](crate::types::TerminateServiceJobsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateServiceJobsRequestBuilder {
    pub(crate) jobs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TerminateServiceJobsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateServiceJobsRequestBuilder").finish_non_exhaustive()
    }
}
impl TerminateServiceJobsRequestBuilder {
    /// See [`TerminateServiceJobsRequest::jobs`](crate::types::TerminateServiceJobsRequest::jobs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn jobs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.jobs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`jobs`](Self::jobs).
    pub fn set_jobs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.jobs = input;
        self
    }
    /// See [`TerminateServiceJobsRequest::reason`](crate::types::TerminateServiceJobsRequest::reason).
    pub fn reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reason`](Self::reason).
    pub fn set_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateServiceJobsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateServiceJobsRequest {
            jobs: self
                .jobs
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobsRequest",
                        "jobs",
                    ),
                )?,
            reason: self
                .reason
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobsRequest",
                        "reason",
                    ),
                )?,
        })
    }
}
/// A builder for [`TerminateServiceJobsResponse`](crate::types::TerminateServiceJobsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TerminateServiceJobsResponseBuilder {
    pub(crate) errors: ::std::option::Option<
        ::std::vec::Vec<crate::types::TerminateServiceJobsErrorDetail>,
    >,
    pub(crate) successful: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for TerminateServiceJobsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TerminateServiceJobsResponseBuilder").finish_non_exhaustive()
    }
}
impl TerminateServiceJobsResponseBuilder {
    /// See [`TerminateServiceJobsResponse::errors`](crate::types::TerminateServiceJobsResponse::errors).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn errors(
        mut self,
        input: impl ::std::convert::Into<crate::types::TerminateServiceJobsErrorDetail>,
    ) -> Self {
        self.errors.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`errors`](Self::errors).
    pub fn set_errors(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::TerminateServiceJobsErrorDetail>,
        >,
    ) -> Self {
        self.errors = input;
        self
    }
    /// See [`TerminateServiceJobsResponse::successful`](crate::types::TerminateServiceJobsResponse::successful).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn successful(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.successful.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`successful`](Self::successful).
    pub fn set_successful(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.successful = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TerminateServiceJobsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TerminateServiceJobsResponse {
            errors: self
                .errors
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobsResponse",
                        "errors",
                    ),
                )?,
            successful: self
                .successful
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TerminateServiceJobsResponse",
                        "successful",
                    ),
                )?,
        })
    }
}
/// A builder for [`Tmpfs`](crate::types::Tmpfs).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TmpfsBuilder {
    pub(crate) container_path: ::std::option::Option<::std::string::String>,
    pub(crate) mount_options: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) size: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for TmpfsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TmpfsBuilder").finish_non_exhaustive()
    }
}
impl TmpfsBuilder {
    /// See [`Tmpfs::container_path`](crate::types::Tmpfs::container_path).
    pub fn container_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`container_path`](Self::container_path).
    pub fn set_container_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.container_path = input;
        self
    }
    /// See [`Tmpfs::mount_options`](crate::types::Tmpfs::mount_options).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn mount_options(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mount_options.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`mount_options`](Self::mount_options).
    pub fn set_mount_options(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.mount_options = input;
        self
    }
    /// See [`Tmpfs::size`](crate::types::Tmpfs::size).
    pub fn size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size`](Self::size).
    pub fn set_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.size = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Tmpfs, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Tmpfs {
            container_path: self
                .container_path
                .ok_or(crate::runtime::BuildError::missing("Tmpfs", "container_path"))?,
            mount_options: self.mount_options,
            size: self.size.ok_or(crate::runtime::BuildError::missing("Tmpfs", "size"))?,
        })
    }
}
/// A builder for [`Ulimit`](crate::types::Ulimit).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UlimitBuilder {
    pub(crate) hard_limit: ::std::option::Option<i64>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) soft_limit: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for UlimitBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UlimitBuilder").finish_non_exhaustive()
    }
}
impl UlimitBuilder {
    /// See [`Ulimit::hard_limit`](crate::types::Ulimit::hard_limit).
    pub fn hard_limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.hard_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`hard_limit`](Self::hard_limit).
    pub fn set_hard_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.hard_limit = input;
        self
    }
    /// See [`Ulimit::name`](crate::types::Ulimit::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`Ulimit::soft_limit`](crate::types::Ulimit::soft_limit).
    pub fn soft_limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.soft_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`soft_limit`](Self::soft_limit).
    pub fn set_soft_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.soft_limit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Ulimit, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Ulimit {
            hard_limit: self
                .hard_limit
                .ok_or(crate::runtime::BuildError::missing("Ulimit", "hard_limit"))?,
            name: self
                .name
                .ok_or(crate::runtime::BuildError::missing("Ulimit", "name"))?,
            soft_limit: self
                .soft_limit
                .ok_or(crate::runtime::BuildError::missing("Ulimit", "soft_limit"))?,
        })
    }
}
/// A builder for [`UntagResourceRequest`](crate::types::UntagResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagResourceRequestBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for UntagResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl UntagResourceRequestBuilder {
    /// See [`UntagResourceRequest::resource_arn`](crate::types::UntagResourceRequest::resource_arn).
    pub fn resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_arn`](Self::resource_arn).
    pub fn set_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_arn = input;
        self
    }
    /// See [`UntagResourceRequest::tag_keys`](crate::types::UntagResourceRequest::tag_keys).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tag_keys(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag_keys.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tag_keys`](Self::tag_keys).
    pub fn set_tag_keys(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.tag_keys = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UntagResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UntagResourceRequest {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagResourceRequest",
                        "resource_arn",
                    ),
                )?,
            tag_keys: self
                .tag_keys
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagResourceRequest",
                        "tag_keys",
                    ),
                )?,
        })
    }
}
/// A builder for [`UntagResourceResponse`](crate::types::UntagResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagResourceResponseBuilder {}
impl ::std::fmt::Debug for UntagResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceResponseBuilder").finish_non_exhaustive()
    }
}
impl UntagResourceResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UntagResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UntagResourceResponse {
        })
    }
}
/// A builder for [`UpdateComputeEnvironmentRequest`](crate::types::UpdateComputeEnvironmentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateComputeEnvironmentRequestBuilder {
    pub(crate) compute_environment: ::std::option::Option<::std::string::String>,
    pub(crate) compute_resources: ::std::option::Option<
        crate::types::ComputeResourceUpdate,
    >,
    pub(crate) service_role: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::CeState>,
    pub(crate) unmanagedv_cpus: ::std::option::Option<i64>,
    pub(crate) update_policy: ::std::option::Option<crate::types::UpdatePolicy>,
    pub(crate) context: ::std::option::Option<::std::string::String>,
    pub(crate) ecs_settings: ::std::option::Option<crate::types::EcsSettings>,
    pub(crate) eks_configuration: ::std::option::Option<
        crate::types::EksConfigurationUpdate,
    >,
}
impl ::std::fmt::Debug for UpdateComputeEnvironmentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateComputeEnvironmentRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateComputeEnvironmentRequestBuilder {
    /// See [`UpdateComputeEnvironmentRequest::compute_environment`](crate::types::UpdateComputeEnvironmentRequest::compute_environment).
    pub fn compute_environment(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment`](Self::compute_environment).
    pub fn set_compute_environment(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::compute_resources`](crate::types::UpdateComputeEnvironmentRequest::compute_resources).
    pub fn compute_resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeResourceUpdate>,
    ) -> Self {
        self.compute_resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_resources`](Self::compute_resources).
    pub fn set_compute_resources(
        mut self,
        input: ::std::option::Option<crate::types::ComputeResourceUpdate>,
    ) -> Self {
        self.compute_resources = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::service_role`](crate::types::UpdateComputeEnvironmentRequest::service_role).
    pub fn service_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_role`](Self::service_role).
    pub fn set_service_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_role = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::state`](crate::types::UpdateComputeEnvironmentRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::CeState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::CeState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::unmanagedv_cpus`](crate::types::UpdateComputeEnvironmentRequest::unmanagedv_cpus).
    pub fn unmanagedv_cpus(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.unmanagedv_cpus = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unmanagedv_cpus`](Self::unmanagedv_cpus).
    pub fn set_unmanagedv_cpus(mut self, input: ::std::option::Option<i64>) -> Self {
        self.unmanagedv_cpus = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::update_policy`](crate::types::UpdateComputeEnvironmentRequest::update_policy).
    pub fn update_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdatePolicy>,
    ) -> Self {
        self.update_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_policy`](Self::update_policy).
    pub fn set_update_policy(
        mut self,
        input: ::std::option::Option<crate::types::UpdatePolicy>,
    ) -> Self {
        self.update_policy = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::context`](crate::types::UpdateComputeEnvironmentRequest::context).
    pub fn context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`context`](Self::context).
    pub fn set_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.context = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::ecs_settings`](crate::types::UpdateComputeEnvironmentRequest::ecs_settings).
    pub fn ecs_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::EcsSettings>,
    ) -> Self {
        self.ecs_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ecs_settings`](Self::ecs_settings).
    pub fn set_ecs_settings(
        mut self,
        input: ::std::option::Option<crate::types::EcsSettings>,
    ) -> Self {
        self.ecs_settings = input;
        self
    }
    /// See [`UpdateComputeEnvironmentRequest::eks_configuration`](crate::types::UpdateComputeEnvironmentRequest::eks_configuration).
    pub fn eks_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksConfigurationUpdate>,
    ) -> Self {
        self.eks_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`eks_configuration`](Self::eks_configuration).
    pub fn set_eks_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EksConfigurationUpdate>,
    ) -> Self {
        self.eks_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateComputeEnvironmentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateComputeEnvironmentRequest {
            compute_environment: self
                .compute_environment
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateComputeEnvironmentRequest",
                        "compute_environment",
                    ),
                )?,
            compute_resources: self.compute_resources,
            service_role: self.service_role,
            state: self.state,
            unmanagedv_cpus: self.unmanagedv_cpus,
            update_policy: self.update_policy,
            context: self.context,
            ecs_settings: self.ecs_settings,
            eks_configuration: self.eks_configuration,
        })
    }
}
/// A builder for [`UpdateComputeEnvironmentResponse`](crate::types::UpdateComputeEnvironmentResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateComputeEnvironmentResponseBuilder {
    pub(crate) compute_environment_arn: ::std::option::Option<::std::string::String>,
    pub(crate) compute_environment_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateComputeEnvironmentResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateComputeEnvironmentResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateComputeEnvironmentResponseBuilder {
    /// See [`UpdateComputeEnvironmentResponse::compute_environment_arn`](crate::types::UpdateComputeEnvironmentResponse::compute_environment_arn).
    pub fn compute_environment_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment_arn`](Self::compute_environment_arn).
    pub fn set_compute_environment_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment_arn = input;
        self
    }
    /// See [`UpdateComputeEnvironmentResponse::compute_environment_name`](crate::types::UpdateComputeEnvironmentResponse::compute_environment_name).
    pub fn compute_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_environment_name`](Self::compute_environment_name).
    pub fn set_compute_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.compute_environment_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateComputeEnvironmentResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateComputeEnvironmentResponse {
            compute_environment_arn: self.compute_environment_arn,
            compute_environment_name: self.compute_environment_name,
        })
    }
}
/// A builder for [`UpdateConsumableResourceRequest`](crate::types::UpdateConsumableResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateConsumableResourceRequestBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource: ::std::option::Option<::std::string::String>,
    pub(crate) operation: ::std::option::Option<::std::string::String>,
    pub(crate) quantity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for UpdateConsumableResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateConsumableResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateConsumableResourceRequestBuilder {
    /// See [`UpdateConsumableResourceRequest::client_token`](crate::types::UpdateConsumableResourceRequest::client_token).
    pub fn client_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_token`](Self::client_token).
    pub fn set_client_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_token = input;
        self
    }
    /// See [`UpdateConsumableResourceRequest::consumable_resource`](crate::types::UpdateConsumableResourceRequest::consumable_resource).
    pub fn consumable_resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource`](Self::consumable_resource).
    pub fn set_consumable_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource = input;
        self
    }
    /// See [`UpdateConsumableResourceRequest::operation`](crate::types::UpdateConsumableResourceRequest::operation).
    pub fn operation(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operation = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`operation`](Self::operation).
    pub fn set_operation(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.operation = input;
        self
    }
    /// See [`UpdateConsumableResourceRequest::quantity`](crate::types::UpdateConsumableResourceRequest::quantity).
    pub fn quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quantity`](Self::quantity).
    pub fn set_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateConsumableResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateConsumableResourceRequest {
            client_token: self.client_token,
            consumable_resource: self
                .consumable_resource
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateConsumableResourceRequest",
                        "consumable_resource",
                    ),
                )?,
            operation: self.operation,
            quantity: self.quantity,
        })
    }
}
/// A builder for [`UpdateConsumableResourceResponse`](crate::types::UpdateConsumableResourceResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateConsumableResourceResponseBuilder {
    pub(crate) consumable_resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) consumable_resource_name: ::std::option::Option<::std::string::String>,
    pub(crate) total_quantity: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for UpdateConsumableResourceResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateConsumableResourceResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateConsumableResourceResponseBuilder {
    /// See [`UpdateConsumableResourceResponse::consumable_resource_arn`](crate::types::UpdateConsumableResourceResponse::consumable_resource_arn).
    pub fn consumable_resource_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_arn`](Self::consumable_resource_arn).
    pub fn set_consumable_resource_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_arn = input;
        self
    }
    /// See [`UpdateConsumableResourceResponse::consumable_resource_name`](crate::types::UpdateConsumableResourceResponse::consumable_resource_name).
    pub fn consumable_resource_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumable_resource_name`](Self::consumable_resource_name).
    pub fn set_consumable_resource_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.consumable_resource_name = input;
        self
    }
    /// See [`UpdateConsumableResourceResponse::total_quantity`](crate::types::UpdateConsumableResourceResponse::total_quantity).
    pub fn total_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_quantity`](Self::total_quantity).
    pub fn set_total_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_quantity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateConsumableResourceResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateConsumableResourceResponse {
            consumable_resource_arn: self
                .consumable_resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateConsumableResourceResponse",
                        "consumable_resource_arn",
                    ),
                )?,
            consumable_resource_name: self
                .consumable_resource_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateConsumableResourceResponse",
                        "consumable_resource_name",
                    ),
                )?,
            total_quantity: self.total_quantity,
        })
    }
}
/// A builder for [`UpdateJobQueueRequest`](crate::types::UpdateJobQueueRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateJobQueueRequestBuilder {
    pub(crate) compute_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
    >,
    pub(crate) job_queue: ::std::option::Option<::std::string::String>,
    pub(crate) priority: ::std::option::Option<i64>,
    pub(crate) scheduling_policy_arn: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::JqState>,
    pub(crate) job_state_time_limit_actions: ::std::option::Option<
        ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
    >,
    pub(crate) service_environment_order: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
    >,
}
impl ::std::fmt::Debug for UpdateJobQueueRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateJobQueueRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateJobQueueRequestBuilder {
    /// See [`UpdateJobQueueRequest::compute_environment_order`](crate::types::UpdateJobQueueRequest::compute_environment_order).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeEnvironmentOrder>,
    ) -> Self {
        self.compute_environment_order
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compute_environment_order`](Self::compute_environment_order).
    pub fn set_compute_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ComputeEnvironmentOrder>,
        >,
    ) -> Self {
        self.compute_environment_order = input;
        self
    }
    /// See [`UpdateJobQueueRequest::job_queue`](crate::types::UpdateJobQueueRequest::job_queue).
    pub fn job_queue(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue`](Self::job_queue).
    pub fn set_job_queue(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue = input;
        self
    }
    /// See [`UpdateJobQueueRequest::priority`](crate::types::UpdateJobQueueRequest::priority).
    pub fn priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`priority`](Self::priority).
    pub fn set_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.priority = input;
        self
    }
    /// See [`UpdateJobQueueRequest::scheduling_policy_arn`](crate::types::UpdateJobQueueRequest::scheduling_policy_arn).
    pub fn scheduling_policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scheduling_policy_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_policy_arn`](Self::scheduling_policy_arn).
    pub fn set_scheduling_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.scheduling_policy_arn = input;
        self
    }
    /// See [`UpdateJobQueueRequest::state`](crate::types::UpdateJobQueueRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::JqState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::JqState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// See [`UpdateJobQueueRequest::job_state_time_limit_actions`](crate::types::UpdateJobQueueRequest::job_state_time_limit_actions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_state_time_limit_actions(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobStateTimeLimitAction>,
    ) -> Self {
        self.job_state_time_limit_actions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`job_state_time_limit_actions`](Self::job_state_time_limit_actions).
    pub fn set_job_state_time_limit_actions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::JobStateTimeLimitAction>,
        >,
    ) -> Self {
        self.job_state_time_limit_actions = input;
        self
    }
    /// See [`UpdateJobQueueRequest::service_environment_order`](crate::types::UpdateJobQueueRequest::service_environment_order).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn service_environment_order(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentOrder>,
    ) -> Self {
        self.service_environment_order
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`service_environment_order`](Self::service_environment_order).
    pub fn set_service_environment_order(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceEnvironmentOrder>,
        >,
    ) -> Self {
        self.service_environment_order = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateJobQueueRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateJobQueueRequest {
            compute_environment_order: self.compute_environment_order,
            job_queue: self
                .job_queue
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateJobQueueRequest",
                        "job_queue",
                    ),
                )?,
            priority: self.priority,
            scheduling_policy_arn: self.scheduling_policy_arn,
            state: self.state,
            job_state_time_limit_actions: self.job_state_time_limit_actions,
            service_environment_order: self.service_environment_order,
        })
    }
}
/// A builder for [`UpdateJobQueueResponse`](crate::types::UpdateJobQueueResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateJobQueueResponseBuilder {
    pub(crate) job_queue_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_queue_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateJobQueueResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateJobQueueResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateJobQueueResponseBuilder {
    /// See [`UpdateJobQueueResponse::job_queue_arn`](crate::types::UpdateJobQueueResponse::job_queue_arn).
    pub fn job_queue_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_arn`](Self::job_queue_arn).
    pub fn set_job_queue_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_arn = input;
        self
    }
    /// See [`UpdateJobQueueResponse::job_queue_name`](crate::types::UpdateJobQueueResponse::job_queue_name).
    pub fn job_queue_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_queue_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_queue_name`](Self::job_queue_name).
    pub fn set_job_queue_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_queue_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateJobQueueResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateJobQueueResponse {
            job_queue_arn: self.job_queue_arn,
            job_queue_name: self.job_queue_name,
        })
    }
}
/// A builder for [`UpdateManagedInstancesProviderConfiguration`](crate::types::UpdateManagedInstancesProviderConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateManagedInstancesProviderConfigurationBuilder {
    pub(crate) infrastructure_optimization: ::std::option::Option<
        crate::types::InfrastructureOptimization,
    >,
    pub(crate) infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) instance_launch_template: ::std::option::Option<
        crate::types::InstanceLaunchTemplateUpdate,
    >,
    pub(crate) propagate_tags: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateManagedInstancesProviderConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateManagedInstancesProviderConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateManagedInstancesProviderConfigurationBuilder {
    /// See [`UpdateManagedInstancesProviderConfiguration::infrastructure_optimization`](crate::types::UpdateManagedInstancesProviderConfiguration::infrastructure_optimization).
    pub fn infrastructure_optimization(
        mut self,
        input: impl ::std::convert::Into<crate::types::InfrastructureOptimization>,
    ) -> Self {
        self.infrastructure_optimization = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`infrastructure_optimization`](Self::infrastructure_optimization).
    pub fn set_infrastructure_optimization(
        mut self,
        input: ::std::option::Option<crate::types::InfrastructureOptimization>,
    ) -> Self {
        self.infrastructure_optimization = input;
        self
    }
    /// See [`UpdateManagedInstancesProviderConfiguration::infrastructure_role_arn`](crate::types::UpdateManagedInstancesProviderConfiguration::infrastructure_role_arn).
    pub fn infrastructure_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.infrastructure_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`infrastructure_role_arn`](Self::infrastructure_role_arn).
    pub fn set_infrastructure_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.infrastructure_role_arn = input;
        self
    }
    /// See [`UpdateManagedInstancesProviderConfiguration::instance_launch_template`](crate::types::UpdateManagedInstancesProviderConfiguration::instance_launch_template).
    pub fn instance_launch_template(
        mut self,
        input: impl ::std::convert::Into<crate::types::InstanceLaunchTemplateUpdate>,
    ) -> Self {
        self.instance_launch_template = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`instance_launch_template`](Self::instance_launch_template).
    pub fn set_instance_launch_template(
        mut self,
        input: ::std::option::Option<crate::types::InstanceLaunchTemplateUpdate>,
    ) -> Self {
        self.instance_launch_template = input;
        self
    }
    /// See [`UpdateManagedInstancesProviderConfiguration::propagate_tags`](crate::types::UpdateManagedInstancesProviderConfiguration::propagate_tags).
    pub fn propagate_tags(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.propagate_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`propagate_tags`](Self::propagate_tags).
    pub fn set_propagate_tags(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.propagate_tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateManagedInstancesProviderConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateManagedInstancesProviderConfiguration {
            infrastructure_optimization: self.infrastructure_optimization,
            infrastructure_role_arn: self.infrastructure_role_arn,
            instance_launch_template: self.instance_launch_template,
            propagate_tags: self.propagate_tags,
        })
    }
}
/// A builder for [`UpdatePolicy`](crate::types::UpdatePolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdatePolicyBuilder {
    pub(crate) job_execution_timeout_minutes: ::std::option::Option<i64>,
    pub(crate) terminate_jobs_on_update: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for UpdatePolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdatePolicyBuilder").finish_non_exhaustive()
    }
}
impl UpdatePolicyBuilder {
    /// See [`UpdatePolicy::job_execution_timeout_minutes`](crate::types::UpdatePolicy::job_execution_timeout_minutes).
    pub fn job_execution_timeout_minutes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.job_execution_timeout_minutes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_execution_timeout_minutes`](Self::job_execution_timeout_minutes).
    pub fn set_job_execution_timeout_minutes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.job_execution_timeout_minutes = input;
        self
    }
    /// See [`UpdatePolicy::terminate_jobs_on_update`](crate::types::UpdatePolicy::terminate_jobs_on_update).
    pub fn terminate_jobs_on_update(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.terminate_jobs_on_update = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`terminate_jobs_on_update`](Self::terminate_jobs_on_update).
    pub fn set_terminate_jobs_on_update(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.terminate_jobs_on_update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::UpdatePolicy, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::UpdatePolicy {
            job_execution_timeout_minutes: self.job_execution_timeout_minutes,
            terminate_jobs_on_update: self.terminate_jobs_on_update,
        })
    }
}
/// A builder for [`UpdateQuotaShareRequest`](crate::types::UpdateQuotaShareRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateQuotaShareRequestBuilder {
    pub(crate) capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
    >,
    pub(crate) preemption_configuration: ::std::option::Option<
        crate::types::QuotaSharePreemptionConfiguration,
    >,
    pub(crate) quota_share_arn: ::std::option::Option<::std::string::String>,
    pub(crate) resource_sharing_configuration: ::std::option::Option<
        crate::types::QuotaShareResourceSharingConfiguration,
    >,
    pub(crate) state: ::std::option::Option<crate::types::QuotaShareState>,
}
impl ::std::fmt::Debug for UpdateQuotaShareRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateQuotaShareRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateQuotaShareRequestBuilder {
    /// See [`UpdateQuotaShareRequest::capacity_limits`](crate::types::UpdateQuotaShareRequest::capacity_limits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareCapacityLimit>,
    ) -> Self {
        self.capacity_limits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::QuotaShareCapacityLimit>,
        >,
    ) -> Self {
        self.capacity_limits = input;
        self
    }
    /// See [`UpdateQuotaShareRequest::preemption_configuration`](crate::types::UpdateQuotaShareRequest::preemption_configuration).
    pub fn preemption_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preemption_configuration`](Self::preemption_configuration).
    pub fn set_preemption_configuration(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePreemptionConfiguration>,
    ) -> Self {
        self.preemption_configuration = input;
        self
    }
    /// See [`UpdateQuotaShareRequest::quota_share_arn`](crate::types::UpdateQuotaShareRequest::quota_share_arn).
    pub fn quota_share_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_arn`](Self::quota_share_arn).
    pub fn set_quota_share_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = input;
        self
    }
    /// See [`UpdateQuotaShareRequest::resource_sharing_configuration`](crate::types::UpdateQuotaShareRequest::resource_sharing_configuration).
    pub fn resource_sharing_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_sharing_configuration`](Self::resource_sharing_configuration).
    pub fn set_resource_sharing_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::QuotaShareResourceSharingConfiguration,
        >,
    ) -> Self {
        self.resource_sharing_configuration = input;
        self
    }
    /// See [`UpdateQuotaShareRequest::state`](crate::types::UpdateQuotaShareRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::QuotaShareState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateQuotaShareRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateQuotaShareRequest {
            capacity_limits: self.capacity_limits,
            preemption_configuration: self.preemption_configuration,
            quota_share_arn: self
                .quota_share_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateQuotaShareRequest",
                        "quota_share_arn",
                    ),
                )?,
            resource_sharing_configuration: self.resource_sharing_configuration,
            state: self.state,
        })
    }
}
/// A builder for [`UpdateQuotaShareResponse`](crate::types::UpdateQuotaShareResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateQuotaShareResponseBuilder {
    pub(crate) quota_share_arn: ::std::option::Option<::std::string::String>,
    pub(crate) quota_share_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateQuotaShareResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateQuotaShareResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateQuotaShareResponseBuilder {
    /// See [`UpdateQuotaShareResponse::quota_share_arn`](crate::types::UpdateQuotaShareResponse::quota_share_arn).
    pub fn quota_share_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_arn`](Self::quota_share_arn).
    pub fn set_quota_share_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_arn = input;
        self
    }
    /// See [`UpdateQuotaShareResponse::quota_share_name`](crate::types::UpdateQuotaShareResponse::quota_share_name).
    pub fn quota_share_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quota_share_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_name`](Self::quota_share_name).
    pub fn set_quota_share_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quota_share_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateQuotaShareResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateQuotaShareResponse {
            quota_share_arn: self.quota_share_arn,
            quota_share_name: self.quota_share_name,
        })
    }
}
/// A builder for [`UpdateSchedulingPolicyRequest`](crate::types::UpdateSchedulingPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateSchedulingPolicyRequestBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) fairshare_policy: ::std::option::Option<crate::types::FairsharePolicy>,
    pub(crate) quota_share_policy: ::std::option::Option<crate::types::QuotaSharePolicy>,
}
impl ::std::fmt::Debug for UpdateSchedulingPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateSchedulingPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateSchedulingPolicyRequestBuilder {
    /// See [`UpdateSchedulingPolicyRequest::arn`](crate::types::UpdateSchedulingPolicyRequest::arn).
    pub fn arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`arn`](Self::arn).
    pub fn set_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.arn = input;
        self
    }
    /// See [`UpdateSchedulingPolicyRequest::fairshare_policy`](crate::types::UpdateSchedulingPolicyRequest::fairshare_policy).
    pub fn fairshare_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::FairsharePolicy>,
    ) -> Self {
        self.fairshare_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fairshare_policy`](Self::fairshare_policy).
    pub fn set_fairshare_policy(
        mut self,
        input: ::std::option::Option<crate::types::FairsharePolicy>,
    ) -> Self {
        self.fairshare_policy = input;
        self
    }
    /// See [`UpdateSchedulingPolicyRequest::quota_share_policy`](crate::types::UpdateSchedulingPolicyRequest::quota_share_policy).
    pub fn quota_share_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSharePolicy>,
    ) -> Self {
        self.quota_share_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota_share_policy`](Self::quota_share_policy).
    pub fn set_quota_share_policy(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSharePolicy>,
    ) -> Self {
        self.quota_share_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateSchedulingPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateSchedulingPolicyRequest {
            arn: self
                .arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateSchedulingPolicyRequest",
                        "arn",
                    ),
                )?,
            fairshare_policy: self.fairshare_policy,
            quota_share_policy: self.quota_share_policy,
        })
    }
}
/// A builder for [`UpdateSchedulingPolicyResponse`](crate::types::UpdateSchedulingPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateSchedulingPolicyResponseBuilder {}
impl ::std::fmt::Debug for UpdateSchedulingPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateSchedulingPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateSchedulingPolicyResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateSchedulingPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateSchedulingPolicyResponse {
        })
    }
}
/// A builder for [`UpdateServiceEnvironmentRequest`](crate::types::UpdateServiceEnvironmentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateServiceEnvironmentRequestBuilder {
    pub(crate) capacity_limits: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapacityLimit>,
    >,
    pub(crate) service_environment: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<crate::types::ServiceEnvironmentState>,
}
impl ::std::fmt::Debug for UpdateServiceEnvironmentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateServiceEnvironmentRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateServiceEnvironmentRequestBuilder {
    /// See [`UpdateServiceEnvironmentRequest::capacity_limits`](crate::types::UpdateServiceEnvironmentRequest::capacity_limits).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capacity_limits(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityLimit>,
    ) -> Self {
        self.capacity_limits.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capacity_limits`](Self::capacity_limits).
    pub fn set_capacity_limits(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::CapacityLimit>>,
    ) -> Self {
        self.capacity_limits = input;
        self
    }
    /// See [`UpdateServiceEnvironmentRequest::service_environment`](crate::types::UpdateServiceEnvironmentRequest::service_environment).
    pub fn service_environment(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment`](Self::service_environment).
    pub fn set_service_environment(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment = input;
        self
    }
    /// See [`UpdateServiceEnvironmentRequest::state`](crate::types::UpdateServiceEnvironmentRequest::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceEnvironmentState>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<crate::types::ServiceEnvironmentState>,
    ) -> Self {
        self.state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateServiceEnvironmentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateServiceEnvironmentRequest {
            capacity_limits: self.capacity_limits,
            service_environment: self
                .service_environment
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateServiceEnvironmentRequest",
                        "service_environment",
                    ),
                )?,
            state: self.state,
        })
    }
}
/// A builder for [`UpdateServiceEnvironmentResponse`](crate::types::UpdateServiceEnvironmentResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateServiceEnvironmentResponseBuilder {
    pub(crate) service_environment_arn: ::std::option::Option<::std::string::String>,
    pub(crate) service_environment_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateServiceEnvironmentResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateServiceEnvironmentResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateServiceEnvironmentResponseBuilder {
    /// See [`UpdateServiceEnvironmentResponse::service_environment_arn`](crate::types::UpdateServiceEnvironmentResponse::service_environment_arn).
    pub fn service_environment_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_arn`](Self::service_environment_arn).
    pub fn set_service_environment_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment_arn = input;
        self
    }
    /// See [`UpdateServiceEnvironmentResponse::service_environment_name`](crate::types::UpdateServiceEnvironmentResponse::service_environment_name).
    pub fn service_environment_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_environment_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_environment_name`](Self::service_environment_name).
    pub fn set_service_environment_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_environment_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateServiceEnvironmentResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateServiceEnvironmentResponse {
            service_environment_arn: self
                .service_environment_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateServiceEnvironmentResponse",
                        "service_environment_arn",
                    ),
                )?,
            service_environment_name: self
                .service_environment_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateServiceEnvironmentResponse",
                        "service_environment_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateServiceJobRequest`](crate::types::UpdateServiceJobRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateServiceJobRequestBuilder {
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) scheduling_priority: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for UpdateServiceJobRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateServiceJobRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateServiceJobRequestBuilder {
    /// See [`UpdateServiceJobRequest::job_id`](crate::types::UpdateServiceJobRequest::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`UpdateServiceJobRequest::scheduling_priority`](crate::types::UpdateServiceJobRequest::scheduling_priority).
    pub fn scheduling_priority(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scheduling_priority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduling_priority`](Self::scheduling_priority).
    pub fn set_scheduling_priority(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scheduling_priority = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateServiceJobRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateServiceJobRequest {
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateServiceJobRequest",
                        "job_id",
                    ),
                )?,
            scheduling_priority: self
                .scheduling_priority
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateServiceJobRequest",
                        "scheduling_priority",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateServiceJobResponse`](crate::types::UpdateServiceJobResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateServiceJobResponseBuilder {
    pub(crate) job_arn: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateServiceJobResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateServiceJobResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateServiceJobResponseBuilder {
    /// See [`UpdateServiceJobResponse::job_arn`](crate::types::UpdateServiceJobResponse::job_arn).
    pub fn job_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_arn`](Self::job_arn).
    pub fn set_job_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_arn = input;
        self
    }
    /// See [`UpdateServiceJobResponse::job_id`](crate::types::UpdateServiceJobResponse::job_id).
    pub fn job_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_id`](Self::job_id).
    pub fn set_job_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_id = input;
        self
    }
    /// See [`UpdateServiceJobResponse::job_name`](crate::types::UpdateServiceJobResponse::job_name).
    pub fn job_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_name`](Self::job_name).
    pub fn set_job_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateServiceJobResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateServiceJobResponse {
            job_arn: self.job_arn,
            job_id: self.job_id,
            job_name: self.job_name,
        })
    }
}
/// A builder for [`Volume`](crate::types::Volume).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VolumeBuilder {
    pub(crate) efs_volume_configuration: ::std::option::Option<
        crate::types::EfsVolumeConfiguration,
    >,
    pub(crate) host: ::std::option::Option<crate::types::Host>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) s3files_volume_configuration: ::std::option::Option<
        crate::types::S3FilesVolumeConfiguration,
    >,
}
impl ::std::fmt::Debug for VolumeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VolumeBuilder").finish_non_exhaustive()
    }
}
impl VolumeBuilder {
    /// See [`Volume::efs_volume_configuration`](crate::types::Volume::efs_volume_configuration).
    pub fn efs_volume_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EfsVolumeConfiguration>,
    ) -> Self {
        self.efs_volume_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`efs_volume_configuration`](Self::efs_volume_configuration).
    pub fn set_efs_volume_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EfsVolumeConfiguration>,
    ) -> Self {
        self.efs_volume_configuration = input;
        self
    }
    /// See [`Volume::host`](crate::types::Volume::host).
    pub fn host(mut self, input: impl ::std::convert::Into<crate::types::Host>) -> Self {
        self.host = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`host`](Self::host).
    pub fn set_host(mut self, input: ::std::option::Option<crate::types::Host>) -> Self {
        self.host = input;
        self
    }
    /// See [`Volume::name`](crate::types::Volume::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`Volume::s3files_volume_configuration`](crate::types::Volume::s3files_volume_configuration).
    pub fn s3files_volume_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3FilesVolumeConfiguration>,
    ) -> Self {
        self.s3files_volume_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3files_volume_configuration`](Self::s3files_volume_configuration).
    pub fn set_s3files_volume_configuration(
        mut self,
        input: ::std::option::Option<crate::types::S3FilesVolumeConfiguration>,
    ) -> Self {
        self.s3files_volume_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Volume, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Volume {
            efs_volume_configuration: self.efs_volume_configuration,
            host: self.host,
            name: self.name,
            s3files_volume_configuration: self.s3files_volume_configuration,
        })
    }
}
