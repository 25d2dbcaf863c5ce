//! Builders for the structures in [`types`](crate::types).
/// A builder for [`ArchivalSummary`](crate::types::ArchivalSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArchivalSummaryBuilder {
    pub(crate) archival_backup_arn: ::std::option::Option<::std::string::String>,
    pub(crate) archival_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) archival_reason: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ArchivalSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArchivalSummaryBuilder").finish_non_exhaustive()
    }
}
impl ArchivalSummaryBuilder {
    /// See [`ArchivalSummary::archival_backup_arn`](crate::types::ArchivalSummary::archival_backup_arn).
    pub fn archival_backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archival_backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archival_backup_arn`](Self::archival_backup_arn).
    pub fn set_archival_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archival_backup_arn = input;
        self
    }
    /// See [`ArchivalSummary::archival_date_time`](crate::types::ArchivalSummary::archival_date_time).
    pub fn archival_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.archival_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archival_date_time`](Self::archival_date_time).
    pub fn set_archival_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.archival_date_time = input;
        self
    }
    /// See [`ArchivalSummary::archival_reason`](crate::types::ArchivalSummary::archival_reason).
    pub fn archival_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archival_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archival_reason`](Self::archival_reason).
    pub fn set_archival_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archival_reason = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArchivalSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArchivalSummary {
            archival_backup_arn: self.archival_backup_arn,
            archival_date_time: self.archival_date_time,
            archival_reason: self.archival_reason,
        })
    }
}
/// A builder for [`AttributeDefinition`](crate::types::AttributeDefinition).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AttributeDefinitionBuilder {
    pub(crate) attribute_name: ::std::option::Option<::std::string::String>,
    pub(crate) attribute_type: ::std::option::Option<crate::types::ScalarAttributeType>,
}
impl ::std::fmt::Debug for AttributeDefinitionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttributeDefinitionBuilder").finish_non_exhaustive()
    }
}
impl AttributeDefinitionBuilder {
    /// See [`AttributeDefinition::attribute_name`](crate::types::AttributeDefinition::attribute_name).
    pub fn attribute_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attribute_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute_name`](Self::attribute_name).
    pub fn set_attribute_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.attribute_name = input;
        self
    }
    /// See [`AttributeDefinition::attribute_type`](crate::types::AttributeDefinition::attribute_type).
    pub fn attribute_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScalarAttributeType>,
    ) -> Self {
        self.attribute_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute_type`](Self::attribute_type).
    pub fn set_attribute_type(
        mut self,
        input: ::std::option::Option<crate::types::ScalarAttributeType>,
    ) -> Self {
        self.attribute_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AttributeDefinition,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AttributeDefinition {
            attribute_name: self
                .attribute_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AttributeDefinition",
                        "attribute_name",
                    ),
                )?,
            attribute_type: self
                .attribute_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AttributeDefinition",
                        "attribute_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`AttributeValue`](crate::types::AttributeValue).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AttributeValueBuilder {
    pub(crate) b: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) bool: ::std::option::Option<bool>,
    pub(crate) bs: ::std::option::Option<::std::vec::Vec<crate::runtime::Blob>>,
    pub(crate) l: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    pub(crate) m: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) n: ::std::option::Option<::std::string::String>,
    pub(crate) ns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) null: ::std::option::Option<bool>,
    pub(crate) s: ::std::option::Option<::std::string::String>,
    pub(crate) ss: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for AttributeValueBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttributeValueBuilder").finish_non_exhaustive()
    }
}
impl AttributeValueBuilder {
    /// See [`AttributeValue::b`](crate::types::AttributeValue::b).
    pub fn b(mut self, input: impl ::std::convert::Into<crate::runtime::Blob>) -> Self {
        self.b = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`b`](Self::b).
    pub fn set_b(mut self, input: ::std::option::Option<crate::runtime::Blob>) -> Self {
        self.b = input;
        self
    }
    /// See [`AttributeValue::bool`](crate::types::AttributeValue::bool).
    pub fn bool(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.bool = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bool`](Self::bool).
    pub fn set_bool(mut self, input: ::std::option::Option<bool>) -> Self {
        self.bool = input;
        self
    }
    /// See [`AttributeValue::bs`](crate::types::AttributeValue::bs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn bs(mut self, input: impl ::std::convert::Into<crate::runtime::Blob>) -> Self {
        self.bs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`bs`](Self::bs).
    pub fn set_bs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::runtime::Blob>>,
    ) -> Self {
        self.bs = input;
        self
    }
    /// See [`AttributeValue::l`](crate::types::AttributeValue::l).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn l(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.l.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`l`](Self::l).
    pub fn set_l(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.l = input;
        self
    }
    /// See [`AttributeValue::m`](crate::types::AttributeValue::m).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn m(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.m
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`m`](Self::m).
    pub fn set_m(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.m = input;
        self
    }
    /// See [`AttributeValue::n`](crate::types::AttributeValue::n).
    pub fn n(mut self, input: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.n = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`n`](Self::n).
    pub fn set_n(mut self, input: ::std::option::Option<::std::string::String>) -> Self {
        self.n = input;
        self
    }
    /// See [`AttributeValue::ns`](crate::types::AttributeValue::ns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ns`](Self::ns).
    pub fn set_ns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ns = input;
        self
    }
    /// See [`AttributeValue::null`](crate::types::AttributeValue::null).
    pub fn null(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.null = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`null`](Self::null).
    pub fn set_null(mut self, input: ::std::option::Option<bool>) -> Self {
        self.null = input;
        self
    }
    /// See [`AttributeValue::s`](crate::types::AttributeValue::s).
    pub fn s(mut self, input: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.s = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s`](Self::s).
    pub fn set_s(mut self, input: ::std::option::Option<::std::string::String>) -> Self {
        self.s = input;
        self
    }
    /// See [`AttributeValue::ss`](crate::types::AttributeValue::ss).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ss(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ss.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ss`](Self::ss).
    pub fn set_ss(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ss = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AttributeValue,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AttributeValue {
            b: self.b,
            bool: self.bool,
            bs: self.bs,
            l: self.l,
            m: self.m,
            n: self.n,
            ns: self.ns,
            null: self.null,
            s: self.s,
            ss: self.ss,
        })
    }
}
/// A builder for [`AttributeValueUpdate`](crate::types::AttributeValueUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AttributeValueUpdateBuilder {
    pub(crate) action: ::std::option::Option<crate::types::AttributeAction>,
    pub(crate) value: ::std::option::Option<crate::types::AttributeValue>,
}
impl ::std::fmt::Debug for AttributeValueUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AttributeValueUpdateBuilder").finish_non_exhaustive()
    }
}
impl AttributeValueUpdateBuilder {
    /// See [`AttributeValueUpdate::action`](crate::types::AttributeValueUpdate::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeAction>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<crate::types::AttributeAction>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`AttributeValueUpdate::value`](crate::types::AttributeValueUpdate::value).
    pub fn value(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value`](Self::value).
    pub fn set_value(
        mut self,
        input: ::std::option::Option<crate::types::AttributeValue>,
    ) -> Self {
        self.value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AttributeValueUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AttributeValueUpdate {
            action: self.action,
            value: self.value,
        })
    }
}
/// A builder for [`AutoScalingPolicyDescription`](crate::types::AutoScalingPolicyDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AutoScalingPolicyDescriptionBuilder {
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
    pub(crate) target_tracking_scaling_policy_configuration: ::std::option::Option<
        crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription,
    >,
}
impl ::std::fmt::Debug for AutoScalingPolicyDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AutoScalingPolicyDescriptionBuilder").finish_non_exhaustive()
    }
}
impl AutoScalingPolicyDescriptionBuilder {
    /// See [`AutoScalingPolicyDescription::policy_name`](crate::types::AutoScalingPolicyDescription::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
        self
    }
    /// See [`AutoScalingPolicyDescription::target_tracking_scaling_policy_configuration`](crate::types::AutoScalingPolicyDescription::target_tracking_scaling_policy_configuration).
    pub fn target_tracking_scaling_policy_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription,
        >,
    ) -> Self {
        self.target_tracking_scaling_policy_configuration = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`target_tracking_scaling_policy_configuration`](Self::target_tracking_scaling_policy_configuration).
    pub fn set_target_tracking_scaling_policy_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription,
        >,
    ) -> Self {
        self.target_tracking_scaling_policy_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AutoScalingPolicyDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AutoScalingPolicyDescription {
            policy_name: self.policy_name,
            target_tracking_scaling_policy_configuration: self
                .target_tracking_scaling_policy_configuration,
        })
    }
}
/// A builder for [`AutoScalingPolicyUpdate`](crate::types::AutoScalingPolicyUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AutoScalingPolicyUpdateBuilder {
    pub(crate) policy_name: ::std::option::Option<::std::string::String>,
    pub(crate) target_tracking_scaling_policy_configuration: ::std::option::Option<
        crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
    >,
}
impl ::std::fmt::Debug for AutoScalingPolicyUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AutoScalingPolicyUpdateBuilder").finish_non_exhaustive()
    }
}
impl AutoScalingPolicyUpdateBuilder {
    /// See [`AutoScalingPolicyUpdate::policy_name`](crate::types::AutoScalingPolicyUpdate::policy_name).
    pub fn policy_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_name`](Self::policy_name).
    pub fn set_policy_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_name = input;
        self
    }
    /// See [`AutoScalingPolicyUpdate::target_tracking_scaling_policy_configuration`](crate::types::AutoScalingPolicyUpdate::target_tracking_scaling_policy_configuration).
    pub fn target_tracking_scaling_policy_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
        >,
    ) -> Self {
        self.target_tracking_scaling_policy_configuration = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`target_tracking_scaling_policy_configuration`](Self::target_tracking_scaling_policy_configuration).
    pub fn set_target_tracking_scaling_policy_configuration(
        mut self,
        input: ::std::option::Option<
            crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
        >,
    ) -> Self {
        self.target_tracking_scaling_policy_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AutoScalingPolicyUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AutoScalingPolicyUpdate {
            policy_name: self.policy_name,
            target_tracking_scaling_policy_configuration: self
                .target_tracking_scaling_policy_configuration
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AutoScalingPolicyUpdate",
                        "target_tracking_scaling_policy_configuration",
                    ),
                )?,
        })
    }
}
/// A builder for [`AutoScalingSettingsDescription`](crate::types::AutoScalingSettingsDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AutoScalingSettingsDescriptionBuilder {
    pub(crate) auto_scaling_disabled: ::std::option::Option<bool>,
    pub(crate) auto_scaling_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) maximum_units: ::std::option::Option<i64>,
    pub(crate) minimum_units: ::std::option::Option<i64>,
    pub(crate) scaling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AutoScalingPolicyDescription>,
    >,
}
impl ::std::fmt::Debug for AutoScalingSettingsDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AutoScalingSettingsDescriptionBuilder").finish_non_exhaustive()
    }
}
impl AutoScalingSettingsDescriptionBuilder {
    /// See [`AutoScalingSettingsDescription::auto_scaling_disabled`](crate::types::AutoScalingSettingsDescription::auto_scaling_disabled).
    pub fn auto_scaling_disabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.auto_scaling_disabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auto_scaling_disabled`](Self::auto_scaling_disabled).
    pub fn set_auto_scaling_disabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.auto_scaling_disabled = input;
        self
    }
    /// See [`AutoScalingSettingsDescription::auto_scaling_role_arn`](crate::types::AutoScalingSettingsDescription::auto_scaling_role_arn).
    pub fn auto_scaling_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_scaling_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auto_scaling_role_arn`](Self::auto_scaling_role_arn).
    pub fn set_auto_scaling_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.auto_scaling_role_arn = input;
        self
    }
    /// See [`AutoScalingSettingsDescription::maximum_units`](crate::types::AutoScalingSettingsDescription::maximum_units).
    pub fn maximum_units(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.maximum_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_units`](Self::maximum_units).
    pub fn set_maximum_units(mut self, input: ::std::option::Option<i64>) -> Self {
        self.maximum_units = input;
        self
    }
    /// See [`AutoScalingSettingsDescription::minimum_units`](crate::types::AutoScalingSettingsDescription::minimum_units).
    pub fn minimum_units(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.minimum_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`minimum_units`](Self::minimum_units).
    pub fn set_minimum_units(mut self, input: ::std::option::Option<i64>) -> Self {
        self.minimum_units = input;
        self
    }
    /// See [`AutoScalingSettingsDescription::scaling_policies`](crate::types::AutoScalingSettingsDescription::scaling_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn scaling_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingPolicyDescription>,
    ) -> Self {
        self.scaling_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`scaling_policies`](Self::scaling_policies).
    pub fn set_scaling_policies(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AutoScalingPolicyDescription>,
        >,
    ) -> Self {
        self.scaling_policies = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AutoScalingSettingsDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AutoScalingSettingsDescription {
            auto_scaling_disabled: self.auto_scaling_disabled,
            auto_scaling_role_arn: self.auto_scaling_role_arn,
            maximum_units: self.maximum_units,
            minimum_units: self.minimum_units,
            scaling_policies: self.scaling_policies,
        })
    }
}
/// A builder for [`AutoScalingSettingsUpdate`](crate::types::AutoScalingSettingsUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AutoScalingSettingsUpdateBuilder {
    pub(crate) auto_scaling_disabled: ::std::option::Option<bool>,
    pub(crate) auto_scaling_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) maximum_units: ::std::option::Option<i64>,
    pub(crate) minimum_units: ::std::option::Option<i64>,
    pub(crate) scaling_policy_update: ::std::option::Option<
        crate::types::AutoScalingPolicyUpdate,
    >,
}
impl ::std::fmt::Debug for AutoScalingSettingsUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AutoScalingSettingsUpdateBuilder").finish_non_exhaustive()
    }
}
impl AutoScalingSettingsUpdateBuilder {
    /// See [`AutoScalingSettingsUpdate::auto_scaling_disabled`](crate::types::AutoScalingSettingsUpdate::auto_scaling_disabled).
    pub fn auto_scaling_disabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.auto_scaling_disabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auto_scaling_disabled`](Self::auto_scaling_disabled).
    pub fn set_auto_scaling_disabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.auto_scaling_disabled = input;
        self
    }
    /// See [`AutoScalingSettingsUpdate::auto_scaling_role_arn`](crate::types::AutoScalingSettingsUpdate::auto_scaling_role_arn).
    pub fn auto_scaling_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_scaling_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auto_scaling_role_arn`](Self::auto_scaling_role_arn).
    pub fn set_auto_scaling_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.auto_scaling_role_arn = input;
        self
    }
    /// See [`AutoScalingSettingsUpdate::maximum_units`](crate::types::AutoScalingSettingsUpdate::maximum_units).
    pub fn maximum_units(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.maximum_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`maximum_units`](Self::maximum_units).
    pub fn set_maximum_units(mut self, input: ::std::option::Option<i64>) -> Self {
        self.maximum_units = input;
        self
    }
    /// See [`AutoScalingSettingsUpdate::minimum_units`](crate::types::AutoScalingSettingsUpdate::minimum_units).
    pub fn minimum_units(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.minimum_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`minimum_units`](Self::minimum_units).
    pub fn set_minimum_units(mut self, input: ::std::option::Option<i64>) -> Self {
        self.minimum_units = input;
        self
    }
    /// See [`AutoScalingSettingsUpdate::scaling_policy_update`](crate::types::AutoScalingSettingsUpdate::scaling_policy_update).
    pub fn scaling_policy_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingPolicyUpdate>,
    ) -> Self {
        self.scaling_policy_update = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_policy_update`](Self::scaling_policy_update).
    pub fn set_scaling_policy_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingPolicyUpdate>,
    ) -> Self {
        self.scaling_policy_update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AutoScalingSettingsUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AutoScalingSettingsUpdate {
            auto_scaling_disabled: self.auto_scaling_disabled,
            auto_scaling_role_arn: self.auto_scaling_role_arn,
            maximum_units: self.maximum_units,
            minimum_units: self.minimum_units,
            scaling_policy_update: self.scaling_policy_update,
        })
    }
}
/// A builder for [`AutoScalingTargetTrackingScalingPolicyConfigurationDescription`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationDescriptionBuilder {
    pub(crate) disable_scale_in: ::std::option::Option<bool>,
    pub(crate) scale_in_cooldown: ::std::option::Option<i64>,
    pub(crate) scale_out_cooldown: ::std::option::Option<i64>,
    pub(crate) target_value: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug
for AutoScalingTargetTrackingScalingPolicyConfigurationDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct(
                "AutoScalingTargetTrackingScalingPolicyConfigurationDescriptionBuilder",
            )
            .finish_non_exhaustive()
    }
}
impl AutoScalingTargetTrackingScalingPolicyConfigurationDescriptionBuilder {
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationDescription::disable_scale_in`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription::disable_scale_in).
    pub fn disable_scale_in(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.disable_scale_in = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disable_scale_in`](Self::disable_scale_in).
    pub fn set_disable_scale_in(mut self, input: ::std::option::Option<bool>) -> Self {
        self.disable_scale_in = input;
        self
    }
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationDescription::scale_in_cooldown`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription::scale_in_cooldown).
    pub fn scale_in_cooldown(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scale_in_cooldown = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scale_in_cooldown`](Self::scale_in_cooldown).
    pub fn set_scale_in_cooldown(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scale_in_cooldown = input;
        self
    }
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationDescription::scale_out_cooldown`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription::scale_out_cooldown).
    pub fn scale_out_cooldown(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scale_out_cooldown = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scale_out_cooldown`](Self::scale_out_cooldown).
    pub fn set_scale_out_cooldown(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scale_out_cooldown = input;
        self
    }
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationDescription::target_value`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription::target_value).
    pub fn target_value(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.target_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_value`](Self::target_value).
    pub fn set_target_value(mut self, input: ::std::option::Option<f64>) -> Self {
        self.target_value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
            disable_scale_in: self.disable_scale_in,
            scale_in_cooldown: self.scale_in_cooldown,
            scale_out_cooldown: self.scale_out_cooldown,
            target_value: self
                .target_value
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AutoScalingTargetTrackingScalingPolicyConfigurationDescription",
                        "target_value",
                    ),
                )?,
        })
    }
}
/// A builder for [`AutoScalingTargetTrackingScalingPolicyConfigurationUpdate`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationUpdateBuilder {
    pub(crate) disable_scale_in: ::std::option::Option<bool>,
    pub(crate) scale_in_cooldown: ::std::option::Option<i64>,
    pub(crate) scale_out_cooldown: ::std::option::Option<i64>,
    pub(crate) target_value: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug
for AutoScalingTargetTrackingScalingPolicyConfigurationUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct(
                "AutoScalingTargetTrackingScalingPolicyConfigurationUpdateBuilder",
            )
            .finish_non_exhaustive()
    }
}
impl AutoScalingTargetTrackingScalingPolicyConfigurationUpdateBuilder {
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::disable_scale_in`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::disable_scale_in).
    pub fn disable_scale_in(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.disable_scale_in = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disable_scale_in`](Self::disable_scale_in).
    pub fn set_disable_scale_in(mut self, input: ::std::option::Option<bool>) -> Self {
        self.disable_scale_in = input;
        self
    }
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::scale_in_cooldown`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::scale_in_cooldown).
    pub fn scale_in_cooldown(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scale_in_cooldown = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scale_in_cooldown`](Self::scale_in_cooldown).
    pub fn set_scale_in_cooldown(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scale_in_cooldown = input;
        self
    }
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::scale_out_cooldown`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::scale_out_cooldown).
    pub fn scale_out_cooldown(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scale_out_cooldown = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scale_out_cooldown`](Self::scale_out_cooldown).
    pub fn set_scale_out_cooldown(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scale_out_cooldown = input;
        self
    }
    /// See [`AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::target_value`](crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::target_value).
    pub fn target_value(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.target_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_value`](Self::target_value).
    pub fn set_target_value(mut self, input: ::std::option::Option<f64>) -> Self {
        self.target_value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
            disable_scale_in: self.disable_scale_in,
            scale_in_cooldown: self.scale_in_cooldown,
            scale_out_cooldown: self.scale_out_cooldown,
            target_value: self
                .target_value
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate",
                        "target_value",
                    ),
                )?,
        })
    }
}
/// A builder for [`BackupDescription`](crate::types::BackupDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BackupDescriptionBuilder {
    pub(crate) backup_details: ::std::option::Option<crate::types::BackupDetails>,
    pub(crate) source_table_details: ::std::option::Option<
        crate::types::SourceTableDetails,
    >,
    pub(crate) source_table_feature_details: ::std::option::Option<
        crate::types::SourceTableFeatureDetails,
    >,
}
impl ::std::fmt::Debug for BackupDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BackupDescriptionBuilder").finish_non_exhaustive()
    }
}
impl BackupDescriptionBuilder {
    /// See [`BackupDescription::backup_details`](crate::types::BackupDescription::backup_details).
    pub fn backup_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupDetails>,
    ) -> Self {
        self.backup_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_details`](Self::backup_details).
    pub fn set_backup_details(
        mut self,
        input: ::std::option::Option<crate::types::BackupDetails>,
    ) -> Self {
        self.backup_details = input;
        self
    }
    /// See [`BackupDescription::source_table_details`](crate::types::BackupDescription::source_table_details).
    pub fn source_table_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::SourceTableDetails>,
    ) -> Self {
        self.source_table_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_table_details`](Self::source_table_details).
    pub fn set_source_table_details(
        mut self,
        input: ::std::option::Option<crate::types::SourceTableDetails>,
    ) -> Self {
        self.source_table_details = input;
        self
    }
    /// See [`BackupDescription::source_table_feature_details`](crate::types::BackupDescription::source_table_feature_details).
    pub fn source_table_feature_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::SourceTableFeatureDetails>,
    ) -> Self {
        self.source_table_feature_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_table_feature_details`](Self::source_table_feature_details).
    pub fn set_source_table_feature_details(
        mut self,
        input: ::std::option::Option<crate::types::SourceTableFeatureDetails>,
    ) -> Self {
        self.source_table_feature_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BackupDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BackupDescription {
            backup_details: self.backup_details,
            source_table_details: self.source_table_details,
            source_table_feature_details: self.source_table_feature_details,
        })
    }
}
/// A builder for [`BackupDetails`](crate::types::BackupDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BackupDetailsBuilder {
    pub(crate) backup_arn: ::std::option::Option<::std::string::String>,
    pub(crate) backup_creation_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) backup_expiry_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) backup_name: ::std::option::Option<::std::string::String>,
    pub(crate) backup_size_bytes: ::std::option::Option<i64>,
    pub(crate) backup_status: ::std::option::Option<crate::types::BackupStatus>,
    pub(crate) backup_type: ::std::option::Option<crate::types::BackupType>,
}
impl ::std::fmt::Debug for BackupDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BackupDetailsBuilder").finish_non_exhaustive()
    }
}
impl BackupDetailsBuilder {
    /// See [`BackupDetails::backup_arn`](crate::types::BackupDetails::backup_arn).
    pub fn backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_arn`](Self::backup_arn).
    pub fn set_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_arn = input;
        self
    }
    /// See [`BackupDetails::backup_creation_date_time`](crate::types::BackupDetails::backup_creation_date_time).
    pub fn backup_creation_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_creation_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_creation_date_time`](Self::backup_creation_date_time).
    pub fn set_backup_creation_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_creation_date_time = input;
        self
    }
    /// See [`BackupDetails::backup_expiry_date_time`](crate::types::BackupDetails::backup_expiry_date_time).
    pub fn backup_expiry_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_expiry_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_expiry_date_time`](Self::backup_expiry_date_time).
    pub fn set_backup_expiry_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_expiry_date_time = input;
        self
    }
    /// See [`BackupDetails::backup_name`](crate::types::BackupDetails::backup_name).
    pub fn backup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_name`](Self::backup_name).
    pub fn set_backup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_name = input;
        self
    }
    /// See [`BackupDetails::backup_size_bytes`](crate::types::BackupDetails::backup_size_bytes).
    pub fn backup_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.backup_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_size_bytes`](Self::backup_size_bytes).
    pub fn set_backup_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.backup_size_bytes = input;
        self
    }
    /// See [`BackupDetails::backup_status`](crate::types::BackupDetails::backup_status).
    pub fn backup_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupStatus>,
    ) -> Self {
        self.backup_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_status`](Self::backup_status).
    pub fn set_backup_status(
        mut self,
        input: ::std::option::Option<crate::types::BackupStatus>,
    ) -> Self {
        self.backup_status = input;
        self
    }
    /// See [`BackupDetails::backup_type`](crate::types::BackupDetails::backup_type).
    pub fn backup_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupType>,
    ) -> Self {
        self.backup_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_type`](Self::backup_type).
    pub fn set_backup_type(
        mut self,
        input: ::std::option::Option<crate::types::BackupType>,
    ) -> Self {
        self.backup_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::BackupDetails, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::BackupDetails {
            backup_arn: self
                .backup_arn
                .ok_or(
                    crate::runtime::BuildError::missing("BackupDetails", "backup_arn"),
                )?,
            backup_creation_date_time: self
                .backup_creation_date_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BackupDetails",
                        "backup_creation_date_time",
                    ),
                )?,
            backup_expiry_date_time: self.backup_expiry_date_time,
            backup_name: self
                .backup_name
                .ok_or(
                    crate::runtime::BuildError::missing("BackupDetails", "backup_name"),
                )?,
            backup_size_bytes: self.backup_size_bytes,
            backup_status: self
                .backup_status
                .ok_or(
                    crate::runtime::BuildError::missing("BackupDetails", "backup_status"),
                )?,
            backup_type: self
                .backup_type
                .ok_or(
                    crate::runtime::BuildError::missing("BackupDetails", "backup_type"),
                )?,
        })
    }
}
/// A builder for [`BackupSummary`](crate::types::BackupSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BackupSummaryBuilder {
    pub(crate) backup_arn: ::std::option::Option<::std::string::String>,
    pub(crate) backup_creation_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) backup_expiry_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) backup_name: ::std::option::Option<::std::string::String>,
    pub(crate) backup_size_bytes: ::std::option::Option<i64>,
    pub(crate) backup_status: ::std::option::Option<crate::types::BackupStatus>,
    pub(crate) backup_type: ::std::option::Option<crate::types::BackupType>,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_id: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BackupSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BackupSummaryBuilder").finish_non_exhaustive()
    }
}
impl BackupSummaryBuilder {
    /// See [`BackupSummary::backup_arn`](crate::types::BackupSummary::backup_arn).
    pub fn backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_arn`](Self::backup_arn).
    pub fn set_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_arn = input;
        self
    }
    /// See [`BackupSummary::backup_creation_date_time`](crate::types::BackupSummary::backup_creation_date_time).
    pub fn backup_creation_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_creation_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_creation_date_time`](Self::backup_creation_date_time).
    pub fn set_backup_creation_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_creation_date_time = input;
        self
    }
    /// See [`BackupSummary::backup_expiry_date_time`](crate::types::BackupSummary::backup_expiry_date_time).
    pub fn backup_expiry_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_expiry_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_expiry_date_time`](Self::backup_expiry_date_time).
    pub fn set_backup_expiry_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.backup_expiry_date_time = input;
        self
    }
    /// See [`BackupSummary::backup_name`](crate::types::BackupSummary::backup_name).
    pub fn backup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_name`](Self::backup_name).
    pub fn set_backup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_name = input;
        self
    }
    /// See [`BackupSummary::backup_size_bytes`](crate::types::BackupSummary::backup_size_bytes).
    pub fn backup_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.backup_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_size_bytes`](Self::backup_size_bytes).
    pub fn set_backup_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.backup_size_bytes = input;
        self
    }
    /// See [`BackupSummary::backup_status`](crate::types::BackupSummary::backup_status).
    pub fn backup_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupStatus>,
    ) -> Self {
        self.backup_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_status`](Self::backup_status).
    pub fn set_backup_status(
        mut self,
        input: ::std::option::Option<crate::types::BackupStatus>,
    ) -> Self {
        self.backup_status = input;
        self
    }
    /// See [`BackupSummary::backup_type`](crate::types::BackupSummary::backup_type).
    pub fn backup_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupType>,
    ) -> Self {
        self.backup_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_type`](Self::backup_type).
    pub fn set_backup_type(
        mut self,
        input: ::std::option::Option<crate::types::BackupType>,
    ) -> Self {
        self.backup_type = input;
        self
    }
    /// See [`BackupSummary::table_arn`](crate::types::BackupSummary::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// See [`BackupSummary::table_id`](crate::types::BackupSummary::table_id).
    pub fn table_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_id`](Self::table_id).
    pub fn set_table_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_id = input;
        self
    }
    /// See [`BackupSummary::table_name`](crate::types::BackupSummary::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::BackupSummary, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::BackupSummary {
            backup_arn: self.backup_arn,
            backup_creation_date_time: self.backup_creation_date_time,
            backup_expiry_date_time: self.backup_expiry_date_time,
            backup_name: self.backup_name,
            backup_size_bytes: self.backup_size_bytes,
            backup_status: self.backup_status,
            backup_type: self.backup_type,
            table_arn: self.table_arn,
            table_id: self.table_id,
            table_name: self.table_name,
        })
    }
}
/// A builder for [`BatchExecuteStatementInput`](crate::types::BatchExecuteStatementInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchExecuteStatementInputBuilder {
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) statements: ::std::option::Option<
        ::std::vec::Vec<crate::types::BatchStatementRequest>,
    >,
}
impl ::std::fmt::Debug for BatchExecuteStatementInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchExecuteStatementInputBuilder").finish_non_exhaustive()
    }
}
impl BatchExecuteStatementInputBuilder {
    /// See [`BatchExecuteStatementInput::return_consumed_capacity`](crate::types::BatchExecuteStatementInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`BatchExecuteStatementInput::statements`](crate::types::BatchExecuteStatementInput::statements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn statements(
        mut self,
        input: impl ::std::convert::Into<crate::types::BatchStatementRequest>,
    ) -> Self {
        self.statements.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`statements`](Self::statements).
    pub fn set_statements(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::BatchStatementRequest>,
        >,
    ) -> Self {
        self.statements = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchExecuteStatementInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchExecuteStatementInput {
            return_consumed_capacity: self.return_consumed_capacity,
            statements: self
                .statements
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BatchExecuteStatementInput",
                        "statements",
                    ),
                )?,
        })
    }
}
/// A builder for [`BatchExecuteStatementOutput`](crate::types::BatchExecuteStatementOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchExecuteStatementOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    pub(crate) responses: ::std::option::Option<
        ::std::vec::Vec<crate::types::BatchStatementResponse>,
    >,
}
impl ::std::fmt::Debug for BatchExecuteStatementOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchExecuteStatementOutputBuilder").finish_non_exhaustive()
    }
}
impl BatchExecuteStatementOutputBuilder {
    /// See [`BatchExecuteStatementOutput::consumed_capacity`](crate::types::BatchExecuteStatementOutput::consumed_capacity).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ConsumedCapacity>>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`BatchExecuteStatementOutput::responses`](crate::types::BatchExecuteStatementOutput::responses).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn responses(
        mut self,
        input: impl ::std::convert::Into<crate::types::BatchStatementResponse>,
    ) -> Self {
        self.responses.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`responses`](Self::responses).
    pub fn set_responses(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::BatchStatementResponse>,
        >,
    ) -> Self {
        self.responses = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchExecuteStatementOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchExecuteStatementOutput {
            consumed_capacity: self.consumed_capacity,
            responses: self.responses,
        })
    }
}
/// A builder for [`BatchGetItemInput`](crate::types::BatchGetItemInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchGetItemInputBuilder {
    pub(crate) request_items: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::KeysAndAttributes,
        >,
    >,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
}
impl ::std::fmt::Debug for BatchGetItemInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchGetItemInputBuilder").finish_non_exhaustive()
    }
}
impl BatchGetItemInputBuilder {
    /// See [`BatchGetItemInput::request_items`](crate::types::BatchGetItemInput::request_items).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_items(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::KeysAndAttributes>,
    ) -> Self {
        self.request_items
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_items`](Self::request_items).
    pub fn set_request_items(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::KeysAndAttributes,
            >,
        >,
    ) -> Self {
        self.request_items = input;
        self
    }
    /// See [`BatchGetItemInput::return_consumed_capacity`](crate::types::BatchGetItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchGetItemInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchGetItemInput {
            request_items: self
                .request_items
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BatchGetItemInput",
                        "request_items",
                    ),
                )?,
            return_consumed_capacity: self.return_consumed_capacity,
        })
    }
}
/// A builder for [`BatchGetItemOutput`](crate::types::BatchGetItemOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchGetItemOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    pub(crate) responses: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::types::AttributeValue,
                >,
            >,
        >,
    >,
    pub(crate) unprocessed_keys: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::KeysAndAttributes,
        >,
    >,
}
impl ::std::fmt::Debug for BatchGetItemOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchGetItemOutputBuilder").finish_non_exhaustive()
    }
}
impl BatchGetItemOutputBuilder {
    /// See [`BatchGetItemOutput::consumed_capacity`](crate::types::BatchGetItemOutput::consumed_capacity).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ConsumedCapacity>>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`BatchGetItemOutput::responses`](crate::types::BatchGetItemOutput::responses).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn responses(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::types::AttributeValue,
                >,
            >,
        >,
    ) -> Self {
        self.responses
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`responses`](Self::responses).
    pub fn set_responses(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        crate::types::AttributeValue,
                    >,
                >,
            >,
        >,
    ) -> Self {
        self.responses = input;
        self
    }
    /// See [`BatchGetItemOutput::unprocessed_keys`](crate::types::BatchGetItemOutput::unprocessed_keys).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn unprocessed_keys(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::KeysAndAttributes>,
    ) -> Self {
        self.unprocessed_keys
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`unprocessed_keys`](Self::unprocessed_keys).
    pub fn set_unprocessed_keys(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::KeysAndAttributes,
            >,
        >,
    ) -> Self {
        self.unprocessed_keys = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchGetItemOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchGetItemOutput {
            consumed_capacity: self.consumed_capacity,
            responses: self.responses,
            unprocessed_keys: self.unprocessed_keys,
        })
    }
}
/// A builder for [`BatchStatementError`](crate::types::BatchStatementError).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchStatementErrorBuilder {
    pub(crate) code: ::std::option::Option<crate::types::BatchStatementErrorCodeEnum>,
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BatchStatementErrorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchStatementErrorBuilder").finish_non_exhaustive()
    }
}
impl BatchStatementErrorBuilder {
    /// See [`BatchStatementError::code`](crate::types::BatchStatementError::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::BatchStatementErrorCodeEnum>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::BatchStatementErrorCodeEnum>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`BatchStatementError::item`](crate::types::BatchStatementError::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// See [`BatchStatementError::message`](crate::types::BatchStatementError::message).
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
        crate::types::BatchStatementError,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchStatementError {
            code: self.code,
            item: self.item,
            message: self.message,
        })
    }
}
/// A builder for [`BatchStatementRequest`](crate::types::BatchStatementRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchStatementRequestBuilder {
    pub(crate) consistent_read: ::std::option::Option<bool>,
    pub(crate) parameters: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) statement: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BatchStatementRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchStatementRequestBuilder").finish_non_exhaustive()
    }
}
impl BatchStatementRequestBuilder {
    /// See [`BatchStatementRequest::consistent_read`](crate::types::BatchStatementRequest::consistent_read).
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.consistent_read = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.consistent_read = input;
        self
    }
    /// See [`BatchStatementRequest::parameters`](crate::types::BatchStatementRequest::parameters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.parameters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`BatchStatementRequest::return_values_on_condition_check_failure`](crate::types::BatchStatementRequest::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`BatchStatementRequest::statement`](crate::types::BatchStatementRequest::statement).
    pub fn statement(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement`](Self::statement).
    pub fn set_statement(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchStatementRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchStatementRequest {
            consistent_read: self.consistent_read,
            parameters: self.parameters,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            statement: self
                .statement
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BatchStatementRequest",
                        "statement",
                    ),
                )?,
        })
    }
}
/// A builder for [`BatchStatementResponse`](crate::types::BatchStatementResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchStatementResponseBuilder {
    pub(crate) error: ::std::option::Option<crate::types::BatchStatementError>,
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BatchStatementResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchStatementResponseBuilder").finish_non_exhaustive()
    }
}
impl BatchStatementResponseBuilder {
    /// See [`BatchStatementResponse::error`](crate::types::BatchStatementResponse::error).
    pub fn error(
        mut self,
        input: impl ::std::convert::Into<crate::types::BatchStatementError>,
    ) -> Self {
        self.error = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error`](Self::error).
    pub fn set_error(
        mut self,
        input: ::std::option::Option<crate::types::BatchStatementError>,
    ) -> Self {
        self.error = input;
        self
    }
    /// See [`BatchStatementResponse::item`](crate::types::BatchStatementResponse::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// See [`BatchStatementResponse::table_name`](crate::types::BatchStatementResponse::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchStatementResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchStatementResponse {
            error: self.error,
            item: self.item,
            table_name: self.table_name,
        })
    }
}
/// A builder for [`BatchWriteItemInput`](crate::types::BatchWriteItemInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchWriteItemInputBuilder {
    pub(crate) request_items: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::WriteRequest>,
        >,
    >,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
}
impl ::std::fmt::Debug for BatchWriteItemInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchWriteItemInputBuilder").finish_non_exhaustive()
    }
}
impl BatchWriteItemInputBuilder {
    /// See [`BatchWriteItemInput::request_items`](crate::types::BatchWriteItemInput::request_items).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_items(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::WriteRequest>>,
    ) -> Self {
        self.request_items
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_items`](Self::request_items).
    pub fn set_request_items(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<crate::types::WriteRequest>,
            >,
        >,
    ) -> Self {
        self.request_items = input;
        self
    }
    /// See [`BatchWriteItemInput::return_consumed_capacity`](crate::types::BatchWriteItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`BatchWriteItemInput::return_item_collection_metrics`](crate::types::BatchWriteItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchWriteItemInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchWriteItemInput {
            request_items: self
                .request_items
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BatchWriteItemInput",
                        "request_items",
                    ),
                )?,
            return_consumed_capacity: self.return_consumed_capacity,
            return_item_collection_metrics: self.return_item_collection_metrics,
        })
    }
}
/// A builder for [`BatchWriteItemOutput`](crate::types::BatchWriteItemOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BatchWriteItemOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    pub(crate) item_collection_metrics: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
        >,
    >,
    pub(crate) unprocessed_items: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::WriteRequest>,
        >,
    >,
}
impl ::std::fmt::Debug for BatchWriteItemOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchWriteItemOutputBuilder").finish_non_exhaustive()
    }
}
impl BatchWriteItemOutputBuilder {
    /// See [`BatchWriteItemOutput::consumed_capacity`](crate::types::BatchWriteItemOutput::consumed_capacity).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ConsumedCapacity>>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`BatchWriteItemOutput::item_collection_metrics`](crate::types::BatchWriteItemOutput::item_collection_metrics).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item_collection_metrics(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
        >,
    ) -> Self {
        self.item_collection_metrics
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item_collection_metrics`](Self::item_collection_metrics).
    pub fn set_item_collection_metrics(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
            >,
        >,
    ) -> Self {
        self.item_collection_metrics = input;
        self
    }
    /// See [`BatchWriteItemOutput::unprocessed_items`](crate::types::BatchWriteItemOutput::unprocessed_items).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn unprocessed_items(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::WriteRequest>>,
    ) -> Self {
        self.unprocessed_items
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`unprocessed_items`](Self::unprocessed_items).
    pub fn set_unprocessed_items(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<crate::types::WriteRequest>,
            >,
        >,
    ) -> Self {
        self.unprocessed_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BatchWriteItemOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BatchWriteItemOutput {
            consumed_capacity: self.consumed_capacity,
            item_collection_metrics: self.item_collection_metrics,
            unprocessed_items: self.unprocessed_items,
        })
    }
}
/// A builder for [`BillingModeSummary`](crate::types::BillingModeSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BillingModeSummaryBuilder {
    pub(crate) billing_mode: ::std::option::Option<crate::types::BillingMode>,
    pub(crate) last_update_to_pay_per_request_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
}
impl ::std::fmt::Debug for BillingModeSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BillingModeSummaryBuilder").finish_non_exhaustive()
    }
}
impl BillingModeSummaryBuilder {
    /// See [`BillingModeSummary::billing_mode`](crate::types::BillingModeSummary::billing_mode).
    pub fn billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode`](Self::billing_mode).
    pub fn set_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = input;
        self
    }
    /// See [`BillingModeSummary::last_update_to_pay_per_request_date_time`](crate::types::BillingModeSummary::last_update_to_pay_per_request_date_time).
    pub fn last_update_to_pay_per_request_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_update_to_pay_per_request_date_time = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`last_update_to_pay_per_request_date_time`](Self::last_update_to_pay_per_request_date_time).
    pub fn set_last_update_to_pay_per_request_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_update_to_pay_per_request_date_time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BillingModeSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BillingModeSummary {
            billing_mode: self.billing_mode,
            last_update_to_pay_per_request_date_time: self
                .last_update_to_pay_per_request_date_time,
        })
    }
}
/// A builder for [`BulkOperationBytes`](crate::types::BulkOperationBytes).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BulkOperationBytesBuilder {
    pub(crate) bulk_put_bytes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for BulkOperationBytesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BulkOperationBytesBuilder").finish_non_exhaustive()
    }
}
impl BulkOperationBytesBuilder {
    /// See [`BulkOperationBytes::bulk_put_bytes`](crate::types::BulkOperationBytes::bulk_put_bytes).
    pub fn bulk_put_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.bulk_put_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_put_bytes`](Self::bulk_put_bytes).
    pub fn set_bulk_put_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.bulk_put_bytes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BulkOperationBytes,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BulkOperationBytes {
            bulk_put_bytes: self.bulk_put_bytes,
        })
    }
}
/// A builder for [`BulkOperationDescription`](crate::types::BulkOperationDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BulkOperationDescriptionBuilder {
    pub(crate) bulk_operation_arn: ::std::option::Option<::std::string::String>,
    pub(crate) bulk_operation_status: ::std::option::Option<
        crate::types::BulkOperationStatus,
    >,
    pub(crate) bulk_operation_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::BulkOperationUsage>,
    >,
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) end_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) failed_item_count: ::std::option::Option<i64>,
    pub(crate) failure_code: ::std::option::Option<::std::string::String>,
    pub(crate) failure_message: ::std::option::Option<::std::string::String>,
    pub(crate) input_s3_configuration: ::std::option::Option<
        crate::types::InputS3Configuration,
    >,
    pub(crate) max_write_request_units: ::std::option::Option<i64>,
    pub(crate) output_s3_configuration: ::std::option::Option<
        crate::types::OutputS3Configuration,
    >,
    pub(crate) performance_tier: ::std::option::Option<
        crate::types::BulkOperationPerformanceTier,
    >,
    pub(crate) processed_input_bytes: ::std::option::Option<i64>,
    pub(crate) processed_item_count: ::std::option::Option<i64>,
    pub(crate) start_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) table_details: ::std::option::Option<
        ::std::vec::Vec<crate::types::BulkOperationTableDetail>,
    >,
    pub(crate) total_input_bytes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for BulkOperationDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BulkOperationDescriptionBuilder").finish_non_exhaustive()
    }
}
impl BulkOperationDescriptionBuilder {
    /// See [`BulkOperationDescription::bulk_operation_arn`](crate::types::BulkOperationDescription::bulk_operation_arn).
    pub fn bulk_operation_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_arn`](Self::bulk_operation_arn).
    pub fn set_bulk_operation_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = input;
        self
    }
    /// See [`BulkOperationDescription::bulk_operation_status`](crate::types::BulkOperationDescription::bulk_operation_status).
    pub fn bulk_operation_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationStatus>,
    ) -> Self {
        self.bulk_operation_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_status`](Self::bulk_operation_status).
    pub fn set_bulk_operation_status(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationStatus>,
    ) -> Self {
        self.bulk_operation_status = input;
        self
    }
    /// See [`BulkOperationDescription::bulk_operation_usage`](crate::types::BulkOperationDescription::bulk_operation_usage).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn bulk_operation_usage(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationUsage>,
    ) -> Self {
        self.bulk_operation_usage
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_usage`](Self::bulk_operation_usage).
    pub fn set_bulk_operation_usage(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::BulkOperationUsage>>,
    ) -> Self {
        self.bulk_operation_usage = input;
        self
    }
    /// See [`BulkOperationDescription::client_token`](crate::types::BulkOperationDescription::client_token).
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
    /// See [`BulkOperationDescription::end_time`](crate::types::BulkOperationDescription::end_time).
    pub fn end_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = input;
        self
    }
    /// See [`BulkOperationDescription::failed_item_count`](crate::types::BulkOperationDescription::failed_item_count).
    pub fn failed_item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.failed_item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failed_item_count`](Self::failed_item_count).
    pub fn set_failed_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.failed_item_count = input;
        self
    }
    /// See [`BulkOperationDescription::failure_code`](crate::types::BulkOperationDescription::failure_code).
    pub fn failure_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.failure_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failure_code`](Self::failure_code).
    pub fn set_failure_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.failure_code = input;
        self
    }
    /// See [`BulkOperationDescription::failure_message`](crate::types::BulkOperationDescription::failure_message).
    pub fn failure_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.failure_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failure_message`](Self::failure_message).
    pub fn set_failure_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.failure_message = input;
        self
    }
    /// See [`BulkOperationDescription::input_s3_configuration`](crate::types::BulkOperationDescription::input_s3_configuration).
    pub fn input_s3_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputS3Configuration>,
    ) -> Self {
        self.input_s3_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_s3_configuration`](Self::input_s3_configuration).
    pub fn set_input_s3_configuration(
        mut self,
        input: ::std::option::Option<crate::types::InputS3Configuration>,
    ) -> Self {
        self.input_s3_configuration = input;
        self
    }
    /// See [`BulkOperationDescription::max_write_request_units`](crate::types::BulkOperationDescription::max_write_request_units).
    pub fn max_write_request_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_write_request_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_write_request_units`](Self::max_write_request_units).
    pub fn set_max_write_request_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_write_request_units = input;
        self
    }
    /// See [`BulkOperationDescription::output_s3_configuration`](crate::types::BulkOperationDescription::output_s3_configuration).
    pub fn output_s3_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputS3Configuration>,
    ) -> Self {
        self.output_s3_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_s3_configuration`](Self::output_s3_configuration).
    pub fn set_output_s3_configuration(
        mut self,
        input: ::std::option::Option<crate::types::OutputS3Configuration>,
    ) -> Self {
        self.output_s3_configuration = input;
        self
    }
    /// See [`BulkOperationDescription::performance_tier`](crate::types::BulkOperationDescription::performance_tier).
    pub fn performance_tier(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationPerformanceTier>,
    ) -> Self {
        self.performance_tier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`performance_tier`](Self::performance_tier).
    pub fn set_performance_tier(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationPerformanceTier>,
    ) -> Self {
        self.performance_tier = input;
        self
    }
    /// See [`BulkOperationDescription::processed_input_bytes`](crate::types::BulkOperationDescription::processed_input_bytes).
    pub fn processed_input_bytes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.processed_input_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`processed_input_bytes`](Self::processed_input_bytes).
    pub fn set_processed_input_bytes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.processed_input_bytes = input;
        self
    }
    /// See [`BulkOperationDescription::processed_item_count`](crate::types::BulkOperationDescription::processed_item_count).
    pub fn processed_item_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.processed_item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`processed_item_count`](Self::processed_item_count).
    pub fn set_processed_item_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.processed_item_count = input;
        self
    }
    /// See [`BulkOperationDescription::start_time`](crate::types::BulkOperationDescription::start_time).
    pub fn start_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = input;
        self
    }
    /// See [`BulkOperationDescription::table_details`](crate::types::BulkOperationDescription::table_details).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn table_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationTableDetail>,
    ) -> Self {
        self.table_details.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`table_details`](Self::table_details).
    pub fn set_table_details(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::BulkOperationTableDetail>,
        >,
    ) -> Self {
        self.table_details = input;
        self
    }
    /// See [`BulkOperationDescription::total_input_bytes`](crate::types::BulkOperationDescription::total_input_bytes).
    pub fn total_input_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_input_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_input_bytes`](Self::total_input_bytes).
    pub fn set_total_input_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_input_bytes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BulkOperationDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BulkOperationDescription {
            bulk_operation_arn: self.bulk_operation_arn,
            bulk_operation_status: self.bulk_operation_status,
            bulk_operation_usage: self.bulk_operation_usage,
            client_token: self.client_token,
            end_time: self.end_time,
            failed_item_count: self.failed_item_count,
            failure_code: self.failure_code,
            failure_message: self.failure_message,
            input_s3_configuration: self.input_s3_configuration,
            max_write_request_units: self.max_write_request_units,
            output_s3_configuration: self.output_s3_configuration,
            performance_tier: self.performance_tier,
            processed_input_bytes: self.processed_input_bytes,
            processed_item_count: self.processed_item_count,
            start_time: self.start_time,
            table_details: self.table_details,
            total_input_bytes: self.total_input_bytes,
        })
    }
}
/// A builder for [`BulkOperationSummary`](crate::types::BulkOperationSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BulkOperationSummaryBuilder {
    pub(crate) bulk_operation_arn: ::std::option::Option<::std::string::String>,
    pub(crate) bulk_operation_status: ::std::option::Option<
        crate::types::BulkOperationStatus,
    >,
    pub(crate) end_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) start_time: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for BulkOperationSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BulkOperationSummaryBuilder").finish_non_exhaustive()
    }
}
impl BulkOperationSummaryBuilder {
    /// See [`BulkOperationSummary::bulk_operation_arn`](crate::types::BulkOperationSummary::bulk_operation_arn).
    pub fn bulk_operation_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_arn`](Self::bulk_operation_arn).
    pub fn set_bulk_operation_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = input;
        self
    }
    /// See [`BulkOperationSummary::bulk_operation_status`](crate::types::BulkOperationSummary::bulk_operation_status).
    pub fn bulk_operation_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationStatus>,
    ) -> Self {
        self.bulk_operation_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_status`](Self::bulk_operation_status).
    pub fn set_bulk_operation_status(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationStatus>,
    ) -> Self {
        self.bulk_operation_status = input;
        self
    }
    /// See [`BulkOperationSummary::end_time`](crate::types::BulkOperationSummary::end_time).
    pub fn end_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = input;
        self
    }
    /// See [`BulkOperationSummary::start_time`](crate::types::BulkOperationSummary::start_time).
    pub fn start_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BulkOperationSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BulkOperationSummary {
            bulk_operation_arn: self
                .bulk_operation_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BulkOperationSummary",
                        "bulk_operation_arn",
                    ),
                )?,
            bulk_operation_status: self
                .bulk_operation_status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BulkOperationSummary",
                        "bulk_operation_status",
                    ),
                )?,
            end_time: self.end_time,
            start_time: self
                .start_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "BulkOperationSummary",
                        "start_time",
                    ),
                )?,
        })
    }
}
/// A builder for [`BulkOperationTableDetail`](crate::types::BulkOperationTableDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BulkOperationTableDetailBuilder {
    pub(crate) table_id: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BulkOperationTableDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BulkOperationTableDetailBuilder").finish_non_exhaustive()
    }
}
impl BulkOperationTableDetailBuilder {
    /// See [`BulkOperationTableDetail::table_id`](crate::types::BulkOperationTableDetail::table_id).
    pub fn table_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_id`](Self::table_id).
    pub fn set_table_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_id = input;
        self
    }
    /// See [`BulkOperationTableDetail::table_name`](crate::types::BulkOperationTableDetail::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BulkOperationTableDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BulkOperationTableDetail {
            table_id: self.table_id,
            table_name: self.table_name,
        })
    }
}
/// A builder for [`BulkOperationUsage`](crate::types::BulkOperationUsage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BulkOperationUsageBuilder {
    pub(crate) bulk_put_bytes: ::std::option::Option<i64>,
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::BulkOperationBytes,
        >,
    >,
    pub(crate) local_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::BulkOperationBytes,
        >,
    >,
    pub(crate) table: ::std::option::Option<crate::types::BulkOperationBytes>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) vector_indexes: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::BulkOperationVectorBytes,
        >,
    >,
}
impl ::std::fmt::Debug for BulkOperationUsageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BulkOperationUsageBuilder").finish_non_exhaustive()
    }
}
impl BulkOperationUsageBuilder {
    /// See [`BulkOperationUsage::bulk_put_bytes`](crate::types::BulkOperationUsage::bulk_put_bytes).
    pub fn bulk_put_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.bulk_put_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_put_bytes`](Self::bulk_put_bytes).
    pub fn set_bulk_put_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.bulk_put_bytes = input;
        self
    }
    /// See [`BulkOperationUsage::global_secondary_indexes`](crate::types::BulkOperationUsage::global_secondary_indexes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn global_secondary_indexes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::BulkOperationBytes>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::BulkOperationBytes,
            >,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`BulkOperationUsage::local_secondary_indexes`](crate::types::BulkOperationUsage::local_secondary_indexes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn local_secondary_indexes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::BulkOperationBytes>,
    ) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`local_secondary_indexes`](Self::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::BulkOperationBytes,
            >,
        >,
    ) -> Self {
        self.local_secondary_indexes = input;
        self
    }
    /// See [`BulkOperationUsage::table`](crate::types::BulkOperationUsage::table).
    pub fn table(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationBytes>,
    ) -> Self {
        self.table = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table`](Self::table).
    pub fn set_table(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationBytes>,
    ) -> Self {
        self.table = input;
        self
    }
    /// See [`BulkOperationUsage::table_name`](crate::types::BulkOperationUsage::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`BulkOperationUsage::vector_indexes`](crate::types::BulkOperationUsage::vector_indexes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn vector_indexes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::BulkOperationVectorBytes>,
    ) -> Self {
        self.vector_indexes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`vector_indexes`](Self::vector_indexes).
    pub fn set_vector_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::BulkOperationVectorBytes,
            >,
        >,
    ) -> Self {
        self.vector_indexes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BulkOperationUsage,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BulkOperationUsage {
            bulk_put_bytes: self.bulk_put_bytes,
            global_secondary_indexes: self.global_secondary_indexes,
            local_secondary_indexes: self.local_secondary_indexes,
            table: self.table,
            table_name: self.table_name,
            vector_indexes: self.vector_indexes,
        })
    }
}
/// A builder for [`BulkOperationVectorBytes`](crate::types::BulkOperationVectorBytes).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BulkOperationVectorBytesBuilder {
    pub(crate) bulk_put_vector_bytes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for BulkOperationVectorBytesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BulkOperationVectorBytesBuilder").finish_non_exhaustive()
    }
}
impl BulkOperationVectorBytesBuilder {
    /// See [`BulkOperationVectorBytes::bulk_put_vector_bytes`](crate::types::BulkOperationVectorBytes::bulk_put_vector_bytes).
    pub fn bulk_put_vector_bytes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.bulk_put_vector_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_put_vector_bytes`](Self::bulk_put_vector_bytes).
    pub fn set_bulk_put_vector_bytes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.bulk_put_vector_bytes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BulkOperationVectorBytes,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BulkOperationVectorBytes {
            bulk_put_vector_bytes: self.bulk_put_vector_bytes,
        })
    }
}
/// A builder for [`CancelBulkOperationInput`](crate::types::CancelBulkOperationInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelBulkOperationInputBuilder {
    pub(crate) bulk_operation_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelBulkOperationInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelBulkOperationInputBuilder").finish_non_exhaustive()
    }
}
impl CancelBulkOperationInputBuilder {
    /// See [`CancelBulkOperationInput::bulk_operation_arn`](crate::types::CancelBulkOperationInput::bulk_operation_arn).
    pub fn bulk_operation_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_arn`](Self::bulk_operation_arn).
    pub fn set_bulk_operation_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelBulkOperationInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelBulkOperationInput {
            bulk_operation_arn: self
                .bulk_operation_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CancelBulkOperationInput",
                        "bulk_operation_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`CancelBulkOperationOutput`](crate::types::CancelBulkOperationOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelBulkOperationOutputBuilder {
    pub(crate) bulk_operation_arn: ::std::option::Option<::std::string::String>,
    pub(crate) bulk_operation_status: ::std::option::Option<
        crate::types::BulkOperationStatus,
    >,
}
impl ::std::fmt::Debug for CancelBulkOperationOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelBulkOperationOutputBuilder").finish_non_exhaustive()
    }
}
impl CancelBulkOperationOutputBuilder {
    /// See [`CancelBulkOperationOutput::bulk_operation_arn`](crate::types::CancelBulkOperationOutput::bulk_operation_arn).
    pub fn bulk_operation_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_arn`](Self::bulk_operation_arn).
    pub fn set_bulk_operation_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = input;
        self
    }
    /// See [`CancelBulkOperationOutput::bulk_operation_status`](crate::types::CancelBulkOperationOutput::bulk_operation_status).
    pub fn bulk_operation_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationStatus>,
    ) -> Self {
        self.bulk_operation_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_status`](Self::bulk_operation_status).
    pub fn set_bulk_operation_status(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationStatus>,
    ) -> Self {
        self.bulk_operation_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelBulkOperationOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelBulkOperationOutput {
            bulk_operation_arn: self
                .bulk_operation_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CancelBulkOperationOutput",
                        "bulk_operation_arn",
                    ),
                )?,
            bulk_operation_status: self
                .bulk_operation_status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CancelBulkOperationOutput",
                        "bulk_operation_status",
                    ),
                )?,
        })
    }
}
/// A builder for [`CancellationReason`](crate::types::CancellationReason).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancellationReasonBuilder {
    pub(crate) code: ::std::option::Option<::std::string::String>,
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancellationReasonBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancellationReasonBuilder").finish_non_exhaustive()
    }
}
impl CancellationReasonBuilder {
    /// See [`CancellationReason::code`](crate::types::CancellationReason::code).
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
    /// See [`CancellationReason::item`](crate::types::CancellationReason::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// See [`CancellationReason::message`](crate::types::CancellationReason::message).
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
        crate::types::CancellationReason,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancellationReason {
            code: self.code,
            item: self.item,
            message: self.message,
        })
    }
}
/// A builder for [`Capacity`](crate::types::Capacity).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapacityBuilder {
    pub(crate) capacity_units: ::std::option::Option<f64>,
    pub(crate) read_capacity_units: ::std::option::Option<f64>,
    pub(crate) write_capacity_units: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for CapacityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapacityBuilder").finish_non_exhaustive()
    }
}
impl CapacityBuilder {
    /// See [`Capacity::capacity_units`](crate::types::Capacity::capacity_units).
    pub fn capacity_units(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_units`](Self::capacity_units).
    pub fn set_capacity_units(mut self, input: ::std::option::Option<f64>) -> Self {
        self.capacity_units = input;
        self
    }
    /// See [`Capacity::read_capacity_units`](crate::types::Capacity::read_capacity_units).
    pub fn read_capacity_units(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_capacity_units`](Self::read_capacity_units).
    pub fn set_read_capacity_units(mut self, input: ::std::option::Option<f64>) -> Self {
        self.read_capacity_units = input;
        self
    }
    /// See [`Capacity::write_capacity_units`](crate::types::Capacity::write_capacity_units).
    pub fn write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.write_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`write_capacity_units`](Self::write_capacity_units).
    pub fn set_write_capacity_units(
        mut self,
        input: ::std::option::Option<f64>,
    ) -> Self {
        self.write_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Capacity, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Capacity {
            capacity_units: self.capacity_units,
            read_capacity_units: self.read_capacity_units,
            write_capacity_units: self.write_capacity_units,
        })
    }
}
/// A builder for [`Condition`](crate::types::Condition).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConditionBuilder {
    pub(crate) attribute_value_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    pub(crate) comparison_operator: ::std::option::Option<
        crate::types::ComparisonOperator,
    >,
}
impl ::std::fmt::Debug for ConditionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConditionBuilder").finish_non_exhaustive()
    }
}
impl ConditionBuilder {
    /// See [`Condition::attribute_value_list`](crate::types::Condition::attribute_value_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attribute_value_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.attribute_value_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attribute_value_list`](Self::attribute_value_list).
    pub fn set_attribute_value_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.attribute_value_list = input;
        self
    }
    /// See [`Condition::comparison_operator`](crate::types::Condition::comparison_operator).
    pub fn comparison_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComparisonOperator>,
    ) -> Self {
        self.comparison_operator = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`comparison_operator`](Self::comparison_operator).
    pub fn set_comparison_operator(
        mut self,
        input: ::std::option::Option<crate::types::ComparisonOperator>,
    ) -> Self {
        self.comparison_operator = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Condition, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Condition {
            attribute_value_list: self.attribute_value_list,
            comparison_operator: self
                .comparison_operator
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "Condition",
                        "comparison_operator",
                    ),
                )?,
        })
    }
}
/// A builder for [`ConditionCheck`](crate::types::ConditionCheck).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConditionCheckBuilder {
    pub(crate) condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ConditionCheckBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConditionCheckBuilder").finish_non_exhaustive()
    }
}
impl ConditionCheckBuilder {
    /// See [`ConditionCheck::condition_expression`](crate::types::ConditionCheck::condition_expression).
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition_expression = input;
        self
    }
    /// See [`ConditionCheck::expression_attribute_names`](crate::types::ConditionCheck::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`ConditionCheck::expression_attribute_values`](crate::types::ConditionCheck::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`ConditionCheck::key`](crate::types::ConditionCheck::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`ConditionCheck::return_values_on_condition_check_failure`](crate::types::ConditionCheck::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`ConditionCheck::table_name`](crate::types::ConditionCheck::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ConditionCheck,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ConditionCheck {
            condition_expression: self
                .condition_expression
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ConditionCheck",
                        "condition_expression",
                    ),
                )?,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            key: self
                .key
                .ok_or(crate::runtime::BuildError::missing("ConditionCheck", "key"))?,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("ConditionCheck", "table_name"),
                )?,
        })
    }
}
/// A builder for [`ConsumedCapacity`](crate::types::ConsumedCapacity).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConsumedCapacityBuilder {
    pub(crate) capacity_units: ::std::option::Option<f64>,
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Capacity>,
    >,
    pub(crate) local_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Capacity>,
    >,
    pub(crate) read_capacity_units: ::std::option::Option<f64>,
    pub(crate) table: ::std::option::Option<crate::types::Capacity>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) write_capacity_units: ::std::option::Option<f64>,
    pub(crate) vector_indexes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::VectorCapacity>,
    >,
}
impl ::std::fmt::Debug for ConsumedCapacityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConsumedCapacityBuilder").finish_non_exhaustive()
    }
}
impl ConsumedCapacityBuilder {
    /// See [`ConsumedCapacity::capacity_units`](crate::types::ConsumedCapacity::capacity_units).
    pub fn capacity_units(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_units`](Self::capacity_units).
    pub fn set_capacity_units(mut self, input: ::std::option::Option<f64>) -> Self {
        self.capacity_units = input;
        self
    }
    /// See [`ConsumedCapacity::global_secondary_indexes`](crate::types::ConsumedCapacity::global_secondary_indexes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn global_secondary_indexes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Capacity>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Capacity>,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`ConsumedCapacity::local_secondary_indexes`](crate::types::ConsumedCapacity::local_secondary_indexes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn local_secondary_indexes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Capacity>,
    ) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`local_secondary_indexes`](Self::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Capacity>,
        >,
    ) -> Self {
        self.local_secondary_indexes = input;
        self
    }
    /// See [`ConsumedCapacity::read_capacity_units`](crate::types::ConsumedCapacity::read_capacity_units).
    pub fn read_capacity_units(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_capacity_units`](Self::read_capacity_units).
    pub fn set_read_capacity_units(mut self, input: ::std::option::Option<f64>) -> Self {
        self.read_capacity_units = input;
        self
    }
    /// See [`ConsumedCapacity::table`](crate::types::ConsumedCapacity::table).
    pub fn table(
        mut self,
        input: impl ::std::convert::Into<crate::types::Capacity>,
    ) -> Self {
        self.table = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table`](Self::table).
    pub fn set_table(
        mut self,
        input: ::std::option::Option<crate::types::Capacity>,
    ) -> Self {
        self.table = input;
        self
    }
    /// See [`ConsumedCapacity::table_name`](crate::types::ConsumedCapacity::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`ConsumedCapacity::write_capacity_units`](crate::types::ConsumedCapacity::write_capacity_units).
    pub fn write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.write_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`write_capacity_units`](Self::write_capacity_units).
    pub fn set_write_capacity_units(
        mut self,
        input: ::std::option::Option<f64>,
    ) -> Self {
        self.write_capacity_units = input;
        self
    }
    /// See [`ConsumedCapacity::vector_indexes`](crate::types::ConsumedCapacity::vector_indexes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn vector_indexes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::VectorCapacity>,
    ) -> Self {
        self.vector_indexes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`vector_indexes`](Self::vector_indexes).
    pub fn set_vector_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::VectorCapacity,
            >,
        >,
    ) -> Self {
        self.vector_indexes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ConsumedCapacity,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ConsumedCapacity {
            capacity_units: self.capacity_units,
            global_secondary_indexes: self.global_secondary_indexes,
            local_secondary_indexes: self.local_secondary_indexes,
            read_capacity_units: self.read_capacity_units,
            table: self.table,
            table_name: self.table_name,
            write_capacity_units: self.write_capacity_units,
            vector_indexes: self.vector_indexes,
        })
    }
}
/// A builder for [`ContinuousBackupsDescription`](crate::types::ContinuousBackupsDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContinuousBackupsDescriptionBuilder {
    pub(crate) continuous_backups_status: ::std::option::Option<
        crate::types::ContinuousBackupsStatus,
    >,
    pub(crate) point_in_time_recovery_description: ::std::option::Option<
        crate::types::PointInTimeRecoveryDescription,
    >,
}
impl ::std::fmt::Debug for ContinuousBackupsDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContinuousBackupsDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ContinuousBackupsDescriptionBuilder {
    /// See [`ContinuousBackupsDescription::continuous_backups_status`](crate::types::ContinuousBackupsDescription::continuous_backups_status).
    pub fn continuous_backups_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContinuousBackupsStatus>,
    ) -> Self {
        self.continuous_backups_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`continuous_backups_status`](Self::continuous_backups_status).
    pub fn set_continuous_backups_status(
        mut self,
        input: ::std::option::Option<crate::types::ContinuousBackupsStatus>,
    ) -> Self {
        self.continuous_backups_status = input;
        self
    }
    /// See [`ContinuousBackupsDescription::point_in_time_recovery_description`](crate::types::ContinuousBackupsDescription::point_in_time_recovery_description).
    pub fn point_in_time_recovery_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::PointInTimeRecoveryDescription>,
    ) -> Self {
        self.point_in_time_recovery_description = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`point_in_time_recovery_description`](Self::point_in_time_recovery_description).
    pub fn set_point_in_time_recovery_description(
        mut self,
        input: ::std::option::Option<crate::types::PointInTimeRecoveryDescription>,
    ) -> Self {
        self.point_in_time_recovery_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContinuousBackupsDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContinuousBackupsDescription {
            continuous_backups_status: self
                .continuous_backups_status
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ContinuousBackupsDescription",
                        "continuous_backups_status",
                    ),
                )?,
            point_in_time_recovery_description: self.point_in_time_recovery_description,
        })
    }
}
/// A builder for [`ContributorInsightsSummary`](crate::types::ContributorInsightsSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ContributorInsightsSummaryBuilder {
    pub(crate) contributor_insights_status: ::std::option::Option<
        crate::types::ContributorInsightsStatus,
    >,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl ::std::fmt::Debug for ContributorInsightsSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContributorInsightsSummaryBuilder").finish_non_exhaustive()
    }
}
impl ContributorInsightsSummaryBuilder {
    /// See [`ContributorInsightsSummary::contributor_insights_status`](crate::types::ContributorInsightsSummary::contributor_insights_status).
    pub fn contributor_insights_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsStatus>,
    ) -> Self {
        self.contributor_insights_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_status`](Self::contributor_insights_status).
    pub fn set_contributor_insights_status(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsStatus>,
    ) -> Self {
        self.contributor_insights_status = input;
        self
    }
    /// See [`ContributorInsightsSummary::index_name`](crate::types::ContributorInsightsSummary::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ContributorInsightsSummary::table_name`](crate::types::ContributorInsightsSummary::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`ContributorInsightsSummary::contributor_insights_mode`](crate::types::ContributorInsightsSummary::contributor_insights_mode).
    pub fn contributor_insights_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_mode`](Self::contributor_insights_mode).
    pub fn set_contributor_insights_mode(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ContributorInsightsSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ContributorInsightsSummary {
            contributor_insights_status: self.contributor_insights_status,
            index_name: self.index_name,
            table_name: self.table_name,
            contributor_insights_mode: self.contributor_insights_mode,
        })
    }
}
/// A builder for [`CreateBackupInput`](crate::types::CreateBackupInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateBackupInputBuilder {
    pub(crate) backup_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateBackupInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateBackupInputBuilder").finish_non_exhaustive()
    }
}
impl CreateBackupInputBuilder {
    /// See [`CreateBackupInput::backup_name`](crate::types::CreateBackupInput::backup_name).
    pub fn backup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_name`](Self::backup_name).
    pub fn set_backup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_name = input;
        self
    }
    /// See [`CreateBackupInput::table_name`](crate::types::CreateBackupInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateBackupInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateBackupInput {
            backup_name: self
                .backup_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateBackupInput",
                        "backup_name",
                    ),
                )?,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateBackupInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateBackupOutput`](crate::types::CreateBackupOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateBackupOutputBuilder {
    pub(crate) backup_details: ::std::option::Option<crate::types::BackupDetails>,
}
impl ::std::fmt::Debug for CreateBackupOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateBackupOutputBuilder").finish_non_exhaustive()
    }
}
impl CreateBackupOutputBuilder {
    /// See [`CreateBackupOutput::backup_details`](crate::types::CreateBackupOutput::backup_details).
    pub fn backup_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupDetails>,
    ) -> Self {
        self.backup_details = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_details`](Self::backup_details).
    pub fn set_backup_details(
        mut self,
        input: ::std::option::Option<crate::types::BackupDetails>,
    ) -> Self {
        self.backup_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateBackupOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateBackupOutput {
            backup_details: self.backup_details,
        })
    }
}
/// A builder for [`CreateGlobalSecondaryIndexAction`](crate::types::CreateGlobalSecondaryIndexAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateGlobalSecondaryIndexActionBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl ::std::fmt::Debug for CreateGlobalSecondaryIndexActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateGlobalSecondaryIndexActionBuilder").finish_non_exhaustive()
    }
}
impl CreateGlobalSecondaryIndexActionBuilder {
    /// See [`CreateGlobalSecondaryIndexAction::index_name`](crate::types::CreateGlobalSecondaryIndexAction::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`CreateGlobalSecondaryIndexAction::key_schema`](crate::types::CreateGlobalSecondaryIndexAction::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`CreateGlobalSecondaryIndexAction::projection`](crate::types::CreateGlobalSecondaryIndexAction::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`CreateGlobalSecondaryIndexAction::provisioned_throughput`](crate::types::CreateGlobalSecondaryIndexAction::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`CreateGlobalSecondaryIndexAction::on_demand_throughput`](crate::types::CreateGlobalSecondaryIndexAction::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`CreateGlobalSecondaryIndexAction::warm_throughput`](crate::types::CreateGlobalSecondaryIndexAction::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateGlobalSecondaryIndexAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateGlobalSecondaryIndexAction {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateGlobalSecondaryIndexAction",
                        "index_name",
                    ),
                )?,
            key_schema: self
                .key_schema
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateGlobalSecondaryIndexAction",
                        "key_schema",
                    ),
                )?,
            projection: self
                .projection
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateGlobalSecondaryIndexAction",
                        "projection",
                    ),
                )?,
            provisioned_throughput: self.provisioned_throughput,
            on_demand_throughput: self.on_demand_throughput,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`CreateGlobalTableInput`](crate::types::CreateGlobalTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateGlobalTableInputBuilder {
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) replication_group: ::std::option::Option<
        ::std::vec::Vec<crate::types::Replica>,
    >,
}
impl ::std::fmt::Debug for CreateGlobalTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateGlobalTableInputBuilder").finish_non_exhaustive()
    }
}
impl CreateGlobalTableInputBuilder {
    /// See [`CreateGlobalTableInput::global_table_name`](crate::types::CreateGlobalTableInput::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// See [`CreateGlobalTableInput::replication_group`](crate::types::CreateGlobalTableInput::replication_group).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replication_group(
        mut self,
        input: impl ::std::convert::Into<crate::types::Replica>,
    ) -> Self {
        self.replication_group
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replication_group`](Self::replication_group).
    pub fn set_replication_group(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Replica>>,
    ) -> Self {
        self.replication_group = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateGlobalTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateGlobalTableInput {
            global_table_name: self
                .global_table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateGlobalTableInput",
                        "global_table_name",
                    ),
                )?,
            replication_group: self
                .replication_group
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateGlobalTableInput",
                        "replication_group",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateGlobalTableOutput`](crate::types::CreateGlobalTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateGlobalTableOutputBuilder {
    pub(crate) global_table_description: ::std::option::Option<
        crate::types::GlobalTableDescription,
    >,
}
impl ::std::fmt::Debug for CreateGlobalTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateGlobalTableOutputBuilder").finish_non_exhaustive()
    }
}
impl CreateGlobalTableOutputBuilder {
    /// See [`CreateGlobalTableOutput::global_table_description`](crate::types::CreateGlobalTableOutput::global_table_description).
    pub fn global_table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTableDescription>,
    ) -> Self {
        self.global_table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_description`](Self::global_table_description).
    pub fn set_global_table_description(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableDescription>,
    ) -> Self {
        self.global_table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateGlobalTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateGlobalTableOutput {
            global_table_description: self.global_table_description,
        })
    }
}
/// A builder for [`CreateGlobalTableWitnessGroupMemberAction`](crate::types::CreateGlobalTableWitnessGroupMemberAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateGlobalTableWitnessGroupMemberActionBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateGlobalTableWitnessGroupMemberActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateGlobalTableWitnessGroupMemberActionBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateGlobalTableWitnessGroupMemberActionBuilder {
    /// See [`CreateGlobalTableWitnessGroupMemberAction::region_name`](crate::types::CreateGlobalTableWitnessGroupMemberAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateGlobalTableWitnessGroupMemberAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateGlobalTableWitnessGroupMemberAction {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateGlobalTableWitnessGroupMemberAction",
                        "region_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateReplicaAction`](crate::types::CreateReplicaAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateReplicaActionBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateReplicaActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateReplicaActionBuilder").finish_non_exhaustive()
    }
}
impl CreateReplicaActionBuilder {
    /// See [`CreateReplicaAction::region_name`](crate::types::CreateReplicaAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateReplicaAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateReplicaAction {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateReplicaAction",
                        "region_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateReplicationGroupMemberAction`](crate::types::CreateReplicationGroupMemberAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateReplicationGroupMemberActionBuilder {
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndex>,
    >,
    pub(crate) kms_master_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_class_override: ::std::option::Option<crate::types::TableClass>,
    pub(crate) on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
}
impl ::std::fmt::Debug for CreateReplicationGroupMemberActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateReplicationGroupMemberActionBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateReplicationGroupMemberActionBuilder {
    /// See [`CreateReplicationGroupMemberAction::global_secondary_indexes`](crate::types::CreateReplicationGroupMemberAction::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaGlobalSecondaryIndex>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndex>,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`CreateReplicationGroupMemberAction::kms_master_key_id`](crate::types::CreateReplicationGroupMemberAction::kms_master_key_id).
    pub fn kms_master_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_master_key_id`](Self::kms_master_key_id).
    pub fn set_kms_master_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = input;
        self
    }
    /// See [`CreateReplicationGroupMemberAction::provisioned_throughput_override`](crate::types::CreateReplicationGroupMemberAction::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = input;
        self
    }
    /// See [`CreateReplicationGroupMemberAction::region_name`](crate::types::CreateReplicationGroupMemberAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`CreateReplicationGroupMemberAction::table_class_override`](crate::types::CreateReplicationGroupMemberAction::table_class_override).
    pub fn table_class_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClass>,
    ) -> Self {
        self.table_class_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_class_override`](Self::table_class_override).
    pub fn set_table_class_override(
        mut self,
        input: ::std::option::Option<crate::types::TableClass>,
    ) -> Self {
        self.table_class_override = input;
        self
    }
    /// See [`CreateReplicationGroupMemberAction::on_demand_throughput_override`](crate::types::CreateReplicationGroupMemberAction::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateReplicationGroupMemberAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateReplicationGroupMemberAction {
            global_secondary_indexes: self.global_secondary_indexes,
            kms_master_key_id: self.kms_master_key_id,
            provisioned_throughput_override: self.provisioned_throughput_override,
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateReplicationGroupMemberAction",
                        "region_name",
                    ),
                )?,
            table_class_override: self.table_class_override,
            on_demand_throughput_override: self.on_demand_throughput_override,
        })
    }
}
/// A builder for [`CreateTableInput`](crate::types::CreateTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateTableInputBuilder {
    pub(crate) attribute_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeDefinition>,
    >,
    pub(crate) billing_mode: ::std::option::Option<crate::types::BillingMode>,
    pub(crate) deletion_protection_enabled: ::std::option::Option<bool>,
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) local_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndex>,
    >,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) sse_specification: ::std::option::Option<crate::types::SseSpecification>,
    pub(crate) stream_specification: ::std::option::Option<
        crate::types::StreamSpecification,
    >,
    pub(crate) table_class: ::std::option::Option<crate::types::TableClass>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    pub(crate) global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    pub(crate) global_table_source_arn: ::std::option::Option<::std::string::String>,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) resource_policy: ::std::option::Option<::std::string::String>,
    pub(crate) vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
    pub(crate) warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl ::std::fmt::Debug for CreateTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTableInputBuilder").finish_non_exhaustive()
    }
}
impl CreateTableInputBuilder {
    /// See [`CreateTableInput::attribute_definitions`](crate::types::CreateTableInput::attribute_definitions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attribute_definitions(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeDefinition>,
    ) -> Self {
        self.attribute_definitions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attribute_definitions`](Self::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeDefinition>>,
    ) -> Self {
        self.attribute_definitions = input;
        self
    }
    /// See [`CreateTableInput::billing_mode`](crate::types::CreateTableInput::billing_mode).
    pub fn billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode`](Self::billing_mode).
    pub fn set_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = input;
        self
    }
    /// See [`CreateTableInput::deletion_protection_enabled`](crate::types::CreateTableInput::deletion_protection_enabled).
    pub fn deletion_protection_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.deletion_protection_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deletion_protection_enabled`](Self::deletion_protection_enabled).
    pub fn set_deletion_protection_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.deletion_protection_enabled = input;
        self
    }
    /// See [`CreateTableInput::global_secondary_indexes`](crate::types::CreateTableInput::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndex>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GlobalSecondaryIndex>>,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`CreateTableInput::key_schema`](crate::types::CreateTableInput::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`CreateTableInput::local_secondary_indexes`](crate::types::CreateTableInput::local_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn local_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocalSecondaryIndex>,
    ) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`local_secondary_indexes`](Self::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LocalSecondaryIndex>>,
    ) -> Self {
        self.local_secondary_indexes = input;
        self
    }
    /// See [`CreateTableInput::provisioned_throughput`](crate::types::CreateTableInput::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`CreateTableInput::sse_specification`](crate::types::CreateTableInput::sse_specification).
    pub fn sse_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_specification`](Self::sse_specification).
    pub fn set_sse_specification(
        mut self,
        input: ::std::option::Option<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification = input;
        self
    }
    /// See [`CreateTableInput::stream_specification`](crate::types::CreateTableInput::stream_specification).
    pub fn stream_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_specification`](Self::stream_specification).
    pub fn set_stream_specification(
        mut self,
        input: ::std::option::Option<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_specification = input;
        self
    }
    /// See [`CreateTableInput::table_class`](crate::types::CreateTableInput::table_class).
    pub fn table_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClass>,
    ) -> Self {
        self.table_class = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_class`](Self::table_class).
    pub fn set_table_class(
        mut self,
        input: ::std::option::Option<crate::types::TableClass>,
    ) -> Self {
        self.table_class = input;
        self
    }
    /// See [`CreateTableInput::table_name`](crate::types::CreateTableInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`CreateTableInput::tags`](crate::types::CreateTableInput::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// See [`CreateTableInput::global_table_settings_replication_mode`](crate::types::CreateTableInput::global_table_settings_replication_mode).
    pub fn global_table_settings_replication_mode(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalTableSettingsReplicationMode,
        >,
    ) -> Self {
        self.global_table_settings_replication_mode = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`global_table_settings_replication_mode`](Self::global_table_settings_replication_mode).
    pub fn set_global_table_settings_replication_mode(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableSettingsReplicationMode>,
    ) -> Self {
        self.global_table_settings_replication_mode = input;
        self
    }
    /// See [`CreateTableInput::global_table_source_arn`](crate::types::CreateTableInput::global_table_source_arn).
    pub fn global_table_source_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_source_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_source_arn`](Self::global_table_source_arn).
    pub fn set_global_table_source_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_source_arn = input;
        self
    }
    /// See [`CreateTableInput::on_demand_throughput`](crate::types::CreateTableInput::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`CreateTableInput::resource_policy`](crate::types::CreateTableInput::resource_policy).
    pub fn resource_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_policy`](Self::resource_policy).
    pub fn set_resource_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_policy = input;
        self
    }
    /// See [`CreateTableInput::vector_indexes`](crate::types::CreateTableInput::vector_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndex>,
    ) -> Self {
        self.vector_indexes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`vector_indexes`](Self::vector_indexes).
    pub fn set_vector_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndex>>,
    ) -> Self {
        self.vector_indexes = input;
        self
    }
    /// See [`CreateTableInput::warm_throughput`](crate::types::CreateTableInput::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateTableInput {
            attribute_definitions: self.attribute_definitions,
            billing_mode: self.billing_mode,
            deletion_protection_enabled: self.deletion_protection_enabled,
            global_secondary_indexes: self.global_secondary_indexes,
            key_schema: self.key_schema,
            local_secondary_indexes: self.local_secondary_indexes,
            provisioned_throughput: self.provisioned_throughput,
            sse_specification: self.sse_specification,
            stream_specification: self.stream_specification,
            table_class: self.table_class,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateTableInput", "table_name"),
                )?,
            tags: self.tags,
            global_table_settings_replication_mode: self
                .global_table_settings_replication_mode,
            global_table_source_arn: self.global_table_source_arn,
            on_demand_throughput: self.on_demand_throughput,
            resource_policy: self.resource_policy,
            vector_indexes: self.vector_indexes,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`CreateTableOutput`](crate::types::CreateTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateTableOutputBuilder {
    pub(crate) table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl ::std::fmt::Debug for CreateTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTableOutputBuilder").finish_non_exhaustive()
    }
}
impl CreateTableOutputBuilder {
    /// See [`CreateTableOutput::table_description`](crate::types::CreateTableOutput::table_description).
    pub fn table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_description`](Self::table_description).
    pub fn set_table_description(
        mut self,
        input: ::std::option::Option<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateTableOutput {
            table_description: self.table_description,
        })
    }
}
/// A builder for [`CreateVectorIndexAction`](crate::types::CreateVectorIndexAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateVectorIndexActionBuilder {
    pub(crate) dimensions: ::std::option::Option<i64>,
    pub(crate) distance_function: ::std::option::Option<
        crate::types::VectorDistanceFunction,
    >,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    pub(crate) vector_attribute: ::std::option::Option<
        crate::types::VectorAttributeDefinition,
    >,
}
impl ::std::fmt::Debug for CreateVectorIndexActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateVectorIndexActionBuilder").finish_non_exhaustive()
    }
}
impl CreateVectorIndexActionBuilder {
    /// See [`CreateVectorIndexAction::dimensions`](crate::types::CreateVectorIndexAction::dimensions).
    pub fn dimensions(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.dimensions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dimensions`](Self::dimensions).
    pub fn set_dimensions(mut self, input: ::std::option::Option<i64>) -> Self {
        self.dimensions = input;
        self
    }
    /// See [`CreateVectorIndexAction::distance_function`](crate::types::CreateVectorIndexAction::distance_function).
    pub fn distance_function(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distance_function`](Self::distance_function).
    pub fn set_distance_function(
        mut self,
        input: ::std::option::Option<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = input;
        self
    }
    /// See [`CreateVectorIndexAction::index_name`](crate::types::CreateVectorIndexAction::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`CreateVectorIndexAction::projection`](crate::types::CreateVectorIndexAction::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`CreateVectorIndexAction::search_schema`](crate::types::CreateVectorIndexAction::search_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn search_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::SearchSchemaElement>,
    ) -> Self {
        self.search_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`search_schema`](Self::search_schema).
    pub fn set_search_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SearchSchemaElement>>,
    ) -> Self {
        self.search_schema = input;
        self
    }
    /// See [`CreateVectorIndexAction::vector_attribute`](crate::types::CreateVectorIndexAction::vector_attribute).
    pub fn vector_attribute(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vector_attribute`](Self::vector_attribute).
    pub fn set_vector_attribute(
        mut self,
        input: ::std::option::Option<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateVectorIndexAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateVectorIndexAction {
            dimensions: self
                .dimensions
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateVectorIndexAction",
                        "dimensions",
                    ),
                )?,
            distance_function: self
                .distance_function
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateVectorIndexAction",
                        "distance_function",
                    ),
                )?,
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateVectorIndexAction",
                        "index_name",
                    ),
                )?,
            projection: self
                .projection
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateVectorIndexAction",
                        "projection",
                    ),
                )?,
            search_schema: self.search_schema,
            vector_attribute: self
                .vector_attribute
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateVectorIndexAction",
                        "vector_attribute",
                    ),
                )?,
        })
    }
}
/// A builder for [`CsvOptions`](crate::types::CsvOptions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CsvOptionsBuilder {
    pub(crate) delimiter: ::std::option::Option<::std::string::String>,
    pub(crate) header_list: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CsvOptionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CsvOptionsBuilder").finish_non_exhaustive()
    }
}
impl CsvOptionsBuilder {
    /// See [`CsvOptions::delimiter`](crate::types::CsvOptions::delimiter).
    pub fn delimiter(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.delimiter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delimiter`](Self::delimiter).
    pub fn set_delimiter(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.delimiter = input;
        self
    }
    /// See [`CsvOptions::header_list`](crate::types::CsvOptions::header_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn header_list(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.header_list.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`header_list`](Self::header_list).
    pub fn set_header_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.header_list = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::CsvOptions, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::CsvOptions {
            delimiter: self.delimiter,
            header_list: self.header_list,
        })
    }
}
/// A builder for [`Delete`](crate::types::Delete).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteBuilder {
    pub(crate) condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteBuilder").finish_non_exhaustive()
    }
}
impl DeleteBuilder {
    /// See [`Delete::condition_expression`](crate::types::Delete::condition_expression).
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition_expression = input;
        self
    }
    /// See [`Delete::expression_attribute_names`](crate::types::Delete::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`Delete::expression_attribute_values`](crate::types::Delete::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`Delete::key`](crate::types::Delete::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`Delete::return_values_on_condition_check_failure`](crate::types::Delete::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`Delete::table_name`](crate::types::Delete::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Delete, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Delete {
            condition_expression: self.condition_expression,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            key: self.key.ok_or(crate::runtime::BuildError::missing("Delete", "key"))?,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            table_name: self
                .table_name
                .ok_or(crate::runtime::BuildError::missing("Delete", "table_name"))?,
        })
    }
}
/// A builder for [`DeleteBackupInput`](crate::types::DeleteBackupInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteBackupInputBuilder {
    pub(crate) backup_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteBackupInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteBackupInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteBackupInputBuilder {
    /// See [`DeleteBackupInput::backup_arn`](crate::types::DeleteBackupInput::backup_arn).
    pub fn backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_arn`](Self::backup_arn).
    pub fn set_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteBackupInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteBackupInput {
            backup_arn: self
                .backup_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteBackupInput",
                        "backup_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteBackupOutput`](crate::types::DeleteBackupOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteBackupOutputBuilder {
    pub(crate) backup_description: ::std::option::Option<
        crate::types::BackupDescription,
    >,
}
impl ::std::fmt::Debug for DeleteBackupOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteBackupOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteBackupOutputBuilder {
    /// See [`DeleteBackupOutput::backup_description`](crate::types::DeleteBackupOutput::backup_description).
    pub fn backup_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupDescription>,
    ) -> Self {
        self.backup_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_description`](Self::backup_description).
    pub fn set_backup_description(
        mut self,
        input: ::std::option::Option<crate::types::BackupDescription>,
    ) -> Self {
        self.backup_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteBackupOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteBackupOutput {
            backup_description: self.backup_description,
        })
    }
}
/// A builder for [`DeleteGlobalSecondaryIndexAction`](crate::types::DeleteGlobalSecondaryIndexAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteGlobalSecondaryIndexActionBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteGlobalSecondaryIndexActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteGlobalSecondaryIndexActionBuilder").finish_non_exhaustive()
    }
}
impl DeleteGlobalSecondaryIndexActionBuilder {
    /// See [`DeleteGlobalSecondaryIndexAction::index_name`](crate::types::DeleteGlobalSecondaryIndexAction::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteGlobalSecondaryIndexAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteGlobalSecondaryIndexAction {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteGlobalSecondaryIndexAction",
                        "index_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteGlobalTableWitnessGroupMemberAction`](crate::types::DeleteGlobalTableWitnessGroupMemberAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteGlobalTableWitnessGroupMemberActionBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteGlobalTableWitnessGroupMemberActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteGlobalTableWitnessGroupMemberActionBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteGlobalTableWitnessGroupMemberActionBuilder {
    /// See [`DeleteGlobalTableWitnessGroupMemberAction::region_name`](crate::types::DeleteGlobalTableWitnessGroupMemberAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteGlobalTableWitnessGroupMemberAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteGlobalTableWitnessGroupMemberAction {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteGlobalTableWitnessGroupMemberAction",
                        "region_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteItemInput`](crate::types::DeleteItemInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteItemInputBuilder {
    pub(crate) condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) conditional_operator: ::std::option::Option<
        crate::types::ConditionalOperator,
    >,
    pub(crate) expected: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ExpectedAttributeValue,
        >,
    >,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    pub(crate) return_values: ::std::option::Option<crate::types::ReturnValue>,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteItemInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteItemInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteItemInputBuilder {
    /// See [`DeleteItemInput::condition_expression`](crate::types::DeleteItemInput::condition_expression).
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition_expression = input;
        self
    }
    /// See [`DeleteItemInput::conditional_operator`](crate::types::DeleteItemInput::conditional_operator).
    pub fn conditional_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`conditional_operator`](Self::conditional_operator).
    pub fn set_conditional_operator(
        mut self,
        input: ::std::option::Option<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = input;
        self
    }
    /// See [`DeleteItemInput::expected`](crate::types::DeleteItemInput::expected).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expected(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::ExpectedAttributeValue>,
    ) -> Self {
        self.expected
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expected`](Self::expected).
    pub fn set_expected(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::ExpectedAttributeValue,
            >,
        >,
    ) -> Self {
        self.expected = input;
        self
    }
    /// See [`DeleteItemInput::expression_attribute_names`](crate::types::DeleteItemInput::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`DeleteItemInput::expression_attribute_values`](crate::types::DeleteItemInput::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`DeleteItemInput::key`](crate::types::DeleteItemInput::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`DeleteItemInput::return_consumed_capacity`](crate::types::DeleteItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`DeleteItemInput::return_item_collection_metrics`](crate::types::DeleteItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = input;
        self
    }
    /// See [`DeleteItemInput::return_values`](crate::types::DeleteItemInput::return_values).
    pub fn return_values(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnValue>,
    ) -> Self {
        self.return_values = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_values`](Self::return_values).
    pub fn set_return_values(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValue>,
    ) -> Self {
        self.return_values = input;
        self
    }
    /// See [`DeleteItemInput::return_values_on_condition_check_failure`](crate::types::DeleteItemInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`DeleteItemInput::table_name`](crate::types::DeleteItemInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteItemInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteItemInput {
            condition_expression: self.condition_expression,
            conditional_operator: self.conditional_operator,
            expected: self.expected,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            key: self
                .key
                .ok_or(crate::runtime::BuildError::missing("DeleteItemInput", "key"))?,
            return_consumed_capacity: self.return_consumed_capacity,
            return_item_collection_metrics: self.return_item_collection_metrics,
            return_values: self.return_values,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("DeleteItemInput", "table_name"),
                )?,
        })
    }
}
/// A builder for [`DeleteItemOutput`](crate::types::DeleteItemOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteItemOutputBuilder {
    pub(crate) attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    pub(crate) item_collection_metrics: ::std::option::Option<
        crate::types::ItemCollectionMetrics,
    >,
}
impl ::std::fmt::Debug for DeleteItemOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteItemOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteItemOutputBuilder {
    /// See [`DeleteItemOutput::attributes`](crate::types::DeleteItemOutput::attributes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn attributes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`attributes`](Self::attributes).
    pub fn set_attributes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.attributes = input;
        self
    }
    /// See [`DeleteItemOutput::consumed_capacity`](crate::types::DeleteItemOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`DeleteItemOutput::item_collection_metrics`](crate::types::DeleteItemOutput::item_collection_metrics).
    pub fn item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ItemCollectionMetrics>,
    ) -> Self {
        self.item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_collection_metrics`](Self::item_collection_metrics).
    pub fn set_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ItemCollectionMetrics>,
    ) -> Self {
        self.item_collection_metrics = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteItemOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteItemOutput {
            attributes: self.attributes,
            consumed_capacity: self.consumed_capacity,
            item_collection_metrics: self.item_collection_metrics,
        })
    }
}
/// A builder for [`DeleteReplicaAction`](crate::types::DeleteReplicaAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteReplicaActionBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteReplicaActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteReplicaActionBuilder").finish_non_exhaustive()
    }
}
impl DeleteReplicaActionBuilder {
    /// See [`DeleteReplicaAction::region_name`](crate::types::DeleteReplicaAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteReplicaAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteReplicaAction {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteReplicaAction",
                        "region_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteReplicationGroupMemberAction`](crate::types::DeleteReplicationGroupMemberAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteReplicationGroupMemberActionBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteReplicationGroupMemberActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteReplicationGroupMemberActionBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteReplicationGroupMemberActionBuilder {
    /// See [`DeleteReplicationGroupMemberAction::region_name`](crate::types::DeleteReplicationGroupMemberAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteReplicationGroupMemberAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteReplicationGroupMemberAction {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteReplicationGroupMemberAction",
                        "region_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteRequest`](crate::types::DeleteRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteRequestBuilder {
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
}
impl ::std::fmt::Debug for DeleteRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteRequestBuilder {
    /// See [`DeleteRequest::key`](crate::types::DeleteRequest::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::DeleteRequest, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::DeleteRequest {
            key: self
                .key
                .ok_or(crate::runtime::BuildError::missing("DeleteRequest", "key"))?,
        })
    }
}
/// A builder for [`DeleteResourcePolicyInput`](crate::types::DeleteResourcePolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteResourcePolicyInputBuilder {
    pub(crate) expected_revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteResourcePolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteResourcePolicyInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteResourcePolicyInputBuilder {
    /// See [`DeleteResourcePolicyInput::expected_revision_id`](crate::types::DeleteResourcePolicyInput::expected_revision_id).
    pub fn expected_revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expected_revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expected_revision_id`](Self::expected_revision_id).
    pub fn set_expected_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.expected_revision_id = input;
        self
    }
    /// See [`DeleteResourcePolicyInput::resource_arn`](crate::types::DeleteResourcePolicyInput::resource_arn).
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
        crate::types::DeleteResourcePolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteResourcePolicyInput {
            expected_revision_id: self.expected_revision_id,
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteResourcePolicyInput",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteResourcePolicyOutput`](crate::types::DeleteResourcePolicyOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteResourcePolicyOutputBuilder {
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteResourcePolicyOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteResourcePolicyOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteResourcePolicyOutputBuilder {
    /// See [`DeleteResourcePolicyOutput::revision_id`](crate::types::DeleteResourcePolicyOutput::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteResourcePolicyOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteResourcePolicyOutput {
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`DeleteTableInput`](crate::types::DeleteTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteTableInputBuilder {
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteTableInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteTableInputBuilder {
    /// See [`DeleteTableInput::table_name`](crate::types::DeleteTableInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteTableInput {
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("DeleteTableInput", "table_name"),
                )?,
        })
    }
}
/// A builder for [`DeleteTableOutput`](crate::types::DeleteTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteTableOutputBuilder {
    pub(crate) table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl ::std::fmt::Debug for DeleteTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteTableOutputBuilder").finish_non_exhaustive()
    }
}
impl DeleteTableOutputBuilder {
    /// See [`DeleteTableOutput::table_description`](crate::types::DeleteTableOutput::table_description).
    pub fn table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_description`](Self::table_description).
    pub fn set_table_description(
        mut self,
        input: ::std::option::Option<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteTableOutput {
            table_description: self.table_description,
        })
    }
}
/// A builder for [`DeleteVectorIndexAction`](crate::types::DeleteVectorIndexAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteVectorIndexActionBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteVectorIndexActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteVectorIndexActionBuilder").finish_non_exhaustive()
    }
}
impl DeleteVectorIndexActionBuilder {
    /// See [`DeleteVectorIndexAction::index_name`](crate::types::DeleteVectorIndexAction::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteVectorIndexAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteVectorIndexAction {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteVectorIndexAction",
                        "index_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeBackupInput`](crate::types::DescribeBackupInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeBackupInputBuilder {
    pub(crate) backup_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeBackupInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeBackupInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeBackupInputBuilder {
    /// See [`DescribeBackupInput::backup_arn`](crate::types::DescribeBackupInput::backup_arn).
    pub fn backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_arn`](Self::backup_arn).
    pub fn set_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeBackupInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeBackupInput {
            backup_arn: self
                .backup_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeBackupInput",
                        "backup_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeBackupOutput`](crate::types::DescribeBackupOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeBackupOutputBuilder {
    pub(crate) backup_description: ::std::option::Option<
        crate::types::BackupDescription,
    >,
}
impl ::std::fmt::Debug for DescribeBackupOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeBackupOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeBackupOutputBuilder {
    /// See [`DescribeBackupOutput::backup_description`](crate::types::DescribeBackupOutput::backup_description).
    pub fn backup_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupDescription>,
    ) -> Self {
        self.backup_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_description`](Self::backup_description).
    pub fn set_backup_description(
        mut self,
        input: ::std::option::Option<crate::types::BackupDescription>,
    ) -> Self {
        self.backup_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeBackupOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeBackupOutput {
            backup_description: self.backup_description,
        })
    }
}
/// A builder for [`DescribeBulkOperationInput`](crate::types::DescribeBulkOperationInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeBulkOperationInputBuilder {
    pub(crate) bulk_operation_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeBulkOperationInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeBulkOperationInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeBulkOperationInputBuilder {
    /// See [`DescribeBulkOperationInput::bulk_operation_arn`](crate::types::DescribeBulkOperationInput::bulk_operation_arn).
    pub fn bulk_operation_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_arn`](Self::bulk_operation_arn).
    pub fn set_bulk_operation_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.bulk_operation_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeBulkOperationInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeBulkOperationInput {
            bulk_operation_arn: self
                .bulk_operation_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeBulkOperationInput",
                        "bulk_operation_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeBulkOperationOutput`](crate::types::DescribeBulkOperationOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeBulkOperationOutputBuilder {
    pub(crate) bulk_operation_description: ::std::option::Option<
        crate::types::BulkOperationDescription,
    >,
}
impl ::std::fmt::Debug for DescribeBulkOperationOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeBulkOperationOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeBulkOperationOutputBuilder {
    /// See [`DescribeBulkOperationOutput::bulk_operation_description`](crate::types::DescribeBulkOperationOutput::bulk_operation_description).
    pub fn bulk_operation_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationDescription>,
    ) -> Self {
        self.bulk_operation_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_description`](Self::bulk_operation_description).
    pub fn set_bulk_operation_description(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationDescription>,
    ) -> Self {
        self.bulk_operation_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeBulkOperationOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeBulkOperationOutput {
            bulk_operation_description: self
                .bulk_operation_description
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeBulkOperationOutput",
                        "bulk_operation_description",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeContinuousBackupsInput`](crate::types::DescribeContinuousBackupsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeContinuousBackupsInputBuilder {
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeContinuousBackupsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeContinuousBackupsInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeContinuousBackupsInputBuilder {
    /// See [`DescribeContinuousBackupsInput::table_name`](crate::types::DescribeContinuousBackupsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeContinuousBackupsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeContinuousBackupsInput {
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeContinuousBackupsInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeContinuousBackupsOutput`](crate::types::DescribeContinuousBackupsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeContinuousBackupsOutputBuilder {
    pub(crate) continuous_backups_description: ::std::option::Option<
        crate::types::ContinuousBackupsDescription,
    >,
}
impl ::std::fmt::Debug for DescribeContinuousBackupsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeContinuousBackupsOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeContinuousBackupsOutputBuilder {
    /// See [`DescribeContinuousBackupsOutput::continuous_backups_description`](crate::types::DescribeContinuousBackupsOutput::continuous_backups_description).
    pub fn continuous_backups_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContinuousBackupsDescription>,
    ) -> Self {
        self.continuous_backups_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`continuous_backups_description`](Self::continuous_backups_description).
    pub fn set_continuous_backups_description(
        mut self,
        input: ::std::option::Option<crate::types::ContinuousBackupsDescription>,
    ) -> Self {
        self.continuous_backups_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeContinuousBackupsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeContinuousBackupsOutput {
            continuous_backups_description: self.continuous_backups_description,
        })
    }
}
/// A builder for [`DescribeContributorInsightsInput`](crate::types::DescribeContributorInsightsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeContributorInsightsInputBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeContributorInsightsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeContributorInsightsInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeContributorInsightsInputBuilder {
    /// See [`DescribeContributorInsightsInput::index_name`](crate::types::DescribeContributorInsightsInput::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`DescribeContributorInsightsInput::table_name`](crate::types::DescribeContributorInsightsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeContributorInsightsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeContributorInsightsInput {
            index_name: self.index_name,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeContributorInsightsInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeContributorInsightsOutput`](crate::types::DescribeContributorInsightsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeContributorInsightsOutputBuilder {
    pub(crate) contributor_insights_rule_list: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) contributor_insights_status: ::std::option::Option<
        crate::types::ContributorInsightsStatus,
    >,
    pub(crate) failure_exception: ::std::option::Option<crate::types::FailureException>,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) last_update_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl ::std::fmt::Debug for DescribeContributorInsightsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeContributorInsightsOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeContributorInsightsOutputBuilder {
    /// See [`DescribeContributorInsightsOutput::contributor_insights_rule_list`](crate::types::DescribeContributorInsightsOutput::contributor_insights_rule_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn contributor_insights_rule_list(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.contributor_insights_rule_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_rule_list`](Self::contributor_insights_rule_list).
    pub fn set_contributor_insights_rule_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.contributor_insights_rule_list = input;
        self
    }
    /// See [`DescribeContributorInsightsOutput::contributor_insights_status`](crate::types::DescribeContributorInsightsOutput::contributor_insights_status).
    pub fn contributor_insights_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsStatus>,
    ) -> Self {
        self.contributor_insights_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_status`](Self::contributor_insights_status).
    pub fn set_contributor_insights_status(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsStatus>,
    ) -> Self {
        self.contributor_insights_status = input;
        self
    }
    /// See [`DescribeContributorInsightsOutput::failure_exception`](crate::types::DescribeContributorInsightsOutput::failure_exception).
    pub fn failure_exception(
        mut self,
        input: impl ::std::convert::Into<crate::types::FailureException>,
    ) -> Self {
        self.failure_exception = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failure_exception`](Self::failure_exception).
    pub fn set_failure_exception(
        mut self,
        input: ::std::option::Option<crate::types::FailureException>,
    ) -> Self {
        self.failure_exception = input;
        self
    }
    /// See [`DescribeContributorInsightsOutput::index_name`](crate::types::DescribeContributorInsightsOutput::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`DescribeContributorInsightsOutput::last_update_date_time`](crate::types::DescribeContributorInsightsOutput::last_update_date_time).
    pub fn last_update_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_update_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_update_date_time`](Self::last_update_date_time).
    pub fn set_last_update_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_update_date_time = input;
        self
    }
    /// See [`DescribeContributorInsightsOutput::table_name`](crate::types::DescribeContributorInsightsOutput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`DescribeContributorInsightsOutput::contributor_insights_mode`](crate::types::DescribeContributorInsightsOutput::contributor_insights_mode).
    pub fn contributor_insights_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_mode`](Self::contributor_insights_mode).
    pub fn set_contributor_insights_mode(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeContributorInsightsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeContributorInsightsOutput {
            contributor_insights_rule_list: self.contributor_insights_rule_list,
            contributor_insights_status: self.contributor_insights_status,
            failure_exception: self.failure_exception,
            index_name: self.index_name,
            last_update_date_time: self.last_update_date_time,
            table_name: self.table_name,
            contributor_insights_mode: self.contributor_insights_mode,
        })
    }
}
/// A builder for [`DescribeEndpointsRequest`](crate::types::DescribeEndpointsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeEndpointsRequestBuilder {}
impl ::std::fmt::Debug for DescribeEndpointsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeEndpointsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeEndpointsRequestBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeEndpointsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeEndpointsRequest {
        })
    }
}
/// A builder for [`DescribeEndpointsResponse`](crate::types::DescribeEndpointsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeEndpointsResponseBuilder {
    pub(crate) endpoints: ::std::option::Option<::std::vec::Vec<crate::types::Endpoint>>,
}
impl ::std::fmt::Debug for DescribeEndpointsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeEndpointsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeEndpointsResponseBuilder {
    /// See [`DescribeEndpointsResponse::endpoints`](crate::types::DescribeEndpointsResponse::endpoints).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn endpoints(
        mut self,
        input: impl ::std::convert::Into<crate::types::Endpoint>,
    ) -> Self {
        self.endpoints.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`endpoints`](Self::endpoints).
    pub fn set_endpoints(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Endpoint>>,
    ) -> Self {
        self.endpoints = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeEndpointsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeEndpointsResponse {
            endpoints: self
                .endpoints
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeEndpointsResponse",
                        "endpoints",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeExportInput`](crate::types::DescribeExportInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeExportInputBuilder {
    pub(crate) export_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeExportInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExportInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeExportInputBuilder {
    /// See [`DescribeExportInput::export_arn`](crate::types::DescribeExportInput::export_arn).
    pub fn export_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.export_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_arn`](Self::export_arn).
    pub fn set_export_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.export_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeExportInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeExportInput {
            export_arn: self
                .export_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeExportInput",
                        "export_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeExportOutput`](crate::types::DescribeExportOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeExportOutputBuilder {
    pub(crate) export_description: ::std::option::Option<
        crate::types::ExportDescription,
    >,
}
impl ::std::fmt::Debug for DescribeExportOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExportOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeExportOutputBuilder {
    /// See [`DescribeExportOutput::export_description`](crate::types::DescribeExportOutput::export_description).
    pub fn export_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportDescription>,
    ) -> Self {
        self.export_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_description`](Self::export_description).
    pub fn set_export_description(
        mut self,
        input: ::std::option::Option<crate::types::ExportDescription>,
    ) -> Self {
        self.export_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeExportOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeExportOutput {
            export_description: self.export_description,
        })
    }
}
/// A builder for [`DescribeGlobalTableInput`](crate::types::DescribeGlobalTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeGlobalTableInputBuilder {
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeGlobalTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeGlobalTableInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeGlobalTableInputBuilder {
    /// See [`DescribeGlobalTableInput::global_table_name`](crate::types::DescribeGlobalTableInput::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeGlobalTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeGlobalTableInput {
            global_table_name: self
                .global_table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeGlobalTableInput",
                        "global_table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeGlobalTableOutput`](crate::types::DescribeGlobalTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeGlobalTableOutputBuilder {
    pub(crate) global_table_description: ::std::option::Option<
        crate::types::GlobalTableDescription,
    >,
}
impl ::std::fmt::Debug for DescribeGlobalTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeGlobalTableOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeGlobalTableOutputBuilder {
    /// See [`DescribeGlobalTableOutput::global_table_description`](crate::types::DescribeGlobalTableOutput::global_table_description).
    pub fn global_table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTableDescription>,
    ) -> Self {
        self.global_table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_description`](Self::global_table_description).
    pub fn set_global_table_description(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableDescription>,
    ) -> Self {
        self.global_table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeGlobalTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeGlobalTableOutput {
            global_table_description: self.global_table_description,
        })
    }
}
/// A builder for [`DescribeGlobalTableSettingsInput`](crate::types::DescribeGlobalTableSettingsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeGlobalTableSettingsInputBuilder {
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeGlobalTableSettingsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeGlobalTableSettingsInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeGlobalTableSettingsInputBuilder {
    /// See [`DescribeGlobalTableSettingsInput::global_table_name`](crate::types::DescribeGlobalTableSettingsInput::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeGlobalTableSettingsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeGlobalTableSettingsInput {
            global_table_name: self
                .global_table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeGlobalTableSettingsInput",
                        "global_table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeGlobalTableSettingsOutput`](crate::types::DescribeGlobalTableSettingsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeGlobalTableSettingsOutputBuilder {
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_settings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaSettingsDescription>,
    >,
}
impl ::std::fmt::Debug for DescribeGlobalTableSettingsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeGlobalTableSettingsOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeGlobalTableSettingsOutputBuilder {
    /// See [`DescribeGlobalTableSettingsOutput::global_table_name`](crate::types::DescribeGlobalTableSettingsOutput::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// See [`DescribeGlobalTableSettingsOutput::replica_settings`](crate::types::DescribeGlobalTableSettingsOutput::replica_settings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaSettingsDescription>,
    ) -> Self {
        self.replica_settings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replica_settings`](Self::replica_settings).
    pub fn set_replica_settings(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaSettingsDescription>,
        >,
    ) -> Self {
        self.replica_settings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeGlobalTableSettingsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeGlobalTableSettingsOutput {
            global_table_name: self.global_table_name,
            replica_settings: self.replica_settings,
        })
    }
}
/// A builder for [`DescribeImportInput`](crate::types::DescribeImportInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeImportInputBuilder {
    pub(crate) import_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeImportInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeImportInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeImportInputBuilder {
    /// See [`DescribeImportInput::import_arn`](crate::types::DescribeImportInput::import_arn).
    pub fn import_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.import_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`import_arn`](Self::import_arn).
    pub fn set_import_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.import_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeImportInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeImportInput {
            import_arn: self
                .import_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeImportInput",
                        "import_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeImportOutput`](crate::types::DescribeImportOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeImportOutputBuilder {
    pub(crate) import_table_description: ::std::option::Option<
        crate::types::ImportTableDescription,
    >,
}
impl ::std::fmt::Debug for DescribeImportOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeImportOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeImportOutputBuilder {
    /// See [`DescribeImportOutput::import_table_description`](crate::types::DescribeImportOutput::import_table_description).
    pub fn import_table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImportTableDescription>,
    ) -> Self {
        self.import_table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`import_table_description`](Self::import_table_description).
    pub fn set_import_table_description(
        mut self,
        input: ::std::option::Option<crate::types::ImportTableDescription>,
    ) -> Self {
        self.import_table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeImportOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeImportOutput {
            import_table_description: self
                .import_table_description
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeImportOutput",
                        "import_table_description",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeKinesisStreamingDestinationInput`](crate::types::DescribeKinesisStreamingDestinationInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeKinesisStreamingDestinationInputBuilder {
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeKinesisStreamingDestinationInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeKinesisStreamingDestinationInputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeKinesisStreamingDestinationInputBuilder {
    /// See [`DescribeKinesisStreamingDestinationInput::table_name`](crate::types::DescribeKinesisStreamingDestinationInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeKinesisStreamingDestinationInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeKinesisStreamingDestinationInput {
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeKinesisStreamingDestinationInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeKinesisStreamingDestinationOutput`](crate::types::DescribeKinesisStreamingDestinationOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeKinesisStreamingDestinationOutputBuilder {
    pub(crate) kinesis_data_stream_destinations: ::std::option::Option<
        ::std::vec::Vec<crate::types::KinesisDataStreamDestination>,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeKinesisStreamingDestinationOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeKinesisStreamingDestinationOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeKinesisStreamingDestinationOutputBuilder {
    /// See [`DescribeKinesisStreamingDestinationOutput::kinesis_data_stream_destinations`](crate::types::DescribeKinesisStreamingDestinationOutput::kinesis_data_stream_destinations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn kinesis_data_stream_destinations(
        mut self,
        input: impl ::std::convert::Into<crate::types::KinesisDataStreamDestination>,
    ) -> Self {
        self.kinesis_data_stream_destinations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`kinesis_data_stream_destinations`](Self::kinesis_data_stream_destinations).
    pub fn set_kinesis_data_stream_destinations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::KinesisDataStreamDestination>,
        >,
    ) -> Self {
        self.kinesis_data_stream_destinations = input;
        self
    }
    /// See [`DescribeKinesisStreamingDestinationOutput::table_name`](crate::types::DescribeKinesisStreamingDestinationOutput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeKinesisStreamingDestinationOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeKinesisStreamingDestinationOutput {
            kinesis_data_stream_destinations: self.kinesis_data_stream_destinations,
            table_name: self.table_name,
        })
    }
}
/// A builder for [`DescribeLimitsInput`](crate::types::DescribeLimitsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeLimitsInputBuilder {}
impl ::std::fmt::Debug for DescribeLimitsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeLimitsInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeLimitsInputBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLimitsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeLimitsInput {
        })
    }
}
/// A builder for [`DescribeLimitsOutput`](crate::types::DescribeLimitsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeLimitsOutputBuilder {
    pub(crate) account_max_read_capacity_units: ::std::option::Option<i64>,
    pub(crate) account_max_write_capacity_units: ::std::option::Option<i64>,
    pub(crate) table_max_read_capacity_units: ::std::option::Option<i64>,
    pub(crate) table_max_write_capacity_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for DescribeLimitsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeLimitsOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeLimitsOutputBuilder {
    /// See [`DescribeLimitsOutput::account_max_read_capacity_units`](crate::types::DescribeLimitsOutput::account_max_read_capacity_units).
    pub fn account_max_read_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.account_max_read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_max_read_capacity_units`](Self::account_max_read_capacity_units).
    pub fn set_account_max_read_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.account_max_read_capacity_units = input;
        self
    }
    /// See [`DescribeLimitsOutput::account_max_write_capacity_units`](crate::types::DescribeLimitsOutput::account_max_write_capacity_units).
    pub fn account_max_write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.account_max_write_capacity_units = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`account_max_write_capacity_units`](Self::account_max_write_capacity_units).
    pub fn set_account_max_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.account_max_write_capacity_units = input;
        self
    }
    /// See [`DescribeLimitsOutput::table_max_read_capacity_units`](crate::types::DescribeLimitsOutput::table_max_read_capacity_units).
    pub fn table_max_read_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.table_max_read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_max_read_capacity_units`](Self::table_max_read_capacity_units).
    pub fn set_table_max_read_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.table_max_read_capacity_units = input;
        self
    }
    /// See [`DescribeLimitsOutput::table_max_write_capacity_units`](crate::types::DescribeLimitsOutput::table_max_write_capacity_units).
    pub fn table_max_write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.table_max_write_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_max_write_capacity_units`](Self::table_max_write_capacity_units).
    pub fn set_table_max_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.table_max_write_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeLimitsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeLimitsOutput {
            account_max_read_capacity_units: self.account_max_read_capacity_units,
            account_max_write_capacity_units: self.account_max_write_capacity_units,
            table_max_read_capacity_units: self.table_max_read_capacity_units,
            table_max_write_capacity_units: self.table_max_write_capacity_units,
        })
    }
}
/// A builder for [`DescribeTableInput`](crate::types::DescribeTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeTableInputBuilder {
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeTableInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeTableInputBuilder {
    /// See [`DescribeTableInput::table_name`](crate::types::DescribeTableInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeTableInput {
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeTableInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeTableOutput`](crate::types::DescribeTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeTableOutputBuilder {
    pub(crate) table: ::std::option::Option<crate::types::TableDescription>,
}
impl ::std::fmt::Debug for DescribeTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeTableOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeTableOutputBuilder {
    /// See [`DescribeTableOutput::table`](crate::types::DescribeTableOutput::table).
    pub fn table(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableDescription>,
    ) -> Self {
        self.table = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table`](Self::table).
    pub fn set_table(
        mut self,
        input: ::std::option::Option<crate::types::TableDescription>,
    ) -> Self {
        self.table = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeTableOutput {
            table: self.table,
        })
    }
}
/// A builder for [`DescribeTableReplicaAutoScalingInput`](crate::types::DescribeTableReplicaAutoScalingInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeTableReplicaAutoScalingInputBuilder {
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeTableReplicaAutoScalingInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeTableReplicaAutoScalingInputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeTableReplicaAutoScalingInputBuilder {
    /// See [`DescribeTableReplicaAutoScalingInput::table_name`](crate::types::DescribeTableReplicaAutoScalingInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeTableReplicaAutoScalingInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeTableReplicaAutoScalingInput {
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeTableReplicaAutoScalingInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeTableReplicaAutoScalingOutput`](crate::types::DescribeTableReplicaAutoScalingOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeTableReplicaAutoScalingOutputBuilder {
    pub(crate) table_auto_scaling_description: ::std::option::Option<
        crate::types::TableAutoScalingDescription,
    >,
}
impl ::std::fmt::Debug for DescribeTableReplicaAutoScalingOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeTableReplicaAutoScalingOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeTableReplicaAutoScalingOutputBuilder {
    /// See [`DescribeTableReplicaAutoScalingOutput::table_auto_scaling_description`](crate::types::DescribeTableReplicaAutoScalingOutput::table_auto_scaling_description).
    pub fn table_auto_scaling_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableAutoScalingDescription>,
    ) -> Self {
        self.table_auto_scaling_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_auto_scaling_description`](Self::table_auto_scaling_description).
    pub fn set_table_auto_scaling_description(
        mut self,
        input: ::std::option::Option<crate::types::TableAutoScalingDescription>,
    ) -> Self {
        self.table_auto_scaling_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeTableReplicaAutoScalingOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeTableReplicaAutoScalingOutput {
            table_auto_scaling_description: self.table_auto_scaling_description,
        })
    }
}
/// A builder for [`DescribeTimeToLiveInput`](crate::types::DescribeTimeToLiveInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeTimeToLiveInputBuilder {
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeTimeToLiveInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeTimeToLiveInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeTimeToLiveInputBuilder {
    /// See [`DescribeTimeToLiveInput::table_name`](crate::types::DescribeTimeToLiveInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeTimeToLiveInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeTimeToLiveInput {
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeTimeToLiveInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeTimeToLiveOutput`](crate::types::DescribeTimeToLiveOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeTimeToLiveOutputBuilder {
    pub(crate) time_to_live_description: ::std::option::Option<
        crate::types::TimeToLiveDescription,
    >,
}
impl ::std::fmt::Debug for DescribeTimeToLiveOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeTimeToLiveOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeTimeToLiveOutputBuilder {
    /// See [`DescribeTimeToLiveOutput::time_to_live_description`](crate::types::DescribeTimeToLiveOutput::time_to_live_description).
    pub fn time_to_live_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TimeToLiveDescription>,
    ) -> Self {
        self.time_to_live_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time_to_live_description`](Self::time_to_live_description).
    pub fn set_time_to_live_description(
        mut self,
        input: ::std::option::Option<crate::types::TimeToLiveDescription>,
    ) -> Self {
        self.time_to_live_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeTimeToLiveOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeTimeToLiveOutput {
            time_to_live_description: self.time_to_live_description,
        })
    }
}
/// A builder for [`DisassociateReplicationGroupMemberAction`](crate::types::DisassociateReplicationGroupMemberAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DisassociateReplicationGroupMemberActionBuilder {
    pub(crate) disassociation_mode: ::std::option::Option<
        crate::types::DisassociationMode,
    >,
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DisassociateReplicationGroupMemberActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisassociateReplicationGroupMemberActionBuilder")
            .finish_non_exhaustive()
    }
}
impl DisassociateReplicationGroupMemberActionBuilder {
    /// See [`DisassociateReplicationGroupMemberAction::disassociation_mode`](crate::types::DisassociateReplicationGroupMemberAction::disassociation_mode).
    pub fn disassociation_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::DisassociationMode>,
    ) -> Self {
        self.disassociation_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disassociation_mode`](Self::disassociation_mode).
    pub fn set_disassociation_mode(
        mut self,
        input: ::std::option::Option<crate::types::DisassociationMode>,
    ) -> Self {
        self.disassociation_mode = input;
        self
    }
    /// See [`DisassociateReplicationGroupMemberAction::region_name`](crate::types::DisassociateReplicationGroupMemberAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DisassociateReplicationGroupMemberAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DisassociateReplicationGroupMemberAction {
            disassociation_mode: self
                .disassociation_mode
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DisassociateReplicationGroupMemberAction",
                        "disassociation_mode",
                    ),
                )?,
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DisassociateReplicationGroupMemberAction",
                        "region_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`EnableKinesisStreamingConfiguration`](crate::types::EnableKinesisStreamingConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EnableKinesisStreamingConfigurationBuilder {
    pub(crate) approximate_creation_date_time_precision: ::std::option::Option<
        crate::types::ApproximateCreationDateTimePrecision,
    >,
}
impl ::std::fmt::Debug for EnableKinesisStreamingConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnableKinesisStreamingConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl EnableKinesisStreamingConfigurationBuilder {
    /// See [`EnableKinesisStreamingConfiguration::approximate_creation_date_time_precision`](crate::types::EnableKinesisStreamingConfiguration::approximate_creation_date_time_precision).
    pub fn approximate_creation_date_time_precision(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ApproximateCreationDateTimePrecision,
        >,
    ) -> Self {
        self.approximate_creation_date_time_precision = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`approximate_creation_date_time_precision`](Self::approximate_creation_date_time_precision).
    pub fn set_approximate_creation_date_time_precision(
        mut self,
        input: ::std::option::Option<crate::types::ApproximateCreationDateTimePrecision>,
    ) -> Self {
        self.approximate_creation_date_time_precision = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EnableKinesisStreamingConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EnableKinesisStreamingConfiguration {
            approximate_creation_date_time_precision: self
                .approximate_creation_date_time_precision,
        })
    }
}
/// A builder for [`Endpoint`](crate::types::Endpoint).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EndpointBuilder {
    pub(crate) address: ::std::option::Option<::std::string::String>,
    pub(crate) cache_period_in_minutes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for EndpointBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EndpointBuilder").finish_non_exhaustive()
    }
}
impl EndpointBuilder {
    /// See [`Endpoint::address`](crate::types::Endpoint::address).
    pub fn address(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`address`](Self::address).
    pub fn set_address(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.address = input;
        self
    }
    /// See [`Endpoint::cache_period_in_minutes`](crate::types::Endpoint::cache_period_in_minutes).
    pub fn cache_period_in_minutes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.cache_period_in_minutes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_period_in_minutes`](Self::cache_period_in_minutes).
    pub fn set_cache_period_in_minutes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.cache_period_in_minutes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Endpoint, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Endpoint {
            address: self
                .address
                .ok_or(crate::runtime::BuildError::missing("Endpoint", "address"))?,
            cache_period_in_minutes: self
                .cache_period_in_minutes
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "Endpoint",
                        "cache_period_in_minutes",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecuteStatementInput`](crate::types::ExecuteStatementInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecuteStatementInputBuilder {
    pub(crate) consistent_read: ::std::option::Option<bool>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) parameters: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) statement: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExecuteStatementInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecuteStatementInputBuilder").finish_non_exhaustive()
    }
}
impl ExecuteStatementInputBuilder {
    /// See [`ExecuteStatementInput::consistent_read`](crate::types::ExecuteStatementInput::consistent_read).
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.consistent_read = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.consistent_read = input;
        self
    }
    /// See [`ExecuteStatementInput::limit`](crate::types::ExecuteStatementInput::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`ExecuteStatementInput::next_token`](crate::types::ExecuteStatementInput::next_token).
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
    /// See [`ExecuteStatementInput::parameters`](crate::types::ExecuteStatementInput::parameters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.parameters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`ExecuteStatementInput::return_consumed_capacity`](crate::types::ExecuteStatementInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`ExecuteStatementInput::return_values_on_condition_check_failure`](crate::types::ExecuteStatementInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`ExecuteStatementInput::statement`](crate::types::ExecuteStatementInput::statement).
    pub fn statement(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement`](Self::statement).
    pub fn set_statement(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecuteStatementInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecuteStatementInput {
            consistent_read: self.consistent_read,
            limit: self.limit,
            next_token: self.next_token,
            parameters: self.parameters,
            return_consumed_capacity: self.return_consumed_capacity,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            statement: self
                .statement
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecuteStatementInput",
                        "statement",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecuteStatementOutput`](crate::types::ExecuteStatementOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecuteStatementOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    >,
    pub(crate) last_evaluated_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExecuteStatementOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecuteStatementOutputBuilder").finish_non_exhaustive()
    }
}
impl ExecuteStatementOutputBuilder {
    /// See [`ExecuteStatementOutput::consumed_capacity`](crate::types::ExecuteStatementOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`ExecuteStatementOutput::items`](crate::types::ExecuteStatementOutput::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::types::AttributeValue,
                >,
            >,
        >,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`ExecuteStatementOutput::last_evaluated_key`](crate::types::ExecuteStatementOutput::last_evaluated_key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn last_evaluated_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.last_evaluated_key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`last_evaluated_key`](Self::last_evaluated_key).
    pub fn set_last_evaluated_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.last_evaluated_key = input;
        self
    }
    /// See [`ExecuteStatementOutput::next_token`](crate::types::ExecuteStatementOutput::next_token).
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
        crate::types::ExecuteStatementOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecuteStatementOutput {
            consumed_capacity: self.consumed_capacity,
            items: self.items,
            last_evaluated_key: self.last_evaluated_key,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ExecuteTransactionInput`](crate::types::ExecuteTransactionInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecuteTransactionInputBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) transact_statements: ::std::option::Option<
        ::std::vec::Vec<crate::types::ParameterizedStatement>,
    >,
}
impl ::std::fmt::Debug for ExecuteTransactionInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecuteTransactionInputBuilder").finish_non_exhaustive()
    }
}
impl ExecuteTransactionInputBuilder {
    /// See [`ExecuteTransactionInput::client_request_token`](crate::types::ExecuteTransactionInput::client_request_token).
    pub fn client_request_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_request_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_request_token`](Self::client_request_token).
    pub fn set_client_request_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_request_token = input;
        self
    }
    /// See [`ExecuteTransactionInput::return_consumed_capacity`](crate::types::ExecuteTransactionInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`ExecuteTransactionInput::transact_statements`](crate::types::ExecuteTransactionInput::transact_statements).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn transact_statements(
        mut self,
        input: impl ::std::convert::Into<crate::types::ParameterizedStatement>,
    ) -> Self {
        self.transact_statements
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`transact_statements`](Self::transact_statements).
    pub fn set_transact_statements(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ParameterizedStatement>,
        >,
    ) -> Self {
        self.transact_statements = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecuteTransactionInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecuteTransactionInput {
            client_request_token: self.client_request_token,
            return_consumed_capacity: self.return_consumed_capacity,
            transact_statements: self
                .transact_statements
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExecuteTransactionInput",
                        "transact_statements",
                    ),
                )?,
        })
    }
}
/// A builder for [`ExecuteTransactionOutput`](crate::types::ExecuteTransactionOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExecuteTransactionOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    pub(crate) responses: ::std::option::Option<
        ::std::vec::Vec<crate::types::ItemResponse>,
    >,
}
impl ::std::fmt::Debug for ExecuteTransactionOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecuteTransactionOutputBuilder").finish_non_exhaustive()
    }
}
impl ExecuteTransactionOutputBuilder {
    /// See [`ExecuteTransactionOutput::consumed_capacity`](crate::types::ExecuteTransactionOutput::consumed_capacity).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ConsumedCapacity>>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`ExecuteTransactionOutput::responses`](crate::types::ExecuteTransactionOutput::responses).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn responses(
        mut self,
        input: impl ::std::convert::Into<crate::types::ItemResponse>,
    ) -> Self {
        self.responses.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`responses`](Self::responses).
    pub fn set_responses(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ItemResponse>>,
    ) -> Self {
        self.responses = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExecuteTransactionOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExecuteTransactionOutput {
            consumed_capacity: self.consumed_capacity,
            responses: self.responses,
        })
    }
}
/// A builder for [`ExpectedAttributeValue`](crate::types::ExpectedAttributeValue).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExpectedAttributeValueBuilder {
    pub(crate) attribute_value_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    pub(crate) comparison_operator: ::std::option::Option<
        crate::types::ComparisonOperator,
    >,
    pub(crate) exists: ::std::option::Option<bool>,
    pub(crate) value: ::std::option::Option<crate::types::AttributeValue>,
}
impl ::std::fmt::Debug for ExpectedAttributeValueBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExpectedAttributeValueBuilder").finish_non_exhaustive()
    }
}
impl ExpectedAttributeValueBuilder {
    /// See [`ExpectedAttributeValue::attribute_value_list`](crate::types::ExpectedAttributeValue::attribute_value_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attribute_value_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.attribute_value_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attribute_value_list`](Self::attribute_value_list).
    pub fn set_attribute_value_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.attribute_value_list = input;
        self
    }
    /// See [`ExpectedAttributeValue::comparison_operator`](crate::types::ExpectedAttributeValue::comparison_operator).
    pub fn comparison_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComparisonOperator>,
    ) -> Self {
        self.comparison_operator = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`comparison_operator`](Self::comparison_operator).
    pub fn set_comparison_operator(
        mut self,
        input: ::std::option::Option<crate::types::ComparisonOperator>,
    ) -> Self {
        self.comparison_operator = input;
        self
    }
    /// See [`ExpectedAttributeValue::exists`](crate::types::ExpectedAttributeValue::exists).
    pub fn exists(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.exists = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exists`](Self::exists).
    pub fn set_exists(mut self, input: ::std::option::Option<bool>) -> Self {
        self.exists = input;
        self
    }
    /// See [`ExpectedAttributeValue::value`](crate::types::ExpectedAttributeValue::value).
    pub fn value(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`value`](Self::value).
    pub fn set_value(
        mut self,
        input: ::std::option::Option<crate::types::AttributeValue>,
    ) -> Self {
        self.value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExpectedAttributeValue,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExpectedAttributeValue {
            attribute_value_list: self.attribute_value_list,
            comparison_operator: self.comparison_operator,
            exists: self.exists,
            value: self.value,
        })
    }
}
/// A builder for [`ExportDescription`](crate::types::ExportDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportDescriptionBuilder {
    pub(crate) billed_size_bytes: ::std::option::Option<i64>,
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) end_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) export_arn: ::std::option::Option<::std::string::String>,
    pub(crate) export_format: ::std::option::Option<crate::types::ExportFormat>,
    pub(crate) export_manifest: ::std::option::Option<::std::string::String>,
    pub(crate) export_status: ::std::option::Option<crate::types::ExportStatus>,
    pub(crate) export_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) failure_code: ::std::option::Option<::std::string::String>,
    pub(crate) failure_message: ::std::option::Option<::std::string::String>,
    pub(crate) item_count: ::std::option::Option<i64>,
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_bucket_owner: ::std::option::Option<::std::string::String>,
    pub(crate) s3_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) s3_sse_algorithm: ::std::option::Option<crate::types::S3SseAlgorithm>,
    pub(crate) s3_sse_kms_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) start_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_id: ::std::option::Option<::std::string::String>,
    pub(crate) export_type: ::std::option::Option<crate::types::ExportType>,
    pub(crate) filter_specification: ::std::option::Option<
        crate::types::FilterSpecification,
    >,
    pub(crate) incremental_export_specification: ::std::option::Option<
        crate::types::IncrementalExportSpecification,
    >,
}
impl ::std::fmt::Debug for ExportDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ExportDescriptionBuilder {
    /// See [`ExportDescription::billed_size_bytes`](crate::types::ExportDescription::billed_size_bytes).
    pub fn billed_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.billed_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billed_size_bytes`](Self::billed_size_bytes).
    pub fn set_billed_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.billed_size_bytes = input;
        self
    }
    /// See [`ExportDescription::client_token`](crate::types::ExportDescription::client_token).
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
    /// See [`ExportDescription::end_time`](crate::types::ExportDescription::end_time).
    pub fn end_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = input;
        self
    }
    /// See [`ExportDescription::export_arn`](crate::types::ExportDescription::export_arn).
    pub fn export_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.export_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_arn`](Self::export_arn).
    pub fn set_export_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.export_arn = input;
        self
    }
    /// See [`ExportDescription::export_format`](crate::types::ExportDescription::export_format).
    pub fn export_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportFormat>,
    ) -> Self {
        self.export_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_format`](Self::export_format).
    pub fn set_export_format(
        mut self,
        input: ::std::option::Option<crate::types::ExportFormat>,
    ) -> Self {
        self.export_format = input;
        self
    }
    /// See [`ExportDescription::export_manifest`](crate::types::ExportDescription::export_manifest).
    pub fn export_manifest(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.export_manifest = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_manifest`](Self::export_manifest).
    pub fn set_export_manifest(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.export_manifest = input;
        self
    }
    /// See [`ExportDescription::export_status`](crate::types::ExportDescription::export_status).
    pub fn export_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportStatus>,
    ) -> Self {
        self.export_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_status`](Self::export_status).
    pub fn set_export_status(
        mut self,
        input: ::std::option::Option<crate::types::ExportStatus>,
    ) -> Self {
        self.export_status = input;
        self
    }
    /// See [`ExportDescription::export_time`](crate::types::ExportDescription::export_time).
    pub fn export_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_time`](Self::export_time).
    pub fn set_export_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_time = input;
        self
    }
    /// See [`ExportDescription::failure_code`](crate::types::ExportDescription::failure_code).
    pub fn failure_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.failure_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failure_code`](Self::failure_code).
    pub fn set_failure_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.failure_code = input;
        self
    }
    /// See [`ExportDescription::failure_message`](crate::types::ExportDescription::failure_message).
    pub fn failure_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.failure_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failure_message`](Self::failure_message).
    pub fn set_failure_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.failure_message = input;
        self
    }
    /// See [`ExportDescription::item_count`](crate::types::ExportDescription::item_count).
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// See [`ExportDescription::s3_bucket`](crate::types::ExportDescription::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`ExportDescription::s3_bucket_owner`](crate::types::ExportDescription::s3_bucket_owner).
    pub fn s3_bucket_owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_owner`](Self::s3_bucket_owner).
    pub fn set_s3_bucket_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = input;
        self
    }
    /// See [`ExportDescription::s3_prefix`](crate::types::ExportDescription::s3_prefix).
    pub fn s3_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_prefix`](Self::s3_prefix).
    pub fn set_s3_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_prefix = input;
        self
    }
    /// See [`ExportDescription::s3_sse_algorithm`](crate::types::ExportDescription::s3_sse_algorithm).
    pub fn s3_sse_algorithm(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.s3_sse_algorithm = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_sse_algorithm`](Self::s3_sse_algorithm).
    pub fn set_s3_sse_algorithm(
        mut self,
        input: ::std::option::Option<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.s3_sse_algorithm = input;
        self
    }
    /// See [`ExportDescription::s3_sse_kms_key_id`](crate::types::ExportDescription::s3_sse_kms_key_id).
    pub fn s3_sse_kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_sse_kms_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_sse_kms_key_id`](Self::s3_sse_kms_key_id).
    pub fn set_s3_sse_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_sse_kms_key_id = input;
        self
    }
    /// See [`ExportDescription::start_time`](crate::types::ExportDescription::start_time).
    pub fn start_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = input;
        self
    }
    /// See [`ExportDescription::table_arn`](crate::types::ExportDescription::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// See [`ExportDescription::table_id`](crate::types::ExportDescription::table_id).
    pub fn table_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_id`](Self::table_id).
    pub fn set_table_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_id = input;
        self
    }
    /// See [`ExportDescription::export_type`](crate::types::ExportDescription::export_type).
    pub fn export_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportType>,
    ) -> Self {
        self.export_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_type`](Self::export_type).
    pub fn set_export_type(
        mut self,
        input: ::std::option::Option<crate::types::ExportType>,
    ) -> Self {
        self.export_type = input;
        self
    }
    /// See [`ExportDescription::filter_specification`](crate::types::ExportDescription::filter_specification).
    pub fn filter_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterSpecification>,
    ) -> Self {
        self.filter_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_specification`](Self::filter_specification).
    pub fn set_filter_specification(
        mut self,
        input: ::std::option::Option<crate::types::FilterSpecification>,
    ) -> Self {
        self.filter_specification = input;
        self
    }
    /// See [`ExportDescription::incremental_export_specification`](crate::types::ExportDescription::incremental_export_specification).
    pub fn incremental_export_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncrementalExportSpecification>,
    ) -> Self {
        self.incremental_export_specification = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`incremental_export_specification`](Self::incremental_export_specification).
    pub fn set_incremental_export_specification(
        mut self,
        input: ::std::option::Option<crate::types::IncrementalExportSpecification>,
    ) -> Self {
        self.incremental_export_specification = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExportDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExportDescription {
            billed_size_bytes: self.billed_size_bytes,
            client_token: self.client_token,
            end_time: self.end_time,
            export_arn: self.export_arn,
            export_format: self.export_format,
            export_manifest: self.export_manifest,
            export_status: self.export_status,
            export_time: self.export_time,
            failure_code: self.failure_code,
            failure_message: self.failure_message,
            item_count: self.item_count,
            s3_bucket: self.s3_bucket,
            s3_bucket_owner: self.s3_bucket_owner,
            s3_prefix: self.s3_prefix,
            s3_sse_algorithm: self.s3_sse_algorithm,
            s3_sse_kms_key_id: self.s3_sse_kms_key_id,
            start_time: self.start_time,
            table_arn: self.table_arn,
            table_id: self.table_id,
            export_type: self.export_type,
            filter_specification: self.filter_specification,
            incremental_export_specification: self.incremental_export_specification,
        })
    }
}
/// A builder for [`ExportSummary`](crate::types::ExportSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportSummaryBuilder {
    pub(crate) export_arn: ::std::option::Option<::std::string::String>,
    pub(crate) export_status: ::std::option::Option<crate::types::ExportStatus>,
    pub(crate) export_type: ::std::option::Option<crate::types::ExportType>,
}
impl ::std::fmt::Debug for ExportSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportSummaryBuilder").finish_non_exhaustive()
    }
}
impl ExportSummaryBuilder {
    /// See [`ExportSummary::export_arn`](crate::types::ExportSummary::export_arn).
    pub fn export_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.export_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_arn`](Self::export_arn).
    pub fn set_export_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.export_arn = input;
        self
    }
    /// See [`ExportSummary::export_status`](crate::types::ExportSummary::export_status).
    pub fn export_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportStatus>,
    ) -> Self {
        self.export_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_status`](Self::export_status).
    pub fn set_export_status(
        mut self,
        input: ::std::option::Option<crate::types::ExportStatus>,
    ) -> Self {
        self.export_status = input;
        self
    }
    /// See [`ExportSummary::export_type`](crate::types::ExportSummary::export_type).
    pub fn export_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportType>,
    ) -> Self {
        self.export_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_type`](Self::export_type).
    pub fn set_export_type(
        mut self,
        input: ::std::option::Option<crate::types::ExportType>,
    ) -> Self {
        self.export_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ExportSummary, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ExportSummary {
            export_arn: self.export_arn,
            export_status: self.export_status,
            export_type: self.export_type,
        })
    }
}
/// A builder for [`ExportTableToPointInTimeInput`](crate::types::ExportTableToPointInTimeInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportTableToPointInTimeInputBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) export_format: ::std::option::Option<crate::types::ExportFormat>,
    pub(crate) export_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_bucket_owner: ::std::option::Option<::std::string::String>,
    pub(crate) s3_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) s3_sse_algorithm: ::std::option::Option<crate::types::S3SseAlgorithm>,
    pub(crate) s3_sse_kms_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) export_type: ::std::option::Option<crate::types::ExportType>,
    pub(crate) filter_specification: ::std::option::Option<
        crate::types::FilterSpecification,
    >,
    pub(crate) incremental_export_specification: ::std::option::Option<
        crate::types::IncrementalExportSpecification,
    >,
}
impl ::std::fmt::Debug for ExportTableToPointInTimeInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportTableToPointInTimeInputBuilder").finish_non_exhaustive()
    }
}
impl ExportTableToPointInTimeInputBuilder {
    /// See [`ExportTableToPointInTimeInput::client_token`](crate::types::ExportTableToPointInTimeInput::client_token).
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
    /// See [`ExportTableToPointInTimeInput::export_format`](crate::types::ExportTableToPointInTimeInput::export_format).
    pub fn export_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportFormat>,
    ) -> Self {
        self.export_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_format`](Self::export_format).
    pub fn set_export_format(
        mut self,
        input: ::std::option::Option<crate::types::ExportFormat>,
    ) -> Self {
        self.export_format = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::export_time`](crate::types::ExportTableToPointInTimeInput::export_time).
    pub fn export_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_time`](Self::export_time).
    pub fn set_export_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_time = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::s3_bucket`](crate::types::ExportTableToPointInTimeInput::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::s3_bucket_owner`](crate::types::ExportTableToPointInTimeInput::s3_bucket_owner).
    pub fn s3_bucket_owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_owner`](Self::s3_bucket_owner).
    pub fn set_s3_bucket_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::s3_prefix`](crate::types::ExportTableToPointInTimeInput::s3_prefix).
    pub fn s3_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_prefix`](Self::s3_prefix).
    pub fn set_s3_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_prefix = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::s3_sse_algorithm`](crate::types::ExportTableToPointInTimeInput::s3_sse_algorithm).
    pub fn s3_sse_algorithm(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.s3_sse_algorithm = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_sse_algorithm`](Self::s3_sse_algorithm).
    pub fn set_s3_sse_algorithm(
        mut self,
        input: ::std::option::Option<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.s3_sse_algorithm = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::s3_sse_kms_key_id`](crate::types::ExportTableToPointInTimeInput::s3_sse_kms_key_id).
    pub fn s3_sse_kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_sse_kms_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_sse_kms_key_id`](Self::s3_sse_kms_key_id).
    pub fn set_s3_sse_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_sse_kms_key_id = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::table_arn`](crate::types::ExportTableToPointInTimeInput::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::export_type`](crate::types::ExportTableToPointInTimeInput::export_type).
    pub fn export_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportType>,
    ) -> Self {
        self.export_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_type`](Self::export_type).
    pub fn set_export_type(
        mut self,
        input: ::std::option::Option<crate::types::ExportType>,
    ) -> Self {
        self.export_type = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::filter_specification`](crate::types::ExportTableToPointInTimeInput::filter_specification).
    pub fn filter_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::FilterSpecification>,
    ) -> Self {
        self.filter_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_specification`](Self::filter_specification).
    pub fn set_filter_specification(
        mut self,
        input: ::std::option::Option<crate::types::FilterSpecification>,
    ) -> Self {
        self.filter_specification = input;
        self
    }
    /// See [`ExportTableToPointInTimeInput::incremental_export_specification`](crate::types::ExportTableToPointInTimeInput::incremental_export_specification).
    pub fn incremental_export_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::IncrementalExportSpecification>,
    ) -> Self {
        self.incremental_export_specification = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`incremental_export_specification`](Self::incremental_export_specification).
    pub fn set_incremental_export_specification(
        mut self,
        input: ::std::option::Option<crate::types::IncrementalExportSpecification>,
    ) -> Self {
        self.incremental_export_specification = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExportTableToPointInTimeInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExportTableToPointInTimeInput {
            client_token: self.client_token,
            export_format: self.export_format,
            export_time: self.export_time,
            s3_bucket: self
                .s3_bucket
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExportTableToPointInTimeInput",
                        "s3_bucket",
                    ),
                )?,
            s3_bucket_owner: self.s3_bucket_owner,
            s3_prefix: self.s3_prefix,
            s3_sse_algorithm: self.s3_sse_algorithm,
            s3_sse_kms_key_id: self.s3_sse_kms_key_id,
            table_arn: self
                .table_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ExportTableToPointInTimeInput",
                        "table_arn",
                    ),
                )?,
            export_type: self.export_type,
            filter_specification: self.filter_specification,
            incremental_export_specification: self.incremental_export_specification,
        })
    }
}
/// A builder for [`ExportTableToPointInTimeOutput`](crate::types::ExportTableToPointInTimeOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportTableToPointInTimeOutputBuilder {
    pub(crate) export_description: ::std::option::Option<
        crate::types::ExportDescription,
    >,
}
impl ::std::fmt::Debug for ExportTableToPointInTimeOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportTableToPointInTimeOutputBuilder").finish_non_exhaustive()
    }
}
impl ExportTableToPointInTimeOutputBuilder {
    /// See [`ExportTableToPointInTimeOutput::export_description`](crate::types::ExportTableToPointInTimeOutput::export_description).
    pub fn export_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportDescription>,
    ) -> Self {
        self.export_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_description`](Self::export_description).
    pub fn set_export_description(
        mut self,
        input: ::std::option::Option<crate::types::ExportDescription>,
    ) -> Self {
        self.export_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExportTableToPointInTimeOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExportTableToPointInTimeOutput {
            export_description: self.export_description,
        })
    }
}
/// A builder for [`FailureException`](crate::types::FailureException).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FailureExceptionBuilder {
    pub(crate) exception_description: ::std::option::Option<::std::string::String>,
    pub(crate) exception_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FailureExceptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FailureExceptionBuilder").finish_non_exhaustive()
    }
}
impl FailureExceptionBuilder {
    /// See [`FailureException::exception_description`](crate::types::FailureException::exception_description).
    pub fn exception_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.exception_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exception_description`](Self::exception_description).
    pub fn set_exception_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.exception_description = input;
        self
    }
    /// See [`FailureException::exception_name`](crate::types::FailureException::exception_name).
    pub fn exception_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.exception_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exception_name`](Self::exception_name).
    pub fn set_exception_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.exception_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FailureException,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FailureException {
            exception_description: self.exception_description,
            exception_name: self.exception_name,
        })
    }
}
/// A builder for [`FilterSpecification`](crate::types::FilterSpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FilterSpecificationBuilder {
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) filter_expression: ::std::option::Option<::std::string::String>,
    pub(crate) key_condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) projection_expression: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FilterSpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilterSpecificationBuilder").finish_non_exhaustive()
    }
}
impl FilterSpecificationBuilder {
    /// See [`FilterSpecification::expression_attribute_names`](crate::types::FilterSpecification::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`FilterSpecification::expression_attribute_values`](crate::types::FilterSpecification::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`FilterSpecification::filter_expression`](crate::types::FilterSpecification::filter_expression).
    pub fn filter_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_expression`](Self::filter_expression).
    pub fn set_filter_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_expression = input;
        self
    }
    /// See [`FilterSpecification::key_condition_expression`](crate::types::FilterSpecification::key_condition_expression).
    pub fn key_condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_condition_expression`](Self::key_condition_expression).
    pub fn set_key_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_condition_expression = input;
        self
    }
    /// See [`FilterSpecification::projection_expression`](crate::types::FilterSpecification::projection_expression).
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.projection_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.projection_expression = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FilterSpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FilterSpecification {
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            filter_expression: self.filter_expression,
            key_condition_expression: self.key_condition_expression,
            projection_expression: self.projection_expression,
        })
    }
}
/// A builder for [`Get`](crate::types::Get).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetBuilder {
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) projection_expression: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetBuilder").finish_non_exhaustive()
    }
}
impl GetBuilder {
    /// See [`Get::expression_attribute_names`](crate::types::Get::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`Get::key`](crate::types::Get::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`Get::projection_expression`](crate::types::Get::projection_expression).
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.projection_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.projection_expression = input;
        self
    }
    /// See [`Get::table_name`](crate::types::Get::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Get, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Get {
            expression_attribute_names: self.expression_attribute_names,
            key: self.key.ok_or(crate::runtime::BuildError::missing("Get", "key"))?,
            projection_expression: self.projection_expression,
            table_name: self
                .table_name
                .ok_or(crate::runtime::BuildError::missing("Get", "table_name"))?,
        })
    }
}
/// A builder for [`GetItemInput`](crate::types::GetItemInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetItemInputBuilder {
    pub(crate) attributes_to_get: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) consistent_read: ::std::option::Option<bool>,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) projection_expression: ::std::option::Option<::std::string::String>,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetItemInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetItemInputBuilder").finish_non_exhaustive()
    }
}
impl GetItemInputBuilder {
    /// See [`GetItemInput::attributes_to_get`](crate::types::GetItemInput::attributes_to_get).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attributes_to_get(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attributes_to_get
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attributes_to_get`](Self::attributes_to_get).
    pub fn set_attributes_to_get(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.attributes_to_get = input;
        self
    }
    /// See [`GetItemInput::consistent_read`](crate::types::GetItemInput::consistent_read).
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.consistent_read = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.consistent_read = input;
        self
    }
    /// See [`GetItemInput::expression_attribute_names`](crate::types::GetItemInput::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`GetItemInput::key`](crate::types::GetItemInput::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`GetItemInput::projection_expression`](crate::types::GetItemInput::projection_expression).
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.projection_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.projection_expression = input;
        self
    }
    /// See [`GetItemInput::return_consumed_capacity`](crate::types::GetItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`GetItemInput::table_name`](crate::types::GetItemInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::GetItemInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::GetItemInput {
            attributes_to_get: self.attributes_to_get,
            consistent_read: self.consistent_read,
            expression_attribute_names: self.expression_attribute_names,
            key: self
                .key
                .ok_or(crate::runtime::BuildError::missing("GetItemInput", "key"))?,
            projection_expression: self.projection_expression,
            return_consumed_capacity: self.return_consumed_capacity,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("GetItemInput", "table_name"),
                )?,
        })
    }
}
/// A builder for [`GetItemOutput`](crate::types::GetItemOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetItemOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
}
impl ::std::fmt::Debug for GetItemOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetItemOutputBuilder").finish_non_exhaustive()
    }
}
impl GetItemOutputBuilder {
    /// See [`GetItemOutput::consumed_capacity`](crate::types::GetItemOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`GetItemOutput::item`](crate::types::GetItemOutput::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::GetItemOutput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::GetItemOutput {
            consumed_capacity: self.consumed_capacity,
            item: self.item,
        })
    }
}
/// A builder for [`GetResourcePolicyInput`](crate::types::GetResourcePolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetResourcePolicyInputBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetResourcePolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourcePolicyInputBuilder").finish_non_exhaustive()
    }
}
impl GetResourcePolicyInputBuilder {
    /// See [`GetResourcePolicyInput::resource_arn`](crate::types::GetResourcePolicyInput::resource_arn).
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
        crate::types::GetResourcePolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetResourcePolicyInput {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetResourcePolicyInput",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetResourcePolicyOutput`](crate::types::GetResourcePolicyOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetResourcePolicyOutputBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetResourcePolicyOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourcePolicyOutputBuilder").finish_non_exhaustive()
    }
}
impl GetResourcePolicyOutputBuilder {
    /// See [`GetResourcePolicyOutput::policy`](crate::types::GetResourcePolicyOutput::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`GetResourcePolicyOutput::revision_id`](crate::types::GetResourcePolicyOutput::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetResourcePolicyOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetResourcePolicyOutput {
            policy: self.policy,
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`GlobalSecondaryIndex`](crate::types::GlobalSecondaryIndex).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalSecondaryIndexBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl ::std::fmt::Debug for GlobalSecondaryIndexBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalSecondaryIndexBuilder").finish_non_exhaustive()
    }
}
impl GlobalSecondaryIndexBuilder {
    /// See [`GlobalSecondaryIndex::index_name`](crate::types::GlobalSecondaryIndex::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`GlobalSecondaryIndex::key_schema`](crate::types::GlobalSecondaryIndex::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`GlobalSecondaryIndex::projection`](crate::types::GlobalSecondaryIndex::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`GlobalSecondaryIndex::provisioned_throughput`](crate::types::GlobalSecondaryIndex::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`GlobalSecondaryIndex::on_demand_throughput`](crate::types::GlobalSecondaryIndex::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`GlobalSecondaryIndex::warm_throughput`](crate::types::GlobalSecondaryIndex::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalSecondaryIndex,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalSecondaryIndex {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GlobalSecondaryIndex",
                        "index_name",
                    ),
                )?,
            key_schema: self
                .key_schema
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GlobalSecondaryIndex",
                        "key_schema",
                    ),
                )?,
            projection: self
                .projection
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GlobalSecondaryIndex",
                        "projection",
                    ),
                )?,
            provisioned_throughput: self.provisioned_throughput,
            on_demand_throughput: self.on_demand_throughput,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`GlobalSecondaryIndexAutoScalingUpdate`](crate::types::GlobalSecondaryIndexAutoScalingUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalSecondaryIndexAutoScalingUpdateBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_write_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
}
impl ::std::fmt::Debug for GlobalSecondaryIndexAutoScalingUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalSecondaryIndexAutoScalingUpdateBuilder")
            .finish_non_exhaustive()
    }
}
impl GlobalSecondaryIndexAutoScalingUpdateBuilder {
    /// See [`GlobalSecondaryIndexAutoScalingUpdate::index_name`](crate::types::GlobalSecondaryIndexAutoScalingUpdate::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`GlobalSecondaryIndexAutoScalingUpdate::provisioned_write_capacity_auto_scaling_update`](crate::types::GlobalSecondaryIndexAutoScalingUpdate::provisioned_write_capacity_auto_scaling_update).
    pub fn provisioned_write_capacity_auto_scaling_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_write_capacity_auto_scaling_update`](Self::provisioned_write_capacity_auto_scaling_update).
    pub fn set_provisioned_write_capacity_auto_scaling_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalSecondaryIndexAutoScalingUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalSecondaryIndexAutoScalingUpdate {
            index_name: self.index_name,
            provisioned_write_capacity_auto_scaling_update: self
                .provisioned_write_capacity_auto_scaling_update,
        })
    }
}
/// A builder for [`GlobalSecondaryIndexDescription`](crate::types::GlobalSecondaryIndexDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalSecondaryIndexDescriptionBuilder {
    pub(crate) backfilling: ::std::option::Option<bool>,
    pub(crate) index_arn: ::std::option::Option<::std::string::String>,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) index_size_bytes: ::std::option::Option<i64>,
    pub(crate) index_status: ::std::option::Option<crate::types::IndexStatus>,
    pub(crate) item_count: ::std::option::Option<i64>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughputDescription,
    >,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) warm_throughput: ::std::option::Option<
        crate::types::GlobalSecondaryIndexWarmThroughputDescription,
    >,
}
impl ::std::fmt::Debug for GlobalSecondaryIndexDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalSecondaryIndexDescriptionBuilder").finish_non_exhaustive()
    }
}
impl GlobalSecondaryIndexDescriptionBuilder {
    /// See [`GlobalSecondaryIndexDescription::backfilling`](crate::types::GlobalSecondaryIndexDescription::backfilling).
    pub fn backfilling(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.backfilling = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backfilling`](Self::backfilling).
    pub fn set_backfilling(mut self, input: ::std::option::Option<bool>) -> Self {
        self.backfilling = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::index_arn`](crate::types::GlobalSecondaryIndexDescription::index_arn).
    pub fn index_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_arn`](Self::index_arn).
    pub fn set_index_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_arn = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::index_name`](crate::types::GlobalSecondaryIndexDescription::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::index_size_bytes`](crate::types::GlobalSecondaryIndexDescription::index_size_bytes).
    pub fn index_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.index_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_size_bytes`](Self::index_size_bytes).
    pub fn set_index_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.index_size_bytes = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::index_status`](crate::types::GlobalSecondaryIndexDescription::index_status).
    pub fn index_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_status`](Self::index_status).
    pub fn set_index_status(
        mut self,
        input: ::std::option::Option<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::item_count`](crate::types::GlobalSecondaryIndexDescription::item_count).
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::key_schema`](crate::types::GlobalSecondaryIndexDescription::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::projection`](crate::types::GlobalSecondaryIndexDescription::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::provisioned_throughput`](crate::types::GlobalSecondaryIndexDescription::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::on_demand_throughput`](crate::types::GlobalSecondaryIndexDescription::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`GlobalSecondaryIndexDescription::warm_throughput`](crate::types::GlobalSecondaryIndexDescription::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalSecondaryIndexWarmThroughputDescription,
        >,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<
            crate::types::GlobalSecondaryIndexWarmThroughputDescription,
        >,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalSecondaryIndexDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalSecondaryIndexDescription {
            backfilling: self.backfilling,
            index_arn: self.index_arn,
            index_name: self.index_name,
            index_size_bytes: self.index_size_bytes,
            index_status: self.index_status,
            item_count: self.item_count,
            key_schema: self.key_schema,
            projection: self.projection,
            provisioned_throughput: self.provisioned_throughput,
            on_demand_throughput: self.on_demand_throughput,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`GlobalSecondaryIndexInfo`](crate::types::GlobalSecondaryIndexInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalSecondaryIndexInfoBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
}
impl ::std::fmt::Debug for GlobalSecondaryIndexInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalSecondaryIndexInfoBuilder").finish_non_exhaustive()
    }
}
impl GlobalSecondaryIndexInfoBuilder {
    /// See [`GlobalSecondaryIndexInfo::index_name`](crate::types::GlobalSecondaryIndexInfo::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`GlobalSecondaryIndexInfo::key_schema`](crate::types::GlobalSecondaryIndexInfo::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`GlobalSecondaryIndexInfo::projection`](crate::types::GlobalSecondaryIndexInfo::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`GlobalSecondaryIndexInfo::provisioned_throughput`](crate::types::GlobalSecondaryIndexInfo::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`GlobalSecondaryIndexInfo::on_demand_throughput`](crate::types::GlobalSecondaryIndexInfo::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalSecondaryIndexInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalSecondaryIndexInfo {
            index_name: self.index_name,
            key_schema: self.key_schema,
            projection: self.projection,
            provisioned_throughput: self.provisioned_throughput,
            on_demand_throughput: self.on_demand_throughput,
        })
    }
}
/// A builder for [`GlobalSecondaryIndexUpdate`](crate::types::GlobalSecondaryIndexUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalSecondaryIndexUpdateBuilder {
    pub(crate) create: ::std::option::Option<
        crate::types::CreateGlobalSecondaryIndexAction,
    >,
    pub(crate) delete: ::std::option::Option<
        crate::types::DeleteGlobalSecondaryIndexAction,
    >,
    pub(crate) update: ::std::option::Option<
        crate::types::UpdateGlobalSecondaryIndexAction,
    >,
}
impl ::std::fmt::Debug for GlobalSecondaryIndexUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalSecondaryIndexUpdateBuilder").finish_non_exhaustive()
    }
}
impl GlobalSecondaryIndexUpdateBuilder {
    /// See [`GlobalSecondaryIndexUpdate::create`](crate::types::GlobalSecondaryIndexUpdate::create).
    pub fn create(
        mut self,
        input: impl ::std::convert::Into<crate::types::CreateGlobalSecondaryIndexAction>,
    ) -> Self {
        self.create = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`create`](Self::create).
    pub fn set_create(
        mut self,
        input: ::std::option::Option<crate::types::CreateGlobalSecondaryIndexAction>,
    ) -> Self {
        self.create = input;
        self
    }
    /// See [`GlobalSecondaryIndexUpdate::delete`](crate::types::GlobalSecondaryIndexUpdate::delete).
    pub fn delete(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeleteGlobalSecondaryIndexAction>,
    ) -> Self {
        self.delete = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete`](Self::delete).
    pub fn set_delete(
        mut self,
        input: ::std::option::Option<crate::types::DeleteGlobalSecondaryIndexAction>,
    ) -> Self {
        self.delete = input;
        self
    }
    /// See [`GlobalSecondaryIndexUpdate::update`](crate::types::GlobalSecondaryIndexUpdate::update).
    pub fn update(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateGlobalSecondaryIndexAction>,
    ) -> Self {
        self.update = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update`](Self::update).
    pub fn set_update(
        mut self,
        input: ::std::option::Option<crate::types::UpdateGlobalSecondaryIndexAction>,
    ) -> Self {
        self.update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalSecondaryIndexUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalSecondaryIndexUpdate {
            create: self.create,
            delete: self.delete,
            update: self.update,
        })
    }
}
/// A builder for [`GlobalSecondaryIndexWarmThroughputDescription`](crate::types::GlobalSecondaryIndexWarmThroughputDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalSecondaryIndexWarmThroughputDescriptionBuilder {
    pub(crate) read_units_per_second: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<crate::types::IndexStatus>,
    pub(crate) write_units_per_second: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GlobalSecondaryIndexWarmThroughputDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalSecondaryIndexWarmThroughputDescriptionBuilder")
            .finish_non_exhaustive()
    }
}
impl GlobalSecondaryIndexWarmThroughputDescriptionBuilder {
    /// See [`GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second`](crate::types::GlobalSecondaryIndexWarmThroughputDescription::read_units_per_second).
    pub fn read_units_per_second(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.read_units_per_second = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_units_per_second`](Self::read_units_per_second).
    pub fn set_read_units_per_second(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.read_units_per_second = input;
        self
    }
    /// See [`GlobalSecondaryIndexWarmThroughputDescription::status`](crate::types::GlobalSecondaryIndexWarmThroughputDescription::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::IndexStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::IndexStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second`](crate::types::GlobalSecondaryIndexWarmThroughputDescription::write_units_per_second).
    pub fn write_units_per_second(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.write_units_per_second = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`write_units_per_second`](Self::write_units_per_second).
    pub fn set_write_units_per_second(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.write_units_per_second = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalSecondaryIndexWarmThroughputDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalSecondaryIndexWarmThroughputDescription {
            read_units_per_second: self.read_units_per_second,
            status: self.status,
            write_units_per_second: self.write_units_per_second,
        })
    }
}
/// A builder for [`GlobalTable`](crate::types::GlobalTable).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalTableBuilder {
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) replication_group: ::std::option::Option<
        ::std::vec::Vec<crate::types::Replica>,
    >,
}
impl ::std::fmt::Debug for GlobalTableBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalTableBuilder").finish_non_exhaustive()
    }
}
impl GlobalTableBuilder {
    /// See [`GlobalTable::global_table_name`](crate::types::GlobalTable::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// See [`GlobalTable::replication_group`](crate::types::GlobalTable::replication_group).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replication_group(
        mut self,
        input: impl ::std::convert::Into<crate::types::Replica>,
    ) -> Self {
        self.replication_group
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replication_group`](Self::replication_group).
    pub fn set_replication_group(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Replica>>,
    ) -> Self {
        self.replication_group = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::GlobalTable, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::GlobalTable {
            global_table_name: self.global_table_name,
            replication_group: self.replication_group,
        })
    }
}
/// A builder for [`GlobalTableDescription`](crate::types::GlobalTableDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalTableDescriptionBuilder {
    pub(crate) creation_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) global_table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) global_table_status: ::std::option::Option<
        crate::types::GlobalTableStatus,
    >,
    pub(crate) replication_group: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaDescription>,
    >,
}
impl ::std::fmt::Debug for GlobalTableDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalTableDescriptionBuilder").finish_non_exhaustive()
    }
}
impl GlobalTableDescriptionBuilder {
    /// See [`GlobalTableDescription::creation_date_time`](crate::types::GlobalTableDescription::creation_date_time).
    pub fn creation_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date_time`](Self::creation_date_time).
    pub fn set_creation_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date_time = input;
        self
    }
    /// See [`GlobalTableDescription::global_table_arn`](crate::types::GlobalTableDescription::global_table_arn).
    pub fn global_table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_arn`](Self::global_table_arn).
    pub fn set_global_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_arn = input;
        self
    }
    /// See [`GlobalTableDescription::global_table_name`](crate::types::GlobalTableDescription::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// See [`GlobalTableDescription::global_table_status`](crate::types::GlobalTableDescription::global_table_status).
    pub fn global_table_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTableStatus>,
    ) -> Self {
        self.global_table_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_status`](Self::global_table_status).
    pub fn set_global_table_status(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableStatus>,
    ) -> Self {
        self.global_table_status = input;
        self
    }
    /// See [`GlobalTableDescription::replication_group`](crate::types::GlobalTableDescription::replication_group).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replication_group(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaDescription>,
    ) -> Self {
        self.replication_group
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replication_group`](Self::replication_group).
    pub fn set_replication_group(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ReplicaDescription>>,
    ) -> Self {
        self.replication_group = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalTableDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalTableDescription {
            creation_date_time: self.creation_date_time,
            global_table_arn: self.global_table_arn,
            global_table_name: self.global_table_name,
            global_table_status: self.global_table_status,
            replication_group: self.replication_group,
        })
    }
}
/// A builder for [`GlobalTableGlobalSecondaryIndexSettingsUpdate`](crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalTableGlobalSecondaryIndexSettingsUpdateBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_write_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    pub(crate) provisioned_write_capacity_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GlobalTableGlobalSecondaryIndexSettingsUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalTableGlobalSecondaryIndexSettingsUpdateBuilder")
            .finish_non_exhaustive()
    }
}
impl GlobalTableGlobalSecondaryIndexSettingsUpdateBuilder {
    /// See [`GlobalTableGlobalSecondaryIndexSettingsUpdate::index_name`](crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`GlobalTableGlobalSecondaryIndexSettingsUpdate::provisioned_write_capacity_auto_scaling_settings_update`](crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate::provisioned_write_capacity_auto_scaling_settings_update).
    pub fn provisioned_write_capacity_auto_scaling_settings_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_settings_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_write_capacity_auto_scaling_settings_update`](Self::provisioned_write_capacity_auto_scaling_settings_update).
    pub fn set_provisioned_write_capacity_auto_scaling_settings_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_settings_update = input;
        self
    }
    /// See [`GlobalTableGlobalSecondaryIndexSettingsUpdate::provisioned_write_capacity_units`](crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate::provisioned_write_capacity_units).
    pub fn provisioned_write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.provisioned_write_capacity_units = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_write_capacity_units`](Self::provisioned_write_capacity_units).
    pub fn set_provisioned_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.provisioned_write_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GlobalTableGlobalSecondaryIndexSettingsUpdate",
                        "index_name",
                    ),
                )?,
            provisioned_write_capacity_auto_scaling_settings_update: self
                .provisioned_write_capacity_auto_scaling_settings_update,
            provisioned_write_capacity_units: self.provisioned_write_capacity_units,
        })
    }
}
/// A builder for [`GlobalTableWitnessDescription`](crate::types::GlobalTableWitnessDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalTableWitnessDescriptionBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) witness_status: ::std::option::Option<crate::types::WitnessStatus>,
}
impl ::std::fmt::Debug for GlobalTableWitnessDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalTableWitnessDescriptionBuilder").finish_non_exhaustive()
    }
}
impl GlobalTableWitnessDescriptionBuilder {
    /// See [`GlobalTableWitnessDescription::region_name`](crate::types::GlobalTableWitnessDescription::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`GlobalTableWitnessDescription::witness_status`](crate::types::GlobalTableWitnessDescription::witness_status).
    pub fn witness_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::WitnessStatus>,
    ) -> Self {
        self.witness_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`witness_status`](Self::witness_status).
    pub fn set_witness_status(
        mut self,
        input: ::std::option::Option<crate::types::WitnessStatus>,
    ) -> Self {
        self.witness_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalTableWitnessDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalTableWitnessDescription {
            region_name: self.region_name,
            witness_status: self.witness_status,
        })
    }
}
/// A builder for [`GlobalTableWitnessGroupUpdate`](crate::types::GlobalTableWitnessGroupUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlobalTableWitnessGroupUpdateBuilder {
    pub(crate) create: ::std::option::Option<
        crate::types::CreateGlobalTableWitnessGroupMemberAction,
    >,
    pub(crate) delete: ::std::option::Option<
        crate::types::DeleteGlobalTableWitnessGroupMemberAction,
    >,
}
impl ::std::fmt::Debug for GlobalTableWitnessGroupUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlobalTableWitnessGroupUpdateBuilder").finish_non_exhaustive()
    }
}
impl GlobalTableWitnessGroupUpdateBuilder {
    /// See [`GlobalTableWitnessGroupUpdate::create`](crate::types::GlobalTableWitnessGroupUpdate::create).
    pub fn create(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CreateGlobalTableWitnessGroupMemberAction,
        >,
    ) -> Self {
        self.create = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`create`](Self::create).
    pub fn set_create(
        mut self,
        input: ::std::option::Option<
            crate::types::CreateGlobalTableWitnessGroupMemberAction,
        >,
    ) -> Self {
        self.create = input;
        self
    }
    /// See [`GlobalTableWitnessGroupUpdate::delete`](crate::types::GlobalTableWitnessGroupUpdate::delete).
    pub fn delete(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::DeleteGlobalTableWitnessGroupMemberAction,
        >,
    ) -> Self {
        self.delete = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete`](Self::delete).
    pub fn set_delete(
        mut self,
        input: ::std::option::Option<
            crate::types::DeleteGlobalTableWitnessGroupMemberAction,
        >,
    ) -> Self {
        self.delete = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlobalTableWitnessGroupUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlobalTableWitnessGroupUpdate {
            create: self.create,
            delete: self.delete,
        })
    }
}
/// A builder for [`ImportSummary`](crate::types::ImportSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImportSummaryBuilder {
    pub(crate) cloud_watch_log_group_arn: ::std::option::Option<::std::string::String>,
    pub(crate) end_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) import_arn: ::std::option::Option<::std::string::String>,
    pub(crate) import_status: ::std::option::Option<crate::types::ImportStatus>,
    pub(crate) input_format: ::std::option::Option<crate::types::InputFormat>,
    pub(crate) s3_bucket_source: ::std::option::Option<crate::types::S3BucketSource>,
    pub(crate) start_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ImportSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportSummaryBuilder").finish_non_exhaustive()
    }
}
impl ImportSummaryBuilder {
    /// See [`ImportSummary::cloud_watch_log_group_arn`](crate::types::ImportSummary::cloud_watch_log_group_arn).
    pub fn cloud_watch_log_group_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_watch_log_group_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cloud_watch_log_group_arn`](Self::cloud_watch_log_group_arn).
    pub fn set_cloud_watch_log_group_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cloud_watch_log_group_arn = input;
        self
    }
    /// See [`ImportSummary::end_time`](crate::types::ImportSummary::end_time).
    pub fn end_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = input;
        self
    }
    /// See [`ImportSummary::import_arn`](crate::types::ImportSummary::import_arn).
    pub fn import_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.import_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`import_arn`](Self::import_arn).
    pub fn set_import_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.import_arn = input;
        self
    }
    /// See [`ImportSummary::import_status`](crate::types::ImportSummary::import_status).
    pub fn import_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImportStatus>,
    ) -> Self {
        self.import_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`import_status`](Self::import_status).
    pub fn set_import_status(
        mut self,
        input: ::std::option::Option<crate::types::ImportStatus>,
    ) -> Self {
        self.import_status = input;
        self
    }
    /// See [`ImportSummary::input_format`](crate::types::ImportSummary::input_format).
    pub fn input_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputFormat>,
    ) -> Self {
        self.input_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_format`](Self::input_format).
    pub fn set_input_format(
        mut self,
        input: ::std::option::Option<crate::types::InputFormat>,
    ) -> Self {
        self.input_format = input;
        self
    }
    /// See [`ImportSummary::s3_bucket_source`](crate::types::ImportSummary::s3_bucket_source).
    pub fn s3_bucket_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3BucketSource>,
    ) -> Self {
        self.s3_bucket_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_source`](Self::s3_bucket_source).
    pub fn set_s3_bucket_source(
        mut self,
        input: ::std::option::Option<crate::types::S3BucketSource>,
    ) -> Self {
        self.s3_bucket_source = input;
        self
    }
    /// See [`ImportSummary::start_time`](crate::types::ImportSummary::start_time).
    pub fn start_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = input;
        self
    }
    /// See [`ImportSummary::table_arn`](crate::types::ImportSummary::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ImportSummary, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ImportSummary {
            cloud_watch_log_group_arn: self.cloud_watch_log_group_arn,
            end_time: self.end_time,
            import_arn: self.import_arn,
            import_status: self.import_status,
            input_format: self.input_format,
            s3_bucket_source: self.s3_bucket_source,
            start_time: self.start_time,
            table_arn: self.table_arn,
        })
    }
}
/// A builder for [`ImportTableDescription`](crate::types::ImportTableDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImportTableDescriptionBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) cloud_watch_log_group_arn: ::std::option::Option<::std::string::String>,
    pub(crate) end_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) error_count: ::std::option::Option<i64>,
    pub(crate) failure_code: ::std::option::Option<::std::string::String>,
    pub(crate) failure_message: ::std::option::Option<::std::string::String>,
    pub(crate) import_arn: ::std::option::Option<::std::string::String>,
    pub(crate) import_status: ::std::option::Option<crate::types::ImportStatus>,
    pub(crate) imported_item_count: ::std::option::Option<i64>,
    pub(crate) input_compression_type: ::std::option::Option<
        crate::types::InputCompressionType,
    >,
    pub(crate) input_format: ::std::option::Option<crate::types::InputFormat>,
    pub(crate) input_format_options: ::std::option::Option<
        crate::types::InputFormatOptions,
    >,
    pub(crate) processed_item_count: ::std::option::Option<i64>,
    pub(crate) processed_size_bytes: ::std::option::Option<i64>,
    pub(crate) s3_bucket_source: ::std::option::Option<crate::types::S3BucketSource>,
    pub(crate) start_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_creation_parameters: ::std::option::Option<
        crate::types::TableCreationParameters,
    >,
    pub(crate) table_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ImportTableDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportTableDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ImportTableDescriptionBuilder {
    /// See [`ImportTableDescription::client_token`](crate::types::ImportTableDescription::client_token).
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
    /// See [`ImportTableDescription::cloud_watch_log_group_arn`](crate::types::ImportTableDescription::cloud_watch_log_group_arn).
    pub fn cloud_watch_log_group_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_watch_log_group_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cloud_watch_log_group_arn`](Self::cloud_watch_log_group_arn).
    pub fn set_cloud_watch_log_group_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cloud_watch_log_group_arn = input;
        self
    }
    /// See [`ImportTableDescription::end_time`](crate::types::ImportTableDescription::end_time).
    pub fn end_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_time`](Self::end_time).
    pub fn set_end_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_time = input;
        self
    }
    /// See [`ImportTableDescription::error_count`](crate::types::ImportTableDescription::error_count).
    pub fn error_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.error_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_count`](Self::error_count).
    pub fn set_error_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.error_count = input;
        self
    }
    /// See [`ImportTableDescription::failure_code`](crate::types::ImportTableDescription::failure_code).
    pub fn failure_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.failure_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failure_code`](Self::failure_code).
    pub fn set_failure_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.failure_code = input;
        self
    }
    /// See [`ImportTableDescription::failure_message`](crate::types::ImportTableDescription::failure_message).
    pub fn failure_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.failure_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`failure_message`](Self::failure_message).
    pub fn set_failure_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.failure_message = input;
        self
    }
    /// See [`ImportTableDescription::import_arn`](crate::types::ImportTableDescription::import_arn).
    pub fn import_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.import_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`import_arn`](Self::import_arn).
    pub fn set_import_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.import_arn = input;
        self
    }
    /// See [`ImportTableDescription::import_status`](crate::types::ImportTableDescription::import_status).
    pub fn import_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImportStatus>,
    ) -> Self {
        self.import_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`import_status`](Self::import_status).
    pub fn set_import_status(
        mut self,
        input: ::std::option::Option<crate::types::ImportStatus>,
    ) -> Self {
        self.import_status = input;
        self
    }
    /// See [`ImportTableDescription::imported_item_count`](crate::types::ImportTableDescription::imported_item_count).
    pub fn imported_item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.imported_item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`imported_item_count`](Self::imported_item_count).
    pub fn set_imported_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.imported_item_count = input;
        self
    }
    /// See [`ImportTableDescription::input_compression_type`](crate::types::ImportTableDescription::input_compression_type).
    pub fn input_compression_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputCompressionType>,
    ) -> Self {
        self.input_compression_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_compression_type`](Self::input_compression_type).
    pub fn set_input_compression_type(
        mut self,
        input: ::std::option::Option<crate::types::InputCompressionType>,
    ) -> Self {
        self.input_compression_type = input;
        self
    }
    /// See [`ImportTableDescription::input_format`](crate::types::ImportTableDescription::input_format).
    pub fn input_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputFormat>,
    ) -> Self {
        self.input_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_format`](Self::input_format).
    pub fn set_input_format(
        mut self,
        input: ::std::option::Option<crate::types::InputFormat>,
    ) -> Self {
        self.input_format = input;
        self
    }
    /// See [`ImportTableDescription::input_format_options`](crate::types::ImportTableDescription::input_format_options).
    pub fn input_format_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputFormatOptions>,
    ) -> Self {
        self.input_format_options = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_format_options`](Self::input_format_options).
    pub fn set_input_format_options(
        mut self,
        input: ::std::option::Option<crate::types::InputFormatOptions>,
    ) -> Self {
        self.input_format_options = input;
        self
    }
    /// See [`ImportTableDescription::processed_item_count`](crate::types::ImportTableDescription::processed_item_count).
    pub fn processed_item_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.processed_item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`processed_item_count`](Self::processed_item_count).
    pub fn set_processed_item_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.processed_item_count = input;
        self
    }
    /// See [`ImportTableDescription::processed_size_bytes`](crate::types::ImportTableDescription::processed_size_bytes).
    pub fn processed_size_bytes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.processed_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`processed_size_bytes`](Self::processed_size_bytes).
    pub fn set_processed_size_bytes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.processed_size_bytes = input;
        self
    }
    /// See [`ImportTableDescription::s3_bucket_source`](crate::types::ImportTableDescription::s3_bucket_source).
    pub fn s3_bucket_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3BucketSource>,
    ) -> Self {
        self.s3_bucket_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_source`](Self::s3_bucket_source).
    pub fn set_s3_bucket_source(
        mut self,
        input: ::std::option::Option<crate::types::S3BucketSource>,
    ) -> Self {
        self.s3_bucket_source = input;
        self
    }
    /// See [`ImportTableDescription::start_time`](crate::types::ImportTableDescription::start_time).
    pub fn start_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_time`](Self::start_time).
    pub fn set_start_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.start_time = input;
        self
    }
    /// See [`ImportTableDescription::table_arn`](crate::types::ImportTableDescription::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// See [`ImportTableDescription::table_creation_parameters`](crate::types::ImportTableDescription::table_creation_parameters).
    pub fn table_creation_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableCreationParameters>,
    ) -> Self {
        self.table_creation_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_creation_parameters`](Self::table_creation_parameters).
    pub fn set_table_creation_parameters(
        mut self,
        input: ::std::option::Option<crate::types::TableCreationParameters>,
    ) -> Self {
        self.table_creation_parameters = input;
        self
    }
    /// See [`ImportTableDescription::table_id`](crate::types::ImportTableDescription::table_id).
    pub fn table_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_id`](Self::table_id).
    pub fn set_table_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImportTableDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImportTableDescription {
            client_token: self.client_token,
            cloud_watch_log_group_arn: self.cloud_watch_log_group_arn,
            end_time: self.end_time,
            error_count: self.error_count,
            failure_code: self.failure_code,
            failure_message: self.failure_message,
            import_arn: self.import_arn,
            import_status: self.import_status,
            imported_item_count: self.imported_item_count,
            input_compression_type: self.input_compression_type,
            input_format: self.input_format,
            input_format_options: self.input_format_options,
            processed_item_count: self.processed_item_count,
            processed_size_bytes: self.processed_size_bytes,
            s3_bucket_source: self.s3_bucket_source,
            start_time: self.start_time,
            table_arn: self.table_arn,
            table_creation_parameters: self.table_creation_parameters,
            table_id: self.table_id,
        })
    }
}
/// A builder for [`ImportTableInput`](crate::types::ImportTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImportTableInputBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) input_compression_type: ::std::option::Option<
        crate::types::InputCompressionType,
    >,
    pub(crate) input_format: ::std::option::Option<crate::types::InputFormat>,
    pub(crate) input_format_options: ::std::option::Option<
        crate::types::InputFormatOptions,
    >,
    pub(crate) s3_bucket_source: ::std::option::Option<crate::types::S3BucketSource>,
    pub(crate) table_creation_parameters: ::std::option::Option<
        crate::types::TableCreationParameters,
    >,
}
impl ::std::fmt::Debug for ImportTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportTableInputBuilder").finish_non_exhaustive()
    }
}
impl ImportTableInputBuilder {
    /// See [`ImportTableInput::client_token`](crate::types::ImportTableInput::client_token).
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
    /// See [`ImportTableInput::input_compression_type`](crate::types::ImportTableInput::input_compression_type).
    pub fn input_compression_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputCompressionType>,
    ) -> Self {
        self.input_compression_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_compression_type`](Self::input_compression_type).
    pub fn set_input_compression_type(
        mut self,
        input: ::std::option::Option<crate::types::InputCompressionType>,
    ) -> Self {
        self.input_compression_type = input;
        self
    }
    /// See [`ImportTableInput::input_format`](crate::types::ImportTableInput::input_format).
    pub fn input_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputFormat>,
    ) -> Self {
        self.input_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_format`](Self::input_format).
    pub fn set_input_format(
        mut self,
        input: ::std::option::Option<crate::types::InputFormat>,
    ) -> Self {
        self.input_format = input;
        self
    }
    /// See [`ImportTableInput::input_format_options`](crate::types::ImportTableInput::input_format_options).
    pub fn input_format_options(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputFormatOptions>,
    ) -> Self {
        self.input_format_options = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_format_options`](Self::input_format_options).
    pub fn set_input_format_options(
        mut self,
        input: ::std::option::Option<crate::types::InputFormatOptions>,
    ) -> Self {
        self.input_format_options = input;
        self
    }
    /// See [`ImportTableInput::s3_bucket_source`](crate::types::ImportTableInput::s3_bucket_source).
    pub fn s3_bucket_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3BucketSource>,
    ) -> Self {
        self.s3_bucket_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_source`](Self::s3_bucket_source).
    pub fn set_s3_bucket_source(
        mut self,
        input: ::std::option::Option<crate::types::S3BucketSource>,
    ) -> Self {
        self.s3_bucket_source = input;
        self
    }
    /// See [`ImportTableInput::table_creation_parameters`](crate::types::ImportTableInput::table_creation_parameters).
    pub fn table_creation_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableCreationParameters>,
    ) -> Self {
        self.table_creation_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_creation_parameters`](Self::table_creation_parameters).
    pub fn set_table_creation_parameters(
        mut self,
        input: ::std::option::Option<crate::types::TableCreationParameters>,
    ) -> Self {
        self.table_creation_parameters = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImportTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImportTableInput {
            client_token: self.client_token,
            input_compression_type: self.input_compression_type,
            input_format: self
                .input_format
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ImportTableInput",
                        "input_format",
                    ),
                )?,
            input_format_options: self.input_format_options,
            s3_bucket_source: self
                .s3_bucket_source
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ImportTableInput",
                        "s3_bucket_source",
                    ),
                )?,
            table_creation_parameters: self
                .table_creation_parameters
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ImportTableInput",
                        "table_creation_parameters",
                    ),
                )?,
        })
    }
}
/// A builder for [`ImportTableOutput`](crate::types::ImportTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImportTableOutputBuilder {
    pub(crate) import_table_description: ::std::option::Option<
        crate::types::ImportTableDescription,
    >,
}
impl ::std::fmt::Debug for ImportTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportTableOutputBuilder").finish_non_exhaustive()
    }
}
impl ImportTableOutputBuilder {
    /// See [`ImportTableOutput::import_table_description`](crate::types::ImportTableOutput::import_table_description).
    pub fn import_table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImportTableDescription>,
    ) -> Self {
        self.import_table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`import_table_description`](Self::import_table_description).
    pub fn set_import_table_description(
        mut self,
        input: ::std::option::Option<crate::types::ImportTableDescription>,
    ) -> Self {
        self.import_table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImportTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImportTableOutput {
            import_table_description: self
                .import_table_description
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ImportTableOutput",
                        "import_table_description",
                    ),
                )?,
        })
    }
}
/// A builder for [`IncrementalExportSpecification`](crate::types::IncrementalExportSpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IncrementalExportSpecificationBuilder {
    pub(crate) export_from_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) export_to_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) export_view_type: ::std::option::Option<crate::types::ExportViewType>,
}
impl ::std::fmt::Debug for IncrementalExportSpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IncrementalExportSpecificationBuilder").finish_non_exhaustive()
    }
}
impl IncrementalExportSpecificationBuilder {
    /// See [`IncrementalExportSpecification::export_from_time`](crate::types::IncrementalExportSpecification::export_from_time).
    pub fn export_from_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_from_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_from_time`](Self::export_from_time).
    pub fn set_export_from_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_from_time = input;
        self
    }
    /// See [`IncrementalExportSpecification::export_to_time`](crate::types::IncrementalExportSpecification::export_to_time).
    pub fn export_to_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_to_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_to_time`](Self::export_to_time).
    pub fn set_export_to_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.export_to_time = input;
        self
    }
    /// See [`IncrementalExportSpecification::export_view_type`](crate::types::IncrementalExportSpecification::export_view_type).
    pub fn export_view_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportViewType>,
    ) -> Self {
        self.export_view_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_view_type`](Self::export_view_type).
    pub fn set_export_view_type(
        mut self,
        input: ::std::option::Option<crate::types::ExportViewType>,
    ) -> Self {
        self.export_view_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::IncrementalExportSpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::IncrementalExportSpecification {
            export_from_time: self.export_from_time,
            export_to_time: self.export_to_time,
            export_view_type: self.export_view_type,
        })
    }
}
/// A builder for [`InputFormatOptions`](crate::types::InputFormatOptions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InputFormatOptionsBuilder {
    pub(crate) csv: ::std::option::Option<crate::types::CsvOptions>,
}
impl ::std::fmt::Debug for InputFormatOptionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InputFormatOptionsBuilder").finish_non_exhaustive()
    }
}
impl InputFormatOptionsBuilder {
    /// See [`InputFormatOptions::csv`](crate::types::InputFormatOptions::csv).
    pub fn csv(
        mut self,
        input: impl ::std::convert::Into<crate::types::CsvOptions>,
    ) -> Self {
        self.csv = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`csv`](Self::csv).
    pub fn set_csv(
        mut self,
        input: ::std::option::Option<crate::types::CsvOptions>,
    ) -> Self {
        self.csv = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InputFormatOptions,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InputFormatOptions {
            csv: self.csv,
        })
    }
}
/// A builder for [`InputS3Configuration`](crate::types::InputS3Configuration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InputS3ConfigurationBuilder {
    pub(crate) input_compression_type: ::std::option::Option<
        crate::types::InputCompressionType,
    >,
    pub(crate) input_format: ::std::option::Option<
        crate::types::BulkOperationInputFormat,
    >,
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_bucket_owner: ::std::option::Option<::std::string::String>,
    pub(crate) s3_key_prefix: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InputS3ConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InputS3ConfigurationBuilder").finish_non_exhaustive()
    }
}
impl InputS3ConfigurationBuilder {
    /// See [`InputS3Configuration::input_compression_type`](crate::types::InputS3Configuration::input_compression_type).
    pub fn input_compression_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputCompressionType>,
    ) -> Self {
        self.input_compression_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_compression_type`](Self::input_compression_type).
    pub fn set_input_compression_type(
        mut self,
        input: ::std::option::Option<crate::types::InputCompressionType>,
    ) -> Self {
        self.input_compression_type = input;
        self
    }
    /// See [`InputS3Configuration::input_format`](crate::types::InputS3Configuration::input_format).
    pub fn input_format(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationInputFormat>,
    ) -> Self {
        self.input_format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_format`](Self::input_format).
    pub fn set_input_format(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationInputFormat>,
    ) -> Self {
        self.input_format = input;
        self
    }
    /// See [`InputS3Configuration::s3_bucket`](crate::types::InputS3Configuration::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`InputS3Configuration::s3_bucket_owner`](crate::types::InputS3Configuration::s3_bucket_owner).
    pub fn s3_bucket_owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_owner`](Self::s3_bucket_owner).
    pub fn set_s3_bucket_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = input;
        self
    }
    /// See [`InputS3Configuration::s3_key_prefix`](crate::types::InputS3Configuration::s3_key_prefix).
    pub fn s3_key_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_key_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_key_prefix`](Self::s3_key_prefix).
    pub fn set_s3_key_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_key_prefix = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InputS3Configuration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InputS3Configuration {
            input_compression_type: self.input_compression_type,
            input_format: self
                .input_format
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InputS3Configuration",
                        "input_format",
                    ),
                )?,
            s3_bucket: self
                .s3_bucket
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InputS3Configuration",
                        "s3_bucket",
                    ),
                )?,
            s3_bucket_owner: self.s3_bucket_owner,
            s3_key_prefix: self.s3_key_prefix,
        })
    }
}
/// A builder for [`ItemCollectionMetrics`](crate::types::ItemCollectionMetrics).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ItemCollectionMetricsBuilder {
    pub(crate) item_collection_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) size_estimate_range_gb: ::std::option::Option<::std::vec::Vec<f64>>,
}
impl ::std::fmt::Debug for ItemCollectionMetricsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ItemCollectionMetricsBuilder").finish_non_exhaustive()
    }
}
impl ItemCollectionMetricsBuilder {
    /// See [`ItemCollectionMetrics::item_collection_key`](crate::types::ItemCollectionMetrics::item_collection_key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item_collection_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item_collection_key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item_collection_key`](Self::item_collection_key).
    pub fn set_item_collection_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item_collection_key = input;
        self
    }
    /// See [`ItemCollectionMetrics::size_estimate_range_gb`](crate::types::ItemCollectionMetrics::size_estimate_range_gb).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn size_estimate_range_gb(
        mut self,
        input: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.size_estimate_range_gb
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`size_estimate_range_gb`](Self::size_estimate_range_gb).
    pub fn set_size_estimate_range_gb(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<f64>>,
    ) -> Self {
        self.size_estimate_range_gb = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ItemCollectionMetrics,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ItemCollectionMetrics {
            item_collection_key: self.item_collection_key,
            size_estimate_range_gb: self.size_estimate_range_gb,
        })
    }
}
/// A builder for [`ItemResponse`](crate::types::ItemResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ItemResponseBuilder {
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
}
impl ::std::fmt::Debug for ItemResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ItemResponseBuilder").finish_non_exhaustive()
    }
}
impl ItemResponseBuilder {
    /// See [`ItemResponse::item`](crate::types::ItemResponse::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ItemResponse, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ItemResponse {
            item: self.item,
        })
    }
}
/// A builder for [`KeySchemaElement`](crate::types::KeySchemaElement).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KeySchemaElementBuilder {
    pub(crate) attribute_name: ::std::option::Option<::std::string::String>,
    pub(crate) key_type: ::std::option::Option<crate::types::KeyType>,
}
impl ::std::fmt::Debug for KeySchemaElementBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeySchemaElementBuilder").finish_non_exhaustive()
    }
}
impl KeySchemaElementBuilder {
    /// See [`KeySchemaElement::attribute_name`](crate::types::KeySchemaElement::attribute_name).
    pub fn attribute_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attribute_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute_name`](Self::attribute_name).
    pub fn set_attribute_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.attribute_name = input;
        self
    }
    /// See [`KeySchemaElement::key_type`](crate::types::KeySchemaElement::key_type).
    pub fn key_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeyType>,
    ) -> Self {
        self.key_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_type`](Self::key_type).
    pub fn set_key_type(
        mut self,
        input: ::std::option::Option<crate::types::KeyType>,
    ) -> Self {
        self.key_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KeySchemaElement,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KeySchemaElement {
            attribute_name: self
                .attribute_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "KeySchemaElement",
                        "attribute_name",
                    ),
                )?,
            key_type: self
                .key_type
                .ok_or(
                    crate::runtime::BuildError::missing("KeySchemaElement", "key_type"),
                )?,
        })
    }
}
/// A builder for [`KeysAndAttributes`](crate::types::KeysAndAttributes).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KeysAndAttributesBuilder {
    pub(crate) attributes_to_get: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) consistent_read: ::std::option::Option<bool>,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) keys: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    >,
    pub(crate) projection_expression: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for KeysAndAttributesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeysAndAttributesBuilder").finish_non_exhaustive()
    }
}
impl KeysAndAttributesBuilder {
    /// See [`KeysAndAttributes::attributes_to_get`](crate::types::KeysAndAttributes::attributes_to_get).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attributes_to_get(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attributes_to_get
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attributes_to_get`](Self::attributes_to_get).
    pub fn set_attributes_to_get(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.attributes_to_get = input;
        self
    }
    /// See [`KeysAndAttributes::consistent_read`](crate::types::KeysAndAttributes::consistent_read).
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.consistent_read = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.consistent_read = input;
        self
    }
    /// See [`KeysAndAttributes::expression_attribute_names`](crate::types::KeysAndAttributes::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`KeysAndAttributes::keys`](crate::types::KeysAndAttributes::keys).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn keys(
        mut self,
        input: impl ::std::convert::Into<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.keys.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`keys`](Self::keys).
    pub fn set_keys(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::types::AttributeValue,
                >,
            >,
        >,
    ) -> Self {
        self.keys = input;
        self
    }
    /// See [`KeysAndAttributes::projection_expression`](crate::types::KeysAndAttributes::projection_expression).
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.projection_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.projection_expression = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KeysAndAttributes,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KeysAndAttributes {
            attributes_to_get: self.attributes_to_get,
            consistent_read: self.consistent_read,
            expression_attribute_names: self.expression_attribute_names,
            keys: self
                .keys
                .ok_or(
                    crate::runtime::BuildError::missing("KeysAndAttributes", "keys"),
                )?,
            projection_expression: self.projection_expression,
        })
    }
}
/// A builder for [`KinesisDataStreamDestination`](crate::types::KinesisDataStreamDestination).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KinesisDataStreamDestinationBuilder {
    pub(crate) destination_status: ::std::option::Option<
        crate::types::DestinationStatus,
    >,
    pub(crate) destination_status_description: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) stream_arn: ::std::option::Option<::std::string::String>,
    pub(crate) approximate_creation_date_time_precision: ::std::option::Option<
        crate::types::ApproximateCreationDateTimePrecision,
    >,
}
impl ::std::fmt::Debug for KinesisDataStreamDestinationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KinesisDataStreamDestinationBuilder").finish_non_exhaustive()
    }
}
impl KinesisDataStreamDestinationBuilder {
    /// See [`KinesisDataStreamDestination::destination_status`](crate::types::KinesisDataStreamDestination::destination_status).
    pub fn destination_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationStatus>,
    ) -> Self {
        self.destination_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_status`](Self::destination_status).
    pub fn set_destination_status(
        mut self,
        input: ::std::option::Option<crate::types::DestinationStatus>,
    ) -> Self {
        self.destination_status = input;
        self
    }
    /// See [`KinesisDataStreamDestination::destination_status_description`](crate::types::KinesisDataStreamDestination::destination_status_description).
    pub fn destination_status_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_status_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_status_description`](Self::destination_status_description).
    pub fn set_destination_status_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_status_description = input;
        self
    }
    /// See [`KinesisDataStreamDestination::stream_arn`](crate::types::KinesisDataStreamDestination::stream_arn).
    pub fn stream_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stream_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_arn`](Self::stream_arn).
    pub fn set_stream_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stream_arn = input;
        self
    }
    /// See [`KinesisDataStreamDestination::approximate_creation_date_time_precision`](crate::types::KinesisDataStreamDestination::approximate_creation_date_time_precision).
    pub fn approximate_creation_date_time_precision(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ApproximateCreationDateTimePrecision,
        >,
    ) -> Self {
        self.approximate_creation_date_time_precision = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`approximate_creation_date_time_precision`](Self::approximate_creation_date_time_precision).
    pub fn set_approximate_creation_date_time_precision(
        mut self,
        input: ::std::option::Option<crate::types::ApproximateCreationDateTimePrecision>,
    ) -> Self {
        self.approximate_creation_date_time_precision = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KinesisDataStreamDestination,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KinesisDataStreamDestination {
            destination_status: self.destination_status,
            destination_status_description: self.destination_status_description,
            stream_arn: self.stream_arn,
            approximate_creation_date_time_precision: self
                .approximate_creation_date_time_precision,
        })
    }
}
/// A builder for [`KinesisStreamingDestinationInput`](crate::types::KinesisStreamingDestinationInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KinesisStreamingDestinationInputBuilder {
    pub(crate) stream_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) enable_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::EnableKinesisStreamingConfiguration,
    >,
}
impl ::std::fmt::Debug for KinesisStreamingDestinationInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KinesisStreamingDestinationInputBuilder").finish_non_exhaustive()
    }
}
impl KinesisStreamingDestinationInputBuilder {
    /// See [`KinesisStreamingDestinationInput::stream_arn`](crate::types::KinesisStreamingDestinationInput::stream_arn).
    pub fn stream_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stream_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_arn`](Self::stream_arn).
    pub fn set_stream_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stream_arn = input;
        self
    }
    /// See [`KinesisStreamingDestinationInput::table_name`](crate::types::KinesisStreamingDestinationInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`KinesisStreamingDestinationInput::enable_kinesis_streaming_configuration`](crate::types::KinesisStreamingDestinationInput::enable_kinesis_streaming_configuration).
    pub fn enable_kinesis_streaming_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::EnableKinesisStreamingConfiguration,
        >,
    ) -> Self {
        self.enable_kinesis_streaming_configuration = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`enable_kinesis_streaming_configuration`](Self::enable_kinesis_streaming_configuration).
    pub fn set_enable_kinesis_streaming_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EnableKinesisStreamingConfiguration>,
    ) -> Self {
        self.enable_kinesis_streaming_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KinesisStreamingDestinationInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KinesisStreamingDestinationInput {
            stream_arn: self
                .stream_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "KinesisStreamingDestinationInput",
                        "stream_arn",
                    ),
                )?,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "KinesisStreamingDestinationInput",
                        "table_name",
                    ),
                )?,
            enable_kinesis_streaming_configuration: self
                .enable_kinesis_streaming_configuration,
        })
    }
}
/// A builder for [`KinesisStreamingDestinationOutput`](crate::types::KinesisStreamingDestinationOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KinesisStreamingDestinationOutputBuilder {
    pub(crate) destination_status: ::std::option::Option<
        crate::types::DestinationStatus,
    >,
    pub(crate) stream_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) enable_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::EnableKinesisStreamingConfiguration,
    >,
}
impl ::std::fmt::Debug for KinesisStreamingDestinationOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KinesisStreamingDestinationOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl KinesisStreamingDestinationOutputBuilder {
    /// See [`KinesisStreamingDestinationOutput::destination_status`](crate::types::KinesisStreamingDestinationOutput::destination_status).
    pub fn destination_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationStatus>,
    ) -> Self {
        self.destination_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_status`](Self::destination_status).
    pub fn set_destination_status(
        mut self,
        input: ::std::option::Option<crate::types::DestinationStatus>,
    ) -> Self {
        self.destination_status = input;
        self
    }
    /// See [`KinesisStreamingDestinationOutput::stream_arn`](crate::types::KinesisStreamingDestinationOutput::stream_arn).
    pub fn stream_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stream_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_arn`](Self::stream_arn).
    pub fn set_stream_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stream_arn = input;
        self
    }
    /// See [`KinesisStreamingDestinationOutput::table_name`](crate::types::KinesisStreamingDestinationOutput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`KinesisStreamingDestinationOutput::enable_kinesis_streaming_configuration`](crate::types::KinesisStreamingDestinationOutput::enable_kinesis_streaming_configuration).
    pub fn enable_kinesis_streaming_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::EnableKinesisStreamingConfiguration,
        >,
    ) -> Self {
        self.enable_kinesis_streaming_configuration = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`enable_kinesis_streaming_configuration`](Self::enable_kinesis_streaming_configuration).
    pub fn set_enable_kinesis_streaming_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EnableKinesisStreamingConfiguration>,
    ) -> Self {
        self.enable_kinesis_streaming_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KinesisStreamingDestinationOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KinesisStreamingDestinationOutput {
            destination_status: self.destination_status,
            stream_arn: self.stream_arn,
            table_name: self.table_name,
            enable_kinesis_streaming_configuration: self
                .enable_kinesis_streaming_configuration,
        })
    }
}
/// A builder for [`ListBackupsInput`](crate::types::ListBackupsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListBackupsInputBuilder {
    pub(crate) backup_type: ::std::option::Option<crate::types::BackupTypeFilter>,
    pub(crate) exclusive_start_backup_arn: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) time_range_lower_bound: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) time_range_upper_bound: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for ListBackupsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListBackupsInputBuilder").finish_non_exhaustive()
    }
}
impl ListBackupsInputBuilder {
    /// See [`ListBackupsInput::backup_type`](crate::types::ListBackupsInput::backup_type).
    pub fn backup_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupTypeFilter>,
    ) -> Self {
        self.backup_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_type`](Self::backup_type).
    pub fn set_backup_type(
        mut self,
        input: ::std::option::Option<crate::types::BackupTypeFilter>,
    ) -> Self {
        self.backup_type = input;
        self
    }
    /// See [`ListBackupsInput::exclusive_start_backup_arn`](crate::types::ListBackupsInput::exclusive_start_backup_arn).
    pub fn exclusive_start_backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.exclusive_start_backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exclusive_start_backup_arn`](Self::exclusive_start_backup_arn).
    pub fn set_exclusive_start_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.exclusive_start_backup_arn = input;
        self
    }
    /// See [`ListBackupsInput::limit`](crate::types::ListBackupsInput::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`ListBackupsInput::table_name`](crate::types::ListBackupsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`ListBackupsInput::time_range_lower_bound`](crate::types::ListBackupsInput::time_range_lower_bound).
    pub fn time_range_lower_bound(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.time_range_lower_bound = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time_range_lower_bound`](Self::time_range_lower_bound).
    pub fn set_time_range_lower_bound(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.time_range_lower_bound = input;
        self
    }
    /// See [`ListBackupsInput::time_range_upper_bound`](crate::types::ListBackupsInput::time_range_upper_bound).
    pub fn time_range_upper_bound(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.time_range_upper_bound = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time_range_upper_bound`](Self::time_range_upper_bound).
    pub fn set_time_range_upper_bound(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.time_range_upper_bound = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListBackupsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListBackupsInput {
            backup_type: self.backup_type,
            exclusive_start_backup_arn: self.exclusive_start_backup_arn,
            limit: self.limit,
            table_name: self.table_name,
            time_range_lower_bound: self.time_range_lower_bound,
            time_range_upper_bound: self.time_range_upper_bound,
        })
    }
}
/// A builder for [`ListBackupsOutput`](crate::types::ListBackupsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListBackupsOutputBuilder {
    pub(crate) backup_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::BackupSummary>,
    >,
    pub(crate) last_evaluated_backup_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListBackupsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListBackupsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListBackupsOutputBuilder {
    /// See [`ListBackupsOutput::backup_summaries`](crate::types::ListBackupsOutput::backup_summaries).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn backup_summaries(
        mut self,
        input: impl ::std::convert::Into<crate::types::BackupSummary>,
    ) -> Self {
        self.backup_summaries
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`backup_summaries`](Self::backup_summaries).
    pub fn set_backup_summaries(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::BackupSummary>>,
    ) -> Self {
        self.backup_summaries = input;
        self
    }
    /// See [`ListBackupsOutput::last_evaluated_backup_arn`](crate::types::ListBackupsOutput::last_evaluated_backup_arn).
    pub fn last_evaluated_backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_evaluated_backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_evaluated_backup_arn`](Self::last_evaluated_backup_arn).
    pub fn set_last_evaluated_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_evaluated_backup_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListBackupsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListBackupsOutput {
            backup_summaries: self.backup_summaries,
            last_evaluated_backup_arn: self.last_evaluated_backup_arn,
        })
    }
}
/// A builder for [`ListBulkOperationsInput`](crate::types::ListBulkOperationsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListBulkOperationsInputBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListBulkOperationsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListBulkOperationsInputBuilder").finish_non_exhaustive()
    }
}
impl ListBulkOperationsInputBuilder {
    /// See [`ListBulkOperationsInput::max_results`](crate::types::ListBulkOperationsInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListBulkOperationsInput::next_token`](crate::types::ListBulkOperationsInput::next_token).
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
        crate::types::ListBulkOperationsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListBulkOperationsInput {
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListBulkOperationsOutput`](crate::types::ListBulkOperationsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListBulkOperationsOutputBuilder {
    pub(crate) bulk_operations_summary_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::BulkOperationSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListBulkOperationsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListBulkOperationsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListBulkOperationsOutputBuilder {
    /// See [`ListBulkOperationsOutput::bulk_operations_summary_list`](crate::types::ListBulkOperationsOutput::bulk_operations_summary_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn bulk_operations_summary_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationSummary>,
    ) -> Self {
        self.bulk_operations_summary_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`bulk_operations_summary_list`](Self::bulk_operations_summary_list).
    pub fn set_bulk_operations_summary_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::BulkOperationSummary>>,
    ) -> Self {
        self.bulk_operations_summary_list = input;
        self
    }
    /// See [`ListBulkOperationsOutput::next_token`](crate::types::ListBulkOperationsOutput::next_token).
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
        crate::types::ListBulkOperationsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListBulkOperationsOutput {
            bulk_operations_summary_list: self.bulk_operations_summary_list,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListContributorInsightsInput`](crate::types::ListContributorInsightsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListContributorInsightsInputBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListContributorInsightsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListContributorInsightsInputBuilder").finish_non_exhaustive()
    }
}
impl ListContributorInsightsInputBuilder {
    /// See [`ListContributorInsightsInput::max_results`](crate::types::ListContributorInsightsInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListContributorInsightsInput::next_token`](crate::types::ListContributorInsightsInput::next_token).
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
    /// See [`ListContributorInsightsInput::table_name`](crate::types::ListContributorInsightsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListContributorInsightsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListContributorInsightsInput {
            max_results: self.max_results,
            next_token: self.next_token,
            table_name: self.table_name,
        })
    }
}
/// A builder for [`ListContributorInsightsOutput`](crate::types::ListContributorInsightsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListContributorInsightsOutputBuilder {
    pub(crate) contributor_insights_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::ContributorInsightsSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListContributorInsightsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListContributorInsightsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListContributorInsightsOutputBuilder {
    /// See [`ListContributorInsightsOutput::contributor_insights_summaries`](crate::types::ListContributorInsightsOutput::contributor_insights_summaries).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn contributor_insights_summaries(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsSummary>,
    ) -> Self {
        self.contributor_insights_summaries
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_summaries`](Self::contributor_insights_summaries).
    pub fn set_contributor_insights_summaries(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ContributorInsightsSummary>,
        >,
    ) -> Self {
        self.contributor_insights_summaries = input;
        self
    }
    /// See [`ListContributorInsightsOutput::next_token`](crate::types::ListContributorInsightsOutput::next_token).
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
        crate::types::ListContributorInsightsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListContributorInsightsOutput {
            contributor_insights_summaries: self.contributor_insights_summaries,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListExportsInput`](crate::types::ListExportsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListExportsInputBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListExportsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListExportsInputBuilder").finish_non_exhaustive()
    }
}
impl ListExportsInputBuilder {
    /// See [`ListExportsInput::max_results`](crate::types::ListExportsInput::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListExportsInput::next_token`](crate::types::ListExportsInput::next_token).
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
    /// See [`ListExportsInput::table_arn`](crate::types::ListExportsInput::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListExportsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListExportsInput {
            max_results: self.max_results,
            next_token: self.next_token,
            table_arn: self.table_arn,
        })
    }
}
/// A builder for [`ListExportsOutput`](crate::types::ListExportsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListExportsOutputBuilder {
    pub(crate) export_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::ExportSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListExportsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListExportsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListExportsOutputBuilder {
    /// See [`ListExportsOutput::export_summaries`](crate::types::ListExportsOutput::export_summaries).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn export_summaries(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExportSummary>,
    ) -> Self {
        self.export_summaries
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`export_summaries`](Self::export_summaries).
    pub fn set_export_summaries(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ExportSummary>>,
    ) -> Self {
        self.export_summaries = input;
        self
    }
    /// See [`ListExportsOutput::next_token`](crate::types::ListExportsOutput::next_token).
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
        crate::types::ListExportsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListExportsOutput {
            export_summaries: self.export_summaries,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListGlobalTablesInput`](crate::types::ListGlobalTablesInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListGlobalTablesInputBuilder {
    pub(crate) exclusive_start_global_table_name: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListGlobalTablesInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListGlobalTablesInputBuilder").finish_non_exhaustive()
    }
}
impl ListGlobalTablesInputBuilder {
    /// See [`ListGlobalTablesInput::exclusive_start_global_table_name`](crate::types::ListGlobalTablesInput::exclusive_start_global_table_name).
    pub fn exclusive_start_global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.exclusive_start_global_table_name = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`exclusive_start_global_table_name`](Self::exclusive_start_global_table_name).
    pub fn set_exclusive_start_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.exclusive_start_global_table_name = input;
        self
    }
    /// See [`ListGlobalTablesInput::limit`](crate::types::ListGlobalTablesInput::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`ListGlobalTablesInput::region_name`](crate::types::ListGlobalTablesInput::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListGlobalTablesInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListGlobalTablesInput {
            exclusive_start_global_table_name: self.exclusive_start_global_table_name,
            limit: self.limit,
            region_name: self.region_name,
        })
    }
}
/// A builder for [`ListGlobalTablesOutput`](crate::types::ListGlobalTablesOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListGlobalTablesOutputBuilder {
    pub(crate) global_tables: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalTable>,
    >,
    pub(crate) last_evaluated_global_table_name: ::std::option::Option<
        ::std::string::String,
    >,
}
impl ::std::fmt::Debug for ListGlobalTablesOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListGlobalTablesOutputBuilder").finish_non_exhaustive()
    }
}
impl ListGlobalTablesOutputBuilder {
    /// See [`ListGlobalTablesOutput::global_tables`](crate::types::ListGlobalTablesOutput::global_tables).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_tables(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTable>,
    ) -> Self {
        self.global_tables.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`global_tables`](Self::global_tables).
    pub fn set_global_tables(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GlobalTable>>,
    ) -> Self {
        self.global_tables = input;
        self
    }
    /// See [`ListGlobalTablesOutput::last_evaluated_global_table_name`](crate::types::ListGlobalTablesOutput::last_evaluated_global_table_name).
    pub fn last_evaluated_global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_evaluated_global_table_name = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`last_evaluated_global_table_name`](Self::last_evaluated_global_table_name).
    pub fn set_last_evaluated_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_evaluated_global_table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListGlobalTablesOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListGlobalTablesOutput {
            global_tables: self.global_tables,
            last_evaluated_global_table_name: self.last_evaluated_global_table_name,
        })
    }
}
/// A builder for [`ListImportsInput`](crate::types::ListImportsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListImportsInputBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) page_size: ::std::option::Option<i64>,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListImportsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListImportsInputBuilder").finish_non_exhaustive()
    }
}
impl ListImportsInputBuilder {
    /// See [`ListImportsInput::next_token`](crate::types::ListImportsInput::next_token).
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
    /// See [`ListImportsInput::page_size`](crate::types::ListImportsInput::page_size).
    pub fn page_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.page_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`page_size`](Self::page_size).
    pub fn set_page_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.page_size = input;
        self
    }
    /// See [`ListImportsInput::table_arn`](crate::types::ListImportsInput::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListImportsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListImportsInput {
            next_token: self.next_token,
            page_size: self.page_size,
            table_arn: self.table_arn,
        })
    }
}
/// A builder for [`ListImportsOutput`](crate::types::ListImportsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListImportsOutputBuilder {
    pub(crate) import_summary_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImportSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListImportsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListImportsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListImportsOutputBuilder {
    /// See [`ListImportsOutput::import_summary_list`](crate::types::ListImportsOutput::import_summary_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn import_summary_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::ImportSummary>,
    ) -> Self {
        self.import_summary_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`import_summary_list`](Self::import_summary_list).
    pub fn set_import_summary_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ImportSummary>>,
    ) -> Self {
        self.import_summary_list = input;
        self
    }
    /// See [`ListImportsOutput::next_token`](crate::types::ListImportsOutput::next_token).
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
        crate::types::ListImportsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListImportsOutput {
            import_summary_list: self.import_summary_list,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListTablesInput`](crate::types::ListTablesInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTablesInputBuilder {
    pub(crate) exclusive_start_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ListTablesInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTablesInputBuilder").finish_non_exhaustive()
    }
}
impl ListTablesInputBuilder {
    /// See [`ListTablesInput::exclusive_start_table_name`](crate::types::ListTablesInput::exclusive_start_table_name).
    pub fn exclusive_start_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.exclusive_start_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`exclusive_start_table_name`](Self::exclusive_start_table_name).
    pub fn set_exclusive_start_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.exclusive_start_table_name = input;
        self
    }
    /// See [`ListTablesInput::limit`](crate::types::ListTablesInput::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTablesInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTablesInput {
            exclusive_start_table_name: self.exclusive_start_table_name,
            limit: self.limit,
        })
    }
}
/// A builder for [`ListTablesOutput`](crate::types::ListTablesOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTablesOutputBuilder {
    pub(crate) last_evaluated_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ListTablesOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTablesOutputBuilder").finish_non_exhaustive()
    }
}
impl ListTablesOutputBuilder {
    /// See [`ListTablesOutput::last_evaluated_table_name`](crate::types::ListTablesOutput::last_evaluated_table_name).
    pub fn last_evaluated_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_evaluated_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_evaluated_table_name`](Self::last_evaluated_table_name).
    pub fn set_last_evaluated_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_evaluated_table_name = input;
        self
    }
    /// See [`ListTablesOutput::table_names`](crate::types::ListTablesOutput::table_names).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn table_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_names.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`table_names`](Self::table_names).
    pub fn set_table_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.table_names = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTablesOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTablesOutput {
            last_evaluated_table_name: self.last_evaluated_table_name,
            table_names: self.table_names,
        })
    }
}
/// A builder for [`ListTagsOfResourceInput`](crate::types::ListTagsOfResourceInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsOfResourceInputBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagsOfResourceInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsOfResourceInputBuilder").finish_non_exhaustive()
    }
}
impl ListTagsOfResourceInputBuilder {
    /// See [`ListTagsOfResourceInput::next_token`](crate::types::ListTagsOfResourceInput::next_token).
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
    /// See [`ListTagsOfResourceInput::resource_arn`](crate::types::ListTagsOfResourceInput::resource_arn).
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
        crate::types::ListTagsOfResourceInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsOfResourceInput {
            next_token: self.next_token,
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListTagsOfResourceInput",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListTagsOfResourceOutput`](crate::types::ListTagsOfResourceOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsOfResourceOutputBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}
impl ::std::fmt::Debug for ListTagsOfResourceOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsOfResourceOutputBuilder").finish_non_exhaustive()
    }
}
impl ListTagsOfResourceOutputBuilder {
    /// See [`ListTagsOfResourceOutput::next_token`](crate::types::ListTagsOfResourceOutput::next_token).
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
    /// See [`ListTagsOfResourceOutput::tags`](crate::types::ListTagsOfResourceOutput::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsOfResourceOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsOfResourceOutput {
            next_token: self.next_token,
            tags: self.tags,
        })
    }
}
/// A builder for [`LocalSecondaryIndex`](crate::types::LocalSecondaryIndex).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LocalSecondaryIndexBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
}
impl ::std::fmt::Debug for LocalSecondaryIndexBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LocalSecondaryIndexBuilder").finish_non_exhaustive()
    }
}
impl LocalSecondaryIndexBuilder {
    /// See [`LocalSecondaryIndex::index_name`](crate::types::LocalSecondaryIndex::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`LocalSecondaryIndex::key_schema`](crate::types::LocalSecondaryIndex::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`LocalSecondaryIndex::projection`](crate::types::LocalSecondaryIndex::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LocalSecondaryIndex,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LocalSecondaryIndex {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "LocalSecondaryIndex",
                        "index_name",
                    ),
                )?,
            key_schema: self
                .key_schema
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "LocalSecondaryIndex",
                        "key_schema",
                    ),
                )?,
            projection: self
                .projection
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "LocalSecondaryIndex",
                        "projection",
                    ),
                )?,
        })
    }
}
/// A builder for [`LocalSecondaryIndexDescription`](crate::types::LocalSecondaryIndexDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LocalSecondaryIndexDescriptionBuilder {
    pub(crate) index_arn: ::std::option::Option<::std::string::String>,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) index_size_bytes: ::std::option::Option<i64>,
    pub(crate) item_count: ::std::option::Option<i64>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
}
impl ::std::fmt::Debug for LocalSecondaryIndexDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LocalSecondaryIndexDescriptionBuilder").finish_non_exhaustive()
    }
}
impl LocalSecondaryIndexDescriptionBuilder {
    /// See [`LocalSecondaryIndexDescription::index_arn`](crate::types::LocalSecondaryIndexDescription::index_arn).
    pub fn index_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_arn`](Self::index_arn).
    pub fn set_index_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_arn = input;
        self
    }
    /// See [`LocalSecondaryIndexDescription::index_name`](crate::types::LocalSecondaryIndexDescription::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`LocalSecondaryIndexDescription::index_size_bytes`](crate::types::LocalSecondaryIndexDescription::index_size_bytes).
    pub fn index_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.index_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_size_bytes`](Self::index_size_bytes).
    pub fn set_index_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.index_size_bytes = input;
        self
    }
    /// See [`LocalSecondaryIndexDescription::item_count`](crate::types::LocalSecondaryIndexDescription::item_count).
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// See [`LocalSecondaryIndexDescription::key_schema`](crate::types::LocalSecondaryIndexDescription::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`LocalSecondaryIndexDescription::projection`](crate::types::LocalSecondaryIndexDescription::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LocalSecondaryIndexDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LocalSecondaryIndexDescription {
            index_arn: self.index_arn,
            index_name: self.index_name,
            index_size_bytes: self.index_size_bytes,
            item_count: self.item_count,
            key_schema: self.key_schema,
            projection: self.projection,
        })
    }
}
/// A builder for [`LocalSecondaryIndexInfo`](crate::types::LocalSecondaryIndexInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LocalSecondaryIndexInfoBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
}
impl ::std::fmt::Debug for LocalSecondaryIndexInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LocalSecondaryIndexInfoBuilder").finish_non_exhaustive()
    }
}
impl LocalSecondaryIndexInfoBuilder {
    /// See [`LocalSecondaryIndexInfo::index_name`](crate::types::LocalSecondaryIndexInfo::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`LocalSecondaryIndexInfo::key_schema`](crate::types::LocalSecondaryIndexInfo::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`LocalSecondaryIndexInfo::projection`](crate::types::LocalSecondaryIndexInfo::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LocalSecondaryIndexInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LocalSecondaryIndexInfo {
            index_name: self.index_name,
            key_schema: self.key_schema,
            projection: self.projection,
        })
    }
}
/// A builder for [`OnDemandThroughput`](crate::types::OnDemandThroughput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OnDemandThroughputBuilder {
    pub(crate) max_read_request_units: ::std::option::Option<i64>,
    pub(crate) max_write_request_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for OnDemandThroughputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OnDemandThroughputBuilder").finish_non_exhaustive()
    }
}
impl OnDemandThroughputBuilder {
    /// See [`OnDemandThroughput::max_read_request_units`](crate::types::OnDemandThroughput::max_read_request_units).
    pub fn max_read_request_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_read_request_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_read_request_units`](Self::max_read_request_units).
    pub fn set_max_read_request_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_read_request_units = input;
        self
    }
    /// See [`OnDemandThroughput::max_write_request_units`](crate::types::OnDemandThroughput::max_write_request_units).
    pub fn max_write_request_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_write_request_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_write_request_units`](Self::max_write_request_units).
    pub fn set_max_write_request_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_write_request_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OnDemandThroughput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OnDemandThroughput {
            max_read_request_units: self.max_read_request_units,
            max_write_request_units: self.max_write_request_units,
        })
    }
}
/// A builder for [`OnDemandThroughputOverride`](crate::types::OnDemandThroughputOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OnDemandThroughputOverrideBuilder {
    pub(crate) max_read_request_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for OnDemandThroughputOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OnDemandThroughputOverrideBuilder").finish_non_exhaustive()
    }
}
impl OnDemandThroughputOverrideBuilder {
    /// See [`OnDemandThroughputOverride::max_read_request_units`](crate::types::OnDemandThroughputOverride::max_read_request_units).
    pub fn max_read_request_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_read_request_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_read_request_units`](Self::max_read_request_units).
    pub fn set_max_read_request_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_read_request_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OnDemandThroughputOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OnDemandThroughputOverride {
            max_read_request_units: self.max_read_request_units,
        })
    }
}
/// A builder for [`OutputS3Configuration`](crate::types::OutputS3Configuration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OutputS3ConfigurationBuilder {
    pub(crate) output_type: ::std::option::Option<
        ::std::vec::Vec<crate::types::OutputTypeEnum>,
    >,
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_bucket_owner: ::std::option::Option<::std::string::String>,
    pub(crate) s3_key_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) s3_sse_algorithm: ::std::option::Option<crate::types::S3SseAlgorithm>,
    pub(crate) s3_sse_kms_key_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for OutputS3ConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OutputS3ConfigurationBuilder").finish_non_exhaustive()
    }
}
impl OutputS3ConfigurationBuilder {
    /// See [`OutputS3Configuration::output_type`](crate::types::OutputS3Configuration::output_type).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn output_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputTypeEnum>,
    ) -> Self {
        self.output_type.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`output_type`](Self::output_type).
    pub fn set_output_type(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::OutputTypeEnum>>,
    ) -> Self {
        self.output_type = input;
        self
    }
    /// See [`OutputS3Configuration::s3_bucket`](crate::types::OutputS3Configuration::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`OutputS3Configuration::s3_bucket_owner`](crate::types::OutputS3Configuration::s3_bucket_owner).
    pub fn s3_bucket_owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_owner`](Self::s3_bucket_owner).
    pub fn set_s3_bucket_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = input;
        self
    }
    /// See [`OutputS3Configuration::s3_key_prefix`](crate::types::OutputS3Configuration::s3_key_prefix).
    pub fn s3_key_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_key_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_key_prefix`](Self::s3_key_prefix).
    pub fn set_s3_key_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_key_prefix = input;
        self
    }
    /// See [`OutputS3Configuration::s3_sse_algorithm`](crate::types::OutputS3Configuration::s3_sse_algorithm).
    pub fn s3_sse_algorithm(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.s3_sse_algorithm = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_sse_algorithm`](Self::s3_sse_algorithm).
    pub fn set_s3_sse_algorithm(
        mut self,
        input: ::std::option::Option<crate::types::S3SseAlgorithm>,
    ) -> Self {
        self.s3_sse_algorithm = input;
        self
    }
    /// See [`OutputS3Configuration::s3_sse_kms_key_id`](crate::types::OutputS3Configuration::s3_sse_kms_key_id).
    pub fn s3_sse_kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_sse_kms_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_sse_kms_key_id`](Self::s3_sse_kms_key_id).
    pub fn set_s3_sse_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_sse_kms_key_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OutputS3Configuration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OutputS3Configuration {
            output_type: self
                .output_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OutputS3Configuration",
                        "output_type",
                    ),
                )?,
            s3_bucket: self.s3_bucket,
            s3_bucket_owner: self.s3_bucket_owner,
            s3_key_prefix: self.s3_key_prefix,
            s3_sse_algorithm: self.s3_sse_algorithm,
            s3_sse_kms_key_id: self.s3_sse_kms_key_id,
        })
    }
}
/// A builder for [`ParameterizedStatement`](crate::types::ParameterizedStatement).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ParameterizedStatementBuilder {
    pub(crate) parameters: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) statement: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ParameterizedStatementBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ParameterizedStatementBuilder").finish_non_exhaustive()
    }
}
impl ParameterizedStatementBuilder {
    /// See [`ParameterizedStatement::parameters`](crate::types::ParameterizedStatement::parameters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.parameters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`parameters`](Self::parameters).
    pub fn set_parameters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.parameters = input;
        self
    }
    /// See [`ParameterizedStatement::return_values_on_condition_check_failure`](crate::types::ParameterizedStatement::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`ParameterizedStatement::statement`](crate::types::ParameterizedStatement::statement).
    pub fn statement(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statement`](Self::statement).
    pub fn set_statement(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statement = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ParameterizedStatement,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ParameterizedStatement {
            parameters: self.parameters,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            statement: self
                .statement
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ParameterizedStatement",
                        "statement",
                    ),
                )?,
        })
    }
}
/// A builder for [`PointInTimeRecoveryDescription`](crate::types::PointInTimeRecoveryDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PointInTimeRecoveryDescriptionBuilder {
    pub(crate) earliest_restorable_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) latest_restorable_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) point_in_time_recovery_status: ::std::option::Option<
        crate::types::PointInTimeRecoveryStatus,
    >,
    pub(crate) recovery_period_in_days: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for PointInTimeRecoveryDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PointInTimeRecoveryDescriptionBuilder").finish_non_exhaustive()
    }
}
impl PointInTimeRecoveryDescriptionBuilder {
    /// See [`PointInTimeRecoveryDescription::earliest_restorable_date_time`](crate::types::PointInTimeRecoveryDescription::earliest_restorable_date_time).
    pub fn earliest_restorable_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.earliest_restorable_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`earliest_restorable_date_time`](Self::earliest_restorable_date_time).
    pub fn set_earliest_restorable_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.earliest_restorable_date_time = input;
        self
    }
    /// See [`PointInTimeRecoveryDescription::latest_restorable_date_time`](crate::types::PointInTimeRecoveryDescription::latest_restorable_date_time).
    pub fn latest_restorable_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.latest_restorable_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latest_restorable_date_time`](Self::latest_restorable_date_time).
    pub fn set_latest_restorable_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.latest_restorable_date_time = input;
        self
    }
    /// See [`PointInTimeRecoveryDescription::point_in_time_recovery_status`](crate::types::PointInTimeRecoveryDescription::point_in_time_recovery_status).
    pub fn point_in_time_recovery_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::PointInTimeRecoveryStatus>,
    ) -> Self {
        self.point_in_time_recovery_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`point_in_time_recovery_status`](Self::point_in_time_recovery_status).
    pub fn set_point_in_time_recovery_status(
        mut self,
        input: ::std::option::Option<crate::types::PointInTimeRecoveryStatus>,
    ) -> Self {
        self.point_in_time_recovery_status = input;
        self
    }
    /// See [`PointInTimeRecoveryDescription::recovery_period_in_days`](crate::types::PointInTimeRecoveryDescription::recovery_period_in_days).
    pub fn recovery_period_in_days(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.recovery_period_in_days = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`recovery_period_in_days`](Self::recovery_period_in_days).
    pub fn set_recovery_period_in_days(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.recovery_period_in_days = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PointInTimeRecoveryDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PointInTimeRecoveryDescription {
            earliest_restorable_date_time: self.earliest_restorable_date_time,
            latest_restorable_date_time: self.latest_restorable_date_time,
            point_in_time_recovery_status: self.point_in_time_recovery_status,
            recovery_period_in_days: self.recovery_period_in_days,
        })
    }
}
/// A builder for [`PointInTimeRecoverySpecification`](crate::types::PointInTimeRecoverySpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PointInTimeRecoverySpecificationBuilder {
    pub(crate) point_in_time_recovery_enabled: ::std::option::Option<bool>,
    pub(crate) recovery_period_in_days: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for PointInTimeRecoverySpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PointInTimeRecoverySpecificationBuilder").finish_non_exhaustive()
    }
}
impl PointInTimeRecoverySpecificationBuilder {
    /// See [`PointInTimeRecoverySpecification::point_in_time_recovery_enabled`](crate::types::PointInTimeRecoverySpecification::point_in_time_recovery_enabled).
    pub fn point_in_time_recovery_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.point_in_time_recovery_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`point_in_time_recovery_enabled`](Self::point_in_time_recovery_enabled).
    pub fn set_point_in_time_recovery_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.point_in_time_recovery_enabled = input;
        self
    }
    /// See [`PointInTimeRecoverySpecification::recovery_period_in_days`](crate::types::PointInTimeRecoverySpecification::recovery_period_in_days).
    pub fn recovery_period_in_days(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.recovery_period_in_days = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`recovery_period_in_days`](Self::recovery_period_in_days).
    pub fn set_recovery_period_in_days(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.recovery_period_in_days = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PointInTimeRecoverySpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PointInTimeRecoverySpecification {
            point_in_time_recovery_enabled: self
                .point_in_time_recovery_enabled
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PointInTimeRecoverySpecification",
                        "point_in_time_recovery_enabled",
                    ),
                )?,
            recovery_period_in_days: self.recovery_period_in_days,
        })
    }
}
/// A builder for [`Projection`](crate::types::Projection).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProjectionBuilder {
    pub(crate) non_key_attributes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) projection_type: ::std::option::Option<crate::types::ProjectionType>,
}
impl ::std::fmt::Debug for ProjectionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProjectionBuilder").finish_non_exhaustive()
    }
}
impl ProjectionBuilder {
    /// See [`Projection::non_key_attributes`](crate::types::Projection::non_key_attributes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn non_key_attributes(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.non_key_attributes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`non_key_attributes`](Self::non_key_attributes).
    pub fn set_non_key_attributes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.non_key_attributes = input;
        self
    }
    /// See [`Projection::projection_type`](crate::types::Projection::projection_type).
    pub fn projection_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProjectionType>,
    ) -> Self {
        self.projection_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_type`](Self::projection_type).
    pub fn set_projection_type(
        mut self,
        input: ::std::option::Option<crate::types::ProjectionType>,
    ) -> Self {
        self.projection_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Projection, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Projection {
            non_key_attributes: self.non_key_attributes,
            projection_type: self.projection_type,
        })
    }
}
/// A builder for [`ProvisionedThroughput`](crate::types::ProvisionedThroughput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProvisionedThroughputBuilder {
    pub(crate) read_capacity_units: ::std::option::Option<i64>,
    pub(crate) write_capacity_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ProvisionedThroughputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProvisionedThroughputBuilder").finish_non_exhaustive()
    }
}
impl ProvisionedThroughputBuilder {
    /// See [`ProvisionedThroughput::read_capacity_units`](crate::types::ProvisionedThroughput::read_capacity_units).
    pub fn read_capacity_units(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_capacity_units`](Self::read_capacity_units).
    pub fn set_read_capacity_units(mut self, input: ::std::option::Option<i64>) -> Self {
        self.read_capacity_units = input;
        self
    }
    /// See [`ProvisionedThroughput::write_capacity_units`](crate::types::ProvisionedThroughput::write_capacity_units).
    pub fn write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.write_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`write_capacity_units`](Self::write_capacity_units).
    pub fn set_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.write_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ProvisionedThroughput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ProvisionedThroughput {
            read_capacity_units: self
                .read_capacity_units
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ProvisionedThroughput",
                        "read_capacity_units",
                    ),
                )?,
            write_capacity_units: self
                .write_capacity_units
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ProvisionedThroughput",
                        "write_capacity_units",
                    ),
                )?,
        })
    }
}
/// A builder for [`ProvisionedThroughputDescription`](crate::types::ProvisionedThroughputDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProvisionedThroughputDescriptionBuilder {
    pub(crate) last_decrease_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) last_increase_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) number_of_decreases_today: ::std::option::Option<i64>,
    pub(crate) read_capacity_units: ::std::option::Option<i64>,
    pub(crate) write_capacity_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ProvisionedThroughputDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProvisionedThroughputDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ProvisionedThroughputDescriptionBuilder {
    /// See [`ProvisionedThroughputDescription::last_decrease_date_time`](crate::types::ProvisionedThroughputDescription::last_decrease_date_time).
    pub fn last_decrease_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_decrease_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_decrease_date_time`](Self::last_decrease_date_time).
    pub fn set_last_decrease_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_decrease_date_time = input;
        self
    }
    /// See [`ProvisionedThroughputDescription::last_increase_date_time`](crate::types::ProvisionedThroughputDescription::last_increase_date_time).
    pub fn last_increase_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_increase_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_increase_date_time`](Self::last_increase_date_time).
    pub fn set_last_increase_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_increase_date_time = input;
        self
    }
    /// See [`ProvisionedThroughputDescription::number_of_decreases_today`](crate::types::ProvisionedThroughputDescription::number_of_decreases_today).
    pub fn number_of_decreases_today(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.number_of_decreases_today = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`number_of_decreases_today`](Self::number_of_decreases_today).
    pub fn set_number_of_decreases_today(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.number_of_decreases_today = input;
        self
    }
    /// See [`ProvisionedThroughputDescription::read_capacity_units`](crate::types::ProvisionedThroughputDescription::read_capacity_units).
    pub fn read_capacity_units(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_capacity_units`](Self::read_capacity_units).
    pub fn set_read_capacity_units(mut self, input: ::std::option::Option<i64>) -> Self {
        self.read_capacity_units = input;
        self
    }
    /// See [`ProvisionedThroughputDescription::write_capacity_units`](crate::types::ProvisionedThroughputDescription::write_capacity_units).
    pub fn write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.write_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`write_capacity_units`](Self::write_capacity_units).
    pub fn set_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.write_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ProvisionedThroughputDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ProvisionedThroughputDescription {
            last_decrease_date_time: self.last_decrease_date_time,
            last_increase_date_time: self.last_increase_date_time,
            number_of_decreases_today: self.number_of_decreases_today,
            read_capacity_units: self.read_capacity_units,
            write_capacity_units: self.write_capacity_units,
        })
    }
}
/// A builder for [`ProvisionedThroughputOverride`](crate::types::ProvisionedThroughputOverride).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProvisionedThroughputOverrideBuilder {
    pub(crate) read_capacity_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ProvisionedThroughputOverrideBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProvisionedThroughputOverrideBuilder").finish_non_exhaustive()
    }
}
impl ProvisionedThroughputOverrideBuilder {
    /// See [`ProvisionedThroughputOverride::read_capacity_units`](crate::types::ProvisionedThroughputOverride::read_capacity_units).
    pub fn read_capacity_units(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_capacity_units`](Self::read_capacity_units).
    pub fn set_read_capacity_units(mut self, input: ::std::option::Option<i64>) -> Self {
        self.read_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ProvisionedThroughputOverride,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ProvisionedThroughputOverride {
            read_capacity_units: self.read_capacity_units,
        })
    }
}
/// A builder for [`Put`](crate::types::Put).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutBuilder {
    pub(crate) condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutBuilder").finish_non_exhaustive()
    }
}
impl PutBuilder {
    /// See [`Put::condition_expression`](crate::types::Put::condition_expression).
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition_expression = input;
        self
    }
    /// See [`Put::expression_attribute_names`](crate::types::Put::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`Put::expression_attribute_values`](crate::types::Put::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`Put::item`](crate::types::Put::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// See [`Put::return_values_on_condition_check_failure`](crate::types::Put::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`Put::table_name`](crate::types::Put::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Put, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Put {
            condition_expression: self.condition_expression,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            item: self.item.ok_or(crate::runtime::BuildError::missing("Put", "item"))?,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            table_name: self
                .table_name
                .ok_or(crate::runtime::BuildError::missing("Put", "table_name"))?,
        })
    }
}
/// A builder for [`PutItemInput`](crate::types::PutItemInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutItemInputBuilder {
    pub(crate) condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) conditional_operator: ::std::option::Option<
        crate::types::ConditionalOperator,
    >,
    pub(crate) expected: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ExpectedAttributeValue,
        >,
    >,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    pub(crate) return_values: ::std::option::Option<crate::types::ReturnValue>,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutItemInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutItemInputBuilder").finish_non_exhaustive()
    }
}
impl PutItemInputBuilder {
    /// See [`PutItemInput::condition_expression`](crate::types::PutItemInput::condition_expression).
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition_expression = input;
        self
    }
    /// See [`PutItemInput::conditional_operator`](crate::types::PutItemInput::conditional_operator).
    pub fn conditional_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`conditional_operator`](Self::conditional_operator).
    pub fn set_conditional_operator(
        mut self,
        input: ::std::option::Option<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = input;
        self
    }
    /// See [`PutItemInput::expected`](crate::types::PutItemInput::expected).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expected(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::ExpectedAttributeValue>,
    ) -> Self {
        self.expected
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expected`](Self::expected).
    pub fn set_expected(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::ExpectedAttributeValue,
            >,
        >,
    ) -> Self {
        self.expected = input;
        self
    }
    /// See [`PutItemInput::expression_attribute_names`](crate::types::PutItemInput::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`PutItemInput::expression_attribute_values`](crate::types::PutItemInput::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`PutItemInput::item`](crate::types::PutItemInput::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// See [`PutItemInput::return_consumed_capacity`](crate::types::PutItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`PutItemInput::return_item_collection_metrics`](crate::types::PutItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = input;
        self
    }
    /// See [`PutItemInput::return_values`](crate::types::PutItemInput::return_values).
    pub fn return_values(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnValue>,
    ) -> Self {
        self.return_values = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_values`](Self::return_values).
    pub fn set_return_values(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValue>,
    ) -> Self {
        self.return_values = input;
        self
    }
    /// See [`PutItemInput::return_values_on_condition_check_failure`](crate::types::PutItemInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`PutItemInput::table_name`](crate::types::PutItemInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::PutItemInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::PutItemInput {
            condition_expression: self.condition_expression,
            conditional_operator: self.conditional_operator,
            expected: self.expected,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            item: self
                .item
                .ok_or(crate::runtime::BuildError::missing("PutItemInput", "item"))?,
            return_consumed_capacity: self.return_consumed_capacity,
            return_item_collection_metrics: self.return_item_collection_metrics,
            return_values: self.return_values,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("PutItemInput", "table_name"),
                )?,
        })
    }
}
/// A builder for [`PutItemOutput`](crate::types::PutItemOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutItemOutputBuilder {
    pub(crate) attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    pub(crate) item_collection_metrics: ::std::option::Option<
        crate::types::ItemCollectionMetrics,
    >,
}
impl ::std::fmt::Debug for PutItemOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutItemOutputBuilder").finish_non_exhaustive()
    }
}
impl PutItemOutputBuilder {
    /// See [`PutItemOutput::attributes`](crate::types::PutItemOutput::attributes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn attributes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`attributes`](Self::attributes).
    pub fn set_attributes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.attributes = input;
        self
    }
    /// See [`PutItemOutput::consumed_capacity`](crate::types::PutItemOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`PutItemOutput::item_collection_metrics`](crate::types::PutItemOutput::item_collection_metrics).
    pub fn item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ItemCollectionMetrics>,
    ) -> Self {
        self.item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_collection_metrics`](Self::item_collection_metrics).
    pub fn set_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ItemCollectionMetrics>,
    ) -> Self {
        self.item_collection_metrics = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::PutItemOutput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::PutItemOutput {
            attributes: self.attributes,
            consumed_capacity: self.consumed_capacity,
            item_collection_metrics: self.item_collection_metrics,
        })
    }
}
/// A builder for [`PutRequest`](crate::types::PutRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutRequestBuilder {
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
}
impl ::std::fmt::Debug for PutRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutRequestBuilder").finish_non_exhaustive()
    }
}
impl PutRequestBuilder {
    /// See [`PutRequest::item`](crate::types::PutRequest::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::PutRequest, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::PutRequest {
            item: self
                .item
                .ok_or(crate::runtime::BuildError::missing("PutRequest", "item"))?,
        })
    }
}
/// A builder for [`PutResourcePolicyInput`](crate::types::PutResourcePolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutResourcePolicyInputBuilder {
    pub(crate) confirm_remove_self_resource_access: ::std::option::Option<bool>,
    pub(crate) expected_revision_id: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutResourcePolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutResourcePolicyInputBuilder").finish_non_exhaustive()
    }
}
impl PutResourcePolicyInputBuilder {
    /// See [`PutResourcePolicyInput::confirm_remove_self_resource_access`](crate::types::PutResourcePolicyInput::confirm_remove_self_resource_access).
    pub fn confirm_remove_self_resource_access(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.confirm_remove_self_resource_access = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`confirm_remove_self_resource_access`](Self::confirm_remove_self_resource_access).
    pub fn set_confirm_remove_self_resource_access(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.confirm_remove_self_resource_access = input;
        self
    }
    /// See [`PutResourcePolicyInput::expected_revision_id`](crate::types::PutResourcePolicyInput::expected_revision_id).
    pub fn expected_revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expected_revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expected_revision_id`](Self::expected_revision_id).
    pub fn set_expected_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.expected_revision_id = input;
        self
    }
    /// See [`PutResourcePolicyInput::policy`](crate::types::PutResourcePolicyInput::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`PutResourcePolicyInput::resource_arn`](crate::types::PutResourcePolicyInput::resource_arn).
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
        crate::types::PutResourcePolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutResourcePolicyInput {
            confirm_remove_self_resource_access: self
                .confirm_remove_self_resource_access,
            expected_revision_id: self.expected_revision_id,
            policy: self
                .policy
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutResourcePolicyInput",
                        "policy",
                    ),
                )?,
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutResourcePolicyInput",
                        "resource_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutResourcePolicyOutput`](crate::types::PutResourcePolicyOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutResourcePolicyOutputBuilder {
    pub(crate) revision_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutResourcePolicyOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutResourcePolicyOutputBuilder").finish_non_exhaustive()
    }
}
impl PutResourcePolicyOutputBuilder {
    /// See [`PutResourcePolicyOutput::revision_id`](crate::types::PutResourcePolicyOutput::revision_id).
    pub fn revision_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.revision_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`revision_id`](Self::revision_id).
    pub fn set_revision_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.revision_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutResourcePolicyOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutResourcePolicyOutput {
            revision_id: self.revision_id,
        })
    }
}
/// A builder for [`QueryInput`](crate::types::QueryInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QueryInputBuilder {
    pub(crate) attributes_to_get: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) conditional_operator: ::std::option::Option<
        crate::types::ConditionalOperator,
    >,
    pub(crate) consistent_read: ::std::option::Option<bool>,
    pub(crate) exclusive_start_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) filter_expression: ::std::option::Option<::std::string::String>,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) key_condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) key_conditions: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
    >,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) projection_expression: ::std::option::Option<::std::string::String>,
    pub(crate) query_filter: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
    >,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) scan_index_forward: ::std::option::Option<bool>,
    pub(crate) select: ::std::option::Option<crate::types::Select>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for QueryInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QueryInputBuilder").finish_non_exhaustive()
    }
}
impl QueryInputBuilder {
    /// See [`QueryInput::attributes_to_get`](crate::types::QueryInput::attributes_to_get).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attributes_to_get(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attributes_to_get
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attributes_to_get`](Self::attributes_to_get).
    pub fn set_attributes_to_get(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.attributes_to_get = input;
        self
    }
    /// See [`QueryInput::conditional_operator`](crate::types::QueryInput::conditional_operator).
    pub fn conditional_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`conditional_operator`](Self::conditional_operator).
    pub fn set_conditional_operator(
        mut self,
        input: ::std::option::Option<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = input;
        self
    }
    /// See [`QueryInput::consistent_read`](crate::types::QueryInput::consistent_read).
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.consistent_read = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.consistent_read = input;
        self
    }
    /// See [`QueryInput::exclusive_start_key`](crate::types::QueryInput::exclusive_start_key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn exclusive_start_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.exclusive_start_key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`exclusive_start_key`](Self::exclusive_start_key).
    pub fn set_exclusive_start_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.exclusive_start_key = input;
        self
    }
    /// See [`QueryInput::expression_attribute_names`](crate::types::QueryInput::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`QueryInput::expression_attribute_values`](crate::types::QueryInput::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`QueryInput::filter_expression`](crate::types::QueryInput::filter_expression).
    pub fn filter_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_expression`](Self::filter_expression).
    pub fn set_filter_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_expression = input;
        self
    }
    /// See [`QueryInput::index_name`](crate::types::QueryInput::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`QueryInput::key_condition_expression`](crate::types::QueryInput::key_condition_expression).
    pub fn key_condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_condition_expression`](Self::key_condition_expression).
    pub fn set_key_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_condition_expression = input;
        self
    }
    /// See [`QueryInput::key_conditions`](crate::types::QueryInput::key_conditions).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key_conditions(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Condition>,
    ) -> Self {
        self.key_conditions
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key_conditions`](Self::key_conditions).
    pub fn set_key_conditions(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
        >,
    ) -> Self {
        self.key_conditions = input;
        self
    }
    /// See [`QueryInput::limit`](crate::types::QueryInput::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`QueryInput::projection_expression`](crate::types::QueryInput::projection_expression).
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.projection_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.projection_expression = input;
        self
    }
    /// See [`QueryInput::query_filter`](crate::types::QueryInput::query_filter).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn query_filter(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Condition>,
    ) -> Self {
        self.query_filter
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`query_filter`](Self::query_filter).
    pub fn set_query_filter(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
        >,
    ) -> Self {
        self.query_filter = input;
        self
    }
    /// See [`QueryInput::return_consumed_capacity`](crate::types::QueryInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`QueryInput::scan_index_forward`](crate::types::QueryInput::scan_index_forward).
    pub fn scan_index_forward(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.scan_index_forward = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scan_index_forward`](Self::scan_index_forward).
    pub fn set_scan_index_forward(mut self, input: ::std::option::Option<bool>) -> Self {
        self.scan_index_forward = input;
        self
    }
    /// See [`QueryInput::select`](crate::types::QueryInput::select).
    pub fn select(
        mut self,
        input: impl ::std::convert::Into<crate::types::Select>,
    ) -> Self {
        self.select = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`select`](Self::select).
    pub fn set_select(
        mut self,
        input: ::std::option::Option<crate::types::Select>,
    ) -> Self {
        self.select = input;
        self
    }
    /// See [`QueryInput::table_name`](crate::types::QueryInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::QueryInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::QueryInput {
            attributes_to_get: self.attributes_to_get,
            conditional_operator: self.conditional_operator,
            consistent_read: self.consistent_read,
            exclusive_start_key: self.exclusive_start_key,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            filter_expression: self.filter_expression,
            index_name: self.index_name,
            key_condition_expression: self.key_condition_expression,
            key_conditions: self.key_conditions,
            limit: self.limit,
            projection_expression: self.projection_expression,
            query_filter: self.query_filter,
            return_consumed_capacity: self.return_consumed_capacity,
            scan_index_forward: self.scan_index_forward,
            select: self.select,
            table_name: self
                .table_name
                .ok_or(crate::runtime::BuildError::missing("QueryInput", "table_name"))?,
        })
    }
}
/// A builder for [`QueryOutput`](crate::types::QueryOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QueryOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    pub(crate) count: ::std::option::Option<i64>,
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    >,
    pub(crate) last_evaluated_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) scanned_count: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for QueryOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QueryOutputBuilder").finish_non_exhaustive()
    }
}
impl QueryOutputBuilder {
    /// See [`QueryOutput::consumed_capacity`](crate::types::QueryOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`QueryOutput::count`](crate::types::QueryOutput::count).
    pub fn count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`count`](Self::count).
    pub fn set_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.count = input;
        self
    }
    /// See [`QueryOutput::items`](crate::types::QueryOutput::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::types::AttributeValue,
                >,
            >,
        >,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`QueryOutput::last_evaluated_key`](crate::types::QueryOutput::last_evaluated_key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn last_evaluated_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.last_evaluated_key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`last_evaluated_key`](Self::last_evaluated_key).
    pub fn set_last_evaluated_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.last_evaluated_key = input;
        self
    }
    /// See [`QueryOutput::scanned_count`](crate::types::QueryOutput::scanned_count).
    pub fn scanned_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scanned_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scanned_count`](Self::scanned_count).
    pub fn set_scanned_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scanned_count = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::QueryOutput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::QueryOutput {
            consumed_capacity: self.consumed_capacity,
            count: self.count,
            items: self.items,
            last_evaluated_key: self.last_evaluated_key,
            scanned_count: self.scanned_count,
        })
    }
}
/// A builder for [`Replica`](crate::types::Replica).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ReplicaBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaBuilder").finish_non_exhaustive()
    }
}
impl ReplicaBuilder {
    /// See [`Replica::region_name`](crate::types::Replica::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Replica, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Replica {
            region_name: self.region_name,
        })
    }
}
/// A builder for [`ReplicaAutoScalingDescription`](crate::types::ReplicaAutoScalingDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaAutoScalingDescriptionBuilder {
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription>,
    >,
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    pub(crate) replica_provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    pub(crate) replica_status: ::std::option::Option<crate::types::ReplicaStatus>,
}
impl ::std::fmt::Debug for ReplicaAutoScalingDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaAutoScalingDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ReplicaAutoScalingDescriptionBuilder {
    /// See [`ReplicaAutoScalingDescription::global_secondary_indexes`](crate::types::ReplicaAutoScalingDescription::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription,
        >,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<
                crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription,
            >,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`ReplicaAutoScalingDescription::region_name`](crate::types::ReplicaAutoScalingDescription::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`ReplicaAutoScalingDescription::replica_provisioned_read_capacity_auto_scaling_settings`](crate::types::ReplicaAutoScalingDescription::replica_provisioned_read_capacity_auto_scaling_settings).
    pub fn replica_provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_read_capacity_auto_scaling_settings`](Self::replica_provisioned_read_capacity_auto_scaling_settings).
    pub fn set_replica_provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_settings = input;
        self
    }
    /// See [`ReplicaAutoScalingDescription::replica_provisioned_write_capacity_auto_scaling_settings`](crate::types::ReplicaAutoScalingDescription::replica_provisioned_write_capacity_auto_scaling_settings).
    pub fn replica_provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_write_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_write_capacity_auto_scaling_settings`](Self::replica_provisioned_write_capacity_auto_scaling_settings).
    pub fn set_replica_provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_write_capacity_auto_scaling_settings = input;
        self
    }
    /// See [`ReplicaAutoScalingDescription::replica_status`](crate::types::ReplicaAutoScalingDescription::replica_status).
    pub fn replica_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaStatus>,
    ) -> Self {
        self.replica_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_status`](Self::replica_status).
    pub fn set_replica_status(
        mut self,
        input: ::std::option::Option<crate::types::ReplicaStatus>,
    ) -> Self {
        self.replica_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaAutoScalingDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaAutoScalingDescription {
            global_secondary_indexes: self.global_secondary_indexes,
            region_name: self.region_name,
            replica_provisioned_read_capacity_auto_scaling_settings: self
                .replica_provisioned_read_capacity_auto_scaling_settings,
            replica_provisioned_write_capacity_auto_scaling_settings: self
                .replica_provisioned_write_capacity_auto_scaling_settings,
            replica_status: self.replica_status,
        })
    }
}
/// A builder for [`ReplicaAutoScalingUpdate`](crate::types::ReplicaAutoScalingUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaAutoScalingUpdateBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_global_secondary_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate>,
    >,
    pub(crate) replica_provisioned_read_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
}
impl ::std::fmt::Debug for ReplicaAutoScalingUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaAutoScalingUpdateBuilder").finish_non_exhaustive()
    }
}
impl ReplicaAutoScalingUpdateBuilder {
    /// See [`ReplicaAutoScalingUpdate::region_name`](crate::types::ReplicaAutoScalingUpdate::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`ReplicaAutoScalingUpdate::replica_global_secondary_index_updates`](crate::types::ReplicaAutoScalingUpdate::replica_global_secondary_index_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_global_secondary_index_updates(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate,
        >,
    ) -> Self {
        self.replica_global_secondary_index_updates
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replica_global_secondary_index_updates`](Self::replica_global_secondary_index_updates).
    pub fn set_replica_global_secondary_index_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate>,
        >,
    ) -> Self {
        self.replica_global_secondary_index_updates = input;
        self
    }
    /// See [`ReplicaAutoScalingUpdate::replica_provisioned_read_capacity_auto_scaling_update`](crate::types::ReplicaAutoScalingUpdate::replica_provisioned_read_capacity_auto_scaling_update).
    pub fn replica_provisioned_read_capacity_auto_scaling_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_read_capacity_auto_scaling_update`](Self::replica_provisioned_read_capacity_auto_scaling_update).
    pub fn set_replica_provisioned_read_capacity_auto_scaling_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaAutoScalingUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaAutoScalingUpdate {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ReplicaAutoScalingUpdate",
                        "region_name",
                    ),
                )?,
            replica_global_secondary_index_updates: self
                .replica_global_secondary_index_updates,
            replica_provisioned_read_capacity_auto_scaling_update: self
                .replica_provisioned_read_capacity_auto_scaling_update,
        })
    }
}
/// A builder for [`ReplicaDescription`](crate::types::ReplicaDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaDescriptionBuilder {
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexDescription>,
    >,
    pub(crate) kms_master_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_inaccessible_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) replica_status: ::std::option::Option<crate::types::ReplicaStatus>,
    pub(crate) replica_status_description: ::std::option::Option<::std::string::String>,
    pub(crate) replica_status_percent_progress: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) replica_table_class_summary: ::std::option::Option<
        crate::types::TableClassSummary,
    >,
    pub(crate) global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    pub(crate) on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
    pub(crate) replica_arn: ::std::option::Option<::std::string::String>,
    pub(crate) warm_throughput: ::std::option::Option<
        crate::types::TableWarmThroughputDescription,
    >,
}
impl ::std::fmt::Debug for ReplicaDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ReplicaDescriptionBuilder {
    /// See [`ReplicaDescription::global_secondary_indexes`](crate::types::ReplicaDescription::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReplicaGlobalSecondaryIndexDescription,
        >,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexDescription>,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`ReplicaDescription::kms_master_key_id`](crate::types::ReplicaDescription::kms_master_key_id).
    pub fn kms_master_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_master_key_id`](Self::kms_master_key_id).
    pub fn set_kms_master_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = input;
        self
    }
    /// See [`ReplicaDescription::provisioned_throughput_override`](crate::types::ReplicaDescription::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = input;
        self
    }
    /// See [`ReplicaDescription::region_name`](crate::types::ReplicaDescription::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`ReplicaDescription::replica_inaccessible_date_time`](crate::types::ReplicaDescription::replica_inaccessible_date_time).
    pub fn replica_inaccessible_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.replica_inaccessible_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_inaccessible_date_time`](Self::replica_inaccessible_date_time).
    pub fn set_replica_inaccessible_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.replica_inaccessible_date_time = input;
        self
    }
    /// See [`ReplicaDescription::replica_status`](crate::types::ReplicaDescription::replica_status).
    pub fn replica_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaStatus>,
    ) -> Self {
        self.replica_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_status`](Self::replica_status).
    pub fn set_replica_status(
        mut self,
        input: ::std::option::Option<crate::types::ReplicaStatus>,
    ) -> Self {
        self.replica_status = input;
        self
    }
    /// See [`ReplicaDescription::replica_status_description`](crate::types::ReplicaDescription::replica_status_description).
    pub fn replica_status_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replica_status_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_status_description`](Self::replica_status_description).
    pub fn set_replica_status_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.replica_status_description = input;
        self
    }
    /// See [`ReplicaDescription::replica_status_percent_progress`](crate::types::ReplicaDescription::replica_status_percent_progress).
    pub fn replica_status_percent_progress(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replica_status_percent_progress = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_status_percent_progress`](Self::replica_status_percent_progress).
    pub fn set_replica_status_percent_progress(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.replica_status_percent_progress = input;
        self
    }
    /// See [`ReplicaDescription::replica_table_class_summary`](crate::types::ReplicaDescription::replica_table_class_summary).
    pub fn replica_table_class_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClassSummary>,
    ) -> Self {
        self.replica_table_class_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_table_class_summary`](Self::replica_table_class_summary).
    pub fn set_replica_table_class_summary(
        mut self,
        input: ::std::option::Option<crate::types::TableClassSummary>,
    ) -> Self {
        self.replica_table_class_summary = input;
        self
    }
    /// See [`ReplicaDescription::global_table_settings_replication_mode`](crate::types::ReplicaDescription::global_table_settings_replication_mode).
    pub fn global_table_settings_replication_mode(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalTableSettingsReplicationMode,
        >,
    ) -> Self {
        self.global_table_settings_replication_mode = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`global_table_settings_replication_mode`](Self::global_table_settings_replication_mode).
    pub fn set_global_table_settings_replication_mode(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableSettingsReplicationMode>,
    ) -> Self {
        self.global_table_settings_replication_mode = input;
        self
    }
    /// See [`ReplicaDescription::on_demand_throughput_override`](crate::types::ReplicaDescription::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = input;
        self
    }
    /// See [`ReplicaDescription::replica_arn`](crate::types::ReplicaDescription::replica_arn).
    pub fn replica_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replica_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_arn`](Self::replica_arn).
    pub fn set_replica_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.replica_arn = input;
        self
    }
    /// See [`ReplicaDescription::warm_throughput`](crate::types::ReplicaDescription::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::TableWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaDescription {
            global_secondary_indexes: self.global_secondary_indexes,
            kms_master_key_id: self.kms_master_key_id,
            provisioned_throughput_override: self.provisioned_throughput_override,
            region_name: self.region_name,
            replica_inaccessible_date_time: self.replica_inaccessible_date_time,
            replica_status: self.replica_status,
            replica_status_description: self.replica_status_description,
            replica_status_percent_progress: self.replica_status_percent_progress,
            replica_table_class_summary: self.replica_table_class_summary,
            global_table_settings_replication_mode: self
                .global_table_settings_replication_mode,
            on_demand_throughput_override: self.on_demand_throughput_override,
            replica_arn: self.replica_arn,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`ReplicaGlobalSecondaryIndex`](crate::types::ReplicaGlobalSecondaryIndex).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaGlobalSecondaryIndexBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    pub(crate) on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
}
impl ::std::fmt::Debug for ReplicaGlobalSecondaryIndexBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaGlobalSecondaryIndexBuilder").finish_non_exhaustive()
    }
}
impl ReplicaGlobalSecondaryIndexBuilder {
    /// See [`ReplicaGlobalSecondaryIndex::index_name`](crate::types::ReplicaGlobalSecondaryIndex::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndex::provisioned_throughput_override`](crate::types::ReplicaGlobalSecondaryIndex::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndex::on_demand_throughput_override`](crate::types::ReplicaGlobalSecondaryIndex::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaGlobalSecondaryIndex,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaGlobalSecondaryIndex {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ReplicaGlobalSecondaryIndex",
                        "index_name",
                    ),
                )?,
            provisioned_throughput_override: self.provisioned_throughput_override,
            on_demand_throughput_override: self.on_demand_throughput_override,
        })
    }
}
/// A builder for [`ReplicaGlobalSecondaryIndexAutoScalingDescription`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingDescriptionBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) index_status: ::std::option::Option<crate::types::IndexStatus>,
    pub(crate) provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    pub(crate) provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
}
impl ::std::fmt::Debug for ReplicaGlobalSecondaryIndexAutoScalingDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaGlobalSecondaryIndexAutoScalingDescriptionBuilder")
            .finish_non_exhaustive()
    }
}
impl ReplicaGlobalSecondaryIndexAutoScalingDescriptionBuilder {
    /// See [`ReplicaGlobalSecondaryIndexAutoScalingDescription::index_name`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexAutoScalingDescription::index_status`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription::index_status).
    pub fn index_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_status`](Self::index_status).
    pub fn set_index_status(
        mut self,
        input: ::std::option::Option<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexAutoScalingDescription::provisioned_read_capacity_auto_scaling_settings`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription::provisioned_read_capacity_auto_scaling_settings).
    pub fn provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_read_capacity_auto_scaling_settings`](Self::provisioned_read_capacity_auto_scaling_settings).
    pub fn set_provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_settings = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexAutoScalingDescription::provisioned_write_capacity_auto_scaling_settings`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription::provisioned_write_capacity_auto_scaling_settings).
    pub fn provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_write_capacity_auto_scaling_settings`](Self::provisioned_write_capacity_auto_scaling_settings).
    pub fn set_provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_settings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription {
            index_name: self.index_name,
            index_status: self.index_status,
            provisioned_read_capacity_auto_scaling_settings: self
                .provisioned_read_capacity_auto_scaling_settings,
            provisioned_write_capacity_auto_scaling_settings: self
                .provisioned_write_capacity_auto_scaling_settings,
        })
    }
}
/// A builder for [`ReplicaGlobalSecondaryIndexAutoScalingUpdate`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingUpdateBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_read_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
}
impl ::std::fmt::Debug for ReplicaGlobalSecondaryIndexAutoScalingUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaGlobalSecondaryIndexAutoScalingUpdateBuilder")
            .finish_non_exhaustive()
    }
}
impl ReplicaGlobalSecondaryIndexAutoScalingUpdateBuilder {
    /// See [`ReplicaGlobalSecondaryIndexAutoScalingUpdate::index_name`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexAutoScalingUpdate::provisioned_read_capacity_auto_scaling_update`](crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate::provisioned_read_capacity_auto_scaling_update).
    pub fn provisioned_read_capacity_auto_scaling_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_read_capacity_auto_scaling_update`](Self::provisioned_read_capacity_auto_scaling_update).
    pub fn set_provisioned_read_capacity_auto_scaling_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate {
            index_name: self.index_name,
            provisioned_read_capacity_auto_scaling_update: self
                .provisioned_read_capacity_auto_scaling_update,
        })
    }
}
/// A builder for [`ReplicaGlobalSecondaryIndexDescription`](crate::types::ReplicaGlobalSecondaryIndexDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaGlobalSecondaryIndexDescriptionBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    pub(crate) on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
    pub(crate) warm_throughput: ::std::option::Option<
        crate::types::GlobalSecondaryIndexWarmThroughputDescription,
    >,
}
impl ::std::fmt::Debug for ReplicaGlobalSecondaryIndexDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaGlobalSecondaryIndexDescriptionBuilder")
            .finish_non_exhaustive()
    }
}
impl ReplicaGlobalSecondaryIndexDescriptionBuilder {
    /// See [`ReplicaGlobalSecondaryIndexDescription::index_name`](crate::types::ReplicaGlobalSecondaryIndexDescription::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override`](crate::types::ReplicaGlobalSecondaryIndexDescription::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override`](crate::types::ReplicaGlobalSecondaryIndexDescription::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexDescription::warm_throughput`](crate::types::ReplicaGlobalSecondaryIndexDescription::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalSecondaryIndexWarmThroughputDescription,
        >,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<
            crate::types::GlobalSecondaryIndexWarmThroughputDescription,
        >,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaGlobalSecondaryIndexDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaGlobalSecondaryIndexDescription {
            index_name: self.index_name,
            provisioned_throughput_override: self.provisioned_throughput_override,
            on_demand_throughput_override: self.on_demand_throughput_override,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`ReplicaGlobalSecondaryIndexSettingsDescription`](crate::types::ReplicaGlobalSecondaryIndexSettingsDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaGlobalSecondaryIndexSettingsDescriptionBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) index_status: ::std::option::Option<crate::types::IndexStatus>,
    pub(crate) provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    pub(crate) provisioned_read_capacity_units: ::std::option::Option<i64>,
    pub(crate) provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    pub(crate) provisioned_write_capacity_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ReplicaGlobalSecondaryIndexSettingsDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaGlobalSecondaryIndexSettingsDescriptionBuilder")
            .finish_non_exhaustive()
    }
}
impl ReplicaGlobalSecondaryIndexSettingsDescriptionBuilder {
    /// See [`ReplicaGlobalSecondaryIndexSettingsDescription::index_name`](crate::types::ReplicaGlobalSecondaryIndexSettingsDescription::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexSettingsDescription::index_status`](crate::types::ReplicaGlobalSecondaryIndexSettingsDescription::index_status).
    pub fn index_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_status`](Self::index_status).
    pub fn set_index_status(
        mut self,
        input: ::std::option::Option<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_read_capacity_auto_scaling_settings`](crate::types::ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_read_capacity_auto_scaling_settings).
    pub fn provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_read_capacity_auto_scaling_settings`](Self::provisioned_read_capacity_auto_scaling_settings).
    pub fn set_provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_settings = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_read_capacity_units`](crate::types::ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_read_capacity_units).
    pub fn provisioned_read_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.provisioned_read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_read_capacity_units`](Self::provisioned_read_capacity_units).
    pub fn set_provisioned_read_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.provisioned_read_capacity_units = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_write_capacity_auto_scaling_settings`](crate::types::ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_write_capacity_auto_scaling_settings).
    pub fn provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_write_capacity_auto_scaling_settings`](Self::provisioned_write_capacity_auto_scaling_settings).
    pub fn set_provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_settings = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_write_capacity_units`](crate::types::ReplicaGlobalSecondaryIndexSettingsDescription::provisioned_write_capacity_units).
    pub fn provisioned_write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.provisioned_write_capacity_units = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_write_capacity_units`](Self::provisioned_write_capacity_units).
    pub fn set_provisioned_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.provisioned_write_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaGlobalSecondaryIndexSettingsDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaGlobalSecondaryIndexSettingsDescription {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ReplicaGlobalSecondaryIndexSettingsDescription",
                        "index_name",
                    ),
                )?,
            index_status: self.index_status,
            provisioned_read_capacity_auto_scaling_settings: self
                .provisioned_read_capacity_auto_scaling_settings,
            provisioned_read_capacity_units: self.provisioned_read_capacity_units,
            provisioned_write_capacity_auto_scaling_settings: self
                .provisioned_write_capacity_auto_scaling_settings,
            provisioned_write_capacity_units: self.provisioned_write_capacity_units,
        })
    }
}
/// A builder for [`ReplicaGlobalSecondaryIndexSettingsUpdate`](crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaGlobalSecondaryIndexSettingsUpdateBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_read_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    pub(crate) provisioned_read_capacity_units: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ReplicaGlobalSecondaryIndexSettingsUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaGlobalSecondaryIndexSettingsUpdateBuilder")
            .finish_non_exhaustive()
    }
}
impl ReplicaGlobalSecondaryIndexSettingsUpdateBuilder {
    /// See [`ReplicaGlobalSecondaryIndexSettingsUpdate::index_name`](crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexSettingsUpdate::provisioned_read_capacity_auto_scaling_settings_update`](crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate::provisioned_read_capacity_auto_scaling_settings_update).
    pub fn provisioned_read_capacity_auto_scaling_settings_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_settings_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_read_capacity_auto_scaling_settings_update`](Self::provisioned_read_capacity_auto_scaling_settings_update).
    pub fn set_provisioned_read_capacity_auto_scaling_settings_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_read_capacity_auto_scaling_settings_update = input;
        self
    }
    /// See [`ReplicaGlobalSecondaryIndexSettingsUpdate::provisioned_read_capacity_units`](crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate::provisioned_read_capacity_units).
    pub fn provisioned_read_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.provisioned_read_capacity_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_read_capacity_units`](Self::provisioned_read_capacity_units).
    pub fn set_provisioned_read_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.provisioned_read_capacity_units = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ReplicaGlobalSecondaryIndexSettingsUpdate",
                        "index_name",
                    ),
                )?,
            provisioned_read_capacity_auto_scaling_settings_update: self
                .provisioned_read_capacity_auto_scaling_settings_update,
            provisioned_read_capacity_units: self.provisioned_read_capacity_units,
        })
    }
}
/// A builder for [`ReplicaSettingsDescription`](crate::types::ReplicaSettingsDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaSettingsDescriptionBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_billing_mode_summary: ::std::option::Option<
        crate::types::BillingModeSummary,
    >,
    pub(crate) replica_global_secondary_index_settings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexSettingsDescription>,
    >,
    pub(crate) replica_provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    pub(crate) replica_provisioned_read_capacity_units: ::std::option::Option<i64>,
    pub(crate) replica_provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    pub(crate) replica_provisioned_write_capacity_units: ::std::option::Option<i64>,
    pub(crate) replica_status: ::std::option::Option<crate::types::ReplicaStatus>,
    pub(crate) replica_table_class_summary: ::std::option::Option<
        crate::types::TableClassSummary,
    >,
}
impl ::std::fmt::Debug for ReplicaSettingsDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaSettingsDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ReplicaSettingsDescriptionBuilder {
    /// See [`ReplicaSettingsDescription::region_name`](crate::types::ReplicaSettingsDescription::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_billing_mode_summary`](crate::types::ReplicaSettingsDescription::replica_billing_mode_summary).
    pub fn replica_billing_mode_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingModeSummary>,
    ) -> Self {
        self.replica_billing_mode_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_billing_mode_summary`](Self::replica_billing_mode_summary).
    pub fn set_replica_billing_mode_summary(
        mut self,
        input: ::std::option::Option<crate::types::BillingModeSummary>,
    ) -> Self {
        self.replica_billing_mode_summary = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_global_secondary_index_settings`](crate::types::ReplicaSettingsDescription::replica_global_secondary_index_settings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_global_secondary_index_settings(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReplicaGlobalSecondaryIndexSettingsDescription,
        >,
    ) -> Self {
        self.replica_global_secondary_index_settings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replica_global_secondary_index_settings`](Self::replica_global_secondary_index_settings).
    pub fn set_replica_global_secondary_index_settings(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexSettingsDescription>,
        >,
    ) -> Self {
        self.replica_global_secondary_index_settings = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_provisioned_read_capacity_auto_scaling_settings`](crate::types::ReplicaSettingsDescription::replica_provisioned_read_capacity_auto_scaling_settings).
    pub fn replica_provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_read_capacity_auto_scaling_settings`](Self::replica_provisioned_read_capacity_auto_scaling_settings).
    pub fn set_replica_provisioned_read_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_settings = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_provisioned_read_capacity_units`](crate::types::ReplicaSettingsDescription::replica_provisioned_read_capacity_units).
    pub fn replica_provisioned_read_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.replica_provisioned_read_capacity_units = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_read_capacity_units`](Self::replica_provisioned_read_capacity_units).
    pub fn set_replica_provisioned_read_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.replica_provisioned_read_capacity_units = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_provisioned_write_capacity_auto_scaling_settings`](crate::types::ReplicaSettingsDescription::replica_provisioned_write_capacity_auto_scaling_settings).
    pub fn replica_provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_write_capacity_auto_scaling_settings = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_write_capacity_auto_scaling_settings`](Self::replica_provisioned_write_capacity_auto_scaling_settings).
    pub fn set_replica_provisioned_write_capacity_auto_scaling_settings(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsDescription>,
    ) -> Self {
        self.replica_provisioned_write_capacity_auto_scaling_settings = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_provisioned_write_capacity_units`](crate::types::ReplicaSettingsDescription::replica_provisioned_write_capacity_units).
    pub fn replica_provisioned_write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.replica_provisioned_write_capacity_units = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_write_capacity_units`](Self::replica_provisioned_write_capacity_units).
    pub fn set_replica_provisioned_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.replica_provisioned_write_capacity_units = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_status`](crate::types::ReplicaSettingsDescription::replica_status).
    pub fn replica_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaStatus>,
    ) -> Self {
        self.replica_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_status`](Self::replica_status).
    pub fn set_replica_status(
        mut self,
        input: ::std::option::Option<crate::types::ReplicaStatus>,
    ) -> Self {
        self.replica_status = input;
        self
    }
    /// See [`ReplicaSettingsDescription::replica_table_class_summary`](crate::types::ReplicaSettingsDescription::replica_table_class_summary).
    pub fn replica_table_class_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClassSummary>,
    ) -> Self {
        self.replica_table_class_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_table_class_summary`](Self::replica_table_class_summary).
    pub fn set_replica_table_class_summary(
        mut self,
        input: ::std::option::Option<crate::types::TableClassSummary>,
    ) -> Self {
        self.replica_table_class_summary = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaSettingsDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaSettingsDescription {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ReplicaSettingsDescription",
                        "region_name",
                    ),
                )?,
            replica_billing_mode_summary: self.replica_billing_mode_summary,
            replica_global_secondary_index_settings: self
                .replica_global_secondary_index_settings,
            replica_provisioned_read_capacity_auto_scaling_settings: self
                .replica_provisioned_read_capacity_auto_scaling_settings,
            replica_provisioned_read_capacity_units: self
                .replica_provisioned_read_capacity_units,
            replica_provisioned_write_capacity_auto_scaling_settings: self
                .replica_provisioned_write_capacity_auto_scaling_settings,
            replica_provisioned_write_capacity_units: self
                .replica_provisioned_write_capacity_units,
            replica_status: self.replica_status,
            replica_table_class_summary: self.replica_table_class_summary,
        })
    }
}
/// A builder for [`ReplicaSettingsUpdate`](crate::types::ReplicaSettingsUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaSettingsUpdateBuilder {
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_global_secondary_index_settings_update: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate>,
    >,
    pub(crate) replica_provisioned_read_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    pub(crate) replica_provisioned_read_capacity_units: ::std::option::Option<i64>,
    pub(crate) replica_table_class: ::std::option::Option<crate::types::TableClass>,
}
impl ::std::fmt::Debug for ReplicaSettingsUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaSettingsUpdateBuilder").finish_non_exhaustive()
    }
}
impl ReplicaSettingsUpdateBuilder {
    /// See [`ReplicaSettingsUpdate::region_name`](crate::types::ReplicaSettingsUpdate::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`ReplicaSettingsUpdate::replica_global_secondary_index_settings_update`](crate::types::ReplicaSettingsUpdate::replica_global_secondary_index_settings_update).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_global_secondary_index_settings_update(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate,
        >,
    ) -> Self {
        self.replica_global_secondary_index_settings_update
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replica_global_secondary_index_settings_update`](Self::replica_global_secondary_index_settings_update).
    pub fn set_replica_global_secondary_index_settings_update(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate>,
        >,
    ) -> Self {
        self.replica_global_secondary_index_settings_update = input;
        self
    }
    /// See [`ReplicaSettingsUpdate::replica_provisioned_read_capacity_auto_scaling_settings_update`](crate::types::ReplicaSettingsUpdate::replica_provisioned_read_capacity_auto_scaling_settings_update).
    pub fn replica_provisioned_read_capacity_auto_scaling_settings_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_settings_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_read_capacity_auto_scaling_settings_update`](Self::replica_provisioned_read_capacity_auto_scaling_settings_update).
    pub fn set_replica_provisioned_read_capacity_auto_scaling_settings_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.replica_provisioned_read_capacity_auto_scaling_settings_update = input;
        self
    }
    /// See [`ReplicaSettingsUpdate::replica_provisioned_read_capacity_units`](crate::types::ReplicaSettingsUpdate::replica_provisioned_read_capacity_units).
    pub fn replica_provisioned_read_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.replica_provisioned_read_capacity_units = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`replica_provisioned_read_capacity_units`](Self::replica_provisioned_read_capacity_units).
    pub fn set_replica_provisioned_read_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.replica_provisioned_read_capacity_units = input;
        self
    }
    /// See [`ReplicaSettingsUpdate::replica_table_class`](crate::types::ReplicaSettingsUpdate::replica_table_class).
    pub fn replica_table_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClass>,
    ) -> Self {
        self.replica_table_class = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replica_table_class`](Self::replica_table_class).
    pub fn set_replica_table_class(
        mut self,
        input: ::std::option::Option<crate::types::TableClass>,
    ) -> Self {
        self.replica_table_class = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicaSettingsUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicaSettingsUpdate {
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ReplicaSettingsUpdate",
                        "region_name",
                    ),
                )?,
            replica_global_secondary_index_settings_update: self
                .replica_global_secondary_index_settings_update,
            replica_provisioned_read_capacity_auto_scaling_settings_update: self
                .replica_provisioned_read_capacity_auto_scaling_settings_update,
            replica_provisioned_read_capacity_units: self
                .replica_provisioned_read_capacity_units,
            replica_table_class: self.replica_table_class,
        })
    }
}
/// A builder for [`ReplicaUpdate`](crate::types::ReplicaUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicaUpdateBuilder {
    pub(crate) create: ::std::option::Option<crate::types::CreateReplicaAction>,
    pub(crate) delete: ::std::option::Option<crate::types::DeleteReplicaAction>,
}
impl ::std::fmt::Debug for ReplicaUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicaUpdateBuilder").finish_non_exhaustive()
    }
}
impl ReplicaUpdateBuilder {
    /// See [`ReplicaUpdate::create`](crate::types::ReplicaUpdate::create).
    pub fn create(
        mut self,
        input: impl ::std::convert::Into<crate::types::CreateReplicaAction>,
    ) -> Self {
        self.create = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`create`](Self::create).
    pub fn set_create(
        mut self,
        input: ::std::option::Option<crate::types::CreateReplicaAction>,
    ) -> Self {
        self.create = input;
        self
    }
    /// See [`ReplicaUpdate::delete`](crate::types::ReplicaUpdate::delete).
    pub fn delete(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeleteReplicaAction>,
    ) -> Self {
        self.delete = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete`](Self::delete).
    pub fn set_delete(
        mut self,
        input: ::std::option::Option<crate::types::DeleteReplicaAction>,
    ) -> Self {
        self.delete = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ReplicaUpdate, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ReplicaUpdate {
            create: self.create,
            delete: self.delete,
        })
    }
}
/// A builder for [`ReplicationGroupUpdate`](crate::types::ReplicationGroupUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ReplicationGroupUpdateBuilder {
    pub(crate) create: ::std::option::Option<
        crate::types::CreateReplicationGroupMemberAction,
    >,
    pub(crate) delete: ::std::option::Option<
        crate::types::DeleteReplicationGroupMemberAction,
    >,
    pub(crate) update: ::std::option::Option<
        crate::types::UpdateReplicationGroupMemberAction,
    >,
    pub(crate) disassociate: ::std::option::Option<
        crate::types::DisassociateReplicationGroupMemberAction,
    >,
}
impl ::std::fmt::Debug for ReplicationGroupUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReplicationGroupUpdateBuilder").finish_non_exhaustive()
    }
}
impl ReplicationGroupUpdateBuilder {
    /// See [`ReplicationGroupUpdate::create`](crate::types::ReplicationGroupUpdate::create).
    pub fn create(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CreateReplicationGroupMemberAction,
        >,
    ) -> Self {
        self.create = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`create`](Self::create).
    pub fn set_create(
        mut self,
        input: ::std::option::Option<crate::types::CreateReplicationGroupMemberAction>,
    ) -> Self {
        self.create = input;
        self
    }
    /// See [`ReplicationGroupUpdate::delete`](crate::types::ReplicationGroupUpdate::delete).
    pub fn delete(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::DeleteReplicationGroupMemberAction,
        >,
    ) -> Self {
        self.delete = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete`](Self::delete).
    pub fn set_delete(
        mut self,
        input: ::std::option::Option<crate::types::DeleteReplicationGroupMemberAction>,
    ) -> Self {
        self.delete = input;
        self
    }
    /// See [`ReplicationGroupUpdate::update`](crate::types::ReplicationGroupUpdate::update).
    pub fn update(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::UpdateReplicationGroupMemberAction,
        >,
    ) -> Self {
        self.update = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update`](Self::update).
    pub fn set_update(
        mut self,
        input: ::std::option::Option<crate::types::UpdateReplicationGroupMemberAction>,
    ) -> Self {
        self.update = input;
        self
    }
    /// See [`ReplicationGroupUpdate::disassociate`](crate::types::ReplicationGroupUpdate::disassociate).
    pub fn disassociate(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::DisassociateReplicationGroupMemberAction,
        >,
    ) -> Self {
        self.disassociate = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disassociate`](Self::disassociate).
    pub fn set_disassociate(
        mut self,
        input: ::std::option::Option<
            crate::types::DisassociateReplicationGroupMemberAction,
        >,
    ) -> Self {
        self.disassociate = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ReplicationGroupUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ReplicationGroupUpdate {
            create: self.create,
            delete: self.delete,
            update: self.update,
            disassociate: self.disassociate,
        })
    }
}
/// A builder for [`RestoreSummary`](crate::types::RestoreSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RestoreSummaryBuilder {
    pub(crate) restore_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) restore_in_progress: ::std::option::Option<bool>,
    pub(crate) source_backup_arn: ::std::option::Option<::std::string::String>,
    pub(crate) source_table_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RestoreSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RestoreSummaryBuilder").finish_non_exhaustive()
    }
}
impl RestoreSummaryBuilder {
    /// See [`RestoreSummary::restore_date_time`](crate::types::RestoreSummary::restore_date_time).
    pub fn restore_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.restore_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`restore_date_time`](Self::restore_date_time).
    pub fn set_restore_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.restore_date_time = input;
        self
    }
    /// See [`RestoreSummary::restore_in_progress`](crate::types::RestoreSummary::restore_in_progress).
    pub fn restore_in_progress(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.restore_in_progress = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`restore_in_progress`](Self::restore_in_progress).
    pub fn set_restore_in_progress(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.restore_in_progress = input;
        self
    }
    /// See [`RestoreSummary::source_backup_arn`](crate::types::RestoreSummary::source_backup_arn).
    pub fn source_backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_backup_arn`](Self::source_backup_arn).
    pub fn set_source_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_backup_arn = input;
        self
    }
    /// See [`RestoreSummary::source_table_arn`](crate::types::RestoreSummary::source_table_arn).
    pub fn source_table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_table_arn`](Self::source_table_arn).
    pub fn set_source_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_table_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RestoreSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RestoreSummary {
            restore_date_time: self
                .restore_date_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RestoreSummary",
                        "restore_date_time",
                    ),
                )?,
            restore_in_progress: self
                .restore_in_progress
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RestoreSummary",
                        "restore_in_progress",
                    ),
                )?,
            source_backup_arn: self.source_backup_arn,
            source_table_arn: self.source_table_arn,
        })
    }
}
/// A builder for [`RestoreTableFromBackupInput`](crate::types::RestoreTableFromBackupInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RestoreTableFromBackupInputBuilder {
    pub(crate) backup_arn: ::std::option::Option<::std::string::String>,
    pub(crate) billing_mode_override: ::std::option::Option<crate::types::BillingMode>,
    pub(crate) global_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    pub(crate) local_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndex>,
    >,
    pub(crate) provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) sse_specification_override: ::std::option::Option<
        crate::types::SseSpecification,
    >,
    pub(crate) target_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) vector_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
}
impl ::std::fmt::Debug for RestoreTableFromBackupInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RestoreTableFromBackupInputBuilder").finish_non_exhaustive()
    }
}
impl RestoreTableFromBackupInputBuilder {
    /// See [`RestoreTableFromBackupInput::backup_arn`](crate::types::RestoreTableFromBackupInput::backup_arn).
    pub fn backup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backup_arn`](Self::backup_arn).
    pub fn set_backup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_arn = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::billing_mode_override`](crate::types::RestoreTableFromBackupInput::billing_mode_override).
    pub fn billing_mode_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode_override`](Self::billing_mode_override).
    pub fn set_billing_mode_override(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode_override = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::global_secondary_index_override`](crate::types::RestoreTableFromBackupInput::global_secondary_index_override).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndex>,
    ) -> Self {
        self.global_secondary_index_override
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_index_override`](Self::global_secondary_index_override).
    pub fn set_global_secondary_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GlobalSecondaryIndex>>,
    ) -> Self {
        self.global_secondary_index_override = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::local_secondary_index_override`](crate::types::RestoreTableFromBackupInput::local_secondary_index_override).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn local_secondary_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocalSecondaryIndex>,
    ) -> Self {
        self.local_secondary_index_override
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`local_secondary_index_override`](Self::local_secondary_index_override).
    pub fn set_local_secondary_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LocalSecondaryIndex>>,
    ) -> Self {
        self.local_secondary_index_override = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::provisioned_throughput_override`](crate::types::RestoreTableFromBackupInput::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput_override = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::sse_specification_override`](crate::types::RestoreTableFromBackupInput::sse_specification_override).
    pub fn sse_specification_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_specification_override`](Self::sse_specification_override).
    pub fn set_sse_specification_override(
        mut self,
        input: ::std::option::Option<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification_override = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::target_table_name`](crate::types::RestoreTableFromBackupInput::target_table_name).
    pub fn target_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_table_name`](Self::target_table_name).
    pub fn set_target_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_table_name = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::on_demand_throughput_override`](crate::types::RestoreTableFromBackupInput::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput_override = input;
        self
    }
    /// See [`RestoreTableFromBackupInput::vector_index_override`](crate::types::RestoreTableFromBackupInput::vector_index_override).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndex>,
    ) -> Self {
        self.vector_index_override
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`vector_index_override`](Self::vector_index_override).
    pub fn set_vector_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndex>>,
    ) -> Self {
        self.vector_index_override = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RestoreTableFromBackupInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RestoreTableFromBackupInput {
            backup_arn: self
                .backup_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RestoreTableFromBackupInput",
                        "backup_arn",
                    ),
                )?,
            billing_mode_override: self.billing_mode_override,
            global_secondary_index_override: self.global_secondary_index_override,
            local_secondary_index_override: self.local_secondary_index_override,
            provisioned_throughput_override: self.provisioned_throughput_override,
            sse_specification_override: self.sse_specification_override,
            target_table_name: self
                .target_table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RestoreTableFromBackupInput",
                        "target_table_name",
                    ),
                )?,
            on_demand_throughput_override: self.on_demand_throughput_override,
            vector_index_override: self.vector_index_override,
        })
    }
}
/// A builder for [`RestoreTableFromBackupOutput`](crate::types::RestoreTableFromBackupOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RestoreTableFromBackupOutputBuilder {
    pub(crate) table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl ::std::fmt::Debug for RestoreTableFromBackupOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RestoreTableFromBackupOutputBuilder").finish_non_exhaustive()
    }
}
impl RestoreTableFromBackupOutputBuilder {
    /// See [`RestoreTableFromBackupOutput::table_description`](crate::types::RestoreTableFromBackupOutput::table_description).
    pub fn table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_description`](Self::table_description).
    pub fn set_table_description(
        mut self,
        input: ::std::option::Option<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RestoreTableFromBackupOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RestoreTableFromBackupOutput {
            table_description: self.table_description,
        })
    }
}
/// A builder for [`RestoreTableToPointInTimeInput`](crate::types::RestoreTableToPointInTimeInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RestoreTableToPointInTimeInputBuilder {
    pub(crate) billing_mode_override: ::std::option::Option<crate::types::BillingMode>,
    pub(crate) global_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    pub(crate) local_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndex>,
    >,
    pub(crate) provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) restore_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) sse_specification_override: ::std::option::Option<
        crate::types::SseSpecification,
    >,
    pub(crate) source_table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) source_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) target_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) use_latest_restorable_time: ::std::option::Option<bool>,
    pub(crate) on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) vector_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
}
impl ::std::fmt::Debug for RestoreTableToPointInTimeInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RestoreTableToPointInTimeInputBuilder").finish_non_exhaustive()
    }
}
impl RestoreTableToPointInTimeInputBuilder {
    /// See [`RestoreTableToPointInTimeInput::billing_mode_override`](crate::types::RestoreTableToPointInTimeInput::billing_mode_override).
    pub fn billing_mode_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode_override`](Self::billing_mode_override).
    pub fn set_billing_mode_override(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode_override = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::global_secondary_index_override`](crate::types::RestoreTableToPointInTimeInput::global_secondary_index_override).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndex>,
    ) -> Self {
        self.global_secondary_index_override
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_index_override`](Self::global_secondary_index_override).
    pub fn set_global_secondary_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GlobalSecondaryIndex>>,
    ) -> Self {
        self.global_secondary_index_override = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::local_secondary_index_override`](crate::types::RestoreTableToPointInTimeInput::local_secondary_index_override).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn local_secondary_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocalSecondaryIndex>,
    ) -> Self {
        self.local_secondary_index_override
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`local_secondary_index_override`](Self::local_secondary_index_override).
    pub fn set_local_secondary_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LocalSecondaryIndex>>,
    ) -> Self {
        self.local_secondary_index_override = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::provisioned_throughput_override`](crate::types::RestoreTableToPointInTimeInput::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput_override = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::restore_date_time`](crate::types::RestoreTableToPointInTimeInput::restore_date_time).
    pub fn restore_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.restore_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`restore_date_time`](Self::restore_date_time).
    pub fn set_restore_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.restore_date_time = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::sse_specification_override`](crate::types::RestoreTableToPointInTimeInput::sse_specification_override).
    pub fn sse_specification_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_specification_override`](Self::sse_specification_override).
    pub fn set_sse_specification_override(
        mut self,
        input: ::std::option::Option<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification_override = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::source_table_arn`](crate::types::RestoreTableToPointInTimeInput::source_table_arn).
    pub fn source_table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_table_arn`](Self::source_table_arn).
    pub fn set_source_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_table_arn = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::source_table_name`](crate::types::RestoreTableToPointInTimeInput::source_table_name).
    pub fn source_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`source_table_name`](Self::source_table_name).
    pub fn set_source_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.source_table_name = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::target_table_name`](crate::types::RestoreTableToPointInTimeInput::target_table_name).
    pub fn target_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_table_name`](Self::target_table_name).
    pub fn set_target_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_table_name = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::use_latest_restorable_time`](crate::types::RestoreTableToPointInTimeInput::use_latest_restorable_time).
    pub fn use_latest_restorable_time(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.use_latest_restorable_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`use_latest_restorable_time`](Self::use_latest_restorable_time).
    pub fn set_use_latest_restorable_time(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.use_latest_restorable_time = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::on_demand_throughput_override`](crate::types::RestoreTableToPointInTimeInput::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput_override = input;
        self
    }
    /// See [`RestoreTableToPointInTimeInput::vector_index_override`](crate::types::RestoreTableToPointInTimeInput::vector_index_override).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_index_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndex>,
    ) -> Self {
        self.vector_index_override
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`vector_index_override`](Self::vector_index_override).
    pub fn set_vector_index_override(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndex>>,
    ) -> Self {
        self.vector_index_override = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RestoreTableToPointInTimeInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RestoreTableToPointInTimeInput {
            billing_mode_override: self.billing_mode_override,
            global_secondary_index_override: self.global_secondary_index_override,
            local_secondary_index_override: self.local_secondary_index_override,
            provisioned_throughput_override: self.provisioned_throughput_override,
            restore_date_time: self.restore_date_time,
            sse_specification_override: self.sse_specification_override,
            source_table_arn: self.source_table_arn,
            source_table_name: self.source_table_name,
            target_table_name: self
                .target_table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RestoreTableToPointInTimeInput",
                        "target_table_name",
                    ),
                )?,
            use_latest_restorable_time: self.use_latest_restorable_time,
            on_demand_throughput_override: self.on_demand_throughput_override,
            vector_index_override: self.vector_index_override,
        })
    }
}
/// A builder for [`RestoreTableToPointInTimeOutput`](crate::types::RestoreTableToPointInTimeOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RestoreTableToPointInTimeOutputBuilder {
    pub(crate) table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl ::std::fmt::Debug for RestoreTableToPointInTimeOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RestoreTableToPointInTimeOutputBuilder").finish_non_exhaustive()
    }
}
impl RestoreTableToPointInTimeOutputBuilder {
    /// See [`RestoreTableToPointInTimeOutput::table_description`](crate::types::RestoreTableToPointInTimeOutput::table_description).
    pub fn table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_description`](Self::table_description).
    pub fn set_table_description(
        mut self,
        input: ::std::option::Option<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RestoreTableToPointInTimeOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RestoreTableToPointInTimeOutput {
            table_description: self.table_description,
        })
    }
}
/// A builder for [`S3BucketSource`](crate::types::S3BucketSource).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct S3BucketSourceBuilder {
    pub(crate) s3_bucket: ::std::option::Option<::std::string::String>,
    pub(crate) s3_bucket_owner: ::std::option::Option<::std::string::String>,
    pub(crate) s3_key_prefix: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for S3BucketSourceBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("S3BucketSourceBuilder").finish_non_exhaustive()
    }
}
impl S3BucketSourceBuilder {
    /// See [`S3BucketSource::s3_bucket`](crate::types::S3BucketSource::s3_bucket).
    pub fn s3_bucket(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket`](Self::s3_bucket).
    pub fn set_s3_bucket(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket = input;
        self
    }
    /// See [`S3BucketSource::s3_bucket_owner`](crate::types::S3BucketSource::s3_bucket_owner).
    pub fn s3_bucket_owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_bucket_owner`](Self::s3_bucket_owner).
    pub fn set_s3_bucket_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_bucket_owner = input;
        self
    }
    /// See [`S3BucketSource::s3_key_prefix`](crate::types::S3BucketSource::s3_key_prefix).
    pub fn s3_key_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.s3_key_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3_key_prefix`](Self::s3_key_prefix).
    pub fn set_s3_key_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.s3_key_prefix = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::S3BucketSource,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::S3BucketSource {
            s3_bucket: self
                .s3_bucket
                .ok_or(
                    crate::runtime::BuildError::missing("S3BucketSource", "s3_bucket"),
                )?,
            s3_bucket_owner: self.s3_bucket_owner,
            s3_key_prefix: self.s3_key_prefix,
        })
    }
}
/// A builder for [`SseDescription`](crate::types::SseDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SseDescriptionBuilder {
    pub(crate) inaccessible_encryption_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) kms_master_key_arn: ::std::option::Option<::std::string::String>,
    pub(crate) sse_type: ::std::option::Option<crate::types::SseType>,
    pub(crate) status: ::std::option::Option<crate::types::SseStatus>,
}
impl ::std::fmt::Debug for SseDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SseDescriptionBuilder").finish_non_exhaustive()
    }
}
impl SseDescriptionBuilder {
    /// See [`SseDescription::inaccessible_encryption_date_time`](crate::types::SseDescription::inaccessible_encryption_date_time).
    pub fn inaccessible_encryption_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.inaccessible_encryption_date_time = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`inaccessible_encryption_date_time`](Self::inaccessible_encryption_date_time).
    pub fn set_inaccessible_encryption_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.inaccessible_encryption_date_time = input;
        self
    }
    /// See [`SseDescription::kms_master_key_arn`](crate::types::SseDescription::kms_master_key_arn).
    pub fn kms_master_key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_master_key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_master_key_arn`](Self::kms_master_key_arn).
    pub fn set_kms_master_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_master_key_arn = input;
        self
    }
    /// See [`SseDescription::sse_type`](crate::types::SseDescription::sse_type).
    pub fn sse_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseType>,
    ) -> Self {
        self.sse_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_type`](Self::sse_type).
    pub fn set_sse_type(
        mut self,
        input: ::std::option::Option<crate::types::SseType>,
    ) -> Self {
        self.sse_type = input;
        self
    }
    /// See [`SseDescription::status`](crate::types::SseDescription::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::SseStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SseDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SseDescription {
            inaccessible_encryption_date_time: self.inaccessible_encryption_date_time,
            kms_master_key_arn: self.kms_master_key_arn,
            sse_type: self.sse_type,
            status: self.status,
        })
    }
}
/// A builder for [`SseSpecification`](crate::types::SseSpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SseSpecificationBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) kms_master_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) sse_type: ::std::option::Option<crate::types::SseType>,
}
impl ::std::fmt::Debug for SseSpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SseSpecificationBuilder").finish_non_exhaustive()
    }
}
impl SseSpecificationBuilder {
    /// See [`SseSpecification::enabled`](crate::types::SseSpecification::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`SseSpecification::kms_master_key_id`](crate::types::SseSpecification::kms_master_key_id).
    pub fn kms_master_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_master_key_id`](Self::kms_master_key_id).
    pub fn set_kms_master_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = input;
        self
    }
    /// See [`SseSpecification::sse_type`](crate::types::SseSpecification::sse_type).
    pub fn sse_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseType>,
    ) -> Self {
        self.sse_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_type`](Self::sse_type).
    pub fn set_sse_type(
        mut self,
        input: ::std::option::Option<crate::types::SseType>,
    ) -> Self {
        self.sse_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SseSpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SseSpecification {
            enabled: self.enabled,
            kms_master_key_id: self.kms_master_key_id,
            sse_type: self.sse_type,
        })
    }
}
/// A builder for [`ScanInput`](crate::types::ScanInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ScanInputBuilder {
    pub(crate) attributes_to_get: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) conditional_operator: ::std::option::Option<
        crate::types::ConditionalOperator,
    >,
    pub(crate) consistent_read: ::std::option::Option<bool>,
    pub(crate) exclusive_start_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) filter_expression: ::std::option::Option<::std::string::String>,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) projection_expression: ::std::option::Option<::std::string::String>,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) scan_filter: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
    >,
    pub(crate) segment: ::std::option::Option<i64>,
    pub(crate) select: ::std::option::Option<crate::types::Select>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) total_segments: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ScanInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ScanInputBuilder").finish_non_exhaustive()
    }
}
impl ScanInputBuilder {
    /// See [`ScanInput::attributes_to_get`](crate::types::ScanInput::attributes_to_get).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attributes_to_get(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attributes_to_get
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attributes_to_get`](Self::attributes_to_get).
    pub fn set_attributes_to_get(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.attributes_to_get = input;
        self
    }
    /// See [`ScanInput::conditional_operator`](crate::types::ScanInput::conditional_operator).
    pub fn conditional_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`conditional_operator`](Self::conditional_operator).
    pub fn set_conditional_operator(
        mut self,
        input: ::std::option::Option<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = input;
        self
    }
    /// See [`ScanInput::consistent_read`](crate::types::ScanInput::consistent_read).
    pub fn consistent_read(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.consistent_read = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consistent_read`](Self::consistent_read).
    pub fn set_consistent_read(mut self, input: ::std::option::Option<bool>) -> Self {
        self.consistent_read = input;
        self
    }
    /// See [`ScanInput::exclusive_start_key`](crate::types::ScanInput::exclusive_start_key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn exclusive_start_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.exclusive_start_key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`exclusive_start_key`](Self::exclusive_start_key).
    pub fn set_exclusive_start_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.exclusive_start_key = input;
        self
    }
    /// See [`ScanInput::expression_attribute_names`](crate::types::ScanInput::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`ScanInput::expression_attribute_values`](crate::types::ScanInput::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`ScanInput::filter_expression`](crate::types::ScanInput::filter_expression).
    pub fn filter_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter_expression`](Self::filter_expression).
    pub fn set_filter_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.filter_expression = input;
        self
    }
    /// See [`ScanInput::index_name`](crate::types::ScanInput::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`ScanInput::limit`](crate::types::ScanInput::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`ScanInput::projection_expression`](crate::types::ScanInput::projection_expression).
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.projection_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.projection_expression = input;
        self
    }
    /// See [`ScanInput::return_consumed_capacity`](crate::types::ScanInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`ScanInput::scan_filter`](crate::types::ScanInput::scan_filter).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn scan_filter(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Condition>,
    ) -> Self {
        self.scan_filter
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`scan_filter`](Self::scan_filter).
    pub fn set_scan_filter(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
        >,
    ) -> Self {
        self.scan_filter = input;
        self
    }
    /// See [`ScanInput::segment`](crate::types::ScanInput::segment).
    pub fn segment(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.segment = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`segment`](Self::segment).
    pub fn set_segment(mut self, input: ::std::option::Option<i64>) -> Self {
        self.segment = input;
        self
    }
    /// See [`ScanInput::select`](crate::types::ScanInput::select).
    pub fn select(
        mut self,
        input: impl ::std::convert::Into<crate::types::Select>,
    ) -> Self {
        self.select = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`select`](Self::select).
    pub fn set_select(
        mut self,
        input: ::std::option::Option<crate::types::Select>,
    ) -> Self {
        self.select = input;
        self
    }
    /// See [`ScanInput::table_name`](crate::types::ScanInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`ScanInput::total_segments`](crate::types::ScanInput::total_segments).
    pub fn total_segments(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.total_segments = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`total_segments`](Self::total_segments).
    pub fn set_total_segments(mut self, input: ::std::option::Option<i64>) -> Self {
        self.total_segments = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ScanInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ScanInput {
            attributes_to_get: self.attributes_to_get,
            conditional_operator: self.conditional_operator,
            consistent_read: self.consistent_read,
            exclusive_start_key: self.exclusive_start_key,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            filter_expression: self.filter_expression,
            index_name: self.index_name,
            limit: self.limit,
            projection_expression: self.projection_expression,
            return_consumed_capacity: self.return_consumed_capacity,
            scan_filter: self.scan_filter,
            segment: self.segment,
            select: self.select,
            table_name: self
                .table_name
                .ok_or(crate::runtime::BuildError::missing("ScanInput", "table_name"))?,
            total_segments: self.total_segments,
        })
    }
}
/// A builder for [`ScanOutput`](crate::types::ScanOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ScanOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    pub(crate) count: ::std::option::Option<i64>,
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    >,
    pub(crate) last_evaluated_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) scanned_count: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ScanOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ScanOutputBuilder").finish_non_exhaustive()
    }
}
impl ScanOutputBuilder {
    /// See [`ScanOutput::consumed_capacity`](crate::types::ScanOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`ScanOutput::count`](crate::types::ScanOutput::count).
    pub fn count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`count`](Self::count).
    pub fn set_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.count = input;
        self
    }
    /// See [`ScanOutput::items`](crate::types::ScanOutput::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::types::AttributeValue,
                >,
            >,
        >,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`ScanOutput::last_evaluated_key`](crate::types::ScanOutput::last_evaluated_key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn last_evaluated_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.last_evaluated_key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`last_evaluated_key`](Self::last_evaluated_key).
    pub fn set_last_evaluated_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.last_evaluated_key = input;
        self
    }
    /// See [`ScanOutput::scanned_count`](crate::types::ScanOutput::scanned_count).
    pub fn scanned_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.scanned_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scanned_count`](Self::scanned_count).
    pub fn set_scanned_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.scanned_count = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ScanOutput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ScanOutput {
            consumed_capacity: self.consumed_capacity,
            count: self.count,
            items: self.items,
            last_evaluated_key: self.last_evaluated_key,
            scanned_count: self.scanned_count,
        })
    }
}
/// A builder for [`SearchResultItem`](crate::types::SearchResultItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SearchResultItemBuilder {
    pub(crate) item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) score: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for SearchResultItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SearchResultItemBuilder").finish_non_exhaustive()
    }
}
impl SearchResultItemBuilder {
    /// See [`SearchResultItem::item`](crate::types::SearchResultItem::item).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.item
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.item = input;
        self
    }
    /// See [`SearchResultItem::score`](crate::types::SearchResultItem::score).
    pub fn score(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.score = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`score`](Self::score).
    pub fn set_score(mut self, input: ::std::option::Option<f64>) -> Self {
        self.score = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SearchResultItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SearchResultItem {
            item: self.item,
            score: self.score,
        })
    }
}
/// A builder for [`SearchSchemaElement`](crate::types::SearchSchemaElement).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SearchSchemaElementBuilder {
    pub(crate) attribute_name: ::std::option::Option<::std::string::String>,
    pub(crate) search_schema_element_type: ::std::option::Option<
        crate::types::SearchSchemaElementType,
    >,
}
impl ::std::fmt::Debug for SearchSchemaElementBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SearchSchemaElementBuilder").finish_non_exhaustive()
    }
}
impl SearchSchemaElementBuilder {
    /// See [`SearchSchemaElement::attribute_name`](crate::types::SearchSchemaElement::attribute_name).
    pub fn attribute_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attribute_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute_name`](Self::attribute_name).
    pub fn set_attribute_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.attribute_name = input;
        self
    }
    /// See [`SearchSchemaElement::search_schema_element_type`](crate::types::SearchSchemaElement::search_schema_element_type).
    pub fn search_schema_element_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::SearchSchemaElementType>,
    ) -> Self {
        self.search_schema_element_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`search_schema_element_type`](Self::search_schema_element_type).
    pub fn set_search_schema_element_type(
        mut self,
        input: ::std::option::Option<crate::types::SearchSchemaElementType>,
    ) -> Self {
        self.search_schema_element_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SearchSchemaElement,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SearchSchemaElement {
            attribute_name: self
                .attribute_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SearchSchemaElement",
                        "attribute_name",
                    ),
                )?,
            search_schema_element_type: self
                .search_schema_element_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SearchSchemaElement",
                        "search_schema_element_type",
                    ),
                )?,
        })
    }
}
/// A builder for [`SearchVectorsInput`](crate::types::SearchVectorsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SearchVectorsInputBuilder {
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) projection_expression: ::std::option::Option<::std::string::String>,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) search_condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) search_vector: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) top_k: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for SearchVectorsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SearchVectorsInputBuilder").finish_non_exhaustive()
    }
}
impl SearchVectorsInputBuilder {
    /// See [`SearchVectorsInput::expression_attribute_names`](crate::types::SearchVectorsInput::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`SearchVectorsInput::expression_attribute_values`](crate::types::SearchVectorsInput::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`SearchVectorsInput::index_name`](crate::types::SearchVectorsInput::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`SearchVectorsInput::projection_expression`](crate::types::SearchVectorsInput::projection_expression).
    pub fn projection_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.projection_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection_expression`](Self::projection_expression).
    pub fn set_projection_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.projection_expression = input;
        self
    }
    /// See [`SearchVectorsInput::return_consumed_capacity`](crate::types::SearchVectorsInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`SearchVectorsInput::search_condition_expression`](crate::types::SearchVectorsInput::search_condition_expression).
    pub fn search_condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.search_condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`search_condition_expression`](Self::search_condition_expression).
    pub fn set_search_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.search_condition_expression = input;
        self
    }
    /// See [`SearchVectorsInput::search_vector`](crate::types::SearchVectorsInput::search_vector).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn search_vector(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.search_vector.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`search_vector`](Self::search_vector).
    pub fn set_search_vector(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    ) -> Self {
        self.search_vector = input;
        self
    }
    /// See [`SearchVectorsInput::table_name`](crate::types::SearchVectorsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`SearchVectorsInput::top_k`](crate::types::SearchVectorsInput::top_k).
    pub fn top_k(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.top_k = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`top_k`](Self::top_k).
    pub fn set_top_k(mut self, input: ::std::option::Option<i64>) -> Self {
        self.top_k = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SearchVectorsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SearchVectorsInput {
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SearchVectorsInput",
                        "index_name",
                    ),
                )?,
            projection_expression: self.projection_expression,
            return_consumed_capacity: self.return_consumed_capacity,
            search_condition_expression: self.search_condition_expression,
            search_vector: self
                .search_vector
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SearchVectorsInput",
                        "search_vector",
                    ),
                )?,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SearchVectorsInput",
                        "table_name",
                    ),
                )?,
            top_k: self
                .top_k
                .ok_or(
                    crate::runtime::BuildError::missing("SearchVectorsInput", "top_k"),
                )?,
        })
    }
}
/// A builder for [`SearchVectorsOutput`](crate::types::SearchVectorsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SearchVectorsOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::VectorCapacity>,
    pub(crate) search_results: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchResultItem>,
    >,
}
impl ::std::fmt::Debug for SearchVectorsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SearchVectorsOutputBuilder").finish_non_exhaustive()
    }
}
impl SearchVectorsOutputBuilder {
    /// See [`SearchVectorsOutput::consumed_capacity`](crate::types::SearchVectorsOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::VectorCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`SearchVectorsOutput::search_results`](crate::types::SearchVectorsOutput::search_results).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn search_results(
        mut self,
        input: impl ::std::convert::Into<crate::types::SearchResultItem>,
    ) -> Self {
        self.search_results.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`search_results`](Self::search_results).
    pub fn set_search_results(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SearchResultItem>>,
    ) -> Self {
        self.search_results = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SearchVectorsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SearchVectorsOutput {
            consumed_capacity: self.consumed_capacity,
            search_results: self.search_results,
        })
    }
}
/// A builder for [`SourceTableDetails`](crate::types::SourceTableDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SourceTableDetailsBuilder {
    pub(crate) billing_mode: ::std::option::Option<crate::types::BillingMode>,
    pub(crate) item_count: ::std::option::Option<i64>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_creation_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) table_id: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_size_bytes: ::std::option::Option<i64>,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
}
impl ::std::fmt::Debug for SourceTableDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SourceTableDetailsBuilder").finish_non_exhaustive()
    }
}
impl SourceTableDetailsBuilder {
    /// See [`SourceTableDetails::billing_mode`](crate::types::SourceTableDetails::billing_mode).
    pub fn billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode`](Self::billing_mode).
    pub fn set_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = input;
        self
    }
    /// See [`SourceTableDetails::item_count`](crate::types::SourceTableDetails::item_count).
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// See [`SourceTableDetails::key_schema`](crate::types::SourceTableDetails::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`SourceTableDetails::provisioned_throughput`](crate::types::SourceTableDetails::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`SourceTableDetails::table_arn`](crate::types::SourceTableDetails::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// See [`SourceTableDetails::table_creation_date_time`](crate::types::SourceTableDetails::table_creation_date_time).
    pub fn table_creation_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.table_creation_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_creation_date_time`](Self::table_creation_date_time).
    pub fn set_table_creation_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.table_creation_date_time = input;
        self
    }
    /// See [`SourceTableDetails::table_id`](crate::types::SourceTableDetails::table_id).
    pub fn table_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_id`](Self::table_id).
    pub fn set_table_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_id = input;
        self
    }
    /// See [`SourceTableDetails::table_name`](crate::types::SourceTableDetails::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`SourceTableDetails::table_size_bytes`](crate::types::SourceTableDetails::table_size_bytes).
    pub fn table_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.table_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_size_bytes`](Self::table_size_bytes).
    pub fn set_table_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.table_size_bytes = input;
        self
    }
    /// See [`SourceTableDetails::on_demand_throughput`](crate::types::SourceTableDetails::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SourceTableDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SourceTableDetails {
            billing_mode: self.billing_mode,
            item_count: self.item_count,
            key_schema: self
                .key_schema
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SourceTableDetails",
                        "key_schema",
                    ),
                )?,
            provisioned_throughput: self
                .provisioned_throughput
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SourceTableDetails",
                        "provisioned_throughput",
                    ),
                )?,
            table_arn: self.table_arn,
            table_creation_date_time: self
                .table_creation_date_time
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SourceTableDetails",
                        "table_creation_date_time",
                    ),
                )?,
            table_id: self
                .table_id
                .ok_or(
                    crate::runtime::BuildError::missing("SourceTableDetails", "table_id"),
                )?,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SourceTableDetails",
                        "table_name",
                    ),
                )?,
            table_size_bytes: self.table_size_bytes,
            on_demand_throughput: self.on_demand_throughput,
        })
    }
}
/// A builder for [`SourceTableFeatureDetails`](crate::types::SourceTableFeatureDetails).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SourceTableFeatureDetailsBuilder {
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexInfo>,
    >,
    pub(crate) local_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndexInfo>,
    >,
    pub(crate) sse_description: ::std::option::Option<crate::types::SseDescription>,
    pub(crate) stream_description: ::std::option::Option<
        crate::types::StreamSpecification,
    >,
    pub(crate) time_to_live_description: ::std::option::Option<
        crate::types::TimeToLiveDescription,
    >,
    pub(crate) vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndexInfo>,
    >,
}
impl ::std::fmt::Debug for SourceTableFeatureDetailsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SourceTableFeatureDetailsBuilder").finish_non_exhaustive()
    }
}
impl SourceTableFeatureDetailsBuilder {
    /// See [`SourceTableFeatureDetails::global_secondary_indexes`](crate::types::SourceTableFeatureDetails::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndexInfo>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalSecondaryIndexInfo>,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`SourceTableFeatureDetails::local_secondary_indexes`](crate::types::SourceTableFeatureDetails::local_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn local_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocalSecondaryIndexInfo>,
    ) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`local_secondary_indexes`](Self::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::LocalSecondaryIndexInfo>,
        >,
    ) -> Self {
        self.local_secondary_indexes = input;
        self
    }
    /// See [`SourceTableFeatureDetails::sse_description`](crate::types::SourceTableFeatureDetails::sse_description).
    pub fn sse_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseDescription>,
    ) -> Self {
        self.sse_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_description`](Self::sse_description).
    pub fn set_sse_description(
        mut self,
        input: ::std::option::Option<crate::types::SseDescription>,
    ) -> Self {
        self.sse_description = input;
        self
    }
    /// See [`SourceTableFeatureDetails::stream_description`](crate::types::SourceTableFeatureDetails::stream_description).
    pub fn stream_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_description`](Self::stream_description).
    pub fn set_stream_description(
        mut self,
        input: ::std::option::Option<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_description = input;
        self
    }
    /// See [`SourceTableFeatureDetails::time_to_live_description`](crate::types::SourceTableFeatureDetails::time_to_live_description).
    pub fn time_to_live_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TimeToLiveDescription>,
    ) -> Self {
        self.time_to_live_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time_to_live_description`](Self::time_to_live_description).
    pub fn set_time_to_live_description(
        mut self,
        input: ::std::option::Option<crate::types::TimeToLiveDescription>,
    ) -> Self {
        self.time_to_live_description = input;
        self
    }
    /// See [`SourceTableFeatureDetails::vector_indexes`](crate::types::SourceTableFeatureDetails::vector_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndexInfo>,
    ) -> Self {
        self.vector_indexes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`vector_indexes`](Self::vector_indexes).
    pub fn set_vector_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndexInfo>>,
    ) -> Self {
        self.vector_indexes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SourceTableFeatureDetails,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SourceTableFeatureDetails {
            global_secondary_indexes: self.global_secondary_indexes,
            local_secondary_indexes: self.local_secondary_indexes,
            sse_description: self.sse_description,
            stream_description: self.stream_description,
            time_to_live_description: self.time_to_live_description,
            vector_indexes: self.vector_indexes,
        })
    }
}
/// A builder for [`StartBulkPutItemsInput`](crate::types::StartBulkPutItemsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartBulkPutItemsInputBuilder {
    pub(crate) client_token: ::std::option::Option<::std::string::String>,
    pub(crate) input_s3_configuration: ::std::option::Option<
        crate::types::InputS3Configuration,
    >,
    pub(crate) max_write_request_units: ::std::option::Option<i64>,
    pub(crate) output_s3_configuration: ::std::option::Option<
        crate::types::OutputS3Configuration,
    >,
    pub(crate) performance_tier: ::std::option::Option<
        crate::types::BulkOperationPerformanceTier,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StartBulkPutItemsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartBulkPutItemsInputBuilder").finish_non_exhaustive()
    }
}
impl StartBulkPutItemsInputBuilder {
    /// See [`StartBulkPutItemsInput::client_token`](crate::types::StartBulkPutItemsInput::client_token).
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
    /// See [`StartBulkPutItemsInput::input_s3_configuration`](crate::types::StartBulkPutItemsInput::input_s3_configuration).
    pub fn input_s3_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputS3Configuration>,
    ) -> Self {
        self.input_s3_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_s3_configuration`](Self::input_s3_configuration).
    pub fn set_input_s3_configuration(
        mut self,
        input: ::std::option::Option<crate::types::InputS3Configuration>,
    ) -> Self {
        self.input_s3_configuration = input;
        self
    }
    /// See [`StartBulkPutItemsInput::max_write_request_units`](crate::types::StartBulkPutItemsInput::max_write_request_units).
    pub fn max_write_request_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_write_request_units = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_write_request_units`](Self::max_write_request_units).
    pub fn set_max_write_request_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_write_request_units = input;
        self
    }
    /// See [`StartBulkPutItemsInput::output_s3_configuration`](crate::types::StartBulkPutItemsInput::output_s3_configuration).
    pub fn output_s3_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputS3Configuration>,
    ) -> Self {
        self.output_s3_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_s3_configuration`](Self::output_s3_configuration).
    pub fn set_output_s3_configuration(
        mut self,
        input: ::std::option::Option<crate::types::OutputS3Configuration>,
    ) -> Self {
        self.output_s3_configuration = input;
        self
    }
    /// See [`StartBulkPutItemsInput::performance_tier`](crate::types::StartBulkPutItemsInput::performance_tier).
    pub fn performance_tier(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationPerformanceTier>,
    ) -> Self {
        self.performance_tier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`performance_tier`](Self::performance_tier).
    pub fn set_performance_tier(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationPerformanceTier>,
    ) -> Self {
        self.performance_tier = input;
        self
    }
    /// See [`StartBulkPutItemsInput::table_name`](crate::types::StartBulkPutItemsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartBulkPutItemsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartBulkPutItemsInput {
            client_token: self.client_token,
            input_s3_configuration: self
                .input_s3_configuration
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartBulkPutItemsInput",
                        "input_s3_configuration",
                    ),
                )?,
            max_write_request_units: self.max_write_request_units,
            output_s3_configuration: self
                .output_s3_configuration
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartBulkPutItemsInput",
                        "output_s3_configuration",
                    ),
                )?,
            performance_tier: self.performance_tier,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartBulkPutItemsInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`StartBulkPutItemsOutput`](crate::types::StartBulkPutItemsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartBulkPutItemsOutputBuilder {
    pub(crate) bulk_operation_description: ::std::option::Option<
        crate::types::BulkOperationDescription,
    >,
}
impl ::std::fmt::Debug for StartBulkPutItemsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartBulkPutItemsOutputBuilder").finish_non_exhaustive()
    }
}
impl StartBulkPutItemsOutputBuilder {
    /// See [`StartBulkPutItemsOutput::bulk_operation_description`](crate::types::StartBulkPutItemsOutput::bulk_operation_description).
    pub fn bulk_operation_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::BulkOperationDescription>,
    ) -> Self {
        self.bulk_operation_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bulk_operation_description`](Self::bulk_operation_description).
    pub fn set_bulk_operation_description(
        mut self,
        input: ::std::option::Option<crate::types::BulkOperationDescription>,
    ) -> Self {
        self.bulk_operation_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartBulkPutItemsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartBulkPutItemsOutput {
            bulk_operation_description: self
                .bulk_operation_description
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartBulkPutItemsOutput",
                        "bulk_operation_description",
                    ),
                )?,
        })
    }
}
/// A builder for [`StreamSpecification`](crate::types::StreamSpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StreamSpecificationBuilder {
    pub(crate) stream_enabled: ::std::option::Option<bool>,
    pub(crate) stream_view_type: ::std::option::Option<crate::types::StreamViewType>,
}
impl ::std::fmt::Debug for StreamSpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StreamSpecificationBuilder").finish_non_exhaustive()
    }
}
impl StreamSpecificationBuilder {
    /// See [`StreamSpecification::stream_enabled`](crate::types::StreamSpecification::stream_enabled).
    pub fn stream_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.stream_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_enabled`](Self::stream_enabled).
    pub fn set_stream_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.stream_enabled = input;
        self
    }
    /// See [`StreamSpecification::stream_view_type`](crate::types::StreamSpecification::stream_view_type).
    pub fn stream_view_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::StreamViewType>,
    ) -> Self {
        self.stream_view_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_view_type`](Self::stream_view_type).
    pub fn set_stream_view_type(
        mut self,
        input: ::std::option::Option<crate::types::StreamViewType>,
    ) -> Self {
        self.stream_view_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StreamSpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StreamSpecification {
            stream_enabled: self
                .stream_enabled
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StreamSpecification",
                        "stream_enabled",
                    ),
                )?,
            stream_view_type: self.stream_view_type,
        })
    }
}
/// A builder for [`TableAutoScalingDescription`](crate::types::TableAutoScalingDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TableAutoScalingDescriptionBuilder {
    pub(crate) replicas: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaAutoScalingDescription>,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_status: ::std::option::Option<crate::types::TableStatus>,
}
impl ::std::fmt::Debug for TableAutoScalingDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TableAutoScalingDescriptionBuilder").finish_non_exhaustive()
    }
}
impl TableAutoScalingDescriptionBuilder {
    /// See [`TableAutoScalingDescription::replicas`](crate::types::TableAutoScalingDescription::replicas).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replicas(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaAutoScalingDescription>,
    ) -> Self {
        self.replicas.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`replicas`](Self::replicas).
    pub fn set_replicas(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaAutoScalingDescription>,
        >,
    ) -> Self {
        self.replicas = input;
        self
    }
    /// See [`TableAutoScalingDescription::table_name`](crate::types::TableAutoScalingDescription::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`TableAutoScalingDescription::table_status`](crate::types::TableAutoScalingDescription::table_status).
    pub fn table_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableStatus>,
    ) -> Self {
        self.table_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_status`](Self::table_status).
    pub fn set_table_status(
        mut self,
        input: ::std::option::Option<crate::types::TableStatus>,
    ) -> Self {
        self.table_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TableAutoScalingDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TableAutoScalingDescription {
            replicas: self.replicas,
            table_name: self.table_name,
            table_status: self.table_status,
        })
    }
}
/// A builder for [`TableClassSummary`](crate::types::TableClassSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TableClassSummaryBuilder {
    pub(crate) last_update_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) table_class: ::std::option::Option<crate::types::TableClass>,
}
impl ::std::fmt::Debug for TableClassSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TableClassSummaryBuilder").finish_non_exhaustive()
    }
}
impl TableClassSummaryBuilder {
    /// See [`TableClassSummary::last_update_date_time`](crate::types::TableClassSummary::last_update_date_time).
    pub fn last_update_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_update_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_update_date_time`](Self::last_update_date_time).
    pub fn set_last_update_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_update_date_time = input;
        self
    }
    /// See [`TableClassSummary::table_class`](crate::types::TableClassSummary::table_class).
    pub fn table_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClass>,
    ) -> Self {
        self.table_class = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_class`](Self::table_class).
    pub fn set_table_class(
        mut self,
        input: ::std::option::Option<crate::types::TableClass>,
    ) -> Self {
        self.table_class = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TableClassSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TableClassSummary {
            last_update_date_time: self.last_update_date_time,
            table_class: self.table_class,
        })
    }
}
/// A builder for [`TableCreationParameters`](crate::types::TableCreationParameters).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TableCreationParametersBuilder {
    pub(crate) attribute_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeDefinition>,
    >,
    pub(crate) billing_mode: ::std::option::Option<crate::types::BillingMode>,
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) sse_specification: ::std::option::Option<crate::types::SseSpecification>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
}
impl ::std::fmt::Debug for TableCreationParametersBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TableCreationParametersBuilder").finish_non_exhaustive()
    }
}
impl TableCreationParametersBuilder {
    /// See [`TableCreationParameters::attribute_definitions`](crate::types::TableCreationParameters::attribute_definitions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attribute_definitions(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeDefinition>,
    ) -> Self {
        self.attribute_definitions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attribute_definitions`](Self::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeDefinition>>,
    ) -> Self {
        self.attribute_definitions = input;
        self
    }
    /// See [`TableCreationParameters::billing_mode`](crate::types::TableCreationParameters::billing_mode).
    pub fn billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode`](Self::billing_mode).
    pub fn set_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = input;
        self
    }
    /// See [`TableCreationParameters::global_secondary_indexes`](crate::types::TableCreationParameters::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndex>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GlobalSecondaryIndex>>,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`TableCreationParameters::key_schema`](crate::types::TableCreationParameters::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`TableCreationParameters::provisioned_throughput`](crate::types::TableCreationParameters::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`TableCreationParameters::sse_specification`](crate::types::TableCreationParameters::sse_specification).
    pub fn sse_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_specification`](Self::sse_specification).
    pub fn set_sse_specification(
        mut self,
        input: ::std::option::Option<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification = input;
        self
    }
    /// See [`TableCreationParameters::table_name`](crate::types::TableCreationParameters::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`TableCreationParameters::on_demand_throughput`](crate::types::TableCreationParameters::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`TableCreationParameters::vector_indexes`](crate::types::TableCreationParameters::vector_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndex>,
    ) -> Self {
        self.vector_indexes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`vector_indexes`](Self::vector_indexes).
    pub fn set_vector_indexes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndex>>,
    ) -> Self {
        self.vector_indexes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TableCreationParameters,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TableCreationParameters {
            attribute_definitions: self
                .attribute_definitions
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TableCreationParameters",
                        "attribute_definitions",
                    ),
                )?,
            billing_mode: self.billing_mode,
            global_secondary_indexes: self.global_secondary_indexes,
            key_schema: self
                .key_schema
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TableCreationParameters",
                        "key_schema",
                    ),
                )?,
            provisioned_throughput: self.provisioned_throughput,
            sse_specification: self.sse_specification,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TableCreationParameters",
                        "table_name",
                    ),
                )?,
            on_demand_throughput: self.on_demand_throughput,
            vector_indexes: self.vector_indexes,
        })
    }
}
/// A builder for [`TableDescription`](crate::types::TableDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TableDescriptionBuilder {
    pub(crate) archival_summary: ::std::option::Option<crate::types::ArchivalSummary>,
    pub(crate) attribute_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeDefinition>,
    >,
    pub(crate) billing_mode_summary: ::std::option::Option<
        crate::types::BillingModeSummary,
    >,
    pub(crate) creation_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) deletion_protection_enabled: ::std::option::Option<bool>,
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexDescription>,
    >,
    pub(crate) global_table_version: ::std::option::Option<::std::string::String>,
    pub(crate) item_count: ::std::option::Option<i64>,
    pub(crate) key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    pub(crate) latest_stream_arn: ::std::option::Option<::std::string::String>,
    pub(crate) latest_stream_label: ::std::option::Option<::std::string::String>,
    pub(crate) local_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndexDescription>,
    >,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughputDescription,
    >,
    pub(crate) replicas: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaDescription>,
    >,
    pub(crate) restore_summary: ::std::option::Option<crate::types::RestoreSummary>,
    pub(crate) sse_description: ::std::option::Option<crate::types::SseDescription>,
    pub(crate) stream_specification: ::std::option::Option<
        crate::types::StreamSpecification,
    >,
    pub(crate) table_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_class_summary: ::std::option::Option<
        crate::types::TableClassSummary,
    >,
    pub(crate) table_id: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_size_bytes: ::std::option::Option<i64>,
    pub(crate) table_status: ::std::option::Option<crate::types::TableStatus>,
    pub(crate) disassociation_protection_enabled: ::std::option::Option<bool>,
    pub(crate) global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    pub(crate) global_table_witnesses: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalTableWitnessDescription>,
    >,
    pub(crate) multi_region_consistency: ::std::option::Option<
        crate::types::MultiRegionConsistency,
    >,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndexDescription>,
    >,
    pub(crate) warm_throughput: ::std::option::Option<
        crate::types::TableWarmThroughputDescription,
    >,
}
impl ::std::fmt::Debug for TableDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TableDescriptionBuilder").finish_non_exhaustive()
    }
}
impl TableDescriptionBuilder {
    /// See [`TableDescription::archival_summary`](crate::types::TableDescription::archival_summary).
    pub fn archival_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArchivalSummary>,
    ) -> Self {
        self.archival_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archival_summary`](Self::archival_summary).
    pub fn set_archival_summary(
        mut self,
        input: ::std::option::Option<crate::types::ArchivalSummary>,
    ) -> Self {
        self.archival_summary = input;
        self
    }
    /// See [`TableDescription::attribute_definitions`](crate::types::TableDescription::attribute_definitions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attribute_definitions(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeDefinition>,
    ) -> Self {
        self.attribute_definitions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attribute_definitions`](Self::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeDefinition>>,
    ) -> Self {
        self.attribute_definitions = input;
        self
    }
    /// See [`TableDescription::billing_mode_summary`](crate::types::TableDescription::billing_mode_summary).
    pub fn billing_mode_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingModeSummary>,
    ) -> Self {
        self.billing_mode_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode_summary`](Self::billing_mode_summary).
    pub fn set_billing_mode_summary(
        mut self,
        input: ::std::option::Option<crate::types::BillingModeSummary>,
    ) -> Self {
        self.billing_mode_summary = input;
        self
    }
    /// See [`TableDescription::creation_date_time`](crate::types::TableDescription::creation_date_time).
    pub fn creation_date_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date_time`](Self::creation_date_time).
    pub fn set_creation_date_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.creation_date_time = input;
        self
    }
    /// See [`TableDescription::deletion_protection_enabled`](crate::types::TableDescription::deletion_protection_enabled).
    pub fn deletion_protection_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.deletion_protection_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deletion_protection_enabled`](Self::deletion_protection_enabled).
    pub fn set_deletion_protection_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.deletion_protection_enabled = input;
        self
    }
    /// See [`TableDescription::global_secondary_indexes`](crate::types::TableDescription::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndexDescription>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalSecondaryIndexDescription>,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`TableDescription::global_table_version`](crate::types::TableDescription::global_table_version).
    pub fn global_table_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_version`](Self::global_table_version).
    pub fn set_global_table_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_version = input;
        self
    }
    /// See [`TableDescription::item_count`](crate::types::TableDescription::item_count).
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// See [`TableDescription::key_schema`](crate::types::TableDescription::key_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn key_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::KeySchemaElement>,
    ) -> Self {
        self.key_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`key_schema`](Self::key_schema).
    pub fn set_key_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::KeySchemaElement>>,
    ) -> Self {
        self.key_schema = input;
        self
    }
    /// See [`TableDescription::latest_stream_arn`](crate::types::TableDescription::latest_stream_arn).
    pub fn latest_stream_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.latest_stream_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latest_stream_arn`](Self::latest_stream_arn).
    pub fn set_latest_stream_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.latest_stream_arn = input;
        self
    }
    /// See [`TableDescription::latest_stream_label`](crate::types::TableDescription::latest_stream_label).
    pub fn latest_stream_label(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.latest_stream_label = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latest_stream_label`](Self::latest_stream_label).
    pub fn set_latest_stream_label(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.latest_stream_label = input;
        self
    }
    /// See [`TableDescription::local_secondary_indexes`](crate::types::TableDescription::local_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn local_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocalSecondaryIndexDescription>,
    ) -> Self {
        self.local_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`local_secondary_indexes`](Self::local_secondary_indexes).
    pub fn set_local_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::LocalSecondaryIndexDescription>,
        >,
    ) -> Self {
        self.local_secondary_indexes = input;
        self
    }
    /// See [`TableDescription::provisioned_throughput`](crate::types::TableDescription::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughputDescription>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`TableDescription::replicas`](crate::types::TableDescription::replicas).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replicas(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaDescription>,
    ) -> Self {
        self.replicas.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`replicas`](Self::replicas).
    pub fn set_replicas(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ReplicaDescription>>,
    ) -> Self {
        self.replicas = input;
        self
    }
    /// See [`TableDescription::restore_summary`](crate::types::TableDescription::restore_summary).
    pub fn restore_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::RestoreSummary>,
    ) -> Self {
        self.restore_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`restore_summary`](Self::restore_summary).
    pub fn set_restore_summary(
        mut self,
        input: ::std::option::Option<crate::types::RestoreSummary>,
    ) -> Self {
        self.restore_summary = input;
        self
    }
    /// See [`TableDescription::sse_description`](crate::types::TableDescription::sse_description).
    pub fn sse_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseDescription>,
    ) -> Self {
        self.sse_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_description`](Self::sse_description).
    pub fn set_sse_description(
        mut self,
        input: ::std::option::Option<crate::types::SseDescription>,
    ) -> Self {
        self.sse_description = input;
        self
    }
    /// See [`TableDescription::stream_specification`](crate::types::TableDescription::stream_specification).
    pub fn stream_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_specification`](Self::stream_specification).
    pub fn set_stream_specification(
        mut self,
        input: ::std::option::Option<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_specification = input;
        self
    }
    /// See [`TableDescription::table_arn`](crate::types::TableDescription::table_arn).
    pub fn table_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_arn`](Self::table_arn).
    pub fn set_table_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_arn = input;
        self
    }
    /// See [`TableDescription::table_class_summary`](crate::types::TableDescription::table_class_summary).
    pub fn table_class_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClassSummary>,
    ) -> Self {
        self.table_class_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_class_summary`](Self::table_class_summary).
    pub fn set_table_class_summary(
        mut self,
        input: ::std::option::Option<crate::types::TableClassSummary>,
    ) -> Self {
        self.table_class_summary = input;
        self
    }
    /// See [`TableDescription::table_id`](crate::types::TableDescription::table_id).
    pub fn table_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_id`](Self::table_id).
    pub fn set_table_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_id = input;
        self
    }
    /// See [`TableDescription::table_name`](crate::types::TableDescription::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`TableDescription::table_size_bytes`](crate::types::TableDescription::table_size_bytes).
    pub fn table_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.table_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_size_bytes`](Self::table_size_bytes).
    pub fn set_table_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.table_size_bytes = input;
        self
    }
    /// See [`TableDescription::table_status`](crate::types::TableDescription::table_status).
    pub fn table_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableStatus>,
    ) -> Self {
        self.table_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_status`](Self::table_status).
    pub fn set_table_status(
        mut self,
        input: ::std::option::Option<crate::types::TableStatus>,
    ) -> Self {
        self.table_status = input;
        self
    }
    /// See [`TableDescription::disassociation_protection_enabled`](crate::types::TableDescription::disassociation_protection_enabled).
    pub fn disassociation_protection_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disassociation_protection_enabled = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`disassociation_protection_enabled`](Self::disassociation_protection_enabled).
    pub fn set_disassociation_protection_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.disassociation_protection_enabled = input;
        self
    }
    /// See [`TableDescription::global_table_settings_replication_mode`](crate::types::TableDescription::global_table_settings_replication_mode).
    pub fn global_table_settings_replication_mode(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalTableSettingsReplicationMode,
        >,
    ) -> Self {
        self.global_table_settings_replication_mode = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`global_table_settings_replication_mode`](Self::global_table_settings_replication_mode).
    pub fn set_global_table_settings_replication_mode(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableSettingsReplicationMode>,
    ) -> Self {
        self.global_table_settings_replication_mode = input;
        self
    }
    /// See [`TableDescription::global_table_witnesses`](crate::types::TableDescription::global_table_witnesses).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_table_witnesses(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTableWitnessDescription>,
    ) -> Self {
        self.global_table_witnesses
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_table_witnesses`](Self::global_table_witnesses).
    pub fn set_global_table_witnesses(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalTableWitnessDescription>,
        >,
    ) -> Self {
        self.global_table_witnesses = input;
        self
    }
    /// See [`TableDescription::multi_region_consistency`](crate::types::TableDescription::multi_region_consistency).
    pub fn multi_region_consistency(
        mut self,
        input: impl ::std::convert::Into<crate::types::MultiRegionConsistency>,
    ) -> Self {
        self.multi_region_consistency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`multi_region_consistency`](Self::multi_region_consistency).
    pub fn set_multi_region_consistency(
        mut self,
        input: ::std::option::Option<crate::types::MultiRegionConsistency>,
    ) -> Self {
        self.multi_region_consistency = input;
        self
    }
    /// See [`TableDescription::on_demand_throughput`](crate::types::TableDescription::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`TableDescription::vector_indexes`](crate::types::TableDescription::vector_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndexDescription>,
    ) -> Self {
        self.vector_indexes.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`vector_indexes`](Self::vector_indexes).
    pub fn set_vector_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::VectorIndexDescription>,
        >,
    ) -> Self {
        self.vector_indexes = input;
        self
    }
    /// See [`TableDescription::warm_throughput`](crate::types::TableDescription::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::TableWarmThroughputDescription>,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TableDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TableDescription {
            archival_summary: self.archival_summary,
            attribute_definitions: self.attribute_definitions,
            billing_mode_summary: self.billing_mode_summary,
            creation_date_time: self.creation_date_time,
            deletion_protection_enabled: self.deletion_protection_enabled,
            global_secondary_indexes: self.global_secondary_indexes,
            global_table_version: self.global_table_version,
            item_count: self.item_count,
            key_schema: self.key_schema,
            latest_stream_arn: self.latest_stream_arn,
            latest_stream_label: self.latest_stream_label,
            local_secondary_indexes: self.local_secondary_indexes,
            provisioned_throughput: self.provisioned_throughput,
            replicas: self.replicas,
            restore_summary: self.restore_summary,
            sse_description: self.sse_description,
            stream_specification: self.stream_specification,
            table_arn: self.table_arn,
            table_class_summary: self.table_class_summary,
            table_id: self.table_id,
            table_name: self.table_name,
            table_size_bytes: self.table_size_bytes,
            table_status: self.table_status,
            disassociation_protection_enabled: self.disassociation_protection_enabled,
            global_table_settings_replication_mode: self
                .global_table_settings_replication_mode,
            global_table_witnesses: self.global_table_witnesses,
            multi_region_consistency: self.multi_region_consistency,
            on_demand_throughput: self.on_demand_throughput,
            vector_indexes: self.vector_indexes,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`TableWarmThroughputDescription`](crate::types::TableWarmThroughputDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TableWarmThroughputDescriptionBuilder {
    pub(crate) read_units_per_second: ::std::option::Option<i64>,
    pub(crate) status: ::std::option::Option<crate::types::TableStatus>,
    pub(crate) write_units_per_second: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for TableWarmThroughputDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TableWarmThroughputDescriptionBuilder").finish_non_exhaustive()
    }
}
impl TableWarmThroughputDescriptionBuilder {
    /// See [`TableWarmThroughputDescription::read_units_per_second`](crate::types::TableWarmThroughputDescription::read_units_per_second).
    pub fn read_units_per_second(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.read_units_per_second = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_units_per_second`](Self::read_units_per_second).
    pub fn set_read_units_per_second(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.read_units_per_second = input;
        self
    }
    /// See [`TableWarmThroughputDescription::status`](crate::types::TableWarmThroughputDescription::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::TableStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`TableWarmThroughputDescription::write_units_per_second`](crate::types::TableWarmThroughputDescription::write_units_per_second).
    pub fn write_units_per_second(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.write_units_per_second = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`write_units_per_second`](Self::write_units_per_second).
    pub fn set_write_units_per_second(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.write_units_per_second = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TableWarmThroughputDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TableWarmThroughputDescription {
            read_units_per_second: self.read_units_per_second,
            status: self.status,
            write_units_per_second: self.write_units_per_second,
        })
    }
}
/// A builder for [`Tag`](crate::types::Tag).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagBuilder {
    pub(crate) key: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TagBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagBuilder").finish_non_exhaustive()
    }
}
impl TagBuilder {
    /// See [`Tag::key`](crate::types::Tag::key).
    pub fn key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`Tag::value`](crate::types::Tag::value).
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
    ) -> ::std::result::Result<crate::types::Tag, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Tag {
            key: self.key.ok_or(crate::runtime::BuildError::missing("Tag", "key"))?,
            value: self.value.ok_or(crate::runtime::BuildError::missing("Tag", "value"))?,
        })
    }
}
/// A builder for [`TagResourceInput`](crate::types::TagResourceInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagResourceInputBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}
impl ::std::fmt::Debug for TagResourceInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagResourceInputBuilder").finish_non_exhaustive()
    }
}
impl TagResourceInputBuilder {
    /// See [`TagResourceInput::resource_arn`](crate::types::TagResourceInput::resource_arn).
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
    /// See [`TagResourceInput::tags`](crate::types::TagResourceInput::tags).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn tags(mut self, input: impl ::std::convert::Into<crate::types::Tag>) -> Self {
        self.tags.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`tags`](Self::tags).
    pub fn set_tags(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TagResourceInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TagResourceInput {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TagResourceInput",
                        "resource_arn",
                    ),
                )?,
            tags: self
                .tags
                .ok_or(crate::runtime::BuildError::missing("TagResourceInput", "tags"))?,
        })
    }
}
/// A builder for [`ThrottlingReason`](crate::types::ThrottlingReason).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ThrottlingReasonBuilder {
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) resource: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ThrottlingReasonBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ThrottlingReasonBuilder").finish_non_exhaustive()
    }
}
impl ThrottlingReasonBuilder {
    /// See [`ThrottlingReason::reason`](crate::types::ThrottlingReason::reason).
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
    /// See [`ThrottlingReason::resource`](crate::types::ThrottlingReason::resource).
    pub fn resource(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource`](Self::resource).
    pub fn set_resource(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ThrottlingReason,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ThrottlingReason {
            reason: self.reason,
            resource: self.resource,
        })
    }
}
/// A builder for [`TimeToLiveDescription`](crate::types::TimeToLiveDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TimeToLiveDescriptionBuilder {
    pub(crate) attribute_name: ::std::option::Option<::std::string::String>,
    pub(crate) time_to_live_status: ::std::option::Option<
        crate::types::TimeToLiveStatus,
    >,
}
impl ::std::fmt::Debug for TimeToLiveDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TimeToLiveDescriptionBuilder").finish_non_exhaustive()
    }
}
impl TimeToLiveDescriptionBuilder {
    /// See [`TimeToLiveDescription::attribute_name`](crate::types::TimeToLiveDescription::attribute_name).
    pub fn attribute_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attribute_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute_name`](Self::attribute_name).
    pub fn set_attribute_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.attribute_name = input;
        self
    }
    /// See [`TimeToLiveDescription::time_to_live_status`](crate::types::TimeToLiveDescription::time_to_live_status).
    pub fn time_to_live_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::TimeToLiveStatus>,
    ) -> Self {
        self.time_to_live_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time_to_live_status`](Self::time_to_live_status).
    pub fn set_time_to_live_status(
        mut self,
        input: ::std::option::Option<crate::types::TimeToLiveStatus>,
    ) -> Self {
        self.time_to_live_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TimeToLiveDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TimeToLiveDescription {
            attribute_name: self.attribute_name,
            time_to_live_status: self.time_to_live_status,
        })
    }
}
/// A builder for [`TimeToLiveSpecification`](crate::types::TimeToLiveSpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TimeToLiveSpecificationBuilder {
    pub(crate) attribute_name: ::std::option::Option<::std::string::String>,
    pub(crate) enabled: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for TimeToLiveSpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TimeToLiveSpecificationBuilder").finish_non_exhaustive()
    }
}
impl TimeToLiveSpecificationBuilder {
    /// See [`TimeToLiveSpecification::attribute_name`](crate::types::TimeToLiveSpecification::attribute_name).
    pub fn attribute_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attribute_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute_name`](Self::attribute_name).
    pub fn set_attribute_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.attribute_name = input;
        self
    }
    /// See [`TimeToLiveSpecification::enabled`](crate::types::TimeToLiveSpecification::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TimeToLiveSpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TimeToLiveSpecification {
            attribute_name: self
                .attribute_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TimeToLiveSpecification",
                        "attribute_name",
                    ),
                )?,
            enabled: self
                .enabled
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TimeToLiveSpecification",
                        "enabled",
                    ),
                )?,
        })
    }
}
/// A builder for [`TransactGetItem`](crate::types::TransactGetItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TransactGetItemBuilder {
    pub(crate) get: ::std::option::Option<crate::types::Get>,
}
impl ::std::fmt::Debug for TransactGetItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransactGetItemBuilder").finish_non_exhaustive()
    }
}
impl TransactGetItemBuilder {
    /// See [`TransactGetItem::get`](crate::types::TransactGetItem::get).
    pub fn get(mut self, input: impl ::std::convert::Into<crate::types::Get>) -> Self {
        self.get = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`get`](Self::get).
    pub fn set_get(mut self, input: ::std::option::Option<crate::types::Get>) -> Self {
        self.get = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TransactGetItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TransactGetItem {
            get: self
                .get
                .ok_or(crate::runtime::BuildError::missing("TransactGetItem", "get"))?,
        })
    }
}
/// A builder for [`TransactGetItemsInput`](crate::types::TransactGetItemsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TransactGetItemsInputBuilder {
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) transact_items: ::std::option::Option<
        ::std::vec::Vec<crate::types::TransactGetItem>,
    >,
}
impl ::std::fmt::Debug for TransactGetItemsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransactGetItemsInputBuilder").finish_non_exhaustive()
    }
}
impl TransactGetItemsInputBuilder {
    /// See [`TransactGetItemsInput::return_consumed_capacity`](crate::types::TransactGetItemsInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`TransactGetItemsInput::transact_items`](crate::types::TransactGetItemsInput::transact_items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn transact_items(
        mut self,
        input: impl ::std::convert::Into<crate::types::TransactGetItem>,
    ) -> Self {
        self.transact_items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`transact_items`](Self::transact_items).
    pub fn set_transact_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::TransactGetItem>>,
    ) -> Self {
        self.transact_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TransactGetItemsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TransactGetItemsInput {
            return_consumed_capacity: self.return_consumed_capacity,
            transact_items: self
                .transact_items
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TransactGetItemsInput",
                        "transact_items",
                    ),
                )?,
        })
    }
}
/// A builder for [`TransactGetItemsOutput`](crate::types::TransactGetItemsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TransactGetItemsOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    pub(crate) responses: ::std::option::Option<
        ::std::vec::Vec<crate::types::ItemResponse>,
    >,
}
impl ::std::fmt::Debug for TransactGetItemsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransactGetItemsOutputBuilder").finish_non_exhaustive()
    }
}
impl TransactGetItemsOutputBuilder {
    /// See [`TransactGetItemsOutput::consumed_capacity`](crate::types::TransactGetItemsOutput::consumed_capacity).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ConsumedCapacity>>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`TransactGetItemsOutput::responses`](crate::types::TransactGetItemsOutput::responses).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn responses(
        mut self,
        input: impl ::std::convert::Into<crate::types::ItemResponse>,
    ) -> Self {
        self.responses.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`responses`](Self::responses).
    pub fn set_responses(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ItemResponse>>,
    ) -> Self {
        self.responses = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TransactGetItemsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TransactGetItemsOutput {
            consumed_capacity: self.consumed_capacity,
            responses: self.responses,
        })
    }
}
/// A builder for [`TransactWriteItem`](crate::types::TransactWriteItem).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TransactWriteItemBuilder {
    pub(crate) condition_check: ::std::option::Option<crate::types::ConditionCheck>,
    pub(crate) delete: ::std::option::Option<crate::types::Delete>,
    pub(crate) put: ::std::option::Option<crate::types::Put>,
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for TransactWriteItemBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransactWriteItemBuilder").finish_non_exhaustive()
    }
}
impl TransactWriteItemBuilder {
    /// See [`TransactWriteItem::condition_check`](crate::types::TransactWriteItem::condition_check).
    pub fn condition_check(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConditionCheck>,
    ) -> Self {
        self.condition_check = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_check`](Self::condition_check).
    pub fn set_condition_check(
        mut self,
        input: ::std::option::Option<crate::types::ConditionCheck>,
    ) -> Self {
        self.condition_check = input;
        self
    }
    /// See [`TransactWriteItem::delete`](crate::types::TransactWriteItem::delete).
    pub fn delete(
        mut self,
        input: impl ::std::convert::Into<crate::types::Delete>,
    ) -> Self {
        self.delete = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete`](Self::delete).
    pub fn set_delete(
        mut self,
        input: ::std::option::Option<crate::types::Delete>,
    ) -> Self {
        self.delete = input;
        self
    }
    /// See [`TransactWriteItem::put`](crate::types::TransactWriteItem::put).
    pub fn put(mut self, input: impl ::std::convert::Into<crate::types::Put>) -> Self {
        self.put = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`put`](Self::put).
    pub fn set_put(mut self, input: ::std::option::Option<crate::types::Put>) -> Self {
        self.put = input;
        self
    }
    /// See [`TransactWriteItem::update`](crate::types::TransactWriteItem::update).
    pub fn update(
        mut self,
        input: impl ::std::convert::Into<crate::types::Update>,
    ) -> Self {
        self.update = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update`](Self::update).
    pub fn set_update(
        mut self,
        input: ::std::option::Option<crate::types::Update>,
    ) -> Self {
        self.update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TransactWriteItem,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TransactWriteItem {
            condition_check: self.condition_check,
            delete: self.delete,
            put: self.put,
            update: self.update,
        })
    }
}
/// A builder for [`TransactWriteItemsInput`](crate::types::TransactWriteItemsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TransactWriteItemsInputBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    pub(crate) transact_items: ::std::option::Option<
        ::std::vec::Vec<crate::types::TransactWriteItem>,
    >,
}
impl ::std::fmt::Debug for TransactWriteItemsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransactWriteItemsInputBuilder").finish_non_exhaustive()
    }
}
impl TransactWriteItemsInputBuilder {
    /// See [`TransactWriteItemsInput::client_request_token`](crate::types::TransactWriteItemsInput::client_request_token).
    pub fn client_request_token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_request_token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_request_token`](Self::client_request_token).
    pub fn set_client_request_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_request_token = input;
        self
    }
    /// See [`TransactWriteItemsInput::return_consumed_capacity`](crate::types::TransactWriteItemsInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`TransactWriteItemsInput::return_item_collection_metrics`](crate::types::TransactWriteItemsInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = input;
        self
    }
    /// See [`TransactWriteItemsInput::transact_items`](crate::types::TransactWriteItemsInput::transact_items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn transact_items(
        mut self,
        input: impl ::std::convert::Into<crate::types::TransactWriteItem>,
    ) -> Self {
        self.transact_items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`transact_items`](Self::transact_items).
    pub fn set_transact_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::TransactWriteItem>>,
    ) -> Self {
        self.transact_items = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TransactWriteItemsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TransactWriteItemsInput {
            client_request_token: self.client_request_token,
            return_consumed_capacity: self.return_consumed_capacity,
            return_item_collection_metrics: self.return_item_collection_metrics,
            transact_items: self
                .transact_items
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TransactWriteItemsInput",
                        "transact_items",
                    ),
                )?,
        })
    }
}
/// A builder for [`TransactWriteItemsOutput`](crate::types::TransactWriteItemsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TransactWriteItemsOutputBuilder {
    pub(crate) consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    pub(crate) item_collection_metrics: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
        >,
    >,
}
impl ::std::fmt::Debug for TransactWriteItemsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TransactWriteItemsOutputBuilder").finish_non_exhaustive()
    }
}
impl TransactWriteItemsOutputBuilder {
    /// See [`TransactWriteItemsOutput::consumed_capacity`](crate::types::TransactWriteItemsOutput::consumed_capacity).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ConsumedCapacity>>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`TransactWriteItemsOutput::item_collection_metrics`](crate::types::TransactWriteItemsOutput::item_collection_metrics).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn item_collection_metrics(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
        >,
    ) -> Self {
        self.item_collection_metrics
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`item_collection_metrics`](Self::item_collection_metrics).
    pub fn set_item_collection_metrics(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
            >,
        >,
    ) -> Self {
        self.item_collection_metrics = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TransactWriteItemsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TransactWriteItemsOutput {
            consumed_capacity: self.consumed_capacity,
            item_collection_metrics: self.item_collection_metrics,
        })
    }
}
/// A builder for [`UntagResourceInput`](crate::types::UntagResourceInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UntagResourceInputBuilder {
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for UntagResourceInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UntagResourceInputBuilder").finish_non_exhaustive()
    }
}
impl UntagResourceInputBuilder {
    /// See [`UntagResourceInput::resource_arn`](crate::types::UntagResourceInput::resource_arn).
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
    /// See [`UntagResourceInput::tag_keys`](crate::types::UntagResourceInput::tag_keys).
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
        crate::types::UntagResourceInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UntagResourceInput {
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UntagResourceInput",
                        "resource_arn",
                    ),
                )?,
            tag_keys: self
                .tag_keys
                .ok_or(
                    crate::runtime::BuildError::missing("UntagResourceInput", "tag_keys"),
                )?,
        })
    }
}
/// A builder for [`Update`](crate::types::Update).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateBuilder {
    pub(crate) condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) update_expression: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateBuilder").finish_non_exhaustive()
    }
}
impl UpdateBuilder {
    /// See [`Update::condition_expression`](crate::types::Update::condition_expression).
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition_expression = input;
        self
    }
    /// See [`Update::expression_attribute_names`](crate::types::Update::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`Update::expression_attribute_values`](crate::types::Update::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`Update::key`](crate::types::Update::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`Update::return_values_on_condition_check_failure`](crate::types::Update::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`Update::table_name`](crate::types::Update::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`Update::update_expression`](crate::types::Update::update_expression).
    pub fn update_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_expression`](Self::update_expression).
    pub fn set_update_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.update_expression = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Update, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Update {
            condition_expression: self.condition_expression,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            key: self.key.ok_or(crate::runtime::BuildError::missing("Update", "key"))?,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            table_name: self
                .table_name
                .ok_or(crate::runtime::BuildError::missing("Update", "table_name"))?,
            update_expression: self
                .update_expression
                .ok_or(
                    crate::runtime::BuildError::missing("Update", "update_expression"),
                )?,
        })
    }
}
/// A builder for [`UpdateContinuousBackupsInput`](crate::types::UpdateContinuousBackupsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateContinuousBackupsInputBuilder {
    pub(crate) point_in_time_recovery_specification: ::std::option::Option<
        crate::types::PointInTimeRecoverySpecification,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateContinuousBackupsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateContinuousBackupsInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateContinuousBackupsInputBuilder {
    /// See [`UpdateContinuousBackupsInput::point_in_time_recovery_specification`](crate::types::UpdateContinuousBackupsInput::point_in_time_recovery_specification).
    pub fn point_in_time_recovery_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::PointInTimeRecoverySpecification>,
    ) -> Self {
        self.point_in_time_recovery_specification = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`point_in_time_recovery_specification`](Self::point_in_time_recovery_specification).
    pub fn set_point_in_time_recovery_specification(
        mut self,
        input: ::std::option::Option<crate::types::PointInTimeRecoverySpecification>,
    ) -> Self {
        self.point_in_time_recovery_specification = input;
        self
    }
    /// See [`UpdateContinuousBackupsInput::table_name`](crate::types::UpdateContinuousBackupsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateContinuousBackupsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateContinuousBackupsInput {
            point_in_time_recovery_specification: self
                .point_in_time_recovery_specification
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateContinuousBackupsInput",
                        "point_in_time_recovery_specification",
                    ),
                )?,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateContinuousBackupsInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateContinuousBackupsOutput`](crate::types::UpdateContinuousBackupsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateContinuousBackupsOutputBuilder {
    pub(crate) continuous_backups_description: ::std::option::Option<
        crate::types::ContinuousBackupsDescription,
    >,
}
impl ::std::fmt::Debug for UpdateContinuousBackupsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateContinuousBackupsOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateContinuousBackupsOutputBuilder {
    /// See [`UpdateContinuousBackupsOutput::continuous_backups_description`](crate::types::UpdateContinuousBackupsOutput::continuous_backups_description).
    pub fn continuous_backups_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContinuousBackupsDescription>,
    ) -> Self {
        self.continuous_backups_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`continuous_backups_description`](Self::continuous_backups_description).
    pub fn set_continuous_backups_description(
        mut self,
        input: ::std::option::Option<crate::types::ContinuousBackupsDescription>,
    ) -> Self {
        self.continuous_backups_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateContinuousBackupsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateContinuousBackupsOutput {
            continuous_backups_description: self.continuous_backups_description,
        })
    }
}
/// A builder for [`UpdateContributorInsightsInput`](crate::types::UpdateContributorInsightsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateContributorInsightsInputBuilder {
    pub(crate) contributor_insights_action: ::std::option::Option<
        crate::types::ContributorInsightsAction,
    >,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl ::std::fmt::Debug for UpdateContributorInsightsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateContributorInsightsInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateContributorInsightsInputBuilder {
    /// See [`UpdateContributorInsightsInput::contributor_insights_action`](crate::types::UpdateContributorInsightsInput::contributor_insights_action).
    pub fn contributor_insights_action(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsAction>,
    ) -> Self {
        self.contributor_insights_action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_action`](Self::contributor_insights_action).
    pub fn set_contributor_insights_action(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsAction>,
    ) -> Self {
        self.contributor_insights_action = input;
        self
    }
    /// See [`UpdateContributorInsightsInput::index_name`](crate::types::UpdateContributorInsightsInput::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`UpdateContributorInsightsInput::table_name`](crate::types::UpdateContributorInsightsInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`UpdateContributorInsightsInput::contributor_insights_mode`](crate::types::UpdateContributorInsightsInput::contributor_insights_mode).
    pub fn contributor_insights_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_mode`](Self::contributor_insights_mode).
    pub fn set_contributor_insights_mode(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateContributorInsightsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateContributorInsightsInput {
            contributor_insights_action: self
                .contributor_insights_action
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateContributorInsightsInput",
                        "contributor_insights_action",
                    ),
                )?,
            index_name: self.index_name,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateContributorInsightsInput",
                        "table_name",
                    ),
                )?,
            contributor_insights_mode: self.contributor_insights_mode,
        })
    }
}
/// A builder for [`UpdateContributorInsightsOutput`](crate::types::UpdateContributorInsightsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateContributorInsightsOutputBuilder {
    pub(crate) contributor_insights_status: ::std::option::Option<
        crate::types::ContributorInsightsStatus,
    >,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl ::std::fmt::Debug for UpdateContributorInsightsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateContributorInsightsOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateContributorInsightsOutputBuilder {
    /// See [`UpdateContributorInsightsOutput::contributor_insights_status`](crate::types::UpdateContributorInsightsOutput::contributor_insights_status).
    pub fn contributor_insights_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsStatus>,
    ) -> Self {
        self.contributor_insights_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_status`](Self::contributor_insights_status).
    pub fn set_contributor_insights_status(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsStatus>,
    ) -> Self {
        self.contributor_insights_status = input;
        self
    }
    /// See [`UpdateContributorInsightsOutput::index_name`](crate::types::UpdateContributorInsightsOutput::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`UpdateContributorInsightsOutput::table_name`](crate::types::UpdateContributorInsightsOutput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`UpdateContributorInsightsOutput::contributor_insights_mode`](crate::types::UpdateContributorInsightsOutput::contributor_insights_mode).
    pub fn contributor_insights_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`contributor_insights_mode`](Self::contributor_insights_mode).
    pub fn set_contributor_insights_mode(
        mut self,
        input: ::std::option::Option<crate::types::ContributorInsightsMode>,
    ) -> Self {
        self.contributor_insights_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateContributorInsightsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateContributorInsightsOutput {
            contributor_insights_status: self.contributor_insights_status,
            index_name: self.index_name,
            table_name: self.table_name,
            contributor_insights_mode: self.contributor_insights_mode,
        })
    }
}
/// A builder for [`UpdateGlobalSecondaryIndexAction`](crate::types::UpdateGlobalSecondaryIndexAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateGlobalSecondaryIndexActionBuilder {
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl ::std::fmt::Debug for UpdateGlobalSecondaryIndexActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateGlobalSecondaryIndexActionBuilder").finish_non_exhaustive()
    }
}
impl UpdateGlobalSecondaryIndexActionBuilder {
    /// See [`UpdateGlobalSecondaryIndexAction::index_name`](crate::types::UpdateGlobalSecondaryIndexAction::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`UpdateGlobalSecondaryIndexAction::provisioned_throughput`](crate::types::UpdateGlobalSecondaryIndexAction::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`UpdateGlobalSecondaryIndexAction::on_demand_throughput`](crate::types::UpdateGlobalSecondaryIndexAction::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`UpdateGlobalSecondaryIndexAction::warm_throughput`](crate::types::UpdateGlobalSecondaryIndexAction::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGlobalSecondaryIndexAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateGlobalSecondaryIndexAction {
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateGlobalSecondaryIndexAction",
                        "index_name",
                    ),
                )?,
            provisioned_throughput: self.provisioned_throughput,
            on_demand_throughput: self.on_demand_throughput,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`UpdateGlobalTableInput`](crate::types::UpdateGlobalTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateGlobalTableInputBuilder {
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaUpdate>,
    >,
}
impl ::std::fmt::Debug for UpdateGlobalTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateGlobalTableInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateGlobalTableInputBuilder {
    /// See [`UpdateGlobalTableInput::global_table_name`](crate::types::UpdateGlobalTableInput::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// See [`UpdateGlobalTableInput::replica_updates`](crate::types::UpdateGlobalTableInput::replica_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaUpdate>,
    ) -> Self {
        self.replica_updates.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`replica_updates`](Self::replica_updates).
    pub fn set_replica_updates(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ReplicaUpdate>>,
    ) -> Self {
        self.replica_updates = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGlobalTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateGlobalTableInput {
            global_table_name: self
                .global_table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateGlobalTableInput",
                        "global_table_name",
                    ),
                )?,
            replica_updates: self
                .replica_updates
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateGlobalTableInput",
                        "replica_updates",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateGlobalTableOutput`](crate::types::UpdateGlobalTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateGlobalTableOutputBuilder {
    pub(crate) global_table_description: ::std::option::Option<
        crate::types::GlobalTableDescription,
    >,
}
impl ::std::fmt::Debug for UpdateGlobalTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateGlobalTableOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateGlobalTableOutputBuilder {
    /// See [`UpdateGlobalTableOutput::global_table_description`](crate::types::UpdateGlobalTableOutput::global_table_description).
    pub fn global_table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTableDescription>,
    ) -> Self {
        self.global_table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_description`](Self::global_table_description).
    pub fn set_global_table_description(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableDescription>,
    ) -> Self {
        self.global_table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGlobalTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateGlobalTableOutput {
            global_table_description: self.global_table_description,
        })
    }
}
/// A builder for [`UpdateGlobalTableSettingsInput`](crate::types::UpdateGlobalTableSettingsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateGlobalTableSettingsInputBuilder {
    pub(crate) global_table_billing_mode: ::std::option::Option<
        crate::types::BillingMode,
    >,
    pub(crate) global_table_global_secondary_index_settings_update: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate>,
    >,
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) global_table_provisioned_write_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    pub(crate) global_table_provisioned_write_capacity_units: ::std::option::Option<i64>,
    pub(crate) replica_settings_update: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaSettingsUpdate>,
    >,
}
impl ::std::fmt::Debug for UpdateGlobalTableSettingsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateGlobalTableSettingsInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateGlobalTableSettingsInputBuilder {
    /// See [`UpdateGlobalTableSettingsInput::global_table_billing_mode`](crate::types::UpdateGlobalTableSettingsInput::global_table_billing_mode).
    pub fn global_table_billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.global_table_billing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_billing_mode`](Self::global_table_billing_mode).
    pub fn set_global_table_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.global_table_billing_mode = input;
        self
    }
    /// See [`UpdateGlobalTableSettingsInput::global_table_global_secondary_index_settings_update`](crate::types::UpdateGlobalTableSettingsInput::global_table_global_secondary_index_settings_update).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_table_global_secondary_index_settings_update(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate,
        >,
    ) -> Self {
        self.global_table_global_secondary_index_settings_update
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_table_global_secondary_index_settings_update`](Self::global_table_global_secondary_index_settings_update).
    pub fn set_global_table_global_secondary_index_settings_update(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate>,
        >,
    ) -> Self {
        self.global_table_global_secondary_index_settings_update = input;
        self
    }
    /// See [`UpdateGlobalTableSettingsInput::global_table_name`](crate::types::UpdateGlobalTableSettingsInput::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// See [`UpdateGlobalTableSettingsInput::global_table_provisioned_write_capacity_auto_scaling_settings_update`](crate::types::UpdateGlobalTableSettingsInput::global_table_provisioned_write_capacity_auto_scaling_settings_update).
    pub fn global_table_provisioned_write_capacity_auto_scaling_settings_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.global_table_provisioned_write_capacity_auto_scaling_settings_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`global_table_provisioned_write_capacity_auto_scaling_settings_update`](Self::global_table_provisioned_write_capacity_auto_scaling_settings_update).
    pub fn set_global_table_provisioned_write_capacity_auto_scaling_settings_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.global_table_provisioned_write_capacity_auto_scaling_settings_update = input;
        self
    }
    /// See [`UpdateGlobalTableSettingsInput::global_table_provisioned_write_capacity_units`](crate::types::UpdateGlobalTableSettingsInput::global_table_provisioned_write_capacity_units).
    pub fn global_table_provisioned_write_capacity_units(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.global_table_provisioned_write_capacity_units = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`global_table_provisioned_write_capacity_units`](Self::global_table_provisioned_write_capacity_units).
    pub fn set_global_table_provisioned_write_capacity_units(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.global_table_provisioned_write_capacity_units = input;
        self
    }
    /// See [`UpdateGlobalTableSettingsInput::replica_settings_update`](crate::types::UpdateGlobalTableSettingsInput::replica_settings_update).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_settings_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaSettingsUpdate>,
    ) -> Self {
        self.replica_settings_update
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replica_settings_update`](Self::replica_settings_update).
    pub fn set_replica_settings_update(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaSettingsUpdate>,
        >,
    ) -> Self {
        self.replica_settings_update = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGlobalTableSettingsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateGlobalTableSettingsInput {
            global_table_billing_mode: self.global_table_billing_mode,
            global_table_global_secondary_index_settings_update: self
                .global_table_global_secondary_index_settings_update,
            global_table_name: self
                .global_table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateGlobalTableSettingsInput",
                        "global_table_name",
                    ),
                )?,
            global_table_provisioned_write_capacity_auto_scaling_settings_update: self
                .global_table_provisioned_write_capacity_auto_scaling_settings_update,
            global_table_provisioned_write_capacity_units: self
                .global_table_provisioned_write_capacity_units,
            replica_settings_update: self.replica_settings_update,
        })
    }
}
/// A builder for [`UpdateGlobalTableSettingsOutput`](crate::types::UpdateGlobalTableSettingsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateGlobalTableSettingsOutputBuilder {
    pub(crate) global_table_name: ::std::option::Option<::std::string::String>,
    pub(crate) replica_settings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaSettingsDescription>,
    >,
}
impl ::std::fmt::Debug for UpdateGlobalTableSettingsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateGlobalTableSettingsOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateGlobalTableSettingsOutputBuilder {
    /// See [`UpdateGlobalTableSettingsOutput::global_table_name`](crate::types::UpdateGlobalTableSettingsOutput::global_table_name).
    pub fn global_table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.global_table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`global_table_name`](Self::global_table_name).
    pub fn set_global_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.global_table_name = input;
        self
    }
    /// See [`UpdateGlobalTableSettingsOutput::replica_settings`](crate::types::UpdateGlobalTableSettingsOutput::replica_settings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaSettingsDescription>,
    ) -> Self {
        self.replica_settings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`replica_settings`](Self::replica_settings).
    pub fn set_replica_settings(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaSettingsDescription>,
        >,
    ) -> Self {
        self.replica_settings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGlobalTableSettingsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateGlobalTableSettingsOutput {
            global_table_name: self.global_table_name,
            replica_settings: self.replica_settings,
        })
    }
}
/// A builder for [`UpdateItemInput`](crate::types::UpdateItemInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateItemInputBuilder {
    pub(crate) attribute_updates: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::AttributeValueUpdate,
        >,
    >,
    pub(crate) condition_expression: ::std::option::Option<::std::string::String>,
    pub(crate) conditional_operator: ::std::option::Option<
        crate::types::ConditionalOperator,
    >,
    pub(crate) expected: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ExpectedAttributeValue,
        >,
    >,
    pub(crate) expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    pub(crate) return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    pub(crate) return_values: ::std::option::Option<crate::types::ReturnValue>,
    pub(crate) return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) update_expression: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateItemInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateItemInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateItemInputBuilder {
    /// See [`UpdateItemInput::attribute_updates`](crate::types::UpdateItemInput::attribute_updates).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn attribute_updates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValueUpdate>,
    ) -> Self {
        self.attribute_updates
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`attribute_updates`](Self::attribute_updates).
    pub fn set_attribute_updates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValueUpdate,
            >,
        >,
    ) -> Self {
        self.attribute_updates = input;
        self
    }
    /// See [`UpdateItemInput::condition_expression`](crate::types::UpdateItemInput::condition_expression).
    pub fn condition_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`condition_expression`](Self::condition_expression).
    pub fn set_condition_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.condition_expression = input;
        self
    }
    /// See [`UpdateItemInput::conditional_operator`](crate::types::UpdateItemInput::conditional_operator).
    pub fn conditional_operator(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`conditional_operator`](Self::conditional_operator).
    pub fn set_conditional_operator(
        mut self,
        input: ::std::option::Option<crate::types::ConditionalOperator>,
    ) -> Self {
        self.conditional_operator = input;
        self
    }
    /// See [`UpdateItemInput::expected`](crate::types::UpdateItemInput::expected).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expected(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::ExpectedAttributeValue>,
    ) -> Self {
        self.expected
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expected`](Self::expected).
    pub fn set_expected(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::ExpectedAttributeValue,
            >,
        >,
    ) -> Self {
        self.expected = input;
        self
    }
    /// See [`UpdateItemInput::expression_attribute_names`](crate::types::UpdateItemInput::expression_attribute_names).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_names(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression_attribute_names
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_names`](Self::expression_attribute_names).
    pub fn set_expression_attribute_names(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.expression_attribute_names = input;
        self
    }
    /// See [`UpdateItemInput::expression_attribute_values`](crate::types::UpdateItemInput::expression_attribute_values).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn expression_attribute_values(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.expression_attribute_values
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`expression_attribute_values`](Self::expression_attribute_values).
    pub fn set_expression_attribute_values(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.expression_attribute_values = input;
        self
    }
    /// See [`UpdateItemInput::key`](crate::types::UpdateItemInput::key).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.key
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`key`](Self::key).
    pub fn set_key(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.key = input;
        self
    }
    /// See [`UpdateItemInput::return_consumed_capacity`](crate::types::UpdateItemInput::return_consumed_capacity).
    pub fn return_consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_consumed_capacity`](Self::return_consumed_capacity).
    pub fn set_return_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ReturnConsumedCapacity>,
    ) -> Self {
        self.return_consumed_capacity = input;
        self
    }
    /// See [`UpdateItemInput::return_item_collection_metrics`](crate::types::UpdateItemInput::return_item_collection_metrics).
    pub fn return_item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_item_collection_metrics`](Self::return_item_collection_metrics).
    pub fn set_return_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ReturnItemCollectionMetrics>,
    ) -> Self {
        self.return_item_collection_metrics = input;
        self
    }
    /// See [`UpdateItemInput::return_values`](crate::types::UpdateItemInput::return_values).
    pub fn return_values(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReturnValue>,
    ) -> Self {
        self.return_values = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`return_values`](Self::return_values).
    pub fn set_return_values(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValue>,
    ) -> Self {
        self.return_values = input;
        self
    }
    /// See [`UpdateItemInput::return_values_on_condition_check_failure`](crate::types::UpdateItemInput::return_values_on_condition_check_failure).
    pub fn return_values_on_condition_check_failure(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ReturnValuesOnConditionCheckFailure,
        >,
    ) -> Self {
        self.return_values_on_condition_check_failure = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`return_values_on_condition_check_failure`](Self::return_values_on_condition_check_failure).
    pub fn set_return_values_on_condition_check_failure(
        mut self,
        input: ::std::option::Option<crate::types::ReturnValuesOnConditionCheckFailure>,
    ) -> Self {
        self.return_values_on_condition_check_failure = input;
        self
    }
    /// See [`UpdateItemInput::table_name`](crate::types::UpdateItemInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`UpdateItemInput::update_expression`](crate::types::UpdateItemInput::update_expression).
    pub fn update_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_expression`](Self::update_expression).
    pub fn set_update_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.update_expression = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateItemInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateItemInput {
            attribute_updates: self.attribute_updates,
            condition_expression: self.condition_expression,
            conditional_operator: self.conditional_operator,
            expected: self.expected,
            expression_attribute_names: self.expression_attribute_names,
            expression_attribute_values: self.expression_attribute_values,
            key: self
                .key
                .ok_or(crate::runtime::BuildError::missing("UpdateItemInput", "key"))?,
            return_consumed_capacity: self.return_consumed_capacity,
            return_item_collection_metrics: self.return_item_collection_metrics,
            return_values: self.return_values,
            return_values_on_condition_check_failure: self
                .return_values_on_condition_check_failure,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("UpdateItemInput", "table_name"),
                )?,
            update_expression: self.update_expression,
        })
    }
}
/// A builder for [`UpdateItemOutput`](crate::types::UpdateItemOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateItemOutputBuilder {
    pub(crate) attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    pub(crate) consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    pub(crate) item_collection_metrics: ::std::option::Option<
        crate::types::ItemCollectionMetrics,
    >,
}
impl ::std::fmt::Debug for UpdateItemOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateItemOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateItemOutputBuilder {
    /// See [`UpdateItemOutput::attributes`](crate::types::UpdateItemOutput::attributes).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn attributes(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::AttributeValue>,
    ) -> Self {
        self.attributes
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`attributes`](Self::attributes).
    pub fn set_attributes(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    ) -> Self {
        self.attributes = input;
        self
    }
    /// See [`UpdateItemOutput::consumed_capacity`](crate::types::UpdateItemOutput::consumed_capacity).
    pub fn consumed_capacity(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`consumed_capacity`](Self::consumed_capacity).
    pub fn set_consumed_capacity(
        mut self,
        input: ::std::option::Option<crate::types::ConsumedCapacity>,
    ) -> Self {
        self.consumed_capacity = input;
        self
    }
    /// See [`UpdateItemOutput::item_collection_metrics`](crate::types::UpdateItemOutput::item_collection_metrics).
    pub fn item_collection_metrics(
        mut self,
        input: impl ::std::convert::Into<crate::types::ItemCollectionMetrics>,
    ) -> Self {
        self.item_collection_metrics = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_collection_metrics`](Self::item_collection_metrics).
    pub fn set_item_collection_metrics(
        mut self,
        input: ::std::option::Option<crate::types::ItemCollectionMetrics>,
    ) -> Self {
        self.item_collection_metrics = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateItemOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateItemOutput {
            attributes: self.attributes,
            consumed_capacity: self.consumed_capacity,
            item_collection_metrics: self.item_collection_metrics,
        })
    }
}
/// A builder for [`UpdateKinesisStreamingConfiguration`](crate::types::UpdateKinesisStreamingConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateKinesisStreamingConfigurationBuilder {
    pub(crate) approximate_creation_date_time_precision: ::std::option::Option<
        crate::types::ApproximateCreationDateTimePrecision,
    >,
}
impl ::std::fmt::Debug for UpdateKinesisStreamingConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateKinesisStreamingConfigurationBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateKinesisStreamingConfigurationBuilder {
    /// See [`UpdateKinesisStreamingConfiguration::approximate_creation_date_time_precision`](crate::types::UpdateKinesisStreamingConfiguration::approximate_creation_date_time_precision).
    pub fn approximate_creation_date_time_precision(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::ApproximateCreationDateTimePrecision,
        >,
    ) -> Self {
        self.approximate_creation_date_time_precision = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`approximate_creation_date_time_precision`](Self::approximate_creation_date_time_precision).
    pub fn set_approximate_creation_date_time_precision(
        mut self,
        input: ::std::option::Option<crate::types::ApproximateCreationDateTimePrecision>,
    ) -> Self {
        self.approximate_creation_date_time_precision = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateKinesisStreamingConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateKinesisStreamingConfiguration {
            approximate_creation_date_time_precision: self
                .approximate_creation_date_time_precision,
        })
    }
}
/// A builder for [`UpdateKinesisStreamingDestinationInput`](crate::types::UpdateKinesisStreamingDestinationInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateKinesisStreamingDestinationInputBuilder {
    pub(crate) stream_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) update_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::UpdateKinesisStreamingConfiguration,
    >,
}
impl ::std::fmt::Debug for UpdateKinesisStreamingDestinationInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateKinesisStreamingDestinationInputBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateKinesisStreamingDestinationInputBuilder {
    /// See [`UpdateKinesisStreamingDestinationInput::stream_arn`](crate::types::UpdateKinesisStreamingDestinationInput::stream_arn).
    pub fn stream_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stream_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_arn`](Self::stream_arn).
    pub fn set_stream_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stream_arn = input;
        self
    }
    /// See [`UpdateKinesisStreamingDestinationInput::table_name`](crate::types::UpdateKinesisStreamingDestinationInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`UpdateKinesisStreamingDestinationInput::update_kinesis_streaming_configuration`](crate::types::UpdateKinesisStreamingDestinationInput::update_kinesis_streaming_configuration).
    pub fn update_kinesis_streaming_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::UpdateKinesisStreamingConfiguration,
        >,
    ) -> Self {
        self.update_kinesis_streaming_configuration = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`update_kinesis_streaming_configuration`](Self::update_kinesis_streaming_configuration).
    pub fn set_update_kinesis_streaming_configuration(
        mut self,
        input: ::std::option::Option<crate::types::UpdateKinesisStreamingConfiguration>,
    ) -> Self {
        self.update_kinesis_streaming_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateKinesisStreamingDestinationInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateKinesisStreamingDestinationInput {
            stream_arn: self
                .stream_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateKinesisStreamingDestinationInput",
                        "stream_arn",
                    ),
                )?,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateKinesisStreamingDestinationInput",
                        "table_name",
                    ),
                )?,
            update_kinesis_streaming_configuration: self
                .update_kinesis_streaming_configuration,
        })
    }
}
/// A builder for [`UpdateKinesisStreamingDestinationOutput`](crate::types::UpdateKinesisStreamingDestinationOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateKinesisStreamingDestinationOutputBuilder {
    pub(crate) destination_status: ::std::option::Option<
        crate::types::DestinationStatus,
    >,
    pub(crate) stream_arn: ::std::option::Option<::std::string::String>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) update_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::UpdateKinesisStreamingConfiguration,
    >,
}
impl ::std::fmt::Debug for UpdateKinesisStreamingDestinationOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateKinesisStreamingDestinationOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateKinesisStreamingDestinationOutputBuilder {
    /// See [`UpdateKinesisStreamingDestinationOutput::destination_status`](crate::types::UpdateKinesisStreamingDestinationOutput::destination_status).
    pub fn destination_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::DestinationStatus>,
    ) -> Self {
        self.destination_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_status`](Self::destination_status).
    pub fn set_destination_status(
        mut self,
        input: ::std::option::Option<crate::types::DestinationStatus>,
    ) -> Self {
        self.destination_status = input;
        self
    }
    /// See [`UpdateKinesisStreamingDestinationOutput::stream_arn`](crate::types::UpdateKinesisStreamingDestinationOutput::stream_arn).
    pub fn stream_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stream_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_arn`](Self::stream_arn).
    pub fn set_stream_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stream_arn = input;
        self
    }
    /// See [`UpdateKinesisStreamingDestinationOutput::table_name`](crate::types::UpdateKinesisStreamingDestinationOutput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`UpdateKinesisStreamingDestinationOutput::update_kinesis_streaming_configuration`](crate::types::UpdateKinesisStreamingDestinationOutput::update_kinesis_streaming_configuration).
    pub fn update_kinesis_streaming_configuration(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::UpdateKinesisStreamingConfiguration,
        >,
    ) -> Self {
        self.update_kinesis_streaming_configuration = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`update_kinesis_streaming_configuration`](Self::update_kinesis_streaming_configuration).
    pub fn set_update_kinesis_streaming_configuration(
        mut self,
        input: ::std::option::Option<crate::types::UpdateKinesisStreamingConfiguration>,
    ) -> Self {
        self.update_kinesis_streaming_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateKinesisStreamingDestinationOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateKinesisStreamingDestinationOutput {
            destination_status: self.destination_status,
            stream_arn: self.stream_arn,
            table_name: self.table_name,
            update_kinesis_streaming_configuration: self
                .update_kinesis_streaming_configuration,
        })
    }
}
/// A builder for [`UpdateReplicationGroupMemberAction`](crate::types::UpdateReplicationGroupMemberAction).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateReplicationGroupMemberActionBuilder {
    pub(crate) global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndex>,
    >,
    pub(crate) kms_master_key_id: ::std::option::Option<::std::string::String>,
    pub(crate) provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    pub(crate) region_name: ::std::option::Option<::std::string::String>,
    pub(crate) table_class_override: ::std::option::Option<crate::types::TableClass>,
    pub(crate) on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
}
impl ::std::fmt::Debug for UpdateReplicationGroupMemberActionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateReplicationGroupMemberActionBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateReplicationGroupMemberActionBuilder {
    /// See [`UpdateReplicationGroupMemberAction::global_secondary_indexes`](crate::types::UpdateReplicationGroupMemberAction::global_secondary_indexes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_indexes(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaGlobalSecondaryIndex>,
    ) -> Self {
        self.global_secondary_indexes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_indexes`](Self::global_secondary_indexes).
    pub fn set_global_secondary_indexes(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndex>,
        >,
    ) -> Self {
        self.global_secondary_indexes = input;
        self
    }
    /// See [`UpdateReplicationGroupMemberAction::kms_master_key_id`](crate::types::UpdateReplicationGroupMemberAction::kms_master_key_id).
    pub fn kms_master_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_master_key_id`](Self::kms_master_key_id).
    pub fn set_kms_master_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_master_key_id = input;
        self
    }
    /// See [`UpdateReplicationGroupMemberAction::provisioned_throughput_override`](crate::types::UpdateReplicationGroupMemberAction::provisioned_throughput_override).
    pub fn provisioned_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput_override`](Self::provisioned_throughput_override).
    pub fn set_provisioned_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughputOverride>,
    ) -> Self {
        self.provisioned_throughput_override = input;
        self
    }
    /// See [`UpdateReplicationGroupMemberAction::region_name`](crate::types::UpdateReplicationGroupMemberAction::region_name).
    pub fn region_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`region_name`](Self::region_name).
    pub fn set_region_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.region_name = input;
        self
    }
    /// See [`UpdateReplicationGroupMemberAction::table_class_override`](crate::types::UpdateReplicationGroupMemberAction::table_class_override).
    pub fn table_class_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClass>,
    ) -> Self {
        self.table_class_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_class_override`](Self::table_class_override).
    pub fn set_table_class_override(
        mut self,
        input: ::std::option::Option<crate::types::TableClass>,
    ) -> Self {
        self.table_class_override = input;
        self
    }
    /// See [`UpdateReplicationGroupMemberAction::on_demand_throughput_override`](crate::types::UpdateReplicationGroupMemberAction::on_demand_throughput_override).
    pub fn on_demand_throughput_override(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput_override`](Self::on_demand_throughput_override).
    pub fn set_on_demand_throughput_override(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughputOverride>,
    ) -> Self {
        self.on_demand_throughput_override = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateReplicationGroupMemberAction,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateReplicationGroupMemberAction {
            global_secondary_indexes: self.global_secondary_indexes,
            kms_master_key_id: self.kms_master_key_id,
            provisioned_throughput_override: self.provisioned_throughput_override,
            region_name: self
                .region_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateReplicationGroupMemberAction",
                        "region_name",
                    ),
                )?,
            table_class_override: self.table_class_override,
            on_demand_throughput_override: self.on_demand_throughput_override,
        })
    }
}
/// A builder for [`UpdateTableInput`](crate::types::UpdateTableInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateTableInputBuilder {
    pub(crate) attribute_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeDefinition>,
    >,
    pub(crate) billing_mode: ::std::option::Option<crate::types::BillingMode>,
    pub(crate) deletion_protection_enabled: ::std::option::Option<bool>,
    pub(crate) global_secondary_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexUpdate>,
    >,
    pub(crate) provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    pub(crate) replica_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicationGroupUpdate>,
    >,
    pub(crate) sse_specification: ::std::option::Option<crate::types::SseSpecification>,
    pub(crate) stream_specification: ::std::option::Option<
        crate::types::StreamSpecification,
    >,
    pub(crate) table_class: ::std::option::Option<crate::types::TableClass>,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) disassociation_protection_enabled: ::std::option::Option<bool>,
    pub(crate) global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    pub(crate) global_table_witness_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalTableWitnessGroupUpdate>,
    >,
    pub(crate) multi_region_consistency: ::std::option::Option<
        crate::types::MultiRegionConsistency,
    >,
    pub(crate) on_demand_throughput: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    pub(crate) vector_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndexUpdate>,
    >,
    pub(crate) warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl ::std::fmt::Debug for UpdateTableInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateTableInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateTableInputBuilder {
    /// See [`UpdateTableInput::attribute_definitions`](crate::types::UpdateTableInput::attribute_definitions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn attribute_definitions(
        mut self,
        input: impl ::std::convert::Into<crate::types::AttributeDefinition>,
    ) -> Self {
        self.attribute_definitions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`attribute_definitions`](Self::attribute_definitions).
    pub fn set_attribute_definitions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AttributeDefinition>>,
    ) -> Self {
        self.attribute_definitions = input;
        self
    }
    /// See [`UpdateTableInput::billing_mode`](crate::types::UpdateTableInput::billing_mode).
    pub fn billing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`billing_mode`](Self::billing_mode).
    pub fn set_billing_mode(
        mut self,
        input: ::std::option::Option<crate::types::BillingMode>,
    ) -> Self {
        self.billing_mode = input;
        self
    }
    /// See [`UpdateTableInput::deletion_protection_enabled`](crate::types::UpdateTableInput::deletion_protection_enabled).
    pub fn deletion_protection_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.deletion_protection_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deletion_protection_enabled`](Self::deletion_protection_enabled).
    pub fn set_deletion_protection_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.deletion_protection_enabled = input;
        self
    }
    /// See [`UpdateTableInput::global_secondary_index_updates`](crate::types::UpdateTableInput::global_secondary_index_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_index_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalSecondaryIndexUpdate>,
    ) -> Self {
        self.global_secondary_index_updates
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_index_updates`](Self::global_secondary_index_updates).
    pub fn set_global_secondary_index_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalSecondaryIndexUpdate>,
        >,
    ) -> Self {
        self.global_secondary_index_updates = input;
        self
    }
    /// See [`UpdateTableInput::provisioned_throughput`](crate::types::UpdateTableInput::provisioned_throughput).
    pub fn provisioned_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provisioned_throughput`](Self::provisioned_throughput).
    pub fn set_provisioned_throughput(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedThroughput>,
    ) -> Self {
        self.provisioned_throughput = input;
        self
    }
    /// See [`UpdateTableInput::replica_updates`](crate::types::UpdateTableInput::replica_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicationGroupUpdate>,
    ) -> Self {
        self.replica_updates.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`replica_updates`](Self::replica_updates).
    pub fn set_replica_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicationGroupUpdate>,
        >,
    ) -> Self {
        self.replica_updates = input;
        self
    }
    /// See [`UpdateTableInput::sse_specification`](crate::types::UpdateTableInput::sse_specification).
    pub fn sse_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sse_specification`](Self::sse_specification).
    pub fn set_sse_specification(
        mut self,
        input: ::std::option::Option<crate::types::SseSpecification>,
    ) -> Self {
        self.sse_specification = input;
        self
    }
    /// See [`UpdateTableInput::stream_specification`](crate::types::UpdateTableInput::stream_specification).
    pub fn stream_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stream_specification`](Self::stream_specification).
    pub fn set_stream_specification(
        mut self,
        input: ::std::option::Option<crate::types::StreamSpecification>,
    ) -> Self {
        self.stream_specification = input;
        self
    }
    /// See [`UpdateTableInput::table_class`](crate::types::UpdateTableInput::table_class).
    pub fn table_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableClass>,
    ) -> Self {
        self.table_class = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_class`](Self::table_class).
    pub fn set_table_class(
        mut self,
        input: ::std::option::Option<crate::types::TableClass>,
    ) -> Self {
        self.table_class = input;
        self
    }
    /// See [`UpdateTableInput::table_name`](crate::types::UpdateTableInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`UpdateTableInput::disassociation_protection_enabled`](crate::types::UpdateTableInput::disassociation_protection_enabled).
    pub fn disassociation_protection_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disassociation_protection_enabled = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`disassociation_protection_enabled`](Self::disassociation_protection_enabled).
    pub fn set_disassociation_protection_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.disassociation_protection_enabled = input;
        self
    }
    /// See [`UpdateTableInput::global_table_settings_replication_mode`](crate::types::UpdateTableInput::global_table_settings_replication_mode).
    pub fn global_table_settings_replication_mode(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalTableSettingsReplicationMode,
        >,
    ) -> Self {
        self.global_table_settings_replication_mode = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`global_table_settings_replication_mode`](Self::global_table_settings_replication_mode).
    pub fn set_global_table_settings_replication_mode(
        mut self,
        input: ::std::option::Option<crate::types::GlobalTableSettingsReplicationMode>,
    ) -> Self {
        self.global_table_settings_replication_mode = input;
        self
    }
    /// See [`UpdateTableInput::global_table_witness_updates`](crate::types::UpdateTableInput::global_table_witness_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_table_witness_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlobalTableWitnessGroupUpdate>,
    ) -> Self {
        self.global_table_witness_updates
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_table_witness_updates`](Self::global_table_witness_updates).
    pub fn set_global_table_witness_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalTableWitnessGroupUpdate>,
        >,
    ) -> Self {
        self.global_table_witness_updates = input;
        self
    }
    /// See [`UpdateTableInput::multi_region_consistency`](crate::types::UpdateTableInput::multi_region_consistency).
    pub fn multi_region_consistency(
        mut self,
        input: impl ::std::convert::Into<crate::types::MultiRegionConsistency>,
    ) -> Self {
        self.multi_region_consistency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`multi_region_consistency`](Self::multi_region_consistency).
    pub fn set_multi_region_consistency(
        mut self,
        input: ::std::option::Option<crate::types::MultiRegionConsistency>,
    ) -> Self {
        self.multi_region_consistency = input;
        self
    }
    /// See [`UpdateTableInput::on_demand_throughput`](crate::types::UpdateTableInput::on_demand_throughput).
    pub fn on_demand_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`on_demand_throughput`](Self::on_demand_throughput).
    pub fn set_on_demand_throughput(
        mut self,
        input: ::std::option::Option<crate::types::OnDemandThroughput>,
    ) -> Self {
        self.on_demand_throughput = input;
        self
    }
    /// See [`UpdateTableInput::vector_index_updates`](crate::types::UpdateTableInput::vector_index_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vector_index_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorIndexUpdate>,
    ) -> Self {
        self.vector_index_updates
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`vector_index_updates`](Self::vector_index_updates).
    pub fn set_vector_index_updates(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VectorIndexUpdate>>,
    ) -> Self {
        self.vector_index_updates = input;
        self
    }
    /// See [`UpdateTableInput::warm_throughput`](crate::types::UpdateTableInput::warm_throughput).
    pub fn warm_throughput(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_throughput`](Self::warm_throughput).
    pub fn set_warm_throughput(
        mut self,
        input: ::std::option::Option<crate::types::WarmThroughput>,
    ) -> Self {
        self.warm_throughput = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateTableInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateTableInput {
            attribute_definitions: self.attribute_definitions,
            billing_mode: self.billing_mode,
            deletion_protection_enabled: self.deletion_protection_enabled,
            global_secondary_index_updates: self.global_secondary_index_updates,
            provisioned_throughput: self.provisioned_throughput,
            replica_updates: self.replica_updates,
            sse_specification: self.sse_specification,
            stream_specification: self.stream_specification,
            table_class: self.table_class,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing("UpdateTableInput", "table_name"),
                )?,
            disassociation_protection_enabled: self.disassociation_protection_enabled,
            global_table_settings_replication_mode: self
                .global_table_settings_replication_mode,
            global_table_witness_updates: self.global_table_witness_updates,
            multi_region_consistency: self.multi_region_consistency,
            on_demand_throughput: self.on_demand_throughput,
            vector_index_updates: self.vector_index_updates,
            warm_throughput: self.warm_throughput,
        })
    }
}
/// A builder for [`UpdateTableOutput`](crate::types::UpdateTableOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateTableOutputBuilder {
    pub(crate) table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl ::std::fmt::Debug for UpdateTableOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateTableOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateTableOutputBuilder {
    /// See [`UpdateTableOutput::table_description`](crate::types::UpdateTableOutput::table_description).
    pub fn table_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_description`](Self::table_description).
    pub fn set_table_description(
        mut self,
        input: ::std::option::Option<crate::types::TableDescription>,
    ) -> Self {
        self.table_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateTableOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateTableOutput {
            table_description: self.table_description,
        })
    }
}
/// A builder for [`UpdateTableReplicaAutoScalingInput`](crate::types::UpdateTableReplicaAutoScalingInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateTableReplicaAutoScalingInputBuilder {
    pub(crate) global_secondary_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexAutoScalingUpdate>,
    >,
    pub(crate) provisioned_write_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    pub(crate) replica_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaAutoScalingUpdate>,
    >,
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateTableReplicaAutoScalingInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateTableReplicaAutoScalingInputBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateTableReplicaAutoScalingInputBuilder {
    /// See [`UpdateTableReplicaAutoScalingInput::global_secondary_index_updates`](crate::types::UpdateTableReplicaAutoScalingInput::global_secondary_index_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn global_secondary_index_updates(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::GlobalSecondaryIndexAutoScalingUpdate,
        >,
    ) -> Self {
        self.global_secondary_index_updates
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`global_secondary_index_updates`](Self::global_secondary_index_updates).
    pub fn set_global_secondary_index_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlobalSecondaryIndexAutoScalingUpdate>,
        >,
    ) -> Self {
        self.global_secondary_index_updates = input;
        self
    }
    /// See [`UpdateTableReplicaAutoScalingInput::provisioned_write_capacity_auto_scaling_update`](crate::types::UpdateTableReplicaAutoScalingInput::provisioned_write_capacity_auto_scaling_update).
    pub fn provisioned_write_capacity_auto_scaling_update(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_update = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`provisioned_write_capacity_auto_scaling_update`](Self::provisioned_write_capacity_auto_scaling_update).
    pub fn set_provisioned_write_capacity_auto_scaling_update(
        mut self,
        input: ::std::option::Option<crate::types::AutoScalingSettingsUpdate>,
    ) -> Self {
        self.provisioned_write_capacity_auto_scaling_update = input;
        self
    }
    /// See [`UpdateTableReplicaAutoScalingInput::replica_updates`](crate::types::UpdateTableReplicaAutoScalingInput::replica_updates).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn replica_updates(
        mut self,
        input: impl ::std::convert::Into<crate::types::ReplicaAutoScalingUpdate>,
    ) -> Self {
        self.replica_updates.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`replica_updates`](Self::replica_updates).
    pub fn set_replica_updates(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ReplicaAutoScalingUpdate>,
        >,
    ) -> Self {
        self.replica_updates = input;
        self
    }
    /// See [`UpdateTableReplicaAutoScalingInput::table_name`](crate::types::UpdateTableReplicaAutoScalingInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateTableReplicaAutoScalingInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateTableReplicaAutoScalingInput {
            global_secondary_index_updates: self.global_secondary_index_updates,
            provisioned_write_capacity_auto_scaling_update: self
                .provisioned_write_capacity_auto_scaling_update,
            replica_updates: self.replica_updates,
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateTableReplicaAutoScalingInput",
                        "table_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateTableReplicaAutoScalingOutput`](crate::types::UpdateTableReplicaAutoScalingOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateTableReplicaAutoScalingOutputBuilder {
    pub(crate) table_auto_scaling_description: ::std::option::Option<
        crate::types::TableAutoScalingDescription,
    >,
}
impl ::std::fmt::Debug for UpdateTableReplicaAutoScalingOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateTableReplicaAutoScalingOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateTableReplicaAutoScalingOutputBuilder {
    /// See [`UpdateTableReplicaAutoScalingOutput::table_auto_scaling_description`](crate::types::UpdateTableReplicaAutoScalingOutput::table_auto_scaling_description).
    pub fn table_auto_scaling_description(
        mut self,
        input: impl ::std::convert::Into<crate::types::TableAutoScalingDescription>,
    ) -> Self {
        self.table_auto_scaling_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_auto_scaling_description`](Self::table_auto_scaling_description).
    pub fn set_table_auto_scaling_description(
        mut self,
        input: ::std::option::Option<crate::types::TableAutoScalingDescription>,
    ) -> Self {
        self.table_auto_scaling_description = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateTableReplicaAutoScalingOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateTableReplicaAutoScalingOutput {
            table_auto_scaling_description: self.table_auto_scaling_description,
        })
    }
}
/// A builder for [`UpdateTimeToLiveInput`](crate::types::UpdateTimeToLiveInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateTimeToLiveInputBuilder {
    pub(crate) table_name: ::std::option::Option<::std::string::String>,
    pub(crate) time_to_live_specification: ::std::option::Option<
        crate::types::TimeToLiveSpecification,
    >,
}
impl ::std::fmt::Debug for UpdateTimeToLiveInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateTimeToLiveInputBuilder").finish_non_exhaustive()
    }
}
impl UpdateTimeToLiveInputBuilder {
    /// See [`UpdateTimeToLiveInput::table_name`](crate::types::UpdateTimeToLiveInput::table_name).
    pub fn table_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`table_name`](Self::table_name).
    pub fn set_table_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.table_name = input;
        self
    }
    /// See [`UpdateTimeToLiveInput::time_to_live_specification`](crate::types::UpdateTimeToLiveInput::time_to_live_specification).
    pub fn time_to_live_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::TimeToLiveSpecification>,
    ) -> Self {
        self.time_to_live_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time_to_live_specification`](Self::time_to_live_specification).
    pub fn set_time_to_live_specification(
        mut self,
        input: ::std::option::Option<crate::types::TimeToLiveSpecification>,
    ) -> Self {
        self.time_to_live_specification = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateTimeToLiveInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateTimeToLiveInput {
            table_name: self
                .table_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateTimeToLiveInput",
                        "table_name",
                    ),
                )?,
            time_to_live_specification: self
                .time_to_live_specification
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateTimeToLiveInput",
                        "time_to_live_specification",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateTimeToLiveOutput`](crate::types::UpdateTimeToLiveOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateTimeToLiveOutputBuilder {
    pub(crate) time_to_live_specification: ::std::option::Option<
        crate::types::TimeToLiveSpecification,
    >,
}
impl ::std::fmt::Debug for UpdateTimeToLiveOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateTimeToLiveOutputBuilder").finish_non_exhaustive()
    }
}
impl UpdateTimeToLiveOutputBuilder {
    /// See [`UpdateTimeToLiveOutput::time_to_live_specification`](crate::types::UpdateTimeToLiveOutput::time_to_live_specification).
    pub fn time_to_live_specification(
        mut self,
        input: impl ::std::convert::Into<crate::types::TimeToLiveSpecification>,
    ) -> Self {
        self.time_to_live_specification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`time_to_live_specification`](Self::time_to_live_specification).
    pub fn set_time_to_live_specification(
        mut self,
        input: ::std::option::Option<crate::types::TimeToLiveSpecification>,
    ) -> Self {
        self.time_to_live_specification = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateTimeToLiveOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateTimeToLiveOutput {
            time_to_live_specification: self.time_to_live_specification,
        })
    }
}
/// A builder for [`VectorAttributeDefinition`](crate::types::VectorAttributeDefinition).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VectorAttributeDefinitionBuilder {
    pub(crate) attribute_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for VectorAttributeDefinitionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VectorAttributeDefinitionBuilder").finish_non_exhaustive()
    }
}
impl VectorAttributeDefinitionBuilder {
    /// See [`VectorAttributeDefinition::attribute_name`](crate::types::VectorAttributeDefinition::attribute_name).
    pub fn attribute_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attribute_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`attribute_name`](Self::attribute_name).
    pub fn set_attribute_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.attribute_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VectorAttributeDefinition,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VectorAttributeDefinition {
            attribute_name: self
                .attribute_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "VectorAttributeDefinition",
                        "attribute_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`VectorCapacity`](crate::types::VectorCapacity).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VectorCapacityBuilder {
    pub(crate) vector_search_request_bytes: ::std::option::Option<f64>,
    pub(crate) vector_write_request_bytes: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for VectorCapacityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VectorCapacityBuilder").finish_non_exhaustive()
    }
}
impl VectorCapacityBuilder {
    /// See [`VectorCapacity::vector_search_request_bytes`](crate::types::VectorCapacity::vector_search_request_bytes).
    pub fn vector_search_request_bytes(
        mut self,
        input: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.vector_search_request_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vector_search_request_bytes`](Self::vector_search_request_bytes).
    pub fn set_vector_search_request_bytes(
        mut self,
        input: ::std::option::Option<f64>,
    ) -> Self {
        self.vector_search_request_bytes = input;
        self
    }
    /// See [`VectorCapacity::vector_write_request_bytes`](crate::types::VectorCapacity::vector_write_request_bytes).
    pub fn vector_write_request_bytes(
        mut self,
        input: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.vector_write_request_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vector_write_request_bytes`](Self::vector_write_request_bytes).
    pub fn set_vector_write_request_bytes(
        mut self,
        input: ::std::option::Option<f64>,
    ) -> Self {
        self.vector_write_request_bytes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VectorCapacity,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VectorCapacity {
            vector_search_request_bytes: self.vector_search_request_bytes,
            vector_write_request_bytes: self.vector_write_request_bytes,
        })
    }
}
/// A builder for [`VectorIndex`](crate::types::VectorIndex).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VectorIndexBuilder {
    pub(crate) dimensions: ::std::option::Option<i64>,
    pub(crate) distance_function: ::std::option::Option<
        crate::types::VectorDistanceFunction,
    >,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    pub(crate) vector_attribute: ::std::option::Option<
        crate::types::VectorAttributeDefinition,
    >,
}
impl ::std::fmt::Debug for VectorIndexBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VectorIndexBuilder").finish_non_exhaustive()
    }
}
impl VectorIndexBuilder {
    /// See [`VectorIndex::dimensions`](crate::types::VectorIndex::dimensions).
    pub fn dimensions(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.dimensions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dimensions`](Self::dimensions).
    pub fn set_dimensions(mut self, input: ::std::option::Option<i64>) -> Self {
        self.dimensions = input;
        self
    }
    /// See [`VectorIndex::distance_function`](crate::types::VectorIndex::distance_function).
    pub fn distance_function(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distance_function`](Self::distance_function).
    pub fn set_distance_function(
        mut self,
        input: ::std::option::Option<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = input;
        self
    }
    /// See [`VectorIndex::index_name`](crate::types::VectorIndex::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`VectorIndex::projection`](crate::types::VectorIndex::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`VectorIndex::search_schema`](crate::types::VectorIndex::search_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn search_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::SearchSchemaElement>,
    ) -> Self {
        self.search_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`search_schema`](Self::search_schema).
    pub fn set_search_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SearchSchemaElement>>,
    ) -> Self {
        self.search_schema = input;
        self
    }
    /// See [`VectorIndex::vector_attribute`](crate::types::VectorIndex::vector_attribute).
    pub fn vector_attribute(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vector_attribute`](Self::vector_attribute).
    pub fn set_vector_attribute(
        mut self,
        input: ::std::option::Option<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::VectorIndex, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::VectorIndex {
            dimensions: self
                .dimensions
                .ok_or(
                    crate::runtime::BuildError::missing("VectorIndex", "dimensions"),
                )?,
            distance_function: self
                .distance_function
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "VectorIndex",
                        "distance_function",
                    ),
                )?,
            index_name: self
                .index_name
                .ok_or(
                    crate::runtime::BuildError::missing("VectorIndex", "index_name"),
                )?,
            projection: self
                .projection
                .ok_or(
                    crate::runtime::BuildError::missing("VectorIndex", "projection"),
                )?,
            search_schema: self.search_schema,
            vector_attribute: self
                .vector_attribute
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "VectorIndex",
                        "vector_attribute",
                    ),
                )?,
        })
    }
}
/// A builder for [`VectorIndexDescription`](crate::types::VectorIndexDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VectorIndexDescriptionBuilder {
    pub(crate) backfilling: ::std::option::Option<bool>,
    pub(crate) dimensions: ::std::option::Option<i64>,
    pub(crate) distance_function: ::std::option::Option<
        crate::types::VectorDistanceFunction,
    >,
    pub(crate) index_arn: ::std::option::Option<::std::string::String>,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) index_size_bytes: ::std::option::Option<i64>,
    pub(crate) index_status: ::std::option::Option<crate::types::IndexStatus>,
    pub(crate) item_count: ::std::option::Option<i64>,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    pub(crate) vector_attribute: ::std::option::Option<
        crate::types::VectorAttributeDefinition,
    >,
}
impl ::std::fmt::Debug for VectorIndexDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VectorIndexDescriptionBuilder").finish_non_exhaustive()
    }
}
impl VectorIndexDescriptionBuilder {
    /// See [`VectorIndexDescription::backfilling`](crate::types::VectorIndexDescription::backfilling).
    pub fn backfilling(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.backfilling = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`backfilling`](Self::backfilling).
    pub fn set_backfilling(mut self, input: ::std::option::Option<bool>) -> Self {
        self.backfilling = input;
        self
    }
    /// See [`VectorIndexDescription::dimensions`](crate::types::VectorIndexDescription::dimensions).
    pub fn dimensions(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.dimensions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dimensions`](Self::dimensions).
    pub fn set_dimensions(mut self, input: ::std::option::Option<i64>) -> Self {
        self.dimensions = input;
        self
    }
    /// See [`VectorIndexDescription::distance_function`](crate::types::VectorIndexDescription::distance_function).
    pub fn distance_function(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distance_function`](Self::distance_function).
    pub fn set_distance_function(
        mut self,
        input: ::std::option::Option<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = input;
        self
    }
    /// See [`VectorIndexDescription::index_arn`](crate::types::VectorIndexDescription::index_arn).
    pub fn index_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_arn`](Self::index_arn).
    pub fn set_index_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_arn = input;
        self
    }
    /// See [`VectorIndexDescription::index_name`](crate::types::VectorIndexDescription::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`VectorIndexDescription::index_size_bytes`](crate::types::VectorIndexDescription::index_size_bytes).
    pub fn index_size_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.index_size_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_size_bytes`](Self::index_size_bytes).
    pub fn set_index_size_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.index_size_bytes = input;
        self
    }
    /// See [`VectorIndexDescription::index_status`](crate::types::VectorIndexDescription::index_status).
    pub fn index_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_status`](Self::index_status).
    pub fn set_index_status(
        mut self,
        input: ::std::option::Option<crate::types::IndexStatus>,
    ) -> Self {
        self.index_status = input;
        self
    }
    /// See [`VectorIndexDescription::item_count`](crate::types::VectorIndexDescription::item_count).
    pub fn item_count(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.item_count = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`item_count`](Self::item_count).
    pub fn set_item_count(mut self, input: ::std::option::Option<i64>) -> Self {
        self.item_count = input;
        self
    }
    /// See [`VectorIndexDescription::projection`](crate::types::VectorIndexDescription::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`VectorIndexDescription::search_schema`](crate::types::VectorIndexDescription::search_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn search_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::SearchSchemaElement>,
    ) -> Self {
        self.search_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`search_schema`](Self::search_schema).
    pub fn set_search_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SearchSchemaElement>>,
    ) -> Self {
        self.search_schema = input;
        self
    }
    /// See [`VectorIndexDescription::vector_attribute`](crate::types::VectorIndexDescription::vector_attribute).
    pub fn vector_attribute(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vector_attribute`](Self::vector_attribute).
    pub fn set_vector_attribute(
        mut self,
        input: ::std::option::Option<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VectorIndexDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VectorIndexDescription {
            backfilling: self.backfilling,
            dimensions: self.dimensions,
            distance_function: self.distance_function,
            index_arn: self.index_arn,
            index_name: self.index_name,
            index_size_bytes: self.index_size_bytes,
            index_status: self.index_status,
            item_count: self.item_count,
            projection: self.projection,
            search_schema: self.search_schema,
            vector_attribute: self.vector_attribute,
        })
    }
}
/// A builder for [`VectorIndexInfo`](crate::types::VectorIndexInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VectorIndexInfoBuilder {
    pub(crate) dimensions: ::std::option::Option<i64>,
    pub(crate) distance_function: ::std::option::Option<
        crate::types::VectorDistanceFunction,
    >,
    pub(crate) index_name: ::std::option::Option<::std::string::String>,
    pub(crate) projection: ::std::option::Option<crate::types::Projection>,
    pub(crate) search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    pub(crate) vector_attribute: ::std::option::Option<
        crate::types::VectorAttributeDefinition,
    >,
}
impl ::std::fmt::Debug for VectorIndexInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VectorIndexInfoBuilder").finish_non_exhaustive()
    }
}
impl VectorIndexInfoBuilder {
    /// See [`VectorIndexInfo::dimensions`](crate::types::VectorIndexInfo::dimensions).
    pub fn dimensions(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.dimensions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`dimensions`](Self::dimensions).
    pub fn set_dimensions(mut self, input: ::std::option::Option<i64>) -> Self {
        self.dimensions = input;
        self
    }
    /// See [`VectorIndexInfo::distance_function`](crate::types::VectorIndexInfo::distance_function).
    pub fn distance_function(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distance_function`](Self::distance_function).
    pub fn set_distance_function(
        mut self,
        input: ::std::option::Option<crate::types::VectorDistanceFunction>,
    ) -> Self {
        self.distance_function = input;
        self
    }
    /// See [`VectorIndexInfo::index_name`](crate::types::VectorIndexInfo::index_name).
    pub fn index_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.index_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`index_name`](Self::index_name).
    pub fn set_index_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.index_name = input;
        self
    }
    /// See [`VectorIndexInfo::projection`](crate::types::VectorIndexInfo::projection).
    pub fn projection(
        mut self,
        input: impl ::std::convert::Into<crate::types::Projection>,
    ) -> Self {
        self.projection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`projection`](Self::projection).
    pub fn set_projection(
        mut self,
        input: ::std::option::Option<crate::types::Projection>,
    ) -> Self {
        self.projection = input;
        self
    }
    /// See [`VectorIndexInfo::search_schema`](crate::types::VectorIndexInfo::search_schema).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn search_schema(
        mut self,
        input: impl ::std::convert::Into<crate::types::SearchSchemaElement>,
    ) -> Self {
        self.search_schema.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`search_schema`](Self::search_schema).
    pub fn set_search_schema(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SearchSchemaElement>>,
    ) -> Self {
        self.search_schema = input;
        self
    }
    /// See [`VectorIndexInfo::vector_attribute`](crate::types::VectorIndexInfo::vector_attribute).
    pub fn vector_attribute(
        mut self,
        input: impl ::std::convert::Into<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vector_attribute`](Self::vector_attribute).
    pub fn set_vector_attribute(
        mut self,
        input: ::std::option::Option<crate::types::VectorAttributeDefinition>,
    ) -> Self {
        self.vector_attribute = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VectorIndexInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VectorIndexInfo {
            dimensions: self.dimensions,
            distance_function: self.distance_function,
            index_name: self.index_name,
            projection: self.projection,
            search_schema: self.search_schema,
            vector_attribute: self.vector_attribute,
        })
    }
}
/// A builder for [`VectorIndexUpdate`](crate::types::VectorIndexUpdate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VectorIndexUpdateBuilder {
    pub(crate) create: ::std::option::Option<crate::types::CreateVectorIndexAction>,
    pub(crate) delete: ::std::option::Option<crate::types::DeleteVectorIndexAction>,
}
impl ::std::fmt::Debug for VectorIndexUpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VectorIndexUpdateBuilder").finish_non_exhaustive()
    }
}
impl VectorIndexUpdateBuilder {
    /// See [`VectorIndexUpdate::create`](crate::types::VectorIndexUpdate::create).
    pub fn create(
        mut self,
        input: impl ::std::convert::Into<crate::types::CreateVectorIndexAction>,
    ) -> Self {
        self.create = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`create`](Self::create).
    pub fn set_create(
        mut self,
        input: ::std::option::Option<crate::types::CreateVectorIndexAction>,
    ) -> Self {
        self.create = input;
        self
    }
    /// See [`VectorIndexUpdate::delete`](crate::types::VectorIndexUpdate::delete).
    pub fn delete(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeleteVectorIndexAction>,
    ) -> Self {
        self.delete = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete`](Self::delete).
    pub fn set_delete(
        mut self,
        input: ::std::option::Option<crate::types::DeleteVectorIndexAction>,
    ) -> Self {
        self.delete = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VectorIndexUpdate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VectorIndexUpdate {
            create: self.create,
            delete: self.delete,
        })
    }
}
/// A builder for [`WarmThroughput`](crate::types::WarmThroughput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WarmThroughputBuilder {
    pub(crate) read_units_per_second: ::std::option::Option<i64>,
    pub(crate) write_units_per_second: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for WarmThroughputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WarmThroughputBuilder").finish_non_exhaustive()
    }
}
impl WarmThroughputBuilder {
    /// See [`WarmThroughput::read_units_per_second`](crate::types::WarmThroughput::read_units_per_second).
    pub fn read_units_per_second(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.read_units_per_second = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`read_units_per_second`](Self::read_units_per_second).
    pub fn set_read_units_per_second(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.read_units_per_second = input;
        self
    }
    /// See [`WarmThroughput::write_units_per_second`](crate::types::WarmThroughput::write_units_per_second).
    pub fn write_units_per_second(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.write_units_per_second = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`write_units_per_second`](Self::write_units_per_second).
    pub fn set_write_units_per_second(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.write_units_per_second = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::WarmThroughput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::WarmThroughput {
            read_units_per_second: self.read_units_per_second,
            write_units_per_second: self.write_units_per_second,
        })
    }
}
/// A builder for [`WriteRequest`](crate::types::WriteRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WriteRequestBuilder {
    pub(crate) delete_request: ::std::option::Option<crate::types::DeleteRequest>,
    pub(crate) put_request: ::std::option::Option<crate::types::PutRequest>,
}
impl ::std::fmt::Debug for WriteRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WriteRequestBuilder").finish_non_exhaustive()
    }
}
impl WriteRequestBuilder {
    /// See [`WriteRequest::delete_request`](crate::types::WriteRequest::delete_request).
    pub fn delete_request(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeleteRequest>,
    ) -> Self {
        self.delete_request = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete_request`](Self::delete_request).
    pub fn set_delete_request(
        mut self,
        input: ::std::option::Option<crate::types::DeleteRequest>,
    ) -> Self {
        self.delete_request = input;
        self
    }
    /// See [`WriteRequest::put_request`](crate::types::WriteRequest::put_request).
    pub fn put_request(
        mut self,
        input: impl ::std::convert::Into<crate::types::PutRequest>,
    ) -> Self {
        self.put_request = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`put_request`](Self::put_request).
    pub fn set_put_request(
        mut self,
        input: ::std::option::Option<crate::types::PutRequest>,
    ) -> Self {
        self.put_request = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::WriteRequest, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::WriteRequest {
            delete_request: self.delete_request,
            put_request: self.put_request,
        })
    }
}
