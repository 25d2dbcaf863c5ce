//! Data types of the service: one per structure and enum in the spec.
pub mod builders;
pub mod error;
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ApproximateCreationDateTimePrecision {
    /// `MILLISECOND`
    Millisecond,
    /// `MICROSECOND`
    Microsecond,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ApproximateCreationDateTimePrecision {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Millisecond => "MILLISECOND",
            Self::Microsecond => "MICROSECOND",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["MILLISECOND", "MICROSECOND"]
    }
}
impl ::std::convert::From<&str> for ApproximateCreationDateTimePrecision {
    fn from(s: &str) -> Self {
        match s {
            "MILLISECOND" => Self::Millisecond,
            "MICROSECOND" => Self::Microsecond,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ApproximateCreationDateTimePrecision);
/// Contains details of a table archival operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ArchivalSummary {
    /// The Amazon Resource Name (ARN) of the backup the table was archived to, when
    /// applicable in the archival reason. If you wish to restore this backup to the
    /// same table name, you will need to delete the original table.
    #[serde(rename = "ArchivalBackupArn", default)]
    pub archival_backup_arn: ::std::option::Option<::std::string::String>,
    /// The date and time when table archival was initiated by DynamoDB, in UNIX epoch
    /// time format.
    #[serde(rename = "ArchivalDateTime", default)]
    pub archival_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The reason DynamoDB archived the table. Currently, the only possible value is:
    ///
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The table was archived due to the
    ///   table's KMS key being inaccessible for more than seven days. An On-Demand
    ///   backup was created at the archival time.
    #[serde(rename = "ArchivalReason", default)]
    pub archival_reason: ::std::option::Option<::std::string::String>,
}
impl ArchivalSummary {
    /// A new [`ArchivalSummaryBuilder`](crate::types::builders::ArchivalSummaryBuilder).
    pub fn builder() -> crate::types::builders::ArchivalSummaryBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum AttributeAction {
    /// `ADD`
    Add,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl AttributeAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Put => "PUT",
            Self::Delete => "DELETE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ADD", "PUT", "DELETE"]
    }
}
impl ::std::convert::From<&str> for AttributeAction {
    fn from(s: &str) -> Self {
        match s {
            "ADD" => Self::Add,
            "PUT" => Self::Put,
            "DELETE" => Self::Delete,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(AttributeAction);
/// Represents an attribute for describing the key schema for the table and indexes.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AttributeDefinition {
    /// A name for the attribute.
    #[serde(rename = "AttributeName", default)]
    pub attribute_name: ::std::string::String,
    /// The data type for the attribute, where:
    ///
    /// - `S` - the attribute is of type String
    /// - `N` - the attribute is of type Number
    /// - `B` - the attribute is of type Binary
    #[serde(rename = "AttributeType")]
    pub attribute_type: crate::types::ScalarAttributeType,
}
impl AttributeDefinition {
    /// A new [`AttributeDefinitionBuilder`](crate::types::builders::AttributeDefinitionBuilder).
    pub fn builder() -> crate::types::builders::AttributeDefinitionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the data for an attribute.
///
/// Each attribute value is described as a name-value pair. The name is the data
/// type, and the value is the data itself.
///
/// For more information, see [Data
/// Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes)
/// in the *Amazon DynamoDB Developer Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AttributeValue {
    /// An attribute of type Binary. For example:
    ///
    /// `"B": "dGhpcyB0ZXh0IGlzIGJhc2U2NC1lbmNvZGVk"`
    #[serde(
        rename = "B",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub b: ::std::option::Option<crate::runtime::Blob>,
    /// An attribute of type Boolean. For example:
    ///
    /// `"BOOL": true`
    #[serde(
        rename = "BOOL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bool: ::std::option::Option<bool>,
    /// An attribute of type Binary Set. For example:
    ///
    /// `"BS": ["U3Vubnk=", "UmFpbnk=", "U25vd3k="]`
    #[serde(
        rename = "BS",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bs: ::std::option::Option<::std::vec::Vec<crate::runtime::Blob>>,
    /// An attribute of type List. For example:
    ///
    /// `"L": [ {"S": "Cookies"} , {"S": "Coffee"}, {"N": "3.14159"}]`
    #[serde(
        rename = "L",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub l: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    /// An attribute of type Map. For example:
    ///
    /// `"M": {"Name": {"S": "Joe"}, "Age": {"N": "35"}}`
    #[serde(
        rename = "M",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub m: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// An attribute of type Number. For example:
    ///
    /// `"N": "123.45"`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize
    /// compatibility across languages and libraries. However, DynamoDB treats them as
    /// number type attributes for mathematical operations.
    #[serde(
        rename = "N",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub n: ::std::option::Option<::std::string::String>,
    /// An attribute of type Number Set. For example:
    ///
    /// `"NS": ["42.2", "-19", "7.5", "3.14"]`
    ///
    /// Numbers are sent across the network to DynamoDB as strings, to maximize
    /// compatibility across languages and libraries. However, DynamoDB treats them as
    /// number type attributes for mathematical operations.
    #[serde(
        rename = "NS",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// An attribute of type Null. For example:
    ///
    /// `"NULL": true`
    #[serde(
        rename = "NULL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub null: ::std::option::Option<bool>,
    /// An attribute of type String. For example:
    ///
    /// `"S": "Hello"`
    #[serde(
        rename = "S",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s: ::std::option::Option<::std::string::String>,
    /// An attribute of type String Set. For example:
    ///
    /// `"SS": ["Giraffe", "Hippo" ,"Zebra"]`
    #[serde(
        rename = "SS",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ss: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl AttributeValue {
    /// A new [`AttributeValueBuilder`](crate::types::builders::AttributeValueBuilder).
    pub fn builder() -> crate::types::builders::AttributeValueBuilder {
        ::std::default::Default::default()
    }
}
/// For the `UpdateItem` operation, represents the attributes to be modified, the
/// action to perform on each, and the new value for each.
///
/// **Note:** You cannot use `UpdateItem` to update any primary key attributes.
/// Instead, you will need to delete the item, and then use `PutItem` to create a
/// new item with new attributes.
///
/// Attribute values cannot be null; string and binary type attributes must have
/// lengths greater than zero; and set type attributes must not be empty. Requests
/// with empty values will be rejected with a `ValidationException` exception.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AttributeValueUpdate {
    /// Specifies how to perform the update. Valid values are `PUT` (default), `DELETE`,
    /// and `ADD`. The behavior depends on whether the specified primary key already
    /// exists in the table.
    ///
    /// **If an item with the specified *Key* is found in the table:**
    ///
    /// - `PUT` - Adds the specified attribute to the item. If the attribute already
    ///   exists, it is replaced by the new value.
    ///
    /// - `DELETE` - If no value is specified, the attribute and its value are removed
    ///   from the item. The data type of the specified value must match the existing
    ///   value's data type.
    ///
    ///   If a *set* of values is specified, then those values are subtracted from the
    ///   old set. For example, if the attribute value was the set `[a,b,c]` and the
    ///   `DELETE` action specified `[a,c]`, then the final attribute value would be
    ///   `[b]`. Specifying an empty set is an error.
    ///
    /// - `ADD` - If the attribute does not already exist, then the attribute and its
    ///   values are added to the item. If the attribute does exist, then the behavior
    ///   of `ADD` depends on the data type of the attribute:
    ///   - If the existing attribute is a number, and if `Value` is also a number, then
    ///     the `Value` is mathematically added to the existing attribute. If `Value` is
    ///     a negative number, then it is subtracted from the existing attribute.
    ///
    ///     **Note:** If you use `ADD` to increment or decrement a number value for an
    ///     item that doesn't exist before the update, DynamoDB uses 0 as the initial
    ///     value.
    ///
    ///     In addition, if you use `ADD` to update an existing item, and intend to
    ///     increment or decrement an attribute value which does not yet exist, DynamoDB
    ///     uses `0` as the initial value. For example, suppose that the item you want
    ///     to update does not yet have an attribute named *itemcount*, but you decide
    ///     to `ADD` the number `3` to this attribute anyway, even though it currently
    ///     does not exist. DynamoDB will create the *itemcount* attribute, set its
    ///     initial value to `0`, and finally add `3` to it. The result will be a new
    ///     *itemcount* attribute in the item, with a value of `3`.
    ///
    ///   - If the existing data type is a set, and if the `Value` is also a set, then
    ///     the `Value` is added to the existing set. (This is a *set* operation, not
    ///     mathematical addition.) For example, if the attribute value was the set
    ///     `[1,2]`, and the `ADD` action specified `[3]`, then the final attribute
    ///     value would be `[1,2,3]`. An error occurs if an Add action is specified for
    ///     a set attribute and the attribute type specified does not match the existing
    ///     set type.
    ///
    ///     Both sets must have the same primitive data type. For example, if the
    ///     existing data type is a set of strings, the `Value` must also be a set of
    ///     strings. The same holds true for number sets and binary sets.
    ///
    ///   This action is only valid for an existing attribute whose data type is number
    ///   or is a set. Do not use `ADD` for any other data types.
    ///
    /// **If no item with the specified *Key* is found:**
    ///
    /// - `PUT` - DynamoDB creates a new item with the specified primary key, and then
    ///   adds the attribute.
    /// - `DELETE` - Nothing happens; there is no attribute to delete.
    /// - `ADD` - DynamoDB creates a new item with the supplied primary key and number
    ///   (or set) for the attribute value. The only data types allowed are number,
    ///   number set, string set or binary set.
    #[serde(
        rename = "Action",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action: ::std::option::Option<crate::types::AttributeAction>,
    /// Represents the data for an attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data
    /// type, and the value is the data itself.
    ///
    /// For more information, see [Data
    /// Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "Value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<crate::types::AttributeValue>,
}
impl AttributeValueUpdate {
    /// A new [`AttributeValueUpdateBuilder`](crate::types::builders::AttributeValueUpdateBuilder).
    pub fn builder() -> crate::types::builders::AttributeValueUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of the scaling policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AutoScalingPolicyDescription {
    /// The name of the scaling policy.
    #[serde(rename = "PolicyName", default)]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// Represents a target tracking scaling policy configuration.
    #[serde(rename = "TargetTrackingScalingPolicyConfiguration", default)]
    pub target_tracking_scaling_policy_configuration: ::std::option::Option<
        crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationDescription,
    >,
}
impl AutoScalingPolicyDescription {
    /// A new [`AutoScalingPolicyDescriptionBuilder`](crate::types::builders::AutoScalingPolicyDescriptionBuilder).
    pub fn builder() -> crate::types::builders::AutoScalingPolicyDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling policy to be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AutoScalingPolicyUpdate {
    /// The name of the scaling policy.
    #[serde(
        rename = "PolicyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_name: ::std::option::Option<::std::string::String>,
    /// Represents a target tracking scaling policy configuration.
    #[serde(rename = "TargetTrackingScalingPolicyConfiguration")]
    pub target_tracking_scaling_policy_configuration: crate::types::AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
}
impl AutoScalingPolicyUpdate {
    /// A new [`AutoScalingPolicyUpdateBuilder`](crate::types::builders::AutoScalingPolicyUpdateBuilder).
    pub fn builder() -> crate::types::builders::AutoScalingPolicyUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling settings for a global table or global secondary
/// index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AutoScalingSettingsDescription {
    /// Disabled auto scaling for this global table or global secondary index.
    #[serde(rename = "AutoScalingDisabled", default)]
    pub auto_scaling_disabled: ::std::option::Option<bool>,
    /// Role ARN used for configuring the auto scaling policy.
    #[serde(rename = "AutoScalingRoleArn", default)]
    pub auto_scaling_role_arn: ::std::option::Option<::std::string::String>,
    /// The maximum capacity units that a global table or global secondary index should
    /// be scaled up to.
    #[serde(rename = "MaximumUnits", default)]
    pub maximum_units: ::std::option::Option<i64>,
    /// The minimum capacity units that a global table or global secondary index should
    /// be scaled down to.
    #[serde(rename = "MinimumUnits", default)]
    pub minimum_units: ::std::option::Option<i64>,
    /// Information about the scaling policies.
    #[serde(rename = "ScalingPolicies", default)]
    pub scaling_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AutoScalingPolicyDescription>,
    >,
}
impl AutoScalingSettingsDescription {
    /// A new [`AutoScalingSettingsDescriptionBuilder`](crate::types::builders::AutoScalingSettingsDescriptionBuilder).
    pub fn builder() -> crate::types::builders::AutoScalingSettingsDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling settings to be modified for a global table or global
/// secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AutoScalingSettingsUpdate {
    /// Disabled auto scaling for this global table or global secondary index.
    #[serde(
        rename = "AutoScalingDisabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_scaling_disabled: ::std::option::Option<bool>,
    /// Role ARN used for configuring auto scaling policy.
    #[serde(
        rename = "AutoScalingRoleArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_scaling_role_arn: ::std::option::Option<::std::string::String>,
    /// The maximum capacity units that a global table or global secondary index should
    /// be scaled up to.
    #[serde(
        rename = "MaximumUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_units: ::std::option::Option<i64>,
    /// The minimum capacity units that a global table or global secondary index should
    /// be scaled down to.
    #[serde(
        rename = "MinimumUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_units: ::std::option::Option<i64>,
    /// The scaling policy to apply for scaling target global table or global secondary
    /// index capacity units.
    #[serde(
        rename = "ScalingPolicyUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scaling_policy_update: ::std::option::Option<
        crate::types::AutoScalingPolicyUpdate,
    >,
}
impl AutoScalingSettingsUpdate {
    /// A new [`AutoScalingSettingsUpdateBuilder`](crate::types::builders::AutoScalingSettingsUpdateBuilder).
    pub fn builder() -> crate::types::builders::AutoScalingSettingsUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a target tracking scaling policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
    /// Indicates whether scale in by the target tracking policy is disabled. If the
    /// value is true, scale in is disabled and the target tracking policy won't remove
    /// capacity from the scalable resource. Otherwise, scale in is enabled and the
    /// target tracking policy can remove capacity from the scalable resource. The
    /// default value is false.
    #[serde(rename = "DisableScaleIn", default)]
    pub disable_scale_in: ::std::option::Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before
    /// another scale in activity can start. The cooldown period is used to block
    /// subsequent scale in requests until it has expired. You should scale in
    /// conservatively to protect your application's availability. However, if another
    /// alarm triggers a scale out policy during the cooldown period after a scale-in,
    /// application auto scaling scales out your scalable target immediately.
    #[serde(rename = "ScaleInCooldown", default)]
    pub scale_in_cooldown: ::std::option::Option<i64>,
    /// The amount of time, in seconds, after a scale out activity completes before
    /// another scale out activity can start. While the cooldown period is in effect,
    /// the capacity that has been added by the previous scale out event that initiated
    /// the cooldown is calculated as part of the desired capacity for the next scale
    /// out. You should continuously (but not excessively) scale out.
    #[serde(rename = "ScaleOutCooldown", default)]
    pub scale_out_cooldown: ::std::option::Option<i64>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108
    /// (Base 10) or 2e-360 to 2e360 (Base 2).
    #[serde(rename = "TargetValue", default)]
    pub target_value: f64,
}
impl AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
    /// A new [`AutoScalingTargetTrackingScalingPolicyConfigurationDescriptionBuilder`](crate::types::builders::AutoScalingTargetTrackingScalingPolicyConfigurationDescriptionBuilder).
    pub fn builder() -> crate::types::builders::AutoScalingTargetTrackingScalingPolicyConfigurationDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the settings of a target tracking scaling policy that will be
/// modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
    /// Indicates whether scale in by the target tracking policy is disabled. If the
    /// value is true, scale in is disabled and the target tracking policy won't remove
    /// capacity from the scalable resource. Otherwise, scale in is enabled and the
    /// target tracking policy can remove capacity from the scalable resource. The
    /// default value is false.
    #[serde(
        rename = "DisableScaleIn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_scale_in: ::std::option::Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before
    /// another scale in activity can start. The cooldown period is used to block
    /// subsequent scale in requests until it has expired. You should scale in
    /// conservatively to protect your application's availability. However, if another
    /// alarm triggers a scale out policy during the cooldown period after a scale-in,
    /// application auto scaling scales out your scalable target immediately.
    #[serde(
        rename = "ScaleInCooldown",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scale_in_cooldown: ::std::option::Option<i64>,
    /// The amount of time, in seconds, after a scale out activity completes before
    /// another scale out activity can start. While the cooldown period is in effect,
    /// the capacity that has been added by the previous scale out event that initiated
    /// the cooldown is calculated as part of the desired capacity for the next scale
    /// out. You should continuously (but not excessively) scale out.
    #[serde(
        rename = "ScaleOutCooldown",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scale_out_cooldown: ::std::option::Option<i64>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108
    /// (Base 10) or 2e-360 to 2e360 (Base 2).
    #[serde(rename = "TargetValue")]
    pub target_value: f64,
}
impl AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
    /// A new [`AutoScalingTargetTrackingScalingPolicyConfigurationUpdateBuilder`](crate::types::builders::AutoScalingTargetTrackingScalingPolicyConfigurationUpdateBuilder).
    pub fn builder() -> crate::types::builders::AutoScalingTargetTrackingScalingPolicyConfigurationUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the description of the backup created for the table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BackupDescription {
    /// Contains the details of the backup created for the table.
    #[serde(rename = "BackupDetails", default)]
    pub backup_details: ::std::option::Option<crate::types::BackupDetails>,
    /// Contains the details of the table when the backup was created.
    #[serde(rename = "SourceTableDetails", default)]
    pub source_table_details: ::std::option::Option<crate::types::SourceTableDetails>,
    /// Contains the details of the features enabled on the table when the backup was
    /// created. For example, LSIs, GSIs, streams, TTL.
    #[serde(rename = "SourceTableFeatureDetails", default)]
    pub source_table_feature_details: ::std::option::Option<
        crate::types::SourceTableFeatureDetails,
    >,
}
impl BackupDescription {
    /// A new [`BackupDescriptionBuilder`](crate::types::builders::BackupDescriptionBuilder).
    pub fn builder() -> crate::types::builders::BackupDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the details of the backup created for the table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BackupDetails {
    /// ARN associated with the backup.
    #[serde(rename = "BackupArn", default)]
    pub backup_arn: ::std::string::String,
    /// Time at which the backup was created. This is the request time of the backup.
    #[serde(rename = "BackupCreationDateTime", default)]
    pub backup_creation_date_time: crate::runtime::Timestamp,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire.
    /// This `SYSTEM` on-demand backup expires automatically 35 days after its creation.
    #[serde(rename = "BackupExpiryDateTime", default)]
    pub backup_expiry_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// Name of the requested backup.
    #[serde(rename = "BackupName", default)]
    pub backup_name: ::std::string::String,
    /// Size of the backup in bytes. DynamoDB updates this value approximately every six
    /// hours. Recent changes might not be reflected in this value.
    #[serde(rename = "BackupSizeBytes", default)]
    pub backup_size_bytes: ::std::option::Option<i64>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    #[serde(rename = "BackupStatus")]
    pub backup_status: crate::types::BackupStatus,
    /// BackupType:
    ///
    /// - `USER` - You create and manage these using the on-demand backup feature.
    /// - `SYSTEM` - If you delete a table with point-in-time recovery enabled, a
    ///   `SYSTEM` backup is automatically created and is retained for 35 days (at no
    ///   additional cost). System backups allow you to restore the deleted table to the
    ///   state it was in just before the point of deletion.
    /// - `AWS_BACKUP` - On-demand backup created by you from Backup service.
    #[serde(rename = "BackupType")]
    pub backup_type: crate::types::BackupType,
}
impl BackupDetails {
    /// A new [`BackupDetailsBuilder`](crate::types::builders::BackupDetailsBuilder).
    pub fn builder() -> crate::types::builders::BackupDetailsBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BackupStatus {
    /// `CREATING`
    Creating,
    /// `DELETED`
    Deleted,
    /// `AVAILABLE`
    Available,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BackupStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Deleted => "DELETED",
            Self::Available => "AVAILABLE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "DELETED", "AVAILABLE"]
    }
}
impl ::std::convert::From<&str> for BackupStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "DELETED" => Self::Deleted,
            "AVAILABLE" => Self::Available,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BackupStatus);
/// Contains details for the backup.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BackupSummary {
    /// ARN associated with the backup.
    #[serde(rename = "BackupArn", default)]
    pub backup_arn: ::std::option::Option<::std::string::String>,
    /// Time at which the backup was created.
    #[serde(rename = "BackupCreationDateTime", default)]
    pub backup_creation_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire.
    /// This `SYSTEM` on-demand backup expires automatically 35 days after its creation.
    #[serde(rename = "BackupExpiryDateTime", default)]
    pub backup_expiry_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// Name of the specified backup.
    #[serde(rename = "BackupName", default)]
    pub backup_name: ::std::option::Option<::std::string::String>,
    /// Size of the backup in bytes.
    #[serde(rename = "BackupSizeBytes", default)]
    pub backup_size_bytes: ::std::option::Option<i64>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    #[serde(rename = "BackupStatus", default)]
    pub backup_status: ::std::option::Option<crate::types::BackupStatus>,
    /// BackupType:
    ///
    /// - `USER` - You create and manage these using the on-demand backup feature.
    /// - `SYSTEM` - If you delete a table with point-in-time recovery enabled, a
    ///   `SYSTEM` backup is automatically created and is retained for 35 days (at no
    ///   additional cost). System backups allow you to restore the deleted table to the
    ///   state it was in just before the point of deletion.
    /// - `AWS_BACKUP` - On-demand backup created by you from Backup service.
    #[serde(rename = "BackupType", default)]
    pub backup_type: ::std::option::Option<crate::types::BackupType>,
    /// ARN associated with the table.
    #[serde(rename = "TableArn", default)]
    pub table_arn: ::std::option::Option<::std::string::String>,
    /// Unique identifier for the table.
    #[serde(rename = "TableId", default)]
    pub table_id: ::std::option::Option<::std::string::String>,
    /// Name of the table.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
}
impl BackupSummary {
    /// A new [`BackupSummaryBuilder`](crate::types::builders::BackupSummaryBuilder).
    pub fn builder() -> crate::types::builders::BackupSummaryBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BackupType {
    /// `USER`
    User,
    /// `SYSTEM`
    System,
    /// `AWS_BACKUP`
    AwsBackup,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BackupType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::System => "SYSTEM",
            Self::AwsBackup => "AWS_BACKUP",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["USER", "SYSTEM", "AWS_BACKUP"]
    }
}
impl ::std::convert::From<&str> for BackupType {
    fn from(s: &str) -> Self {
        match s {
            "USER" => Self::User,
            "SYSTEM" => Self::System,
            "AWS_BACKUP" => Self::AwsBackup,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BackupType);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BackupTypeFilter {
    /// `USER`
    User,
    /// `SYSTEM`
    System,
    /// `AWS_BACKUP`
    AwsBackup,
    /// `ALL`
    All,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BackupTypeFilter {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::System => "SYSTEM",
            Self::AwsBackup => "AWS_BACKUP",
            Self::All => "ALL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["USER", "SYSTEM", "AWS_BACKUP", "ALL"]
    }
}
impl ::std::convert::From<&str> for BackupTypeFilter {
    fn from(s: &str) -> Self {
        match s {
            "USER" => Self::User,
            "SYSTEM" => Self::System,
            "AWS_BACKUP" => Self::AwsBackup,
            "ALL" => Self::All,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BackupTypeFilter);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct BatchExecuteStatementInput {
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// The list of PartiQL statements representing the batch to run.
    #[serde(rename = "Statements")]
    pub statements: ::std::vec::Vec<crate::types::BatchStatementRequest>,
}
impl BatchExecuteStatementInput {
    /// A new [`BatchExecuteStatementInputBuilder`](crate::types::builders::BatchExecuteStatementInputBuilder).
    pub fn builder() -> crate::types::builders::BatchExecuteStatementInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BatchExecuteStatementOutput {
    /// The capacity units consumed by the entire operation. The values of the list are
    /// ordered according to the ordering of the statements.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    /// The response to each PartiQL statement in the batch. The values of the list are
    /// ordered according to the ordering of the request statements.
    #[serde(rename = "Responses", default)]
    pub responses: ::std::option::Option<
        ::std::vec::Vec<crate::types::BatchStatementResponse>,
    >,
}
impl BatchExecuteStatementOutput {
    /// A new [`BatchExecuteStatementOutputBuilder`](crate::types::builders::BatchExecuteStatementOutputBuilder).
    pub fn builder() -> crate::types::builders::BatchExecuteStatementOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `BatchGetItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct BatchGetItemInput {
    /// A map of one or more table names and, for each table, a map that describes one
    /// or more items to retrieve from that table. Each table name can be used only once
    /// per `BatchGetItem` request.
    ///
    /// Each element in the map of items to retrieve consists of the following:
    ///
    /// - `ConsistentRead` - If `true`, a strongly consistent read is used; if `false`
    ///   (the default), an eventually consistent read is used.
    ///
    /// - `ExpressionAttributeNames` - One or more substitution tokens for attribute
    ///   names in the `ProjectionExpression` parameter. The following are some use
    ///   cases for using `ExpressionAttributeNames`:
    ///   - To access an attribute whose name conflicts with a DynamoDB reserved word.
    ///   - To create a placeholder for repeating occurrences of an attribute name in an
    ///     expression.
    ///   - To prevent special characters in an attribute name from being misinterpreted
    ///     in an expression.
    ///
    ///   Use the **#** character in an expression to dereference an attribute name. For
    ///   example, consider the following attribute name:
    ///   - `Percentile`
    ///
    ///   The name of this attribute conflicts with a reserved word, so it cannot be
    ///   used directly in an expression. (For the complete list of reserved words, see
    ///   [Reserved
    ///   Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    ///   in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    ///   specify the following for `ExpressionAttributeNames`:
    ///   - `{"#P":"Percentile"}`
    ///
    ///   You could then use this substitution in an expression, as in this example:
    ///   - `#P = :val`
    ///
    ///   **Note:** Tokens that begin with the **:** character are *expression attribute
    ///   values*, which are placeholders for the actual value at runtime.
    ///
    ///   For more information about expression attribute names, see [Accessing Item
    ///   Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    ///   in the *Amazon DynamoDB Developer Guide*.
    ///
    /// - `Keys` - An array of primary key attribute values that define specific items
    ///   in the table. For each primary key, you must provide *all* of the key
    ///   attributes. For example, with a simple primary key, you only need to provide
    ///   the partition key value. For a composite key, you must provide *both* the
    ///   partition key value and the sort key value.
    ///
    /// - `ProjectionExpression` - A string that identifies one or more attributes to
    ///   retrieve from the table. These attributes can include scalars, sets, or
    ///   elements of a JSON document. The attributes in the expression must be
    ///   separated by commas.
    ///
    ///   If no attribute names are specified, then all attributes are returned. If any
    ///   of the requested attributes are not found, they do not appear in the result.
    ///
    ///   For more information, see [Accessing Item
    ///   Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    ///   in the *Amazon DynamoDB Developer Guide*.
    ///
    /// - `AttributesToGet` - This is a legacy parameter. Use `ProjectionExpression`
    ///   instead. For more information, see
    ///   [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    ///   in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "RequestItems")]
    pub request_items: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::KeysAndAttributes,
    >,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
}
impl BatchGetItemInput {
    /// A new [`BatchGetItemInputBuilder`](crate::types::builders::BatchGetItemInputBuilder).
    pub fn builder() -> crate::types::builders::BatchGetItemInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `BatchGetItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BatchGetItemOutput {
    /// The read capacity units consumed by the entire `BatchGetItem` operation.
    ///
    /// Each element consists of:
    ///
    /// - `TableName` - The table that consumed the provisioned throughput.
    /// - `CapacityUnits` - The total number of capacity units consumed.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    /// A map of table name to a list of items. Each object in `Responses` consists of a
    /// table name, along with a map of attribute data consisting of the data type and
    /// attribute value.
    #[serde(rename = "Responses", default)]
    pub responses: ::std::option::Option<
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
    /// A map of tables and their respective keys that were not processed with the
    /// current response. The `UnprocessedKeys` value is in the same form as
    /// `RequestItems`, so the value can be provided directly to a subsequent
    /// `BatchGetItem` operation. For more information, see `RequestItems` in the
    /// Request Parameters section.
    ///
    /// Each element consists of:
    ///
    /// - `Keys` - An array of primary key attribute values that define specific items
    ///   in the table.
    /// - `ProjectionExpression` - One or more attributes to be retrieved from the table
    ///   or index. By default, all attributes are returned. If a requested attribute is
    ///   not found, it does not appear in the result.
    /// - `ConsistentRead` - The consistency of a read operation. If set to `true`, then
    ///   a strongly consistent read is used; otherwise, an eventually consistent read
    ///   is used.
    ///
    /// If there are no unprocessed keys remaining, the response contains an empty
    /// `UnprocessedKeys` map.
    #[serde(rename = "UnprocessedKeys", default)]
    pub unprocessed_keys: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::KeysAndAttributes,
        >,
    >,
}
impl BatchGetItemOutput {
    /// A new [`BatchGetItemOutputBuilder`](crate::types::builders::BatchGetItemOutputBuilder).
    pub fn builder() -> crate::types::builders::BatchGetItemOutputBuilder {
        ::std::default::Default::default()
    }
}
/// An error associated with a statement in a PartiQL batch that was run.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BatchStatementError {
    /// The error code associated with the failed PartiQL batch statement.
    #[serde(rename = "Code", default)]
    pub code: ::std::option::Option<crate::types::BatchStatementErrorCodeEnum>,
    /// The item which caused the condition check to fail. This will be set if
    /// ReturnValuesOnConditionCheckFailure is specified as `ALL_OLD`.
    #[serde(rename = "Item", default)]
    pub item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The error message associated with the PartiQL batch response.
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl BatchStatementError {
    /// A new [`BatchStatementErrorBuilder`](crate::types::builders::BatchStatementErrorBuilder).
    pub fn builder() -> crate::types::builders::BatchStatementErrorBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BatchStatementErrorCodeEnum {
    /// `ConditionalCheckFailed`
    ConditionalCheckFailed,
    /// `ItemCollectionSizeLimitExceeded`
    ItemCollectionSizeLimitExceeded,
    /// `RequestLimitExceeded`
    RequestLimitExceeded,
    /// `ValidationError`
    ValidationError,
    /// `ProvisionedThroughputExceeded`
    ProvisionedThroughputExceeded,
    /// `TransactionConflict`
    TransactionConflict,
    /// `ThrottlingError`
    ThrottlingError,
    /// `InternalServerError`
    InternalServerError,
    /// `ResourceNotFound`
    ResourceNotFound,
    /// `AccessDenied`
    AccessDenied,
    /// `DuplicateItem`
    DuplicateItem,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BatchStatementErrorCodeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConditionalCheckFailed => "ConditionalCheckFailed",
            Self::ItemCollectionSizeLimitExceeded => "ItemCollectionSizeLimitExceeded",
            Self::RequestLimitExceeded => "RequestLimitExceeded",
            Self::ValidationError => "ValidationError",
            Self::ProvisionedThroughputExceeded => "ProvisionedThroughputExceeded",
            Self::TransactionConflict => "TransactionConflict",
            Self::ThrottlingError => "ThrottlingError",
            Self::InternalServerError => "InternalServerError",
            Self::ResourceNotFound => "ResourceNotFound",
            Self::AccessDenied => "AccessDenied",
            Self::DuplicateItem => "DuplicateItem",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "ConditionalCheckFailed",
            "ItemCollectionSizeLimitExceeded",
            "RequestLimitExceeded",
            "ValidationError",
            "ProvisionedThroughputExceeded",
            "TransactionConflict",
            "ThrottlingError",
            "InternalServerError",
            "ResourceNotFound",
            "AccessDenied",
            "DuplicateItem",
        ]
    }
}
impl ::std::convert::From<&str> for BatchStatementErrorCodeEnum {
    fn from(s: &str) -> Self {
        match s {
            "ConditionalCheckFailed" => Self::ConditionalCheckFailed,
            "ItemCollectionSizeLimitExceeded" => Self::ItemCollectionSizeLimitExceeded,
            "RequestLimitExceeded" => Self::RequestLimitExceeded,
            "ValidationError" => Self::ValidationError,
            "ProvisionedThroughputExceeded" => Self::ProvisionedThroughputExceeded,
            "TransactionConflict" => Self::TransactionConflict,
            "ThrottlingError" => Self::ThrottlingError,
            "InternalServerError" => Self::InternalServerError,
            "ResourceNotFound" => Self::ResourceNotFound,
            "AccessDenied" => Self::AccessDenied,
            "DuplicateItem" => Self::DuplicateItem,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BatchStatementErrorCodeEnum);
/// A PartiQL batch statement request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct BatchStatementRequest {
    /// The read consistency of the PartiQL batch request.
    #[serde(
        rename = "ConsistentRead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consistent_read: ::std::option::Option<bool>,
    /// The parameters associated with a PartiQL statement in the batch request.
    #[serde(
        rename = "Parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    /// An optional parameter that returns the item attributes for a PartiQL batch
    /// request operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// A valid PartiQL statement.
    #[serde(rename = "Statement")]
    pub statement: ::std::string::String,
}
impl BatchStatementRequest {
    /// A new [`BatchStatementRequestBuilder`](crate::types::builders::BatchStatementRequestBuilder).
    pub fn builder() -> crate::types::builders::BatchStatementRequestBuilder {
        ::std::default::Default::default()
    }
}
/// A PartiQL batch statement response..
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BatchStatementResponse {
    /// The error associated with a failed PartiQL batch statement.
    #[serde(rename = "Error", default)]
    pub error: ::std::option::Option<crate::types::BatchStatementError>,
    /// A DynamoDB item associated with a BatchStatementResponse
    #[serde(rename = "Item", default)]
    pub item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The table name associated with a failed PartiQL batch statement.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
}
impl BatchStatementResponse {
    /// A new [`BatchStatementResponseBuilder`](crate::types::builders::BatchStatementResponseBuilder).
    pub fn builder() -> crate::types::builders::BatchStatementResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `BatchWriteItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct BatchWriteItemInput {
    /// A map of one or more table names and, for each table, a list of operations to be
    /// performed (`DeleteRequest` or `PutRequest`). Each element in the map consists of
    /// the following:
    ///
    /// - `DeleteRequest` - Perform a `DeleteItem` operation on the specified item. The
    ///   item to be deleted is identified by a `Key` subelement:
    ///   - `Key` - A map of primary key attribute values that uniquely identify the
    ///     item. Each entry in this map consists of an attribute name and an attribute
    ///     value. For each primary key, you must provide *all* of the key attributes.
    ///     For example, with a simple primary key, you only need to provide a value for
    ///     the partition key. For a composite primary key, you must provide values for
    ///     *both* the partition key and the sort key.
    /// - `PutRequest` - Perform a `PutItem` operation on the specified item. The item
    ///   to be put is identified by an `Item` subelement:
    ///   - `Item` - A map of attributes and their values. Each entry in this map
    ///     consists of an attribute name and an attribute value. Attribute values must
    ///     not be null; string and binary type attributes must have lengths greater
    ///     than zero; and set type attributes must not be empty. Requests that contain
    ///     empty values are rejected with a `ValidationException` exception.
    ///
    ///     If you specify any attributes that are part of an index key, then the data
    ///     types for those attributes must match those of the schema in the table's
    ///     attribute definition.
    #[serde(rename = "RequestItems")]
    pub request_items: ::std::collections::HashMap<
        ::std::string::String,
        ::std::vec::Vec<crate::types::WriteRequest>,
    >,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the
    /// response includes statistics about item collections, if any, that were modified
    /// during the operation are returned in the response. If set to `NONE` (the
    /// default), no statistics are returned.
    #[serde(
        rename = "ReturnItemCollectionMetrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
}
impl BatchWriteItemInput {
    /// A new [`BatchWriteItemInputBuilder`](crate::types::builders::BatchWriteItemInputBuilder).
    pub fn builder() -> crate::types::builders::BatchWriteItemInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `BatchWriteItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BatchWriteItemOutput {
    /// The capacity units consumed by the entire `BatchWriteItem` operation.
    ///
    /// Each element consists of:
    ///
    /// - `TableName` - The table that consumed the provisioned throughput.
    /// - `CapacityUnits` - The total number of capacity units consumed.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    /// A list of tables that were processed by `BatchWriteItem` and, for each table,
    /// information about any item collections that were affected by individual
    /// `DeleteItem` or `PutItem` operations.
    ///
    /// Each entry consists of the following subelements:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is
    ///   the same as the partition key value of the item.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, expressed in GB.
    ///   This is a two-element array containing a lower bound and an upper bound for
    ///   the estimate. The estimate includes the size of all the items in the table,
    ///   plus the size of all attributes projected into all of the local secondary
    ///   indexes on the table. Use this estimate to measure whether a local secondary
    ///   index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the
    ///   precision or accuracy of the estimate.
    #[serde(rename = "ItemCollectionMetrics", default)]
    pub item_collection_metrics: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
        >,
    >,
    /// A map of tables and requests against those tables that were not processed. The
    /// `UnprocessedItems` value is in the same form as `RequestItems`, so you can
    /// provide this value directly to a subsequent `BatchWriteItem` operation. For more
    /// information, see `RequestItems` in the Request Parameters section.
    ///
    /// Each `UnprocessedItems` entry consists of a table name and, for that table, a
    /// list of operations to perform (`DeleteRequest` or `PutRequest`).
    ///
    /// - `DeleteRequest` - Perform a `DeleteItem` operation on the specified item. The
    ///   item to be deleted is identified by a `Key` subelement:
    ///   - `Key` - A map of primary key attribute values that uniquely identify the
    ///     item. Each entry in this map consists of an attribute name and an attribute
    ///     value.
    /// - `PutRequest` - Perform a `PutItem` operation on the specified item. The item
    ///   to be put is identified by an `Item` subelement:
    ///   - `Item` - A map of attributes and their values. Each entry in this map
    ///     consists of an attribute name and an attribute value. Attribute values must
    ///     not be null; string and binary type attributes must have lengths greater
    ///     than zero; and set type attributes must not be empty. Requests that contain
    ///     empty values will be rejected with a `ValidationException` exception.
    ///
    ///     If you specify any attributes that are part of an index key, then the data
    ///     types for those attributes must match those of the schema in the table's
    ///     attribute definition.
    ///
    /// If there are no unprocessed items remaining, the response contains an empty
    /// `UnprocessedItems` map.
    #[serde(rename = "UnprocessedItems", default)]
    pub unprocessed_items: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::WriteRequest>,
        >,
    >,
}
impl BatchWriteItemOutput {
    /// A new [`BatchWriteItemOutputBuilder`](crate::types::builders::BatchWriteItemOutputBuilder).
    pub fn builder() -> crate::types::builders::BatchWriteItemOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BillingMode {
    /// `PROVISIONED`
    Provisioned,
    /// `PAY_PER_REQUEST`
    PayPerRequest,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BillingMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Provisioned => "PROVISIONED",
            Self::PayPerRequest => "PAY_PER_REQUEST",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["PROVISIONED", "PAY_PER_REQUEST"]
    }
}
impl ::std::convert::From<&str> for BillingMode {
    fn from(s: &str) -> Self {
        match s {
            "PROVISIONED" => Self::Provisioned,
            "PAY_PER_REQUEST" => Self::PayPerRequest,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BillingMode);
/// Contains the details for the read/write capacity mode. This page talks about
/// `PROVISIONED` and `PAY_PER_REQUEST` billing modes. For more information about
/// these modes, see [Read/write capacity
/// mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html).
///
/// **Note:** You may need to switch to on-demand mode at least once in order to
/// return a `BillingModeSummary` response.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BillingModeSummary {
    /// Controls how you are charged for read and write throughput and how you manage
    /// capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - Sets the read/write capacity mode to `PROVISIONED`. We
    ///   recommend using `PROVISIONED` for predictable workloads.
    /// - `PAY_PER_REQUEST` - Sets the read/write capacity mode to `PAY_PER_REQUEST`. We
    ///   recommend using `PAY_PER_REQUEST` for unpredictable workloads.
    #[serde(rename = "BillingMode", default)]
    pub billing_mode: ::std::option::Option<crate::types::BillingMode>,
    /// Represents the time when `PAY_PER_REQUEST` was last set as the read/write
    /// capacity mode.
    #[serde(rename = "LastUpdateToPayPerRequestDateTime", default)]
    pub last_update_to_pay_per_request_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
}
impl BillingModeSummary {
    /// A new [`BillingModeSummaryBuilder`](crate::types::builders::BillingModeSummaryBuilder).
    pub fn builder() -> crate::types::builders::BillingModeSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BulkOperationBytes {
    #[serde(rename = "BulkPutBytes", default)]
    pub bulk_put_bytes: ::std::option::Option<i64>,
}
impl BulkOperationBytes {
    /// A new [`BulkOperationBytesBuilder`](crate::types::builders::BulkOperationBytesBuilder).
    pub fn builder() -> crate::types::builders::BulkOperationBytesBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BulkOperationDescription {
    #[serde(rename = "BulkOperationArn", default)]
    pub bulk_operation_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "BulkOperationStatus", default)]
    pub bulk_operation_status: ::std::option::Option<crate::types::BulkOperationStatus>,
    #[serde(rename = "BulkOperationUsage", default)]
    pub bulk_operation_usage: ::std::option::Option<
        ::std::vec::Vec<crate::types::BulkOperationUsage>,
    >,
    #[serde(rename = "ClientToken", default)]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EndTime", default)]
    pub end_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "FailedItemCount", default)]
    pub failed_item_count: ::std::option::Option<i64>,
    #[serde(rename = "FailureCode", default)]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FailureMessage", default)]
    pub failure_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InputS3Configuration", default)]
    pub input_s3_configuration: ::std::option::Option<
        crate::types::InputS3Configuration,
    >,
    #[serde(rename = "MaxWriteRequestUnits", default)]
    pub max_write_request_units: ::std::option::Option<i64>,
    #[serde(rename = "OutputS3Configuration", default)]
    pub output_s3_configuration: ::std::option::Option<
        crate::types::OutputS3Configuration,
    >,
    #[serde(rename = "PerformanceTier", default)]
    pub performance_tier: ::std::option::Option<
        crate::types::BulkOperationPerformanceTier,
    >,
    #[serde(rename = "ProcessedInputBytes", default)]
    pub processed_input_bytes: ::std::option::Option<i64>,
    #[serde(rename = "ProcessedItemCount", default)]
    pub processed_item_count: ::std::option::Option<i64>,
    #[serde(rename = "StartTime", default)]
    pub start_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "TableDetails", default)]
    pub table_details: ::std::option::Option<
        ::std::vec::Vec<crate::types::BulkOperationTableDetail>,
    >,
    #[serde(rename = "TotalInputBytes", default)]
    pub total_input_bytes: ::std::option::Option<i64>,
}
impl BulkOperationDescription {
    /// A new [`BulkOperationDescriptionBuilder`](crate::types::builders::BulkOperationDescriptionBuilder).
    pub fn builder() -> crate::types::builders::BulkOperationDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BulkOperationInputFormat {
    /// `DYNAMODB_JSON`
    DynamodbJson,
    /// `ION`
    Ion,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BulkOperationInputFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DynamodbJson => "DYNAMODB_JSON",
            Self::Ion => "ION",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DYNAMODB_JSON", "ION"]
    }
}
impl ::std::convert::From<&str> for BulkOperationInputFormat {
    fn from(s: &str) -> Self {
        match s {
            "DYNAMODB_JSON" => Self::DynamodbJson,
            "ION" => Self::Ion,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BulkOperationInputFormat);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BulkOperationPerformanceTier {
    /// `STANDARD`
    Standard,
    /// `ACCELERATED`
    Accelerated,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BulkOperationPerformanceTier {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Accelerated => "ACCELERATED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STANDARD", "ACCELERATED"]
    }
}
impl ::std::convert::From<&str> for BulkOperationPerformanceTier {
    fn from(s: &str) -> Self {
        match s {
            "STANDARD" => Self::Standard,
            "ACCELERATED" => Self::Accelerated,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BulkOperationPerformanceTier);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum BulkOperationStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `COMPLETED_WITH_ERRORS`
    CompletedWithErrors,
    /// `CANCELLING`
    Cancelling,
    /// `CANCELLED`
    Cancelled,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl BulkOperationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
            Self::CompletedWithErrors => "COMPLETED_WITH_ERRORS",
            Self::Cancelling => "CANCELLING",
            Self::Cancelled => "CANCELLED",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "IN_PROGRESS",
            "COMPLETED",
            "COMPLETED_WITH_ERRORS",
            "CANCELLING",
            "CANCELLED",
            "FAILED",
        ]
    }
}
impl ::std::convert::From<&str> for BulkOperationStatus {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETED" => Self::Completed,
            "COMPLETED_WITH_ERRORS" => Self::CompletedWithErrors,
            "CANCELLING" => Self::Cancelling,
            "CANCELLED" => Self::Cancelled,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(BulkOperationStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BulkOperationSummary {
    #[serde(rename = "BulkOperationArn", default)]
    pub bulk_operation_arn: ::std::string::String,
    #[serde(rename = "BulkOperationStatus")]
    pub bulk_operation_status: crate::types::BulkOperationStatus,
    #[serde(rename = "EndTime", default)]
    pub end_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(rename = "StartTime", default)]
    pub start_time: crate::runtime::Timestamp,
}
impl BulkOperationSummary {
    /// A new [`BulkOperationSummaryBuilder`](crate::types::builders::BulkOperationSummaryBuilder).
    pub fn builder() -> crate::types::builders::BulkOperationSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BulkOperationTableDetail {
    #[serde(rename = "TableId", default)]
    pub table_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
}
impl BulkOperationTableDetail {
    /// A new [`BulkOperationTableDetailBuilder`](crate::types::builders::BulkOperationTableDetailBuilder).
    pub fn builder() -> crate::types::builders::BulkOperationTableDetailBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BulkOperationUsage {
    #[serde(rename = "BulkPutBytes", default)]
    pub bulk_put_bytes: ::std::option::Option<i64>,
    #[serde(rename = "GlobalSecondaryIndexes", default)]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::BulkOperationBytes,
        >,
    >,
    #[serde(rename = "LocalSecondaryIndexes", default)]
    pub local_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::BulkOperationBytes,
        >,
    >,
    #[serde(rename = "Table", default)]
    pub table: ::std::option::Option<crate::types::BulkOperationBytes>,
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "VectorIndexes", default)]
    pub vector_indexes: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::BulkOperationVectorBytes,
        >,
    >,
}
impl BulkOperationUsage {
    /// A new [`BulkOperationUsageBuilder`](crate::types::builders::BulkOperationUsageBuilder).
    pub fn builder() -> crate::types::builders::BulkOperationUsageBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct BulkOperationVectorBytes {
    #[serde(rename = "BulkPutVectorBytes", default)]
    pub bulk_put_vector_bytes: ::std::option::Option<i64>,
}
impl BulkOperationVectorBytes {
    /// A new [`BulkOperationVectorBytesBuilder`](crate::types::builders::BulkOperationVectorBytesBuilder).
    pub fn builder() -> crate::types::builders::BulkOperationVectorBytesBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CancelBulkOperationInput {
    #[serde(rename = "BulkOperationArn")]
    pub bulk_operation_arn: ::std::string::String,
}
impl CancelBulkOperationInput {
    /// A new [`CancelBulkOperationInputBuilder`](crate::types::builders::CancelBulkOperationInputBuilder).
    pub fn builder() -> crate::types::builders::CancelBulkOperationInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CancelBulkOperationOutput {
    #[serde(rename = "BulkOperationArn", default)]
    pub bulk_operation_arn: ::std::string::String,
    #[serde(rename = "BulkOperationStatus")]
    pub bulk_operation_status: crate::types::BulkOperationStatus,
}
impl CancelBulkOperationOutput {
    /// A new [`CancelBulkOperationOutputBuilder`](crate::types::builders::CancelBulkOperationOutputBuilder).
    pub fn builder() -> crate::types::builders::CancelBulkOperationOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CancellationReason {
    #[serde(rename = "Code", default)]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Item", default)]
    pub item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    #[serde(rename = "Message", default, alias = "message")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl CancellationReason {
    /// A new [`CancellationReasonBuilder`](crate::types::builders::CancellationReasonBuilder).
    pub fn builder() -> crate::types::builders::CancellationReasonBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the amount of provisioned throughput capacity consumed on a table or
/// an index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Capacity {
    /// The total number of capacity units consumed on a table or an index.
    #[serde(rename = "CapacityUnits", default)]
    pub capacity_units: ::std::option::Option<f64>,
    /// The total number of read capacity units consumed on a table or an index.
    #[serde(rename = "ReadCapacityUnits", default)]
    pub read_capacity_units: ::std::option::Option<f64>,
    /// The total number of write capacity units consumed on a table or an index.
    #[serde(rename = "WriteCapacityUnits", default)]
    pub write_capacity_units: ::std::option::Option<f64>,
}
impl Capacity {
    /// A new [`CapacityBuilder`](crate::types::builders::CapacityBuilder).
    pub fn builder() -> crate::types::builders::CapacityBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ComparisonOperator {
    /// `EQ`
    Eq,
    /// `NE`
    Ne,
    /// `IN`
    In,
    /// `LE`
    Le,
    /// `LT`
    Lt,
    /// `GE`
    Ge,
    /// `GT`
    Gt,
    /// `BETWEEN`
    Between,
    /// `NOT_NULL`
    NotNull,
    /// `NULL`
    Null,
    /// `CONTAINS`
    Contains,
    /// `NOT_CONTAINS`
    NotContains,
    /// `BEGINS_WITH`
    BeginsWith,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ComparisonOperator {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eq => "EQ",
            Self::Ne => "NE",
            Self::In => "IN",
            Self::Le => "LE",
            Self::Lt => "LT",
            Self::Ge => "GE",
            Self::Gt => "GT",
            Self::Between => "BETWEEN",
            Self::NotNull => "NOT_NULL",
            Self::Null => "NULL",
            Self::Contains => "CONTAINS",
            Self::NotContains => "NOT_CONTAINS",
            Self::BeginsWith => "BEGINS_WITH",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "EQ",
            "NE",
            "IN",
            "LE",
            "LT",
            "GE",
            "GT",
            "BETWEEN",
            "NOT_NULL",
            "NULL",
            "CONTAINS",
            "NOT_CONTAINS",
            "BEGINS_WITH",
        ]
    }
}
impl ::std::convert::From<&str> for ComparisonOperator {
    fn from(s: &str) -> Self {
        match s {
            "EQ" => Self::Eq,
            "NE" => Self::Ne,
            "IN" => Self::In,
            "LE" => Self::Le,
            "LT" => Self::Lt,
            "GE" => Self::Ge,
            "GT" => Self::Gt,
            "BETWEEN" => Self::Between,
            "NOT_NULL" => Self::NotNull,
            "NULL" => Self::Null,
            "CONTAINS" => Self::Contains,
            "NOT_CONTAINS" => Self::NotContains,
            "BEGINS_WITH" => Self::BeginsWith,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ComparisonOperator);
/// Represents the selection criteria for a `Query` or `Scan` operation:
///
/// - For a `Query` operation, `Condition` is used for specifying the
///   `KeyConditions` to use when querying a table or an index. For `KeyConditions`,
///   only the following comparison operators are supported:
///
///   `EQ | LE | LT | GE | GT | BEGINS_WITH | BETWEEN`
///
///   `Condition` is also used in a `QueryFilter`, which evaluates the query results
///   and returns only the desired values.
///
/// - For a `Scan` operation, `Condition` is used in a `ScanFilter`, which evaluates
///   the scan results and returns only the desired values.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct Condition {
    /// One or more values to evaluate against the supplied attribute. The number of
    /// values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on
    /// ASCII character code values. For example, `a` is greater than `A`, and `a` is
    /// greater than `B`. For a list of code values, see
    /// <http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters>.
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it
    /// compares binary values.
    #[serde(
        rename = "AttributeValueList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_value_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    /// A comparator for evaluating attributes. For example, equals, greater than, less
    /// than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ | NE | LE | LT | GE | GT | NOT_NULL | NULL | CONTAINS | NOT_CONTAINS | BEGINS_WITH | IN | BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, Binary, String Set, Number Set, or Binary Set. If an item
    ///   contains an `AttributeValue` element of a different type than the one provided
    ///   in the request, the value does not match. For example, `{"S":"6"}` does not
    ///   equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    ///
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and
    ///   maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String,
    ///   Number, Binary, String Set, Number Set, or Binary Set. If an item contains an
    ///   `AttributeValue` of a different type than the one provided in the request, the
    ///   value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`.
    ///   Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    ///
    /// - `LE` : Less than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not equal
    ///   `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `LT` : Less than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String,
    ///   Number, or Binary (not a set type). If an item contains an `AttributeValue`
    ///   element of a different type than the one provided in the request, the value
    ///   does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also,
    ///   `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `GE` : Greater than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not equal
    ///   `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `GT` : Greater than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not equal
    ///   `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `NOT_NULL` : The attribute exists. `NOT_NULL` is supported for all data types,
    ///   including lists and maps.
    ///
    ///   **Note:** This operator tests for the existence of an attribute, not its data
    ///   type. If the data type of attribute "`a`" is null, and you evaluate it using
    ///   `NOT_NULL`, the result is a Boolean `true`. This result is because the
    ///   attribute "`a`" exists; its data type is not relevant to the `NOT_NULL`
    ///   comparison operator.
    ///
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types,
    ///   including lists and maps.
    ///
    ///   **Note:** This operator tests for the nonexistence of an attribute, not its
    ///   data type. If the data type of attribute "`a`" is null, and you evaluate it
    ///   using `NULL`, the result is a Boolean `false`. This is because the attribute
    ///   "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    ///
    /// - `CONTAINS` : Checks for a subsequence, or value in a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If the target attribute of the
    ///   comparison is of type String, then the operator checks for a substring match.
    ///   If the target attribute of the comparison is of type Binary, then the operator
    ///   looks for a subsequence of the target that matches the input. If the target
    ///   attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the
    ///   operator evaluates to true if it finds an exact match with any member of the
    ///   set.
    ///
    ///   CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can
    ///   be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `NOT_CONTAINS` : Checks for absence of a subsequence, or absence of a value in
    ///   a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If the target attribute of the
    ///   comparison is a String, then the operator checks for the absence of a
    ///   substring match. If the target attribute of the comparison is Binary, then the
    ///   operator checks for the absence of a subsequence of the target that matches
    ///   the input. If the target attribute of the comparison is a set ("`SS`", "`NS`",
    ///   or "`BS`"), then the operator evaluates to true if it *does not* find an exact
    ///   match with any member of the set.
    ///
    ///   NOT_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`",
    ///   "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `BEGINS_WITH` : Checks for a prefix.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String or
    ///   Binary (not a Number or a set type). The target attribute of the comparison
    ///   must be of type String or Binary (not a Number or a set type).
    ///
    /// - `IN` : Checks for matching elements in a list.
    ///
    ///   `AttributeValueList` can contain one or more `AttributeValue` elements of type
    ///   String, Number, or Binary. These attributes are compared against an existing
    ///   attribute of an item. If any elements of the input are equal to the item
    ///   attribute, the expression evaluates to true.
    ///
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal
    ///   to the second value.
    ///
    ///   `AttributeValueList` must contain two `AttributeValue` elements of the same
    ///   type, either String, Number, or Binary (not a set type). A target attribute
    ///   matches if the target value is greater than, or equal to, the first element
    ///   and less than, or equal to, the second element. If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not compare
    ///   to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`
    ///
    /// For usage examples of `AttributeValueList` and `ComparisonOperator`, see [Legacy
    /// Conditional
    /// Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ComparisonOperator")]
    pub comparison_operator: crate::types::ComparisonOperator,
}
impl Condition {
    /// A new [`ConditionBuilder`](crate::types::builders::ConditionBuilder).
    pub fn builder() -> crate::types::builders::ConditionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a request to perform a check that an item exists or to check the
/// condition of specific attributes of the item.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ConditionCheck {
    /// A condition that must be satisfied in order for a conditional update to succeed.
    /// For more information, see [Condition
    /// expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ConditionExpression")]
    pub condition_expression: ::std::string::String,
    /// One or more substitution tokens for attribute names in an expression. For more
    /// information, see [Expression attribute
    /// names](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression. For more
    /// information, see [Condition
    /// expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The primary key of the item to be checked. Each element consists of an attribute
    /// name and a value for that attribute.
    #[serde(rename = "Key")]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the
    /// `ConditionCheck` condition fails. For `ReturnValuesOnConditionCheckFailure`, the
    /// valid values are: NONE and ALL_OLD.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// Name of the table for the check item request.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl ConditionCheck {
    /// A new [`ConditionCheckBuilder`](crate::types::builders::ConditionCheckBuilder).
    pub fn builder() -> crate::types::builders::ConditionCheckBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ConditionalOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ConditionalOperator {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AND", "OR"]
    }
}
impl ::std::convert::From<&str> for ConditionalOperator {
    fn from(s: &str) -> Self {
        match s {
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ConditionalOperator);
/// The capacity units consumed by an operation. The data returned includes the
/// total provisioned throughput consumed, along with statistics for the table and
/// any indexes involved in the operation. `ConsumedCapacity` is only returned if
/// the request asked for it. For more information, see [Provisioned
/// Throughput](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughputIntro.html)
/// in the *Amazon DynamoDB Developer Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ConsumedCapacity {
    /// The total number of capacity units consumed by the operation.
    #[serde(rename = "CapacityUnits", default)]
    pub capacity_units: ::std::option::Option<f64>,
    /// The amount of throughput consumed on each global index affected by the
    /// operation.
    #[serde(rename = "GlobalSecondaryIndexes", default)]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Capacity>,
    >,
    /// The amount of throughput consumed on each local index affected by the operation.
    #[serde(rename = "LocalSecondaryIndexes", default)]
    pub local_secondary_indexes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Capacity>,
    >,
    /// The total number of read capacity units consumed by the operation.
    #[serde(rename = "ReadCapacityUnits", default)]
    pub read_capacity_units: ::std::option::Option<f64>,
    /// The amount of throughput consumed on the table affected by the operation.
    #[serde(rename = "Table", default)]
    pub table: ::std::option::Option<crate::types::Capacity>,
    /// The name of the table that was affected by the operation.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// The total number of write capacity units consumed by the operation.
    #[serde(rename = "WriteCapacityUnits", default)]
    pub write_capacity_units: ::std::option::Option<f64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "VectorIndexes", default)]
    pub vector_indexes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::VectorCapacity>,
    >,
}
impl ConsumedCapacity {
    /// A new [`ConsumedCapacityBuilder`](crate::types::builders::ConsumedCapacityBuilder).
    pub fn builder() -> crate::types::builders::ConsumedCapacityBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the continuous backups and point in time recovery settings on the
/// table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ContinuousBackupsDescription {
    /// `ContinuousBackupsStatus` can be one of the following states: ENABLED, DISABLED
    #[serde(rename = "ContinuousBackupsStatus")]
    pub continuous_backups_status: crate::types::ContinuousBackupsStatus,
    /// The description of the point in time recovery settings applied to the table.
    #[serde(rename = "PointInTimeRecoveryDescription", default)]
    pub point_in_time_recovery_description: ::std::option::Option<
        crate::types::PointInTimeRecoveryDescription,
    >,
}
impl ContinuousBackupsDescription {
    /// A new [`ContinuousBackupsDescriptionBuilder`](crate::types::builders::ContinuousBackupsDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ContinuousBackupsDescriptionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ContinuousBackupsStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ContinuousBackupsStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<&str> for ContinuousBackupsStatus {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ContinuousBackupsStatus);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ContributorInsightsAction {
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ContributorInsightsAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "ENABLE",
            Self::Disable => "DISABLE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLE", "DISABLE"]
    }
}
impl ::std::convert::From<&str> for ContributorInsightsAction {
    fn from(s: &str) -> Self {
        match s {
            "ENABLE" => Self::Enable,
            "DISABLE" => Self::Disable,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ContributorInsightsAction);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ContributorInsightsMode {
    /// `ACCESSED_AND_THROTTLED_KEYS`
    AccessedAndThrottledKeys,
    /// `THROTTLED_KEYS`
    ThrottledKeys,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ContributorInsightsMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessedAndThrottledKeys => "ACCESSED_AND_THROTTLED_KEYS",
            Self::ThrottledKeys => "THROTTLED_KEYS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"]
    }
}
impl ::std::convert::From<&str> for ContributorInsightsMode {
    fn from(s: &str) -> Self {
        match s {
            "ACCESSED_AND_THROTTLED_KEYS" => Self::AccessedAndThrottledKeys,
            "THROTTLED_KEYS" => Self::ThrottledKeys,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ContributorInsightsMode);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ContributorInsightsStatus {
    /// `ENABLING`
    Enabling,
    /// `ENABLED`
    Enabled,
    /// `DISABLING`
    Disabling,
    /// `DISABLED`
    Disabled,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ContributorInsightsStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabling => "ENABLING",
            Self::Enabled => "ENABLED",
            Self::Disabling => "DISABLING",
            Self::Disabled => "DISABLED",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLING", "ENABLED", "DISABLING", "DISABLED", "FAILED"]
    }
}
impl ::std::convert::From<&str> for ContributorInsightsStatus {
    fn from(s: &str) -> Self {
        match s {
            "ENABLING" => Self::Enabling,
            "ENABLED" => Self::Enabled,
            "DISABLING" => Self::Disabling,
            "DISABLED" => Self::Disabled,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ContributorInsightsStatus);
/// Represents a Contributor Insights summary entry.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ContributorInsightsSummary {
    /// Describes the current status for contributor insights for the given table and
    /// index, if applicable.
    #[serde(rename = "ContributorInsightsStatus", default)]
    pub contributor_insights_status: ::std::option::Option<
        crate::types::ContributorInsightsStatus,
    >,
    /// Name of the index associated with the summary, if any.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// Name of the table associated with the summary.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ContributorInsightsMode", default)]
    pub contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl ContributorInsightsSummary {
    /// A new [`ContributorInsightsSummaryBuilder`](crate::types::builders::ContributorInsightsSummaryBuilder).
    pub fn builder() -> crate::types::builders::ContributorInsightsSummaryBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateBackupInput {
    /// Specified name for the backup.
    #[serde(rename = "BackupName")]
    pub backup_name: ::std::string::String,
    /// The name of the table.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl CreateBackupInput {
    /// A new [`CreateBackupInputBuilder`](crate::types::builders::CreateBackupInputBuilder).
    pub fn builder() -> crate::types::builders::CreateBackupInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CreateBackupOutput {
    /// Contains the details of the backup created for the table.
    #[serde(rename = "BackupDetails", default)]
    pub backup_details: ::std::option::Option<crate::types::BackupDetails>,
}
impl CreateBackupOutput {
    /// A new [`CreateBackupOutputBuilder`](crate::types::builders::CreateBackupOutputBuilder).
    pub fn builder() -> crate::types::builders::CreateBackupOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a new global secondary index to be added to an existing table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be created.
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    /// The key schema for the global secondary index.
    #[serde(rename = "KeySchema")]
    pub key_schema: ::std::vec::Vec<crate::types::KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into an index.
    /// These are in addition to the primary key attributes and index key attributes,
    /// which are automatically projected.
    #[serde(rename = "Projection")]
    pub projection: crate::types::Projection,
    /// Represents the provisioned throughput settings for the specified global
    /// secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service,
    /// Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProvisionedThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "WarmThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl CreateGlobalSecondaryIndexAction {
    /// A new [`CreateGlobalSecondaryIndexActionBuilder`](crate::types::builders::CreateGlobalSecondaryIndexActionBuilder).
    pub fn builder() -> crate::types::builders::CreateGlobalSecondaryIndexActionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateGlobalTableInput {
    /// The global table name.
    #[serde(rename = "GlobalTableName")]
    pub global_table_name: ::std::string::String,
    /// The Regions where the global table needs to be created.
    #[serde(rename = "ReplicationGroup")]
    pub replication_group: ::std::vec::Vec<crate::types::Replica>,
}
impl CreateGlobalTableInput {
    /// A new [`CreateGlobalTableInputBuilder`](crate::types::builders::CreateGlobalTableInputBuilder).
    pub fn builder() -> crate::types::builders::CreateGlobalTableInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CreateGlobalTableOutput {
    /// Contains the details of the global table.
    #[serde(rename = "GlobalTableDescription", default)]
    pub global_table_description: ::std::option::Option<
        crate::types::GlobalTableDescription,
    >,
}
impl CreateGlobalTableOutput {
    /// A new [`CreateGlobalTableOutputBuilder`](crate::types::builders::CreateGlobalTableOutputBuilder).
    pub fn builder() -> crate::types::builders::CreateGlobalTableOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateGlobalTableWitnessGroupMemberAction {
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
}
impl CreateGlobalTableWitnessGroupMemberAction {
    /// A new [`CreateGlobalTableWitnessGroupMemberActionBuilder`](crate::types::builders::CreateGlobalTableWitnessGroupMemberActionBuilder).
    pub fn builder() -> crate::types::builders::CreateGlobalTableWitnessGroupMemberActionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a replica to be added.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateReplicaAction {
    /// The Region of the replica to be added.
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
}
impl CreateReplicaAction {
    /// A new [`CreateReplicaActionBuilder`](crate::types::builders::CreateReplicaActionBuilder).
    pub fn builder() -> crate::types::builders::CreateReplicaActionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a replica to be created.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateReplicationGroupMemberAction {
    /// Replica-specific global secondary index settings.
    #[serde(
        rename = "GlobalSecondaryIndexes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndex>,
    >,
    /// The KMS key that should be used for KMS encryption in the new replica. To
    /// specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias
    /// ARN. Note that you should only provide this parameter if the key is different
    /// from the default DynamoDB KMS key `alias/aws/dynamodb`.
    #[serde(
        rename = "KMSMasterKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_master_key_id: ::std::option::Option<::std::string::String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source
    /// table's provisioned throughput settings.
    #[serde(
        rename = "ProvisionedThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    /// The Region where the new replica will be created.
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
    /// Replica-specific table class. If not specified, uses the source table's table
    /// class.
    #[serde(
        rename = "TableClassOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_class_override: ::std::option::Option<crate::types::TableClass>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
}
impl CreateReplicationGroupMemberAction {
    /// A new [`CreateReplicationGroupMemberActionBuilder`](crate::types::builders::CreateReplicationGroupMemberActionBuilder).
    pub fn builder() -> crate::types::builders::CreateReplicationGroupMemberActionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `CreateTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateTableInput {
    /// An array of attributes that describe the key schema for the table and indexes.
    #[serde(
        rename = "AttributeDefinitions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeDefinition>,
    >,
    /// Controls how you are charged for read and write throughput and how you manage
    /// capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads.
    ///   `PROVISIONED` sets the billing mode to [Provisioned
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.ProvisionedThroughput.Manual).
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for unpredictable
    ///   workloads. `PAY_PER_REQUEST` sets the billing mode to [On-Demand
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.OnDemand).
    #[serde(
        rename = "BillingMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_mode: ::std::option::Option<crate::types::BillingMode>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled
    /// (false) on the table.
    #[serde(
        rename = "DeletionProtectionEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
    /// One or more global secondary indexes (the maximum is 20) to be created on the
    /// table. Each global secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the global secondary index. Must be unique only for
    ///   this table.
    /// - `KeySchema` - Specifies the key schema for the global secondary index.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table
    ///   into the index. These are in addition to the primary key attributes and index
    ///   key attributes, which are automatically projected. Each attribute
    ///   specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the
    ///       index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the
    ///       index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are
    ///     projected into the secondary index. The total count of attributes provided
    ///     in `NonKeyAttributes`, summed across all of the secondary indexes, must not
    ///     exceed 100. If you project the same attribute into two different indexes,
    ///     this counts as two distinct attributes when determining the total.
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global
    ///   secondary index, consisting of read and write capacity units.
    #[serde(
        rename = "GlobalSecondaryIndexes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    /// Specifies the attributes that make up the primary key for a table or an index.
    /// The attributes in `KeySchema` must also be defined in the `AttributeDefinitions`
    /// array. For more information, see [Data
    /// Model](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each `KeySchemaElement` in the array is composed of:
    ///
    /// - `AttributeName` - The name of this key attribute.
    /// - `KeyType` - The role that the key attribute will assume:
    ///   - `HASH` - partition key
    ///   - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from the DynamoDB usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    ///
    /// For a simple primary key (partition key), you must provide exactly one element
    /// with a `KeyType` of `HASH`.
    ///
    /// For a composite primary key (partition key and sort key), you must provide
    /// exactly two elements, in this order: The first element must have a `KeyType` of
    /// `HASH`, and the second element must have a `KeyType` of `RANGE`.
    ///
    /// For more information, see [Working with
    /// Tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#WorkingWithTables.primary.key)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "KeySchema",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    /// One or more local secondary indexes (the maximum is 5) to be created on the
    /// table. Each index is scoped to a given partition key value. There is a 10 GB
    /// size limit per partition key value; otherwise, the size of a local secondary
    /// index is unconstrained.
    ///
    /// Each local secondary index in the array includes the following:
    ///
    /// - `IndexName` - The name of the local secondary index. Must be unique only for
    ///   this table.
    /// - `KeySchema` - Specifies the key schema for the local secondary index. The key
    ///   schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table
    ///   into the index. These are in addition to the primary key attributes and index
    ///   key attributes, which are automatically projected. Each attribute
    ///   specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the
    ///       index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the
    ///       index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are
    ///     projected into the secondary index. The total count of attributes provided
    ///     in `NonKeyAttributes`, summed across all of the secondary indexes, must not
    ///     exceed 100. If you project the same attribute into two different indexes,
    ///     this counts as two distinct attributes when determining the total.
    #[serde(
        rename = "LocalSecondaryIndexes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndex>,
    >,
    /// Represents the provisioned throughput settings for a specified table or index.
    /// The settings can be modified using the `UpdateTable` operation.
    ///
    /// If you set BillingMode as `PROVISIONED`, you must specify this property. If you
    /// set BillingMode as `PAY_PER_REQUEST`, you cannot specify this property.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service,
    /// Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProvisionedThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// Represents the settings used to enable server-side encryption.
    #[serde(
        rename = "SSESpecification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sse_specification: ::std::option::Option<crate::types::SseSpecification>,
    /// The settings for DynamoDB Streams on the table. These settings consist of:
    ///
    /// - `StreamEnabled` - Indicates whether DynamoDB Streams is to be enabled (true)
    ///   or disabled (false).
    /// - `StreamViewType` - When an item in the table is modified, `StreamViewType`
    ///   determines what information is written to the table's stream. Valid values for
    ///   `StreamViewType` are:
    ///   - `KEYS_ONLY` - Only the key attributes of the modified item are written to
    ///     the stream.
    ///   - `NEW_IMAGE` - The entire item, as it appears after it was modified, is
    ///     written to the stream.
    ///   - `OLD_IMAGE` - The entire item, as it appeared before it was modified, is
    ///     written to the stream.
    ///   - `NEW_AND_OLD_IMAGES` - Both the new and the old item images of the item are
    ///     written to the stream.
    #[serde(
        rename = "StreamSpecification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_specification: ::std::option::Option<crate::types::StreamSpecification>,
    /// The table class of the new table. Valid values are `STANDARD` and
    /// `STANDARD_INFREQUENT_ACCESS`.
    #[serde(
        rename = "TableClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_class: ::std::option::Option<crate::types::TableClass>,
    /// The name of the table to create.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// A list of key-value pairs to label the table. For more information, see [Tagging
    /// for
    /// DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html).
    #[serde(
        rename = "Tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "GlobalTableSettingsReplicationMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "GlobalTableSourceArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_source_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ResourcePolicy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_policy: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "VectorIndexes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "WarmThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl CreateTableInput {
    /// A new [`CreateTableInputBuilder`](crate::types::builders::CreateTableInputBuilder).
    pub fn builder() -> crate::types::builders::CreateTableInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `CreateTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CreateTableOutput {
    /// Represents the properties of the table.
    #[serde(rename = "TableDescription", default)]
    pub table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl CreateTableOutput {
    /// A new [`CreateTableOutputBuilder`](crate::types::builders::CreateTableOutputBuilder).
    pub fn builder() -> crate::types::builders::CreateTableOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateVectorIndexAction {
    #[serde(rename = "Dimensions")]
    pub dimensions: i64,
    #[serde(rename = "DistanceFunction")]
    pub distance_function: crate::types::VectorDistanceFunction,
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    #[serde(rename = "Projection")]
    pub projection: crate::types::Projection,
    #[serde(
        rename = "SearchSchema",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    #[serde(rename = "VectorAttribute")]
    pub vector_attribute: crate::types::VectorAttributeDefinition,
}
impl CreateVectorIndexAction {
    /// A new [`CreateVectorIndexActionBuilder`](crate::types::builders::CreateVectorIndexActionBuilder).
    pub fn builder() -> crate::types::builders::CreateVectorIndexActionBuilder {
        ::std::default::Default::default()
    }
}
/// Processing options for the CSV file being imported.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CsvOptions {
    /// The delimiter used for separating items in the CSV file being imported.
    #[serde(
        rename = "Delimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delimiter: ::std::option::Option<::std::string::String>,
    /// List of the headers used to specify a common header for all source CSV files
    /// being imported. If this field is specified then the first line of each CSV file
    /// is treated as data instead of the header. If this field is not specified the the
    /// first line of each CSV file is treated as the header.
    #[serde(
        rename = "HeaderList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub header_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl CsvOptions {
    /// A new [`CsvOptionsBuilder`](crate::types::builders::CsvOptionsBuilder).
    pub fn builder() -> crate::types::builders::CsvOptionsBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a request to perform a `DeleteItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct Delete {
    /// A condition that must be satisfied in order for a conditional delete to succeed.
    #[serde(
        rename = "ConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_expression: ::std::option::Option<::std::string::String>,
    /// One or more substitution tokens for attribute names in an expression.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The primary key of the item to be deleted. Each element consists of an attribute
    /// name and a value for that attribute.
    #[serde(rename = "Key")]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the
    /// `Delete` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid
    /// values are: NONE and ALL_OLD.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// Name of the table in which the item to be deleted resides.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl Delete {
    /// A new [`DeleteBuilder`](crate::types::builders::DeleteBuilder).
    pub fn builder() -> crate::types::builders::DeleteBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteBackupInput {
    /// The ARN associated with the backup.
    #[serde(rename = "BackupArn")]
    pub backup_arn: ::std::string::String,
}
impl DeleteBackupInput {
    /// A new [`DeleteBackupInputBuilder`](crate::types::builders::DeleteBackupInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteBackupInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteBackupOutput {
    /// Contains the description of the backup created for the table.
    #[serde(rename = "BackupDescription", default)]
    pub backup_description: ::std::option::Option<crate::types::BackupDescription>,
}
impl DeleteBackupOutput {
    /// A new [`DeleteBackupOutputBuilder`](crate::types::builders::DeleteBackupOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteBackupOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a global secondary index to be deleted from an existing table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be deleted.
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
}
impl DeleteGlobalSecondaryIndexAction {
    /// A new [`DeleteGlobalSecondaryIndexActionBuilder`](crate::types::builders::DeleteGlobalSecondaryIndexActionBuilder).
    pub fn builder() -> crate::types::builders::DeleteGlobalSecondaryIndexActionBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteGlobalTableWitnessGroupMemberAction {
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
}
impl DeleteGlobalTableWitnessGroupMemberAction {
    /// A new [`DeleteGlobalTableWitnessGroupMemberActionBuilder`](crate::types::builders::DeleteGlobalTableWitnessGroupMemberActionBuilder).
    pub fn builder() -> crate::types::builders::DeleteGlobalTableWitnessGroupMemberActionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `DeleteItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteItemInput {
    /// A condition that must be satisfied in order for a conditional `DeleteItem` to
    /// succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions:
    ///   `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size`
    ///
    ///   These function names are case-sensitive.
    ///
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    ///
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information about condition expressions, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_expression: ::std::option::Option<::std::string::String>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionalOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditional_operator: ::std::option::Option<crate::types::ConditionalOperator>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "Expected",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ExpectedAttributeValue,
        >,
    >,
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute
    /// value. For example, suppose that you wanted to check whether the value of the
    /// *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// A map of attribute names to `AttributeValue` objects, representing the primary
    /// key of the item to delete.
    ///
    /// For the primary key, you must provide all of the key attributes. For example,
    /// with a simple primary key, you only need to provide a value for the partition
    /// key. For a composite primary key, you must provide values for both the partition
    /// key and the sort key.
    #[serde(rename = "Key")]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the
    /// response includes statistics about item collections, if any, that were modified
    /// during the operation are returned in the response. If set to `NONE` (the
    /// default), no statistics are returned.
    #[serde(
        rename = "ReturnItemCollectionMetrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared
    /// before they were deleted. For `DeleteItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then
    ///   nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - The content of the old item is returned.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    ///
    /// **Note:** The `ReturnValues` parameter is used by several DynamoDB operations;
    /// however, `DeleteItem` does not recognize any values other than `NONE` or
    /// `ALL_OLD`.
    #[serde(
        rename = "ReturnValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values: ::std::option::Option<crate::types::ReturnValue>,
    /// An optional parameter that returns the item attributes for a `DeleteItem`
    /// operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// The name of the table from which to delete the item.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DeleteItemInput {
    /// A new [`DeleteItemInputBuilder`](crate::types::builders::DeleteItemInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteItemInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `DeleteItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteItemOutput {
    /// A map of attribute names to `AttributeValue` objects, representing the item as
    /// it appeared before the `DeleteItem` operation. This map appears in the response
    /// only if `ReturnValues` was specified as `ALL_OLD` in the request.
    #[serde(rename = "Attributes", default)]
    pub attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The capacity units consumed by the `DeleteItem` operation. The data returned
    /// includes the total provisioned throughput consumed, along with statistics for
    /// the table and any indexes involved in the operation. `ConsumedCapacity` is only
    /// returned if the `ReturnConsumedCapacity` parameter was specified. For more
    /// information, see [Provisioned
    /// Throughput](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughputIntro.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the
    /// `DeleteItem` operation. `ItemCollectionMetrics` is only returned if the
    /// `ReturnItemCollectionMetrics` parameter was specified. If the table does not
    /// have any local secondary indexes, this information is not returned in the
    /// response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is
    ///   the same as the partition key value of the item itself.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes.
    ///   This value is a two-element array containing a lower bound and an upper bound
    ///   for the estimate. The estimate includes the size of all the items in the
    ///   table, plus the size of all attributes projected into all of the local
    ///   secondary indexes on that table. Use this estimate to measure whether a local
    ///   secondary index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the
    ///   precision or accuracy of the estimate.
    #[serde(rename = "ItemCollectionMetrics", default)]
    pub item_collection_metrics: ::std::option::Option<
        crate::types::ItemCollectionMetrics,
    >,
}
impl DeleteItemOutput {
    /// A new [`DeleteItemOutputBuilder`](crate::types::builders::DeleteItemOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteItemOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a replica to be removed.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteReplicaAction {
    /// The Region of the replica to be removed.
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
}
impl DeleteReplicaAction {
    /// A new [`DeleteReplicaActionBuilder`](crate::types::builders::DeleteReplicaActionBuilder).
    pub fn builder() -> crate::types::builders::DeleteReplicaActionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a replica to be deleted.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteReplicationGroupMemberAction {
    /// The Region where the replica exists.
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
}
impl DeleteReplicationGroupMemberAction {
    /// A new [`DeleteReplicationGroupMemberActionBuilder`](crate::types::builders::DeleteReplicationGroupMemberActionBuilder).
    pub fn builder() -> crate::types::builders::DeleteReplicationGroupMemberActionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a request to perform a `DeleteItem` operation on an item.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteRequest {
    /// A map of attribute name to attribute values, representing the primary key of the
    /// item to delete. All of the table's primary key attributes must be specified, and
    /// their data types must match those of the table's key schema.
    #[serde(rename = "Key", default)]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
}
impl DeleteRequest {
    /// A new [`DeleteRequestBuilder`](crate::types::builders::DeleteRequestBuilder).
    pub fn builder() -> crate::types::builders::DeleteRequestBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteResourcePolicyInput {
    #[serde(
        rename = "ExpectedRevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_revision_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceArn")]
    pub resource_arn: ::std::string::String,
}
impl DeleteResourcePolicyInput {
    /// A new [`DeleteResourcePolicyInputBuilder`](crate::types::builders::DeleteResourcePolicyInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteResourcePolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteResourcePolicyOutput {
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl DeleteResourcePolicyOutput {
    /// A new [`DeleteResourcePolicyOutputBuilder`](crate::types::builders::DeleteResourcePolicyOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteResourcePolicyOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `DeleteTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteTableInput {
    /// The name of the table to delete.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DeleteTableInput {
    /// A new [`DeleteTableInputBuilder`](crate::types::builders::DeleteTableInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteTableInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `DeleteTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DeleteTableOutput {
    /// Represents the properties of a table.
    #[serde(rename = "TableDescription", default)]
    pub table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl DeleteTableOutput {
    /// A new [`DeleteTableOutputBuilder`](crate::types::builders::DeleteTableOutputBuilder).
    pub fn builder() -> crate::types::builders::DeleteTableOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteVectorIndexAction {
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
}
impl DeleteVectorIndexAction {
    /// A new [`DeleteVectorIndexActionBuilder`](crate::types::builders::DeleteVectorIndexActionBuilder).
    pub fn builder() -> crate::types::builders::DeleteVectorIndexActionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeBackupInput {
    /// The Amazon Resource Name (ARN) associated with the backup.
    #[serde(rename = "BackupArn")]
    pub backup_arn: ::std::string::String,
}
impl DescribeBackupInput {
    /// A new [`DescribeBackupInputBuilder`](crate::types::builders::DescribeBackupInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeBackupInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeBackupOutput {
    /// Contains the description of the backup created for the table.
    #[serde(rename = "BackupDescription", default)]
    pub backup_description: ::std::option::Option<crate::types::BackupDescription>,
}
impl DescribeBackupOutput {
    /// A new [`DescribeBackupOutputBuilder`](crate::types::builders::DescribeBackupOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeBackupOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeBulkOperationInput {
    #[serde(rename = "BulkOperationArn")]
    pub bulk_operation_arn: ::std::string::String,
}
impl DescribeBulkOperationInput {
    /// A new [`DescribeBulkOperationInputBuilder`](crate::types::builders::DescribeBulkOperationInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeBulkOperationInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeBulkOperationOutput {
    #[serde(rename = "BulkOperationDescription", default)]
    pub bulk_operation_description: crate::types::BulkOperationDescription,
}
impl DescribeBulkOperationOutput {
    /// A new [`DescribeBulkOperationOutputBuilder`](crate::types::builders::DescribeBulkOperationOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeBulkOperationOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeContinuousBackupsInput {
    /// Name of the table for which the customer wants to check the continuous backups
    /// and point in time recovery settings.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DescribeContinuousBackupsInput {
    /// A new [`DescribeContinuousBackupsInputBuilder`](crate::types::builders::DescribeContinuousBackupsInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeContinuousBackupsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the
    /// table.
    #[serde(rename = "ContinuousBackupsDescription", default)]
    pub continuous_backups_description: ::std::option::Option<
        crate::types::ContinuousBackupsDescription,
    >,
}
impl DescribeContinuousBackupsOutput {
    /// A new [`DescribeContinuousBackupsOutputBuilder`](crate::types::builders::DescribeContinuousBackupsOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeContinuousBackupsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeContributorInsightsInput {
    /// The name of the global secondary index to describe, if applicable.
    #[serde(
        rename = "IndexName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The name of the table to describe.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DescribeContributorInsightsInput {
    /// A new [`DescribeContributorInsightsInputBuilder`](crate::types::builders::DescribeContributorInsightsInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeContributorInsightsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeContributorInsightsOutput {
    /// List of names of the associated contributor insights rules.
    #[serde(rename = "ContributorInsightsRuleList", default)]
    pub contributor_insights_rule_list: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Current status of contributor insights.
    #[serde(rename = "ContributorInsightsStatus", default)]
    pub contributor_insights_status: ::std::option::Option<
        crate::types::ContributorInsightsStatus,
    >,
    /// Returns information about the last failure that was encountered.
    ///
    /// The most common exceptions for a FAILED status are:
    ///
    /// - LimitExceededException - Per-account Amazon CloudWatch Contributor Insights
    ///   rule limit reached. Please disable Contributor Insights for other
    ///   tables/indexes OR disable Contributor Insights rules before retrying.
    /// - AccessDeniedException - Amazon CloudWatch Contributor Insights rules cannot be
    ///   modified due to insufficient permissions.
    /// - AccessDeniedException - Failed to create service-linked role for Contributor
    ///   Insights due to insufficient permissions.
    /// - InternalServerError - Failed to create Amazon CloudWatch Contributor Insights
    ///   rules. Please retry request.
    #[serde(rename = "FailureException", default)]
    pub failure_exception: ::std::option::Option<crate::types::FailureException>,
    /// The name of the global secondary index being described.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// Timestamp of the last time the status was changed.
    #[serde(rename = "LastUpdateDateTime", default)]
    pub last_update_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The name of the table being described.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ContributorInsightsMode", default)]
    pub contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl DescribeContributorInsightsOutput {
    /// A new [`DescribeContributorInsightsOutputBuilder`](crate::types::builders::DescribeContributorInsightsOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeContributorInsightsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeEndpointsRequest {}
impl DescribeEndpointsRequest {
    /// A new [`DescribeEndpointsRequestBuilder`](crate::types::builders::DescribeEndpointsRequestBuilder).
    pub fn builder() -> crate::types::builders::DescribeEndpointsRequestBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeEndpointsResponse {
    /// List of endpoints.
    #[serde(rename = "Endpoints", default)]
    pub endpoints: ::std::vec::Vec<crate::types::Endpoint>,
}
impl DescribeEndpointsResponse {
    /// A new [`DescribeEndpointsResponseBuilder`](crate::types::builders::DescribeEndpointsResponseBuilder).
    pub fn builder() -> crate::types::builders::DescribeEndpointsResponseBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeExportInput {
    /// The Amazon Resource Name (ARN) associated with the export.
    #[serde(rename = "ExportArn")]
    pub export_arn: ::std::string::String,
}
impl DescribeExportInput {
    /// A new [`DescribeExportInputBuilder`](crate::types::builders::DescribeExportInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeExportInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeExportOutput {
    /// Represents the properties of the export.
    #[serde(rename = "ExportDescription", default)]
    pub export_description: ::std::option::Option<crate::types::ExportDescription>,
}
impl DescribeExportOutput {
    /// A new [`DescribeExportOutputBuilder`](crate::types::builders::DescribeExportOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeExportOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeGlobalTableInput {
    /// The name of the global table.
    #[serde(rename = "GlobalTableName")]
    pub global_table_name: ::std::string::String,
}
impl DescribeGlobalTableInput {
    /// A new [`DescribeGlobalTableInputBuilder`](crate::types::builders::DescribeGlobalTableInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeGlobalTableInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeGlobalTableOutput {
    /// Contains the details of the global table.
    #[serde(rename = "GlobalTableDescription", default)]
    pub global_table_description: ::std::option::Option<
        crate::types::GlobalTableDescription,
    >,
}
impl DescribeGlobalTableOutput {
    /// A new [`DescribeGlobalTableOutputBuilder`](crate::types::builders::DescribeGlobalTableOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeGlobalTableOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeGlobalTableSettingsInput {
    /// The name of the global table to describe.
    #[serde(rename = "GlobalTableName")]
    pub global_table_name: ::std::string::String,
}
impl DescribeGlobalTableSettingsInput {
    /// A new [`DescribeGlobalTableSettingsInputBuilder`](crate::types::builders::DescribeGlobalTableSettingsInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeGlobalTableSettingsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeGlobalTableSettingsOutput {
    /// The name of the global table.
    #[serde(rename = "GlobalTableName", default)]
    pub global_table_name: ::std::option::Option<::std::string::String>,
    /// The Region-specific settings for the global table.
    #[serde(rename = "ReplicaSettings", default)]
    pub replica_settings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaSettingsDescription>,
    >,
}
impl DescribeGlobalTableSettingsOutput {
    /// A new [`DescribeGlobalTableSettingsOutputBuilder`](crate::types::builders::DescribeGlobalTableSettingsOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeGlobalTableSettingsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeImportInput {
    /// The Amazon Resource Name (ARN) associated with the table you're importing to.
    #[serde(rename = "ImportArn")]
    pub import_arn: ::std::string::String,
}
impl DescribeImportInput {
    /// A new [`DescribeImportInputBuilder`](crate::types::builders::DescribeImportInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeImportInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeImportOutput {
    /// Represents the properties of the table created for the import, and parameters of
    /// the import. The import parameters include import status, how many items were
    /// processed, and how many errors were encountered.
    #[serde(rename = "ImportTableDescription", default)]
    pub import_table_description: crate::types::ImportTableDescription,
}
impl DescribeImportOutput {
    /// A new [`DescribeImportOutputBuilder`](crate::types::builders::DescribeImportOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeImportOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeKinesisStreamingDestinationInput {
    /// The name of the table being described.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DescribeKinesisStreamingDestinationInput {
    /// A new [`DescribeKinesisStreamingDestinationInputBuilder`](crate::types::builders::DescribeKinesisStreamingDestinationInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeKinesisStreamingDestinationInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeKinesisStreamingDestinationOutput {
    /// The list of replica structures for the table being described.
    #[serde(rename = "KinesisDataStreamDestinations", default)]
    pub kinesis_data_stream_destinations: ::std::option::Option<
        ::std::vec::Vec<crate::types::KinesisDataStreamDestination>,
    >,
    /// The name of the table being described.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
}
impl DescribeKinesisStreamingDestinationOutput {
    /// A new [`DescribeKinesisStreamingDestinationOutputBuilder`](crate::types::builders::DescribeKinesisStreamingDestinationOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeKinesisStreamingDestinationOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `DescribeLimits` operation. Has no content.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeLimitsInput {}
impl DescribeLimitsInput {
    /// A new [`DescribeLimitsInputBuilder`](crate::types::builders::DescribeLimitsInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeLimitsInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `DescribeLimits` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeLimitsOutput {
    /// The maximum total read capacity units that your account allows you to provision
    /// across all of your tables in this Region.
    #[serde(rename = "AccountMaxReadCapacityUnits", default)]
    pub account_max_read_capacity_units: ::std::option::Option<i64>,
    /// The maximum total write capacity units that your account allows you to provision
    /// across all of your tables in this Region.
    #[serde(rename = "AccountMaxWriteCapacityUnits", default)]
    pub account_max_write_capacity_units: ::std::option::Option<i64>,
    /// The maximum read capacity units that your account allows you to provision for a
    /// new table that you are creating in this Region, including the read capacity
    /// units provisioned for its global secondary indexes (GSIs).
    #[serde(rename = "TableMaxReadCapacityUnits", default)]
    pub table_max_read_capacity_units: ::std::option::Option<i64>,
    /// The maximum write capacity units that your account allows you to provision for a
    /// new table that you are creating in this Region, including the write capacity
    /// units provisioned for its global secondary indexes (GSIs).
    #[serde(rename = "TableMaxWriteCapacityUnits", default)]
    pub table_max_write_capacity_units: ::std::option::Option<i64>,
}
impl DescribeLimitsOutput {
    /// A new [`DescribeLimitsOutputBuilder`](crate::types::builders::DescribeLimitsOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeLimitsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `DescribeTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeTableInput {
    /// The name of the table to describe.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DescribeTableInput {
    /// A new [`DescribeTableInputBuilder`](crate::types::builders::DescribeTableInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeTableInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `DescribeTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeTableOutput {
    /// The properties of the table.
    #[serde(rename = "Table", default)]
    pub table: ::std::option::Option<crate::types::TableDescription>,
}
impl DescribeTableOutput {
    /// A new [`DescribeTableOutputBuilder`](crate::types::builders::DescribeTableOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeTableOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeTableReplicaAutoScalingInput {
    /// The name of the table.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DescribeTableReplicaAutoScalingInput {
    /// A new [`DescribeTableReplicaAutoScalingInputBuilder`](crate::types::builders::DescribeTableReplicaAutoScalingInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeTableReplicaAutoScalingInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeTableReplicaAutoScalingOutput {
    /// Represents the auto scaling properties of the table.
    #[serde(rename = "TableAutoScalingDescription", default)]
    pub table_auto_scaling_description: ::std::option::Option<
        crate::types::TableAutoScalingDescription,
    >,
}
impl DescribeTableReplicaAutoScalingOutput {
    /// A new [`DescribeTableReplicaAutoScalingOutputBuilder`](crate::types::builders::DescribeTableReplicaAutoScalingOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeTableReplicaAutoScalingOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeTimeToLiveInput {
    /// The name of the table to be described.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl DescribeTimeToLiveInput {
    /// A new [`DescribeTimeToLiveInputBuilder`](crate::types::builders::DescribeTimeToLiveInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeTimeToLiveInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeTimeToLiveOutput {
    #[serde(rename = "TimeToLiveDescription", default)]
    pub time_to_live_description: ::std::option::Option<
        crate::types::TimeToLiveDescription,
    >,
}
impl DescribeTimeToLiveOutput {
    /// A new [`DescribeTimeToLiveOutputBuilder`](crate::types::builders::DescribeTimeToLiveOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeTimeToLiveOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum DestinationStatus {
    /// `ENABLING`
    Enabling,
    /// `ACTIVE`
    Active,
    /// `DISABLING`
    Disabling,
    /// `DISABLED`
    Disabled,
    /// `ENABLE_FAILED`
    EnableFailed,
    /// `UPDATING`
    Updating,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DestinationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabling => "ENABLING",
            Self::Active => "ACTIVE",
            Self::Disabling => "DISABLING",
            Self::Disabled => "DISABLED",
            Self::EnableFailed => "ENABLE_FAILED",
            Self::Updating => "UPDATING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLING", "ACTIVE", "DISABLING", "DISABLED", "ENABLE_FAILED", "UPDATING"]
    }
}
impl ::std::convert::From<&str> for DestinationStatus {
    fn from(s: &str) -> Self {
        match s {
            "ENABLING" => Self::Enabling,
            "ACTIVE" => Self::Active,
            "DISABLING" => Self::Disabling,
            "DISABLED" => Self::Disabled,
            "ENABLE_FAILED" => Self::EnableFailed,
            "UPDATING" => Self::Updating,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DestinationStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DisassociateReplicationGroupMemberAction {
    #[serde(rename = "DisassociationMode")]
    pub disassociation_mode: crate::types::DisassociationMode,
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
}
impl DisassociateReplicationGroupMemberAction {
    /// A new [`DisassociateReplicationGroupMemberActionBuilder`](crate::types::builders::DisassociateReplicationGroupMemberActionBuilder).
    pub fn builder() -> crate::types::builders::DisassociateReplicationGroupMemberActionBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum DisassociationMode {
    /// `WAIT_FOR_REPLICATION`
    WaitForReplication,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl DisassociationMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WaitForReplication => "WAIT_FOR_REPLICATION",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["WAIT_FOR_REPLICATION"]
    }
}
impl ::std::convert::From<&str> for DisassociationMode {
    fn from(s: &str) -> Self {
        match s {
            "WAIT_FOR_REPLICATION" => Self::WaitForReplication,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(DisassociationMode);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct EnableKinesisStreamingConfiguration {
    #[serde(
        rename = "ApproximateCreationDateTimePrecision",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approximate_creation_date_time_precision: ::std::option::Option<
        crate::types::ApproximateCreationDateTimePrecision,
    >,
}
impl EnableKinesisStreamingConfiguration {
    /// A new [`EnableKinesisStreamingConfigurationBuilder`](crate::types::builders::EnableKinesisStreamingConfigurationBuilder).
    pub fn builder() -> crate::types::builders::EnableKinesisStreamingConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// An endpoint information details.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Endpoint {
    /// IP address of the endpoint.
    #[serde(rename = "Address", default)]
    pub address: ::std::string::String,
    /// Endpoint cache time to live (TTL) value.
    #[serde(rename = "CachePeriodInMinutes", default)]
    pub cache_period_in_minutes: i64,
}
impl Endpoint {
    /// A new [`EndpointBuilder`](crate::types::builders::EndpointBuilder).
    pub fn builder() -> crate::types::builders::EndpointBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ExecuteStatementInput {
    /// The consistency of a read operation. If set to `true`, then a strongly
    /// consistent read is used; otherwise, an eventually consistent read is used.
    #[serde(
        rename = "ConsistentRead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consistent_read: ::std::option::Option<bool>,
    /// The maximum number of items to evaluate (not necessarily the number of matching
    /// items). If DynamoDB processes the number of items up to the limit while
    /// processing the results, it stops the operation and returns the matching values
    /// up to that point, along with a key in `LastEvaluatedKey` to apply in a
    /// subsequent operation so you can pick up where you left off. Also, if the
    /// processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops
    /// the operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// Set this value to get remaining results, if `NextToken` was returned in the
    /// statement response.
    #[serde(
        rename = "NextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The parameters for the PartiQL statement, if any.
    #[serde(
        rename = "Parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// An optional parameter that returns the item attributes for an `ExecuteStatement`
    /// operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// The PartiQL statement representing the operation to run.
    #[serde(rename = "Statement")]
    pub statement: ::std::string::String,
}
impl ExecuteStatementInput {
    /// A new [`ExecuteStatementInputBuilder`](crate::types::builders::ExecuteStatementInputBuilder).
    pub fn builder() -> crate::types::builders::ExecuteStatementInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecuteStatementOutput {
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    /// If a read operation was used, this property will contain the result of the read
    /// operation; a map of attribute names and their values. For the write operations
    /// this value will be empty.
    #[serde(rename = "Items", default)]
    pub items: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    >,
    /// The primary key of the item where the operation stopped, inclusive of the
    /// previous result set. Use this value to start a new operation, excluding this
    /// value in the new request. If `LastEvaluatedKey` is empty, then the "last page"
    /// of results has been processed and there is no more data to be retrieved. If
    /// `LastEvaluatedKey` is not empty, it does not necessarily mean that there is more
    /// data in the result set. The only way to know when you have reached the end of
    /// the result set is when `LastEvaluatedKey` is empty.
    #[serde(rename = "LastEvaluatedKey", default)]
    pub last_evaluated_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// If the response of a read request exceeds the response payload limit DynamoDB
    /// will set this value in the response. If set, you can use that this value in the
    /// subsequent request to get the remaining results.
    #[serde(rename = "NextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ExecuteStatementOutput {
    /// A new [`ExecuteStatementOutputBuilder`](crate::types::builders::ExecuteStatementOutputBuilder).
    pub fn builder() -> crate::types::builders::ExecuteStatementOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ExecuteTransactionInput {
    /// Set this value to get remaining results, if `NextToken` was returned in the
    /// statement response.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    /// Determines the level of detail about either provisioned or on-demand throughput
    /// consumption that is returned in the response. For more information, see
    /// [TransactGetItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html)
    /// and
    /// [TransactWriteItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html).
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// The list of PartiQL statements representing the transaction to run.
    #[serde(rename = "TransactStatements")]
    pub transact_statements: ::std::vec::Vec<crate::types::ParameterizedStatement>,
}
impl ExecuteTransactionInput {
    /// A new [`ExecuteTransactionInputBuilder`](crate::types::builders::ExecuteTransactionInputBuilder).
    pub fn builder() -> crate::types::builders::ExecuteTransactionInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExecuteTransactionOutput {
    /// The capacity units consumed by the entire operation. The values of the list are
    /// ordered according to the ordering of the statements.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    /// The response to a PartiQL transaction.
    #[serde(rename = "Responses", default)]
    pub responses: ::std::option::Option<::std::vec::Vec<crate::types::ItemResponse>>,
}
impl ExecuteTransactionOutput {
    /// A new [`ExecuteTransactionOutputBuilder`](crate::types::builders::ExecuteTransactionOutputBuilder).
    pub fn builder() -> crate::types::builders::ExecuteTransactionOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a condition to be compared with an attribute value. This condition
/// can be used with `DeleteItem`, `PutItem`, or `UpdateItem` operations; if the
/// comparison evaluates to true, the operation succeeds; if not, the operation
/// fails. You can use `ExpectedAttributeValue` in one of two different ways:
///
/// - Use `AttributeValueList` to specify one or more values to compare against an
///   attribute. Use `ComparisonOperator` to specify how you want to perform the
///   comparison. If the comparison evaluates to true, then the conditional
///   operation succeeds.
/// - Use `Value` to specify a value that DynamoDB will compare against an
///   attribute. If the values match, then `ExpectedAttributeValue` evaluates to
///   true and the conditional operation succeeds. Optionally, you can also set
///   `Exists` to false, indicating that you *do not* expect to find the attribute
///   value in the table. In this case, the conditional operation succeeds only if
///   the comparison evaluates to false.
///
/// `Value` and `Exists` are incompatible with `AttributeValueList` and
/// `ComparisonOperator`. Note that if you use both sets of parameters at once,
/// DynamoDB will return a `ValidationException` exception.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ExpectedAttributeValue {
    /// One or more values to evaluate against the supplied attribute. The number of
    /// values in the list depends on the `ComparisonOperator` being used.
    ///
    /// For type Number, value comparisons are numeric.
    ///
    /// String value comparisons for greater than, equals, or less than are based on
    /// ASCII character code values. For example, `a` is greater than `A`, and `a` is
    /// greater than `B`. For a list of code values, see
    /// <http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters>.
    ///
    /// For Binary, DynamoDB treats each byte of the binary data as unsigned when it
    /// compares binary values.
    ///
    /// For information on specifying data types in JSON, see [JSON Data
    /// Format](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataFormat.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "AttributeValueList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_value_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeValue>,
    >,
    /// A comparator for evaluating attributes in the `AttributeValueList`. For example,
    /// equals, greater than, less than, etc.
    ///
    /// The following comparison operators are available:
    ///
    /// `EQ | NE | LE | LT | GE | GT | NOT_NULL | NULL | CONTAINS | NOT_CONTAINS | BEGINS_WITH | IN | BETWEEN`
    ///
    /// The following are descriptions of each comparison operator.
    ///
    /// - `EQ` : Equal. `EQ` is supported for all data types, including lists and maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, Binary, String Set, Number Set, or Binary Set. If an item
    ///   contains an `AttributeValue` element of a different type than the one provided
    ///   in the request, the value does not match. For example, `{"S":"6"}` does not
    ///   equal `{"N":"6"}`. Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    ///
    /// - `NE` : Not equal. `NE` is supported for all data types, including lists and
    ///   maps.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String,
    ///   Number, Binary, String Set, Number Set, or Binary Set. If an item contains an
    ///   `AttributeValue` of a different type than the one provided in the request, the
    ///   value does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`.
    ///   Also, `{"N":"6"}` does not equal `{"NS":["6", "2", "1"]}`.
    ///
    /// - `LE` : Less than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not equal
    ///   `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `LT` : Less than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String,
    ///   Number, or Binary (not a set type). If an item contains an `AttributeValue`
    ///   element of a different type than the one provided in the request, the value
    ///   does not match. For example, `{"S":"6"}` does not equal `{"N":"6"}`. Also,
    ///   `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `GE` : Greater than or equal.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not equal
    ///   `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `GT` : Greater than.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not equal
    ///   `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`.
    ///
    /// - `NOT_NULL` : The attribute exists. `NOT_NULL` is supported for all data types,
    ///   including lists and maps.
    ///
    ///   **Note:** This operator tests for the existence of an attribute, not its data
    ///   type. If the data type of attribute "`a`" is null, and you evaluate it using
    ///   `NOT_NULL`, the result is a Boolean `true`. This result is because the
    ///   attribute "`a`" exists; its data type is not relevant to the `NOT_NULL`
    ///   comparison operator.
    ///
    /// - `NULL` : The attribute does not exist. `NULL` is supported for all data types,
    ///   including lists and maps.
    ///
    ///   **Note:** This operator tests for the nonexistence of an attribute, not its
    ///   data type. If the data type of attribute "`a`" is null, and you evaluate it
    ///   using `NULL`, the result is a Boolean `false`. This is because the attribute
    ///   "`a`" exists; its data type is not relevant to the `NULL` comparison operator.
    ///
    /// - `CONTAINS` : Checks for a subsequence, or value in a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If the target attribute of the
    ///   comparison is of type String, then the operator checks for a substring match.
    ///   If the target attribute of the comparison is of type Binary, then the operator
    ///   looks for a subsequence of the target that matches the input. If the target
    ///   attribute of the comparison is a set ("`SS`", "`NS`", or "`BS`"), then the
    ///   operator evaluates to true if it finds an exact match with any member of the
    ///   set.
    ///
    ///   CONTAINS is supported for lists: When evaluating "`a CONTAINS b`", "`a`" can
    ///   be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `NOT_CONTAINS` : Checks for absence of a subsequence, or absence of a value in
    ///   a set.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` element of type
    ///   String, Number, or Binary (not a set type). If the target attribute of the
    ///   comparison is a String, then the operator checks for the absence of a
    ///   substring match. If the target attribute of the comparison is Binary, then the
    ///   operator checks for the absence of a subsequence of the target that matches
    ///   the input. If the target attribute of the comparison is a set ("`SS`", "`NS`",
    ///   or "`BS`"), then the operator evaluates to true if it *does not* find an exact
    ///   match with any member of the set.
    ///
    ///   NOT_CONTAINS is supported for lists: When evaluating "`a NOT CONTAINS b`",
    ///   "`a`" can be a list; however, "`b`" cannot be a set, a map, or a list.
    ///
    /// - `BEGINS_WITH` : Checks for a prefix.
    ///
    ///   `AttributeValueList` can contain only one `AttributeValue` of type String or
    ///   Binary (not a Number or a set type). The target attribute of the comparison
    ///   must be of type String or Binary (not a Number or a set type).
    ///
    /// - `IN` : Checks for matching elements in a list.
    ///
    ///   `AttributeValueList` can contain one or more `AttributeValue` elements of type
    ///   String, Number, or Binary. These attributes are compared against an existing
    ///   attribute of an item. If any elements of the input are equal to the item
    ///   attribute, the expression evaluates to true.
    ///
    /// - `BETWEEN` : Greater than or equal to the first value, and less than or equal
    ///   to the second value.
    ///
    ///   `AttributeValueList` must contain two `AttributeValue` elements of the same
    ///   type, either String, Number, or Binary (not a set type). A target attribute
    ///   matches if the target value is greater than, or equal to, the first element
    ///   and less than, or equal to, the second element. If an item contains an
    ///   `AttributeValue` element of a different type than the one provided in the
    ///   request, the value does not match. For example, `{"S":"6"}` does not compare
    ///   to `{"N":"6"}`. Also, `{"N":"6"}` does not compare to `{"NS":["6", "2", "1"]}`
    #[serde(
        rename = "ComparisonOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comparison_operator: ::std::option::Option<crate::types::ComparisonOperator>,
    /// Causes DynamoDB to evaluate the value before attempting a conditional operation:
    ///
    /// - If `Exists` is `true`, DynamoDB will check to see if that attribute value
    ///   already exists in the table. If it is found, then the operation succeeds. If
    ///   it is not found, the operation fails with a `ConditionCheckFailedException`.
    /// - If `Exists` is `false`, DynamoDB assumes that the attribute value does not
    ///   exist in the table. If in fact the value does not exist, then the assumption
    ///   is valid and the operation succeeds. If the value is found, despite the
    ///   assumption that it does not exist, the operation fails with a
    ///   `ConditionCheckFailedException`.
    ///
    /// The default setting for `Exists` is `true`. If you supply a `Value` all by
    /// itself, DynamoDB assumes the attribute exists: You don't have to set `Exists` to
    /// `true`, because it is implied.
    ///
    /// DynamoDB returns a `ValidationException` if:
    ///
    /// - `Exists` is `true` but there is no `Value` to check. (You expect a value to
    ///   exist, but don't specify what that value is.)
    /// - `Exists` is `false` but you also provide a `Value`. (You cannot expect an
    ///   attribute to have a value, while also expecting it not to exist.)
    #[serde(
        rename = "Exists",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exists: ::std::option::Option<bool>,
    /// Represents the data for the expected attribute.
    ///
    /// Each attribute value is described as a name-value pair. The name is the data
    /// type, and the value is the data itself.
    ///
    /// For more information, see [Data
    /// Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "Value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<crate::types::AttributeValue>,
}
impl ExpectedAttributeValue {
    /// A new [`ExpectedAttributeValueBuilder`](crate::types::builders::ExpectedAttributeValueBuilder).
    pub fn builder() -> crate::types::builders::ExpectedAttributeValueBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of the exported table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportDescription {
    /// The billable size of the table export.
    #[serde(rename = "BilledSizeBytes", default)]
    pub billed_size_bytes: ::std::option::Option<i64>,
    /// The client token that was provided for the export task. A client token makes
    /// calls to `ExportTableToPointInTimeInput` idempotent, meaning that multiple
    /// identical calls have the same effect as one single call.
    #[serde(rename = "ClientToken", default)]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// The time at which the export task completed.
    #[serde(rename = "EndTime", default)]
    pub end_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The Amazon Resource Name (ARN) of the table export.
    #[serde(rename = "ExportArn", default)]
    pub export_arn: ::std::option::Option<::std::string::String>,
    /// The format of the exported data. Valid values for `ExportFormat` are
    /// `DYNAMODB_JSON` or `ION`.
    #[serde(rename = "ExportFormat", default)]
    pub export_format: ::std::option::Option<crate::types::ExportFormat>,
    /// The name of the manifest file for the export task.
    #[serde(rename = "ExportManifest", default)]
    pub export_manifest: ::std::option::Option<::std::string::String>,
    /// Export can be in one of the following states: IN_PROGRESS, COMPLETED, or FAILED.
    #[serde(rename = "ExportStatus", default)]
    pub export_status: ::std::option::Option<crate::types::ExportStatus>,
    /// Point in time from which table data was exported.
    #[serde(rename = "ExportTime", default)]
    pub export_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// Status code for the result of the failed export.
    #[serde(rename = "FailureCode", default)]
    pub failure_code: ::std::option::Option<::std::string::String>,
    /// Export failure reason description.
    #[serde(rename = "FailureMessage", default)]
    pub failure_message: ::std::option::Option<::std::string::String>,
    /// The number of items exported.
    #[serde(rename = "ItemCount", default)]
    pub item_count: ::std::option::Option<i64>,
    /// The name of the Amazon S3 bucket containing the export.
    #[serde(rename = "S3Bucket", default)]
    pub s3_bucket: ::std::option::Option<::std::string::String>,
    /// The ID of the Amazon Web Services account that owns the bucket containing the
    /// export.
    #[serde(rename = "S3BucketOwner", default)]
    pub s3_bucket_owner: ::std::option::Option<::std::string::String>,
    /// The Amazon S3 bucket prefix used as the file name and path of the exported
    /// snapshot.
    #[serde(rename = "S3Prefix", default)]
    pub s3_prefix: ::std::option::Option<::std::string::String>,
    /// Type of encryption used on the bucket where export data is stored. Valid values
    /// for `S3SseAlgorithm` are:
    ///
    /// - `AES256` - server-side encryption with Amazon S3 managed keys
    /// - `KMS` - server-side encryption with KMS managed keys
    #[serde(rename = "S3SseAlgorithm", default)]
    pub s3_sse_algorithm: ::std::option::Option<crate::types::S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data is
    /// stored (if applicable).
    #[serde(rename = "S3SseKmsKeyId", default)]
    pub s3_sse_kms_key_id: ::std::option::Option<::std::string::String>,
    /// The time at which the export task began.
    #[serde(rename = "StartTime", default)]
    pub start_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The Amazon Resource Name (ARN) of the table that was exported.
    #[serde(rename = "TableArn", default)]
    pub table_arn: ::std::option::Option<::std::string::String>,
    /// Unique ID of the table that was exported.
    #[serde(rename = "TableId", default)]
    pub table_id: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ExportType", default)]
    pub export_type: ::std::option::Option<crate::types::ExportType>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "FilterSpecification", default)]
    pub filter_specification: ::std::option::Option<crate::types::FilterSpecification>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "IncrementalExportSpecification", default)]
    pub incremental_export_specification: ::std::option::Option<
        crate::types::IncrementalExportSpecification,
    >,
}
impl ExportDescription {
    /// A new [`ExportDescriptionBuilder`](crate::types::builders::ExportDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ExportDescriptionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ExportFormat {
    /// `DYNAMODB_JSON`
    DynamodbJson,
    /// `ION`
    Ion,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExportFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DynamodbJson => "DYNAMODB_JSON",
            Self::Ion => "ION",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DYNAMODB_JSON", "ION"]
    }
}
impl ::std::convert::From<&str> for ExportFormat {
    fn from(s: &str) -> Self {
        match s {
            "DYNAMODB_JSON" => Self::DynamodbJson,
            "ION" => Self::Ion,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExportFormat);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ExportStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExportStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "COMPLETED", "FAILED"]
    }
}
impl ::std::convert::From<&str> for ExportStatus {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExportStatus);
/// Summary information about an export task.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportSummary {
    /// The Amazon Resource Name (ARN) of the export.
    #[serde(rename = "ExportArn", default)]
    pub export_arn: ::std::option::Option<::std::string::String>,
    /// Export can be in one of the following states: IN_PROGRESS, COMPLETED, or FAILED.
    #[serde(rename = "ExportStatus", default)]
    pub export_status: ::std::option::Option<crate::types::ExportStatus>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ExportType", default)]
    pub export_type: ::std::option::Option<crate::types::ExportType>,
}
impl ExportSummary {
    /// A new [`ExportSummaryBuilder`](crate::types::builders::ExportSummaryBuilder).
    pub fn builder() -> crate::types::builders::ExportSummaryBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ExportTableToPointInTimeInput {
    /// Providing a `ClientToken` makes the call to `ExportTableToPointInTimeInput`
    /// idempotent, meaning that multiple identical calls have the same effect as one
    /// single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is
    /// completed. After 8 hours, any request with the same client token is treated as a
    /// new request. Do not resubmit the same request with the same client token for
    /// more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other
    /// parameters within the 8-hour idempotency window, DynamoDB returns an
    /// `ImportConflictException`.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// The format for the exported data. Valid values for `ExportFormat` are
    /// `DYNAMODB_JSON` or `ION`.
    #[serde(
        rename = "ExportFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub export_format: ::std::option::Option<crate::types::ExportFormat>,
    /// Time in the past from which to export table data, counted in seconds from the
    /// start of the Unix epoch. The table export will be a snapshot of the table's
    /// state at this point in time.
    #[serde(
        rename = "ExportTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub export_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The name of the Amazon S3 bucket to export the snapshot to.
    #[serde(rename = "S3Bucket")]
    pub s3_bucket: ::std::string::String,
    /// The ID of the Amazon Web Services account that owns the bucket the export will
    /// be stored in.
    #[serde(
        rename = "S3BucketOwner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket_owner: ::std::option::Option<::std::string::String>,
    /// The Amazon S3 bucket prefix to use as the file name and path of the exported
    /// snapshot.
    #[serde(
        rename = "S3Prefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_prefix: ::std::option::Option<::std::string::String>,
    /// Type of encryption used on the bucket where export data will be stored. Valid
    /// values for `S3SseAlgorithm` are:
    ///
    /// - `AES256` - server-side encryption with Amazon S3 managed keys
    /// - `KMS` - server-side encryption with KMS managed keys
    #[serde(
        rename = "S3SseAlgorithm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_sse_algorithm: ::std::option::Option<crate::types::S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data
    /// will be stored (if applicable).
    #[serde(
        rename = "S3SseKmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_sse_kms_key_id: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) associated with the table to export.
    #[serde(rename = "TableArn")]
    pub table_arn: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ExportType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub export_type: ::std::option::Option<crate::types::ExportType>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "FilterSpecification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_specification: ::std::option::Option<crate::types::FilterSpecification>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "IncrementalExportSpecification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub incremental_export_specification: ::std::option::Option<
        crate::types::IncrementalExportSpecification,
    >,
}
impl ExportTableToPointInTimeInput {
    /// A new [`ExportTableToPointInTimeInputBuilder`](crate::types::builders::ExportTableToPointInTimeInputBuilder).
    pub fn builder() -> crate::types::builders::ExportTableToPointInTimeInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ExportTableToPointInTimeOutput {
    /// Contains a description of the table export.
    #[serde(rename = "ExportDescription", default)]
    pub export_description: ::std::option::Option<crate::types::ExportDescription>,
}
impl ExportTableToPointInTimeOutput {
    /// A new [`ExportTableToPointInTimeOutputBuilder`](crate::types::builders::ExportTableToPointInTimeOutputBuilder).
    pub fn builder() -> crate::types::builders::ExportTableToPointInTimeOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ExportType {
    /// `FULL_EXPORT`
    FullExport,
    /// `INCREMENTAL_EXPORT`
    IncrementalExport,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExportType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullExport => "FULL_EXPORT",
            Self::IncrementalExport => "INCREMENTAL_EXPORT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["FULL_EXPORT", "INCREMENTAL_EXPORT"]
    }
}
impl ::std::convert::From<&str> for ExportType {
    fn from(s: &str) -> Self {
        match s {
            "FULL_EXPORT" => Self::FullExport,
            "INCREMENTAL_EXPORT" => Self::IncrementalExport,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExportType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ExportViewType {
    /// `NEW_IMAGE`
    NewImage,
    /// `NEW_AND_OLD_IMAGES`
    NewAndOldImages,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExportViewType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NewImage => "NEW_IMAGE",
            Self::NewAndOldImages => "NEW_AND_OLD_IMAGES",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["NEW_IMAGE", "NEW_AND_OLD_IMAGES"]
    }
}
impl ::std::convert::From<&str> for ExportViewType {
    fn from(s: &str) -> Self {
        match s {
            "NEW_IMAGE" => Self::NewImage,
            "NEW_AND_OLD_IMAGES" => Self::NewAndOldImages,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExportViewType);
/// Represents a failure a contributor insights operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FailureException {
    /// Description of the failure.
    #[serde(rename = "ExceptionDescription", default)]
    pub exception_description: ::std::option::Option<::std::string::String>,
    /// Exception name.
    #[serde(rename = "ExceptionName", default)]
    pub exception_name: ::std::option::Option<::std::string::String>,
}
impl FailureException {
    /// A new [`FailureExceptionBuilder`](crate::types::builders::FailureExceptionBuilder).
    pub fn builder() -> crate::types::builders::FailureExceptionBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct FilterSpecification {
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    #[serde(
        rename = "FilterExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_expression: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "KeyConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_condition_expression: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ProjectionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_expression: ::std::option::Option<::std::string::String>,
}
impl FilterSpecification {
    /// A new [`FilterSpecificationBuilder`](crate::types::builders::FilterSpecificationBuilder).
    pub fn builder() -> crate::types::builders::FilterSpecificationBuilder {
        ::std::default::Default::default()
    }
}
/// Specifies an item and related attribute values to retrieve in a
/// `TransactGetItem` object.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct Get {
    /// One or more substitution tokens for attribute names in the ProjectionExpression
    /// parameter.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A map of attribute names to `AttributeValue` objects that specifies the primary
    /// key of the item to retrieve.
    #[serde(rename = "Key")]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    /// A string that identifies one or more attributes of the specified item to
    /// retrieve from the table. The attributes in the expression must be separated by
    /// commas. If no attribute names are specified, then all attributes of the
    /// specified item are returned. If any of the requested attributes are not found,
    /// they do not appear in the result.
    #[serde(
        rename = "ProjectionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_expression: ::std::option::Option<::std::string::String>,
    /// The name of the table from which to retrieve the specified item.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl Get {
    /// A new [`GetBuilder`](crate::types::builders::GetBuilder).
    pub fn builder() -> crate::types::builders::GetBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `GetItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetItemInput {
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more
    /// information, see
    /// [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "AttributesToGet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes_to_get: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Determines the read consistency model: If set to `true`, then the operation uses
    /// strongly consistent reads; otherwise, the operation uses eventually consistent
    /// reads.
    #[serde(
        rename = "ConsistentRead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consistent_read: ::std::option::Option<bool>,
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A map of attribute names to `AttributeValue` objects, representing the primary
    /// key of the item to retrieve.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a
    /// simple primary key, you only need to provide a value for the partition key. For
    /// a composite primary key, you must provide values for both the partition key and
    /// the sort key.
    #[serde(rename = "Key")]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    /// A string that identifies one or more attributes to retrieve from the table.
    /// These attributes can include scalars, sets, or elements of a JSON document. The
    /// attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes are returned. If any of
    /// the requested attributes are not found, they do not appear in the result.
    ///
    /// For more information, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProjectionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_expression: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// The name of the table containing the requested item.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl GetItemInput {
    /// A new [`GetItemInputBuilder`](crate::types::builders::GetItemInputBuilder).
    pub fn builder() -> crate::types::builders::GetItemInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `GetItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetItemOutput {
    /// The capacity units consumed by the `GetItem` operation. The data returned
    /// includes the total provisioned throughput consumed, along with statistics for
    /// the table and any indexes involved in the operation. `ConsumedCapacity` is only
    /// returned if the `ReturnConsumedCapacity` parameter was specified. For more
    /// information, see [Provisioned
    /// Throughput](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html#ItemSizeCalculations.Reads)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    /// A map of attribute names to `AttributeValue` objects, as specified by
    /// `ProjectionExpression`.
    #[serde(rename = "Item", default)]
    pub item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
}
impl GetItemOutput {
    /// A new [`GetItemOutputBuilder`](crate::types::builders::GetItemOutputBuilder).
    pub fn builder() -> crate::types::builders::GetItemOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetResourcePolicyInput {
    #[serde(rename = "ResourceArn")]
    pub resource_arn: ::std::string::String,
}
impl GetResourcePolicyInput {
    /// A new [`GetResourcePolicyInputBuilder`](crate::types::builders::GetResourcePolicyInputBuilder).
    pub fn builder() -> crate::types::builders::GetResourcePolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetResourcePolicyOutput {
    #[serde(rename = "Policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl GetResourcePolicyOutput {
    /// A new [`GetResourcePolicyOutputBuilder`](crate::types::builders::GetResourcePolicyOutputBuilder).
    pub fn builder() -> crate::types::builders::GetResourcePolicyOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a global secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalSecondaryIndex {
    /// The name of the global secondary index. The name must be unique among all other
    /// indexes on this table.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::string::String,
    /// The complete key schema for a global secondary index, which consists of one or
    /// more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from DynamoDB's usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::vec::Vec<crate::types::KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the global
    /// secondary index. These are in addition to the primary key attributes and index
    /// key attributes, which are automatically projected.
    #[serde(rename = "Projection", default)]
    pub projection: crate::types::Projection,
    /// Represents the provisioned throughput settings for the specified global
    /// secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service,
    /// Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProvisionedThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "WarmThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl GlobalSecondaryIndex {
    /// A new [`GlobalSecondaryIndexBuilder`](crate::types::builders::GlobalSecondaryIndexBuilder).
    pub fn builder() -> crate::types::builders::GlobalSecondaryIndexBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling settings of a global secondary index for a global
/// table that will be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    #[serde(
        rename = "IndexName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ProvisionedWriteCapacityAutoScalingUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_write_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
}
impl GlobalSecondaryIndexAutoScalingUpdate {
    /// A new [`GlobalSecondaryIndexAutoScalingUpdateBuilder`](crate::types::builders::GlobalSecondaryIndexAutoScalingUpdateBuilder).
    pub fn builder() -> crate::types::builders::GlobalSecondaryIndexAutoScalingUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a global secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalSecondaryIndexDescription {
    /// Indicates whether the index is currently backfilling. *Backfilling* is the
    /// process of reading items from the table and determining whether they can be
    /// added to the index. (Not all items will qualify: For example, a partition key
    /// cannot have any duplicate values.) If an item can be added to the index,
    /// DynamoDB will do so. After all items have been processed, the backfilling
    /// operation is complete and `Backfilling` is false.
    ///
    /// You can delete an index that is being created during the `Backfilling` phase
    /// when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't
    /// delete the index that is being created when `IndexStatus` is set to CREATING and
    /// `Backfilling` is false.
    ///
    /// **Note:** For indexes that were created during a `CreateTable` operation, the
    /// `Backfilling` attribute does not appear in the `DescribeTable` output.
    #[serde(rename = "Backfilling", default)]
    pub backfilling: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    #[serde(rename = "IndexArn", default)]
    pub index_arn: ::std::option::Option<::std::string::String>,
    /// The name of the global secondary index.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value
    /// approximately every six hours. Recent changes might not be reflected in this
    /// value.
    #[serde(rename = "IndexSizeBytes", default)]
    pub index_size_bytes: ::std::option::Option<i64>,
    /// The current state of the global secondary index:
    ///
    /// - `CREATING` - The index is being created.
    /// - `UPDATING` - The index is being updated.
    /// - `DELETING` - The index is being deleted.
    /// - `ACTIVE` - The index is ready for use.
    #[serde(rename = "IndexStatus", default)]
    pub index_status: ::std::option::Option<crate::types::IndexStatus>,
    /// The number of items in the specified index. DynamoDB updates this value
    /// approximately every six hours. Recent changes might not be reflected in this
    /// value.
    #[serde(rename = "ItemCount", default)]
    pub item_count: ::std::option::Option<i64>,
    /// The complete key schema for a global secondary index, which consists of one or
    /// more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from DynamoDB's usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    /// Represents attributes that are copied (projected) from the table into the global
    /// secondary index. These are in addition to the primary key attributes and index
    /// key attributes, which are automatically projected.
    #[serde(rename = "Projection", default)]
    pub projection: ::std::option::Option<crate::types::Projection>,
    /// Represents the provisioned throughput settings for the specified global
    /// secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service,
    /// Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ProvisionedThroughput", default)]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughputDescription,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "OnDemandThroughput", default)]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "WarmThroughput", default)]
    pub warm_throughput: ::std::option::Option<
        crate::types::GlobalSecondaryIndexWarmThroughputDescription,
    >,
}
impl GlobalSecondaryIndexDescription {
    /// A new [`GlobalSecondaryIndexDescriptionBuilder`](crate::types::builders::GlobalSecondaryIndexDescriptionBuilder).
    pub fn builder() -> crate::types::builders::GlobalSecondaryIndexDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a global secondary index for the table when the
/// backup was created.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalSecondaryIndexInfo {
    /// The name of the global secondary index.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The complete key schema for a global secondary index, which consists of one or
    /// more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from DynamoDB's usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    /// Represents attributes that are copied (projected) from the table into the global
    /// secondary index. These are in addition to the primary key attributes and index
    /// key attributes, which are automatically projected.
    #[serde(rename = "Projection", default)]
    pub projection: ::std::option::Option<crate::types::Projection>,
    /// Represents the provisioned throughput settings for the specified global
    /// secondary index.
    #[serde(rename = "ProvisionedThroughput", default)]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "OnDemandThroughput", default)]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
}
impl GlobalSecondaryIndexInfo {
    /// A new [`GlobalSecondaryIndexInfoBuilder`](crate::types::builders::GlobalSecondaryIndexInfoBuilder).
    pub fn builder() -> crate::types::builders::GlobalSecondaryIndexInfoBuilder {
        ::std::default::Default::default()
    }
}
/// Represents one of the following:
///
/// - A new global secondary index to be added to an existing table.
/// - New provisioned throughput parameters for an existing global secondary index.
/// - An existing global secondary index to be removed from an existing table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GlobalSecondaryIndexUpdate {
    /// The parameters required for creating a global secondary index on an existing
    /// table:
    ///
    /// - `IndexName`
    /// - `KeySchema`
    /// - `AttributeDefinitions`
    /// - `Projection`
    /// - `ProvisionedThroughput`
    #[serde(
        rename = "Create",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create: ::std::option::Option<crate::types::CreateGlobalSecondaryIndexAction>,
    /// The name of an existing global secondary index to be removed.
    #[serde(
        rename = "Delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<crate::types::DeleteGlobalSecondaryIndexAction>,
    /// The name of an existing global secondary index, along with new provisioned
    /// throughput settings to be applied to that index.
    #[serde(
        rename = "Update",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update: ::std::option::Option<crate::types::UpdateGlobalSecondaryIndexAction>,
}
impl GlobalSecondaryIndexUpdate {
    /// A new [`GlobalSecondaryIndexUpdateBuilder`](crate::types::builders::GlobalSecondaryIndexUpdateBuilder).
    pub fn builder() -> crate::types::builders::GlobalSecondaryIndexUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalSecondaryIndexWarmThroughputDescription {
    #[serde(rename = "ReadUnitsPerSecond", default)]
    pub read_units_per_second: ::std::option::Option<i64>,
    #[serde(rename = "Status", default)]
    pub status: ::std::option::Option<crate::types::IndexStatus>,
    #[serde(rename = "WriteUnitsPerSecond", default)]
    pub write_units_per_second: ::std::option::Option<i64>,
}
impl GlobalSecondaryIndexWarmThroughputDescription {
    /// A new [`GlobalSecondaryIndexWarmThroughputDescriptionBuilder`](crate::types::builders::GlobalSecondaryIndexWarmThroughputDescriptionBuilder).
    pub fn builder() -> crate::types::builders::GlobalSecondaryIndexWarmThroughputDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a global table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalTable {
    /// The global table name.
    #[serde(rename = "GlobalTableName", default)]
    pub global_table_name: ::std::option::Option<::std::string::String>,
    /// The Regions where the global table has replicas.
    #[serde(rename = "ReplicationGroup", default)]
    pub replication_group: ::std::option::Option<::std::vec::Vec<crate::types::Replica>>,
}
impl GlobalTable {
    /// A new [`GlobalTableBuilder`](crate::types::builders::GlobalTableBuilder).
    pub fn builder() -> crate::types::builders::GlobalTableBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details about the global table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalTableDescription {
    /// The creation time of the global table.
    #[serde(rename = "CreationDateTime", default)]
    pub creation_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The unique identifier of the global table.
    #[serde(rename = "GlobalTableArn", default)]
    pub global_table_arn: ::std::option::Option<::std::string::String>,
    /// The global table name.
    #[serde(rename = "GlobalTableName", default)]
    pub global_table_name: ::std::option::Option<::std::string::String>,
    /// The current state of the global table:
    ///
    /// - `CREATING` - The global table is being created.
    /// - `UPDATING` - The global table is being updated.
    /// - `DELETING` - The global table is being deleted.
    /// - `ACTIVE` - The global table is ready for use.
    #[serde(rename = "GlobalTableStatus", default)]
    pub global_table_status: ::std::option::Option<crate::types::GlobalTableStatus>,
    /// The Regions where the global table has replicas.
    #[serde(rename = "ReplicationGroup", default)]
    pub replication_group: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaDescription>,
    >,
}
impl GlobalTableDescription {
    /// A new [`GlobalTableDescriptionBuilder`](crate::types::builders::GlobalTableDescriptionBuilder).
    pub fn builder() -> crate::types::builders::GlobalTableDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the settings of a global secondary index for a global table that will
/// be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GlobalTableGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other
    /// indexes on this table.
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    /// Auto scaling settings for managing a global secondary index's write capacity
    /// units.
    #[serde(
        rename = "ProvisionedWriteCapacityAutoScalingSettingsUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_write_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException.`
    #[serde(
        rename = "ProvisionedWriteCapacityUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_write_capacity_units: ::std::option::Option<i64>,
}
impl GlobalTableGlobalSecondaryIndexSettingsUpdate {
    /// A new [`GlobalTableGlobalSecondaryIndexSettingsUpdateBuilder`](crate::types::builders::GlobalTableGlobalSecondaryIndexSettingsUpdateBuilder).
    pub fn builder() -> crate::types::builders::GlobalTableGlobalSecondaryIndexSettingsUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum GlobalTableSettingsReplicationMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `ENABLED_WITH_OVERRIDES`
    EnabledWithOverrides,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl GlobalTableSettingsReplicationMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::EnabledWithOverrides => "ENABLED_WITH_OVERRIDES",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED", "ENABLED_WITH_OVERRIDES"]
    }
}
impl ::std::convert::From<&str> for GlobalTableSettingsReplicationMode {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            "ENABLED_WITH_OVERRIDES" => Self::EnabledWithOverrides,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(GlobalTableSettingsReplicationMode);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum GlobalTableStatus {
    /// `CREATING`
    Creating,
    /// `ACTIVE`
    Active,
    /// `DELETING`
    Deleting,
    /// `UPDATING`
    Updating,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl GlobalTableStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Deleting => "DELETING",
            Self::Updating => "UPDATING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "ACTIVE", "DELETING", "UPDATING"]
    }
}
impl ::std::convert::From<&str> for GlobalTableStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "DELETING" => Self::Deleting,
            "UPDATING" => Self::Updating,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(GlobalTableStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlobalTableWitnessDescription {
    #[serde(rename = "RegionName", default)]
    pub region_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "WitnessStatus", default)]
    pub witness_status: ::std::option::Option<crate::types::WitnessStatus>,
}
impl GlobalTableWitnessDescription {
    /// A new [`GlobalTableWitnessDescriptionBuilder`](crate::types::builders::GlobalTableWitnessDescriptionBuilder).
    pub fn builder() -> crate::types::builders::GlobalTableWitnessDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GlobalTableWitnessGroupUpdate {
    #[serde(
        rename = "Create",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create: ::std::option::Option<
        crate::types::CreateGlobalTableWitnessGroupMemberAction,
    >,
    #[serde(
        rename = "Delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<
        crate::types::DeleteGlobalTableWitnessGroupMemberAction,
    >,
}
impl GlobalTableWitnessGroupUpdate {
    /// A new [`GlobalTableWitnessGroupUpdateBuilder`](crate::types::builders::GlobalTableWitnessGroupUpdateBuilder).
    pub fn builder() -> crate::types::builders::GlobalTableWitnessGroupUpdateBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ImportStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `CANCELLING`
    Cancelling,
    /// `CANCELLED`
    Cancelled,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ImportStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
            Self::Cancelling => "CANCELLING",
            Self::Cancelled => "CANCELLED",
            Self::Failed => "FAILED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "COMPLETED", "CANCELLING", "CANCELLED", "FAILED"]
    }
}
impl ::std::convert::From<&str> for ImportStatus {
    fn from(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETED" => Self::Completed,
            "CANCELLING" => Self::Cancelling,
            "CANCELLED" => Self::Cancelled,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ImportStatus);
/// Summary information about the source file for the import.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImportSummary {
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with
    /// this import task.
    #[serde(rename = "CloudWatchLogGroupArn", default)]
    pub cloud_watch_log_group_arn: ::std::option::Option<::std::string::String>,
    /// The time at which this import task ended. (Does this include the successful
    /// complete creation of the table it was imported to?)
    #[serde(rename = "EndTime", default)]
    pub end_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    #[serde(rename = "ImportArn", default)]
    pub import_arn: ::std::option::Option<::std::string::String>,
    /// The status of the import operation.
    #[serde(rename = "ImportStatus", default)]
    pub import_status: ::std::option::Option<crate::types::ImportStatus>,
    /// The format of the source data. Valid values are `CSV`, `DYNAMODB_JSON` or `ION`.
    #[serde(rename = "InputFormat", default)]
    pub input_format: ::std::option::Option<crate::types::InputFormat>,
    /// The path and S3 bucket of the source file that is being imported. This includes
    /// the S3Bucket (required), S3KeyPrefix (optional) and S3BucketOwner (optional if
    /// the bucket is owned by the requester).
    #[serde(rename = "S3BucketSource", default)]
    pub s3_bucket_source: ::std::option::Option<crate::types::S3BucketSource>,
    /// The time at which this import task began.
    #[serde(rename = "StartTime", default)]
    pub start_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    #[serde(rename = "TableArn", default)]
    pub table_arn: ::std::option::Option<::std::string::String>,
}
impl ImportSummary {
    /// A new [`ImportSummaryBuilder`](crate::types::builders::ImportSummaryBuilder).
    pub fn builder() -> crate::types::builders::ImportSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of the table being imported into.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImportTableDescription {
    /// The client token that was provided for the import task. Reusing the client token
    /// on retry makes a call to `ImportTable` idempotent.
    #[serde(rename = "ClientToken", default)]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with the
    /// target table.
    #[serde(rename = "CloudWatchLogGroupArn", default)]
    pub cloud_watch_log_group_arn: ::std::option::Option<::std::string::String>,
    /// The time at which the creation of the table associated with this import task
    /// completed.
    #[serde(rename = "EndTime", default)]
    pub end_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The number of errors occurred on importing the source file into the target
    /// table.
    #[serde(rename = "ErrorCount", default)]
    pub error_count: ::std::option::Option<i64>,
    /// The error code corresponding to the failure that the import job ran into during
    /// execution.
    #[serde(rename = "FailureCode", default)]
    pub failure_code: ::std::option::Option<::std::string::String>,
    /// The error message corresponding to the failure that the import job ran into
    /// during execution.
    #[serde(rename = "FailureMessage", default)]
    pub failure_message: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    #[serde(rename = "ImportArn", default)]
    pub import_arn: ::std::option::Option<::std::string::String>,
    /// The status of the import.
    #[serde(rename = "ImportStatus", default)]
    pub import_status: ::std::option::Option<crate::types::ImportStatus>,
    /// The number of items successfully imported into the new table.
    #[serde(rename = "ImportedItemCount", default)]
    pub imported_item_count: ::std::option::Option<i64>,
    /// The compression options for the data that has been imported into the target
    /// table. The values are NONE, GZIP, or ZSTD.
    #[serde(rename = "InputCompressionType", default)]
    pub input_compression_type: ::std::option::Option<
        crate::types::InputCompressionType,
    >,
    /// The format of the source data going into the target table.
    #[serde(rename = "InputFormat", default)]
    pub input_format: ::std::option::Option<crate::types::InputFormat>,
    /// The format options for the data that was imported into the target table. There
    /// is one value, CsvOption.
    #[serde(rename = "InputFormatOptions", default)]
    pub input_format_options: ::std::option::Option<crate::types::InputFormatOptions>,
    /// The total number of items processed from the source file.
    #[serde(rename = "ProcessedItemCount", default)]
    pub processed_item_count: ::std::option::Option<i64>,
    /// The total size of data processed from the source file, in Bytes.
    #[serde(rename = "ProcessedSizeBytes", default)]
    pub processed_size_bytes: ::std::option::Option<i64>,
    /// Values for the S3 bucket the source file is imported from. Includes bucket name
    /// (required), key prefix (optional) and bucket account owner ID (optional).
    #[serde(rename = "S3BucketSource", default)]
    pub s3_bucket_source: ::std::option::Option<crate::types::S3BucketSource>,
    /// The time when this import task started.
    #[serde(rename = "StartTime", default)]
    pub start_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    #[serde(rename = "TableArn", default)]
    pub table_arn: ::std::option::Option<::std::string::String>,
    /// The parameters for the new table that is being imported into.
    #[serde(rename = "TableCreationParameters", default)]
    pub table_creation_parameters: ::std::option::Option<
        crate::types::TableCreationParameters,
    >,
    /// The table id corresponding to the table created by import table process.
    #[serde(rename = "TableId", default)]
    pub table_id: ::std::option::Option<::std::string::String>,
}
impl ImportTableDescription {
    /// A new [`ImportTableDescriptionBuilder`](crate::types::builders::ImportTableDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ImportTableDescriptionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ImportTableInput {
    /// Providing a `ClientToken` makes the call to `ImportTableInput` idempotent,
    /// meaning that multiple identical calls have the same effect as one single call.
    ///
    /// A client token is valid for 8 hours after the first request that uses it is
    /// completed. After 8 hours, any request with the same client token is treated as a
    /// new request. Do not resubmit the same request with the same client token for
    /// more than 8 hours, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other
    /// parameters within the 8-hour idempotency window, DynamoDB returns an
    /// `IdempotentParameterMismatch` exception.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// Type of compression to be used on the input coming from the imported table.
    #[serde(
        rename = "InputCompressionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_compression_type: ::std::option::Option<
        crate::types::InputCompressionType,
    >,
    /// The format of the source data. Valid values for `ImportFormat` are `CSV`,
    /// `DYNAMODB_JSON` or `ION`.
    #[serde(rename = "InputFormat")]
    pub input_format: crate::types::InputFormat,
    /// Additional properties that specify how the input is formatted,
    #[serde(
        rename = "InputFormatOptions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_format_options: ::std::option::Option<crate::types::InputFormatOptions>,
    /// The S3 bucket that provides the source for the import.
    #[serde(rename = "S3BucketSource")]
    pub s3_bucket_source: crate::types::S3BucketSource,
    /// Parameters for the table to import the data into.
    #[serde(rename = "TableCreationParameters")]
    pub table_creation_parameters: crate::types::TableCreationParameters,
}
impl ImportTableInput {
    /// A new [`ImportTableInputBuilder`](crate::types::builders::ImportTableInputBuilder).
    pub fn builder() -> crate::types::builders::ImportTableInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ImportTableOutput {
    /// Represents the properties of the table created for the import, and parameters of
    /// the import. The import parameters include import status, how many items were
    /// processed, and how many errors were encountered.
    #[serde(rename = "ImportTableDescription", default)]
    pub import_table_description: crate::types::ImportTableDescription,
}
impl ImportTableOutput {
    /// A new [`ImportTableOutputBuilder`](crate::types::builders::ImportTableOutputBuilder).
    pub fn builder() -> crate::types::builders::ImportTableOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct IncrementalExportSpecification {
    #[serde(
        rename = "ExportFromTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub export_from_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(
        rename = "ExportToTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub export_to_time: ::std::option::Option<crate::runtime::Timestamp>,
    #[serde(
        rename = "ExportViewType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub export_view_type: ::std::option::Option<crate::types::ExportViewType>,
}
impl IncrementalExportSpecification {
    /// A new [`IncrementalExportSpecificationBuilder`](crate::types::builders::IncrementalExportSpecificationBuilder).
    pub fn builder() -> crate::types::builders::IncrementalExportSpecificationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum IndexStatus {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl IndexStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Active => "ACTIVE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "UPDATING", "DELETING", "ACTIVE"]
    }
}
impl ::std::convert::From<&str> for IndexStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "ACTIVE" => Self::Active,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(IndexStatus);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum InputCompressionType {
    /// `GZIP`
    Gzip,
    /// `ZSTD`
    Zstd,
    /// `NONE`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InputCompressionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gzip => "GZIP",
            Self::Zstd => "ZSTD",
            Self::None => "NONE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["GZIP", "ZSTD", "NONE"]
    }
}
impl ::std::convert::From<&str> for InputCompressionType {
    fn from(s: &str) -> Self {
        match s {
            "GZIP" => Self::Gzip,
            "ZSTD" => Self::Zstd,
            "NONE" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InputCompressionType);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum InputFormat {
    /// `DYNAMODB_JSON`
    DynamodbJson,
    /// `ION`
    Ion,
    /// `CSV`
    Csv,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl InputFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DynamodbJson => "DYNAMODB_JSON",
            Self::Ion => "ION",
            Self::Csv => "CSV",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["DYNAMODB_JSON", "ION", "CSV"]
    }
}
impl ::std::convert::From<&str> for InputFormat {
    fn from(s: &str) -> Self {
        match s {
            "DYNAMODB_JSON" => Self::DynamodbJson,
            "ION" => Self::Ion,
            "CSV" => Self::Csv,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(InputFormat);
/// The format options for the data that was imported into the target table. There
/// is one value, CsvOption.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InputFormatOptions {
    /// The options for imported source files in CSV format. The values are Delimiter
    /// and HeaderList.
    #[serde(
        rename = "Csv",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub csv: ::std::option::Option<crate::types::CsvOptions>,
}
impl InputFormatOptions {
    /// A new [`InputFormatOptionsBuilder`](crate::types::builders::InputFormatOptionsBuilder).
    pub fn builder() -> crate::types::builders::InputFormatOptionsBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InputS3Configuration {
    #[serde(
        rename = "InputCompressionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_compression_type: ::std::option::Option<
        crate::types::InputCompressionType,
    >,
    #[serde(rename = "InputFormat")]
    pub input_format: crate::types::BulkOperationInputFormat,
    #[serde(rename = "S3Bucket", default)]
    pub s3_bucket: ::std::string::String,
    #[serde(
        rename = "S3BucketOwner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket_owner: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "S3KeyPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
}
impl InputS3Configuration {
    /// A new [`InputS3ConfigurationBuilder`](crate::types::builders::InputS3ConfigurationBuilder).
    pub fn builder() -> crate::types::builders::InputS3ConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// Information about item collections, if any, that were affected by the operation.
/// `ItemCollectionMetrics` is only returned if the request asked for it. If the
/// table does not have any local secondary indexes, this information is not
/// returned in the response.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ItemCollectionMetrics {
    /// The partition key value of the item collection. This value is the same as the
    /// partition key value of the item.
    #[serde(rename = "ItemCollectionKey", default)]
    pub item_collection_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// An estimate of item collection size, in gigabytes. This value is a two-element
    /// array containing a lower bound and an upper bound for the estimate. The estimate
    /// includes the size of all the items in the table, plus the size of all attributes
    /// projected into all of the local secondary indexes on that table. Use this
    /// estimate to measure whether a local secondary index is approaching its size
    /// limit.
    ///
    /// The estimate is subject to change over time; therefore, do not rely on the
    /// precision or accuracy of the estimate.
    #[serde(rename = "SizeEstimateRangeGB", default)]
    pub size_estimate_range_gb: ::std::option::Option<::std::vec::Vec<f64>>,
}
impl ItemCollectionMetrics {
    /// A new [`ItemCollectionMetricsBuilder`](crate::types::builders::ItemCollectionMetricsBuilder).
    pub fn builder() -> crate::types::builders::ItemCollectionMetricsBuilder {
        ::std::default::Default::default()
    }
}
/// Details for the requested item.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ItemResponse {
    /// Map of attribute data consisting of the data type and attribute value.
    #[serde(rename = "Item", default)]
    pub item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
}
impl ItemResponse {
    /// A new [`ItemResponseBuilder`](crate::types::builders::ItemResponseBuilder).
    pub fn builder() -> crate::types::builders::ItemResponseBuilder {
        ::std::default::Default::default()
    }
}
/// Represents *a single element* of a key schema. A key schema specifies the
/// attributes that make up the primary key of a table, or the key attributes of an
/// index.
///
/// A `KeySchemaElement` represents exactly one attribute of the primary key. For
/// example, a simple primary key would be represented by one `KeySchemaElement`
/// (for the partition key). A composite primary key would require one
/// `KeySchemaElement` for the partition key, and another `KeySchemaElement` for the
/// sort key.
///
/// A `KeySchemaElement` must be a scalar, top-level attribute (not a nested
/// attribute). The data type must be one of String, Number, or Binary. The
/// attribute cannot be nested within a List or a Map.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KeySchemaElement {
    /// The name of a key attribute.
    #[serde(rename = "AttributeName", default)]
    pub attribute_name: ::std::string::String,
    /// The role that this key attribute will assume:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from DynamoDB's usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    #[serde(rename = "KeyType")]
    pub key_type: crate::types::KeyType,
}
impl KeySchemaElement {
    /// A new [`KeySchemaElementBuilder`](crate::types::builders::KeySchemaElementBuilder).
    pub fn builder() -> crate::types::builders::KeySchemaElementBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum KeyType {
    /// `HASH`
    Hash,
    /// `RANGE`
    Range,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl KeyType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hash => "HASH",
            Self::Range => "RANGE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["HASH", "RANGE"]
    }
}
impl ::std::convert::From<&str> for KeyType {
    fn from(s: &str) -> Self {
        match s {
            "HASH" => Self::Hash,
            "RANGE" => Self::Range,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(KeyType);
/// Represents a set of primary keys and, for each key, the attributes to retrieve
/// from the table.
///
/// For each primary key, you must provide *all* of the key attributes. For example,
/// with a simple primary key, you only need to provide the partition key. For a
/// composite primary key, you must provide *both* the partition key and the sort
/// key.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KeysAndAttributes {
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more
    /// information, see [Legacy Conditional
    /// Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "AttributesToGet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes_to_get: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The consistency of a read operation. If set to `true`, then a strongly
    /// consistent read is used; otherwise, an eventually consistent read is used.
    #[serde(
        rename = "ConsistentRead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consistent_read: ::std::option::Option<bool>,
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Accessing Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The primary key attribute values that define the items and the attributes
    /// associated with the items.
    #[serde(rename = "Keys", default)]
    pub keys: ::std::vec::Vec<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// A string that identifies one or more attributes to retrieve from the table.
    /// These attributes can include scalars, sets, or elements of a JSON document. The
    /// attributes in the `ProjectionExpression` must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If
    /// any of the requested attributes are not found, they will not appear in the
    /// result.
    ///
    /// For more information, see [Accessing Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProjectionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_expression: ::std::option::Option<::std::string::String>,
}
impl KeysAndAttributes {
    /// A new [`KeysAndAttributesBuilder`](crate::types::builders::KeysAndAttributesBuilder).
    pub fn builder() -> crate::types::builders::KeysAndAttributesBuilder {
        ::std::default::Default::default()
    }
}
/// Describes a Kinesis data stream destination.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KinesisDataStreamDestination {
    /// The current status of replication.
    #[serde(rename = "DestinationStatus", default)]
    pub destination_status: ::std::option::Option<crate::types::DestinationStatus>,
    /// The human-readable string that corresponds to the replica status.
    #[serde(rename = "DestinationStatusDescription", default)]
    pub destination_status_description: ::std::option::Option<::std::string::String>,
    /// The ARN for a specific Kinesis data stream.
    #[serde(rename = "StreamArn", default)]
    pub stream_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ApproximateCreationDateTimePrecision", default)]
    pub approximate_creation_date_time_precision: ::std::option::Option<
        crate::types::ApproximateCreationDateTimePrecision,
    >,
}
impl KinesisDataStreamDestination {
    /// A new [`KinesisDataStreamDestinationBuilder`](crate::types::builders::KinesisDataStreamDestinationBuilder).
    pub fn builder() -> crate::types::builders::KinesisDataStreamDestinationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct KinesisStreamingDestinationInput {
    /// The ARN for a Kinesis data stream.
    #[serde(rename = "StreamArn")]
    pub stream_arn: ::std::string::String,
    /// The name of the DynamoDB table.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "EnableKinesisStreamingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::EnableKinesisStreamingConfiguration,
    >,
}
impl KinesisStreamingDestinationInput {
    /// A new [`KinesisStreamingDestinationInputBuilder`](crate::types::builders::KinesisStreamingDestinationInputBuilder).
    pub fn builder() -> crate::types::builders::KinesisStreamingDestinationInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct KinesisStreamingDestinationOutput {
    /// The current status of the replication.
    #[serde(rename = "DestinationStatus", default)]
    pub destination_status: ::std::option::Option<crate::types::DestinationStatus>,
    /// The ARN for the specific Kinesis data stream.
    #[serde(rename = "StreamArn", default)]
    pub stream_arn: ::std::option::Option<::std::string::String>,
    /// The name of the table being modified.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "EnableKinesisStreamingConfiguration", default)]
    pub enable_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::EnableKinesisStreamingConfiguration,
    >,
}
impl KinesisStreamingDestinationOutput {
    /// A new [`KinesisStreamingDestinationOutputBuilder`](crate::types::builders::KinesisStreamingDestinationOutputBuilder).
    pub fn builder() -> crate::types::builders::KinesisStreamingDestinationOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListBackupsInput {
    /// The backups from the table specified by `BackupType` are listed.
    ///
    /// Where `BackupType` can be:
    ///
    /// - `USER` - On-demand backup created by you. (The default setting if no other
    ///   backup types are specified.)
    /// - `SYSTEM` - On-demand backup automatically created by DynamoDB.
    /// - `ALL` - All types of on-demand backups (USER and SYSTEM).
    #[serde(
        rename = "BackupType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_type: ::std::option::Option<crate::types::BackupTypeFilter>,
    /// `LastEvaluatedBackupArn` is the Amazon Resource Name (ARN) of the backup last
    /// evaluated when the current page of results was returned, inclusive of the
    /// current page of results. This value may be specified as the
    /// `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to fetch the
    /// next page of results.
    #[serde(
        rename = "ExclusiveStartBackupArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclusive_start_backup_arn: ::std::option::Option<::std::string::String>,
    /// Maximum number of backups to return at once.
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// The backups from the table specified by `TableName` are listed.
    #[serde(
        rename = "TableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// Only backups created after this time are listed. `TimeRangeLowerBound` is
    /// inclusive.
    #[serde(
        rename = "TimeRangeLowerBound",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_range_lower_bound: ::std::option::Option<crate::runtime::Timestamp>,
    /// Only backups created before this time are listed. `TimeRangeUpperBound` is
    /// exclusive.
    #[serde(
        rename = "TimeRangeUpperBound",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_range_upper_bound: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ListBackupsInput {
    /// A new [`ListBackupsInputBuilder`](crate::types::builders::ListBackupsInputBuilder).
    pub fn builder() -> crate::types::builders::ListBackupsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListBackupsOutput {
    /// List of `BackupSummary` objects.
    #[serde(rename = "BackupSummaries", default)]
    pub backup_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::BackupSummary>,
    >,
    /// The ARN of the backup last evaluated when the current page of results was
    /// returned, inclusive of the current page of results. This value may be specified
    /// as the `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to
    /// fetch the next page of results.
    ///
    /// If `LastEvaluatedBackupArn` is empty, then the last page of results has been
    /// processed and there are no more results to be retrieved.
    ///
    /// If `LastEvaluatedBackupArn` is not empty, this may or may not indicate that
    /// there is more data to be returned. All results are guaranteed to have been
    /// returned if and only if no value for `LastEvaluatedBackupArn` is returned.
    #[serde(rename = "LastEvaluatedBackupArn", default)]
    pub last_evaluated_backup_arn: ::std::option::Option<::std::string::String>,
}
impl ListBackupsOutput {
    /// A new [`ListBackupsOutputBuilder`](crate::types::builders::ListBackupsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListBackupsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListBulkOperationsInput {
    #[serde(
        rename = "MaxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    #[serde(
        rename = "NextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListBulkOperationsInput {
    /// A new [`ListBulkOperationsInputBuilder`](crate::types::builders::ListBulkOperationsInputBuilder).
    pub fn builder() -> crate::types::builders::ListBulkOperationsInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListBulkOperationsOutput {
    #[serde(rename = "BulkOperationsSummaryList", default)]
    pub bulk_operations_summary_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::BulkOperationSummary>,
    >,
    #[serde(rename = "NextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListBulkOperationsOutput {
    /// A new [`ListBulkOperationsOutputBuilder`](crate::types::builders::ListBulkOperationsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListBulkOperationsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListContributorInsightsInput {
    /// Maximum number of results to return per page.
    #[serde(
        rename = "MaxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// A token to for the desired page, if there is one.
    #[serde(
        rename = "NextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of the table.
    #[serde(
        rename = "TableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_name: ::std::option::Option<::std::string::String>,
}
impl ListContributorInsightsInput {
    /// A new [`ListContributorInsightsInputBuilder`](crate::types::builders::ListContributorInsightsInputBuilder).
    pub fn builder() -> crate::types::builders::ListContributorInsightsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListContributorInsightsOutput {
    /// A list of ContributorInsightsSummary.
    #[serde(rename = "ContributorInsightsSummaries", default)]
    pub contributor_insights_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::ContributorInsightsSummary>,
    >,
    /// A token to go to the next page if there is one.
    #[serde(rename = "NextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListContributorInsightsOutput {
    /// A new [`ListContributorInsightsOutputBuilder`](crate::types::builders::ListContributorInsightsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListContributorInsightsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListExportsInput {
    /// Maximum number of results to return per page.
    #[serde(
        rename = "MaxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// An optional string that, if supplied, must be copied from the output of a
    /// previous call to `ListExports`. When provided in this manner, the API fetches
    /// the next page of results.
    #[serde(
        rename = "NextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) associated with the exported table.
    #[serde(
        rename = "TableArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_arn: ::std::option::Option<::std::string::String>,
}
impl ListExportsInput {
    /// A new [`ListExportsInputBuilder`](crate::types::builders::ListExportsInputBuilder).
    pub fn builder() -> crate::types::builders::ListExportsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListExportsOutput {
    /// A list of `ExportSummary` objects.
    #[serde(rename = "ExportSummaries", default)]
    pub export_summaries: ::std::option::Option<
        ::std::vec::Vec<crate::types::ExportSummary>,
    >,
    /// If this value is returned, there are additional results to be displayed. To
    /// retrieve them, call `ListExports` again, with `NextToken` set to this value.
    #[serde(rename = "NextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListExportsOutput {
    /// A new [`ListExportsOutputBuilder`](crate::types::builders::ListExportsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListExportsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListGlobalTablesInput {
    /// The first global table name that this operation will evaluate.
    #[serde(
        rename = "ExclusiveStartGlobalTableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclusive_start_global_table_name: ::std::option::Option<::std::string::String>,
    /// The maximum number of table names to return, if the parameter is not specified
    /// DynamoDB defaults to 100.
    ///
    /// If the number of global tables DynamoDB finds reaches this limit, it stops the
    /// operation and returns the table names collected up to that point, with a table
    /// name in the `LastEvaluatedGlobalTableName` to apply in a subsequent operation to
    /// the `ExclusiveStartGlobalTableName` parameter.
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// Lists the global tables in a specific Region.
    #[serde(
        rename = "RegionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::std::string::String>,
}
impl ListGlobalTablesInput {
    /// A new [`ListGlobalTablesInputBuilder`](crate::types::builders::ListGlobalTablesInputBuilder).
    pub fn builder() -> crate::types::builders::ListGlobalTablesInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListGlobalTablesOutput {
    /// List of global table names.
    #[serde(rename = "GlobalTables", default)]
    pub global_tables: ::std::option::Option<::std::vec::Vec<crate::types::GlobalTable>>,
    /// Last evaluated global table name.
    #[serde(rename = "LastEvaluatedGlobalTableName", default)]
    pub last_evaluated_global_table_name: ::std::option::Option<::std::string::String>,
}
impl ListGlobalTablesOutput {
    /// A new [`ListGlobalTablesOutputBuilder`](crate::types::builders::ListGlobalTablesOutputBuilder).
    pub fn builder() -> crate::types::builders::ListGlobalTablesOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListImportsInput {
    /// An optional string that, if supplied, must be copied from the output of a
    /// previous call to `ListImports`. When provided in this manner, the API fetches
    /// the next page of results.
    #[serde(
        rename = "NextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The number of `ImportSummary` objects returned in a single page.
    #[serde(
        rename = "PageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) associated with the table that was imported to.
    #[serde(
        rename = "TableArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_arn: ::std::option::Option<::std::string::String>,
}
impl ListImportsInput {
    /// A new [`ListImportsInputBuilder`](crate::types::builders::ListImportsInputBuilder).
    pub fn builder() -> crate::types::builders::ListImportsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListImportsOutput {
    /// A list of `ImportSummary` objects.
    #[serde(rename = "ImportSummaryList", default)]
    pub import_summary_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::ImportSummary>,
    >,
    /// If this value is returned, there are additional results to be displayed. To
    /// retrieve them, call `ListImports` again, with `NextToken` set to this value.
    #[serde(rename = "NextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListImportsOutput {
    /// A new [`ListImportsOutputBuilder`](crate::types::builders::ListImportsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListImportsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `ListTables` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListTablesInput {
    /// The first table name that this operation will evaluate. Use the value that was
    /// returned for `LastEvaluatedTableName` in a previous operation, so that you can
    /// obtain the next page of results.
    #[serde(
        rename = "ExclusiveStartTableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclusive_start_table_name: ::std::option::Option<::std::string::String>,
    /// A maximum number of table names to return. If this parameter is not specified,
    /// the limit is 100.
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
}
impl ListTablesInput {
    /// A new [`ListTablesInputBuilder`](crate::types::builders::ListTablesInputBuilder).
    pub fn builder() -> crate::types::builders::ListTablesInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `ListTables` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListTablesOutput {
    /// The name of the last table in the current page of results. Use this value as the
    /// `ExclusiveStartTableName` in a new request to obtain the next page of results,
    /// until all the table names are returned.
    ///
    /// If you do not receive a `LastEvaluatedTableName` value in the response, this
    /// means that there are no more table names to be retrieved.
    #[serde(rename = "LastEvaluatedTableName", default)]
    pub last_evaluated_table_name: ::std::option::Option<::std::string::String>,
    /// The names of the tables associated with the current account at the current
    /// endpoint. The maximum size of this array is 100.
    ///
    /// If `LastEvaluatedTableName` also appears in the output, you can use this value
    /// as the `ExclusiveStartTableName` parameter in a subsequent `ListTables` request
    /// and obtain the next page of results.
    #[serde(rename = "TableNames", default)]
    pub table_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ListTablesOutput {
    /// A new [`ListTablesOutputBuilder`](crate::types::builders::ListTablesOutputBuilder).
    pub fn builder() -> crate::types::builders::ListTablesOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListTagsOfResourceInput {
    /// An optional string that, if supplied, must be copied from the output of a
    /// previous call to ListTagOfResource. When provided in this manner, this API
    /// fetches the next page of results.
    #[serde(
        rename = "NextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The Amazon DynamoDB resource with tags to be listed. This value is an Amazon
    /// Resource Name (ARN).
    #[serde(rename = "ResourceArn")]
    pub resource_arn: ::std::string::String,
}
impl ListTagsOfResourceInput {
    /// A new [`ListTagsOfResourceInputBuilder`](crate::types::builders::ListTagsOfResourceInputBuilder).
    pub fn builder() -> crate::types::builders::ListTagsOfResourceInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListTagsOfResourceOutput {
    /// If this value is returned, there are additional results to be displayed. To
    /// retrieve them, call ListTagsOfResource again, with NextToken set to this value.
    #[serde(rename = "NextToken", default)]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The tags currently associated with the Amazon DynamoDB resource.
    #[serde(rename = "Tags", default)]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}
impl ListTagsOfResourceOutput {
    /// A new [`ListTagsOfResourceOutputBuilder`](crate::types::builders::ListTagsOfResourceOutputBuilder).
    pub fn builder() -> crate::types::builders::ListTagsOfResourceOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a local secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct LocalSecondaryIndex {
    /// The name of the local secondary index. The name must be unique among all other
    /// indexes on this table.
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    /// The complete key schema for the local secondary index, consisting of one or more
    /// pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from DynamoDB's usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    #[serde(rename = "KeySchema")]
    pub key_schema: ::std::vec::Vec<crate::types::KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the local
    /// secondary index. These are in addition to the primary key attributes and index
    /// key attributes, which are automatically projected.
    #[serde(rename = "Projection")]
    pub projection: crate::types::Projection,
}
impl LocalSecondaryIndex {
    /// A new [`LocalSecondaryIndexBuilder`](crate::types::builders::LocalSecondaryIndexBuilder).
    pub fn builder() -> crate::types::builders::LocalSecondaryIndexBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a local secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LocalSecondaryIndexDescription {
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    #[serde(rename = "IndexArn", default)]
    pub index_arn: ::std::option::Option<::std::string::String>,
    /// Represents the name of the local secondary index.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value
    /// approximately every six hours. Recent changes might not be reflected in this
    /// value.
    #[serde(rename = "IndexSizeBytes", default)]
    pub index_size_bytes: ::std::option::Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value
    /// approximately every six hours. Recent changes might not be reflected in this
    /// value.
    #[serde(rename = "ItemCount", default)]
    pub item_count: ::std::option::Option<i64>,
    /// The complete key schema for the local secondary index, consisting of one or more
    /// pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from DynamoDB's usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    /// Represents attributes that are copied (projected) from the table into the global
    /// secondary index. These are in addition to the primary key attributes and index
    /// key attributes, which are automatically projected.
    #[serde(rename = "Projection", default)]
    pub projection: ::std::option::Option<crate::types::Projection>,
}
impl LocalSecondaryIndexDescription {
    /// A new [`LocalSecondaryIndexDescriptionBuilder`](crate::types::builders::LocalSecondaryIndexDescriptionBuilder).
    pub fn builder() -> crate::types::builders::LocalSecondaryIndexDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a local secondary index for the table when the
/// backup was created.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct LocalSecondaryIndexInfo {
    /// Represents the name of the local secondary index.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The complete key schema for a local secondary index, which consists of one or
    /// more pairs of attribute names and key types:
    ///
    /// - `HASH` - partition key
    /// - `RANGE` - sort key
    ///
    /// **Note:** The partition key of an item is also known as its *hash attribute*.
    /// The term "hash attribute" derives from DynamoDB's usage of an internal hash
    /// function to evenly distribute data items across partitions, based on their
    /// partition key values.
    ///
    /// The sort key of an item is also known as its *range attribute*. The term "range
    /// attribute" derives from the way DynamoDB stores items with the same partition
    /// key physically close together, in sorted order by the sort key value.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    /// Represents attributes that are copied (projected) from the table into the global
    /// secondary index. These are in addition to the primary key attributes and index
    /// key attributes, which are automatically projected.
    #[serde(rename = "Projection", default)]
    pub projection: ::std::option::Option<crate::types::Projection>,
}
impl LocalSecondaryIndexInfo {
    /// A new [`LocalSecondaryIndexInfoBuilder`](crate::types::builders::LocalSecondaryIndexInfoBuilder).
    pub fn builder() -> crate::types::builders::LocalSecondaryIndexInfoBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum MultiRegionConsistency {
    /// `EVENTUAL`
    Eventual,
    /// `STRONG`
    Strong,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl MultiRegionConsistency {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eventual => "EVENTUAL",
            Self::Strong => "STRONG",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["EVENTUAL", "STRONG"]
    }
}
impl ::std::convert::From<&str> for MultiRegionConsistency {
    fn from(s: &str) -> Self {
        match s {
            "EVENTUAL" => Self::Eventual,
            "STRONG" => Self::Strong,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(MultiRegionConsistency);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OnDemandThroughput {
    #[serde(
        rename = "MaxReadRequestUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_read_request_units: ::std::option::Option<i64>,
    #[serde(
        rename = "MaxWriteRequestUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_write_request_units: ::std::option::Option<i64>,
}
impl OnDemandThroughput {
    /// A new [`OnDemandThroughputBuilder`](crate::types::builders::OnDemandThroughputBuilder).
    pub fn builder() -> crate::types::builders::OnDemandThroughputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OnDemandThroughputOverride {
    #[serde(
        rename = "MaxReadRequestUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_read_request_units: ::std::option::Option<i64>,
}
impl OnDemandThroughputOverride {
    /// A new [`OnDemandThroughputOverrideBuilder`](crate::types::builders::OnDemandThroughputOverrideBuilder).
    pub fn builder() -> crate::types::builders::OnDemandThroughputOverrideBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OutputS3Configuration {
    #[serde(rename = "OutputType", default)]
    pub output_type: ::std::vec::Vec<crate::types::OutputTypeEnum>,
    #[serde(
        rename = "S3Bucket",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "S3BucketOwner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket_owner: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "S3KeyPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "S3SseAlgorithm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_sse_algorithm: ::std::option::Option<crate::types::S3SseAlgorithm>,
    #[serde(
        rename = "S3SseKmsKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_sse_kms_key_id: ::std::option::Option<::std::string::String>,
}
impl OutputS3Configuration {
    /// A new [`OutputS3ConfigurationBuilder`](crate::types::builders::OutputS3ConfigurationBuilder).
    pub fn builder() -> crate::types::builders::OutputS3ConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum OutputTypeEnum {
    /// `ERROR`
    Error,
    /// `CONDITION_CHECK_FAILURE`
    ConditionCheckFailure,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl OutputTypeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::ConditionCheckFailure => "CONDITION_CHECK_FAILURE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ERROR", "CONDITION_CHECK_FAILURE"]
    }
}
impl ::std::convert::From<&str> for OutputTypeEnum {
    fn from(s: &str) -> Self {
        match s {
            "ERROR" => Self::Error,
            "CONDITION_CHECK_FAILURE" => Self::ConditionCheckFailure,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(OutputTypeEnum);
/// Represents a PartiQL statment that uses parameters.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ParameterizedStatement {
    /// The parameter values.
    #[serde(
        rename = "Parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::std::vec::Vec<crate::types::AttributeValue>>,
    /// An optional parameter that returns the item attributes for a PartiQL
    /// `ParameterizedStatement` operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// A PartiQL statment that uses parameters.
    #[serde(rename = "Statement")]
    pub statement: ::std::string::String,
}
impl ParameterizedStatement {
    /// A new [`ParameterizedStatementBuilder`](crate::types::builders::ParameterizedStatementBuilder).
    pub fn builder() -> crate::types::builders::ParameterizedStatementBuilder {
        ::std::default::Default::default()
    }
}
/// The description of the point in time settings applied to the table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PointInTimeRecoveryDescription {
    /// Specifies the earliest point in time you can restore your table to. You can
    /// restore your table to any point in time during the last 35 days.
    #[serde(rename = "EarliestRestorableDateTime", default)]
    pub earliest_restorable_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// `LatestRestorableDateTime` is typically 5 minutes before the current time.
    #[serde(rename = "LatestRestorableDateTime", default)]
    pub latest_restorable_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The current state of point in time recovery:
    ///
    /// - `ENABLED` - Point in time recovery is enabled.
    /// - `DISABLED` - Point in time recovery is disabled.
    #[serde(rename = "PointInTimeRecoveryStatus", default)]
    pub point_in_time_recovery_status: ::std::option::Option<
        crate::types::PointInTimeRecoveryStatus,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "RecoveryPeriodInDays", default)]
    pub recovery_period_in_days: ::std::option::Option<i64>,
}
impl PointInTimeRecoveryDescription {
    /// A new [`PointInTimeRecoveryDescriptionBuilder`](crate::types::builders::PointInTimeRecoveryDescriptionBuilder).
    pub fn builder() -> crate::types::builders::PointInTimeRecoveryDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the settings used to enable point in time recovery.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PointInTimeRecoverySpecification {
    /// Indicates whether point in time recovery is enabled (true) or disabled (false)
    /// on the table.
    #[serde(rename = "PointInTimeRecoveryEnabled")]
    pub point_in_time_recovery_enabled: bool,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "RecoveryPeriodInDays",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recovery_period_in_days: ::std::option::Option<i64>,
}
impl PointInTimeRecoverySpecification {
    /// A new [`PointInTimeRecoverySpecificationBuilder`](crate::types::builders::PointInTimeRecoverySpecificationBuilder).
    pub fn builder() -> crate::types::builders::PointInTimeRecoverySpecificationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum PointInTimeRecoveryStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl PointInTimeRecoveryStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<&str> for PointInTimeRecoveryStatus {
    fn from(s: &str) -> Self {
        match s {
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(PointInTimeRecoveryStatus);
/// Represents attributes that are copied (projected) from the table into an index.
/// These are in addition to the primary key attributes and index key attributes,
/// which are automatically projected.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Projection {
    /// Represents the non-key attribute names which will be projected into the index.
    ///
    /// For local secondary indexes, the total count of `NonKeyAttributes` summed across
    /// all of the local secondary indexes, must not exceed 100. If you project the same
    /// attribute into two different indexes, this counts as two distinct attributes
    /// when determining the total.
    #[serde(
        rename = "NonKeyAttributes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub non_key_attributes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The set of attributes that are projected into the index:
    ///
    /// - `KEYS_ONLY` - Only the index and primary keys are projected into the index.
    /// - `INCLUDE` - In addition to the attributes described in `KEYS_ONLY`, the
    ///   secondary index will include other non-key attributes that you specify.
    /// - `ALL` - All of the table attributes are projected into the index.
    #[serde(
        rename = "ProjectionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_type: ::std::option::Option<crate::types::ProjectionType>,
}
impl Projection {
    /// A new [`ProjectionBuilder`](crate::types::builders::ProjectionBuilder).
    pub fn builder() -> crate::types::builders::ProjectionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ProjectionType {
    /// `ALL`
    All,
    /// `KEYS_ONLY`
    KeysOnly,
    /// `INCLUDE`
    Include,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ProjectionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::KeysOnly => "KEYS_ONLY",
            Self::Include => "INCLUDE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ALL", "KEYS_ONLY", "INCLUDE"]
    }
}
impl ::std::convert::From<&str> for ProjectionType {
    fn from(s: &str) -> Self {
        match s {
            "ALL" => Self::All,
            "KEYS_ONLY" => Self::KeysOnly,
            "INCLUDE" => Self::Include,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ProjectionType);
/// Represents the provisioned throughput settings for a specified table or index.
/// The settings can be modified using the `UpdateTable` operation.
///
/// For current minimum and maximum provisioned throughput values, see [Service,
/// Account, and Table
/// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
/// in the *Amazon DynamoDB Developer Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ProvisionedThroughput {
    /// The maximum number of strongly consistent reads consumed per second before
    /// DynamoDB returns a `ThrottlingException`. For more information, see [Specifying
    /// Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY_PER_REQUEST` the value is set to 0.
    #[serde(rename = "ReadCapacityUnits", default)]
    pub read_capacity_units: i64,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`. For more information, see [Specifying Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If read/write capacity mode is `PAY_PER_REQUEST` the value is set to 0.
    #[serde(rename = "WriteCapacityUnits", default)]
    pub write_capacity_units: i64,
}
impl ProvisionedThroughput {
    /// A new [`ProvisionedThroughputBuilder`](crate::types::builders::ProvisionedThroughputBuilder).
    pub fn builder() -> crate::types::builders::ProvisionedThroughputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the provisioned throughput settings for the table, consisting of read
/// and write capacity units, along with data about increases and decreases.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ProvisionedThroughputDescription {
    /// The date and time of the last provisioned throughput decrease for this table.
    #[serde(rename = "LastDecreaseDateTime", default)]
    pub last_decrease_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The date and time of the last provisioned throughput increase for this table.
    #[serde(rename = "LastIncreaseDateTime", default)]
    pub last_increase_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The number of provisioned throughput decreases for this table during this UTC
    /// calendar day. For current maximums on provisioned throughput decreases, see
    /// [Service, Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "NumberOfDecreasesToday", default)]
    pub number_of_decreases_today: ::std::option::Option<i64>,
    /// The maximum number of strongly consistent reads consumed per second before
    /// DynamoDB returns a `ThrottlingException`. Eventually consistent reads require
    /// less effort than strongly consistent reads, so a setting of 50
    /// `ReadCapacityUnits` per second provides 100 eventually consistent
    /// `ReadCapacityUnits` per second.
    #[serde(rename = "ReadCapacityUnits", default)]
    pub read_capacity_units: ::std::option::Option<i64>,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`.
    #[serde(rename = "WriteCapacityUnits", default)]
    pub write_capacity_units: ::std::option::Option<i64>,
}
impl ProvisionedThroughputDescription {
    /// A new [`ProvisionedThroughputDescriptionBuilder`](crate::types::builders::ProvisionedThroughputDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ProvisionedThroughputDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Replica-specific provisioned throughput settings. If not specified, uses the
/// source table's provisioned throughput settings.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ProvisionedThroughputOverride {
    /// Replica-specific read capacity units. If not specified, uses the source table's
    /// read capacity settings.
    #[serde(
        rename = "ReadCapacityUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_capacity_units: ::std::option::Option<i64>,
}
impl ProvisionedThroughputOverride {
    /// A new [`ProvisionedThroughputOverrideBuilder`](crate::types::builders::ProvisionedThroughputOverrideBuilder).
    pub fn builder() -> crate::types::builders::ProvisionedThroughputOverrideBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a request to perform a `PutItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct Put {
    /// A condition that must be satisfied in order for a conditional update to succeed.
    #[serde(
        rename = "ConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_expression: ::std::option::Option<::std::string::String>,
    /// One or more substitution tokens for attribute names in an expression.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// A map of attribute name to attribute values, representing the primary key of the
    /// item to be written by `PutItem`. All of the table's primary key attributes must
    /// be specified, and their data types must match those of the table's key schema.
    /// If any attributes are present in the item that are part of an index key schema
    /// for the table, their types must match the index key schema.
    #[serde(rename = "Item")]
    pub item: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the
    /// `Put` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid
    /// values are: NONE and ALL_OLD.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// Name of the table in which to write the item.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl Put {
    /// A new [`PutBuilder`](crate::types::builders::PutBuilder).
    pub fn builder() -> crate::types::builders::PutBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `PutItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutItemInput {
    /// A condition that must be satisfied in order for a conditional `PutItem`
    /// operation to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions:
    ///   `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size`
    ///
    ///   These function names are case-sensitive.
    ///
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    ///
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information on condition expressions, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_expression: ::std::option::Option<::std::string::String>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionalOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditional_operator: ::std::option::Option<crate::types::ConditionalOperator>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "Expected",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ExpectedAttributeValue,
        >,
    >,
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute
    /// value. For example, suppose that you wanted to check whether the value of the
    /// *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// A map of attribute name/value pairs, one for each attribute. Only the primary
    /// key attributes are required; you can optionally provide other attribute
    /// name-value pairs for the item.
    ///
    /// You must provide all of the attributes for the primary key. For example, with a
    /// simple primary key, you only need to provide a value for the partition key. For
    /// a composite primary key, you must provide both values for both the partition key
    /// and the sort key.
    ///
    /// If you specify any attributes that are part of an index key, then the data types
    /// for those attributes must match those of the schema in the table's attribute
    /// definition.
    ///
    /// Empty String and Binary attribute values are allowed. Attribute values of type
    /// String and Binary must have a length greater than zero if the attribute is used
    /// as a key attribute for a table or index.
    ///
    /// For more information about primary keys, see [Primary
    /// Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html#HowItWorks.CoreComponents.PrimaryKey)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// Each element in the `Item` map is an `AttributeValue` object.
    #[serde(rename = "Item")]
    pub item: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the
    /// response includes statistics about item collections, if any, that were modified
    /// during the operation are returned in the response. If set to `NONE` (the
    /// default), no statistics are returned.
    #[serde(
        rename = "ReturnItemCollectionMetrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared
    /// before they were updated with the `PutItem` request. For `PutItem`, the valid
    /// values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then
    ///   nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - If `PutItem` overwrote an attribute name-value pair, then the
    ///   content of the old item is returned.
    ///
    /// The values returned are strongly consistent.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    ///
    /// **Note:** The `ReturnValues` parameter is used by several DynamoDB operations;
    /// however, `PutItem` does not recognize any values other than `NONE` or `ALL_OLD`.
    #[serde(
        rename = "ReturnValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values: ::std::option::Option<crate::types::ReturnValue>,
    /// An optional parameter that returns the item attributes for a `PutItem` operation
    /// that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// The name of the table to contain the item.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl PutItemInput {
    /// A new [`PutItemInputBuilder`](crate::types::builders::PutItemInputBuilder).
    pub fn builder() -> crate::types::builders::PutItemInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `PutItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PutItemOutput {
    /// The attribute values as they appeared before the `PutItem` operation, but only
    /// if `ReturnValues` is specified as `ALL_OLD` in the request. Each element
    /// consists of an attribute name and an attribute value.
    #[serde(rename = "Attributes", default)]
    pub attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The capacity units consumed by the `PutItem` operation. The data returned
    /// includes the total provisioned throughput consumed, along with statistics for
    /// the table and any indexes involved in the operation. `ConsumedCapacity` is only
    /// returned if the `ReturnConsumedCapacity` parameter was specified. For more
    /// information, see [Provisioned
    /// Throughput](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughputIntro.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `PutItem`
    /// operation. `ItemCollectionMetrics` is only returned if the
    /// `ReturnItemCollectionMetrics` parameter was specified. If the table does not
    /// have any local secondary indexes, this information is not returned in the
    /// response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is
    ///   the same as the partition key value of the item itself.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes.
    ///   This value is a two-element array containing a lower bound and an upper bound
    ///   for the estimate. The estimate includes the size of all the items in the
    ///   table, plus the size of all attributes projected into all of the local
    ///   secondary indexes on that table. Use this estimate to measure whether a local
    ///   secondary index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the
    ///   precision or accuracy of the estimate.
    #[serde(rename = "ItemCollectionMetrics", default)]
    pub item_collection_metrics: ::std::option::Option<
        crate::types::ItemCollectionMetrics,
    >,
}
impl PutItemOutput {
    /// A new [`PutItemOutputBuilder`](crate::types::builders::PutItemOutputBuilder).
    pub fn builder() -> crate::types::builders::PutItemOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a request to perform a `PutItem` operation on an item.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PutRequest {
    /// A map of attribute name to attribute values, representing the primary key of an
    /// item to be processed by `PutItem`. All of the table's primary key attributes
    /// must be specified, and their data types must match those of the table's key
    /// schema. If any attributes are present in the item that are part of an index key
    /// schema for the table, their types must match the index key schema.
    #[serde(rename = "Item", default)]
    pub item: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
}
impl PutRequest {
    /// A new [`PutRequestBuilder`](crate::types::builders::PutRequestBuilder).
    pub fn builder() -> crate::types::builders::PutRequestBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct PutResourcePolicyInput {
    #[serde(
        rename = "ConfirmRemoveSelfResourceAccess",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub confirm_remove_self_resource_access: ::std::option::Option<bool>,
    #[serde(
        rename = "ExpectedRevisionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_revision_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Policy")]
    pub policy: ::std::string::String,
    #[serde(rename = "ResourceArn")]
    pub resource_arn: ::std::string::String,
}
impl PutResourcePolicyInput {
    /// A new [`PutResourcePolicyInputBuilder`](crate::types::builders::PutResourcePolicyInputBuilder).
    pub fn builder() -> crate::types::builders::PutResourcePolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PutResourcePolicyOutput {
    #[serde(rename = "RevisionId", default)]
    pub revision_id: ::std::option::Option<::std::string::String>,
}
impl PutResourcePolicyOutput {
    /// A new [`PutResourcePolicyOutputBuilder`](crate::types::builders::PutResourcePolicyOutputBuilder).
    pub fn builder() -> crate::types::builders::PutResourcePolicyOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of a `Query` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct QueryInput {
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more
    /// information, see
    /// [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "AttributesToGet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes_to_get: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more
    /// information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionalOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditional_operator: ::std::option::Option<crate::types::ConditionalOperator>,
    /// Determines the read consistency model: If set to `true`, then the operation uses
    /// strongly consistent reads; otherwise, the operation uses eventually consistent
    /// reads.
    ///
    /// Strongly consistent reads are not supported on global secondary indexes. If you
    /// query a global secondary index with `ConsistentRead` set to `true`, you will
    /// receive a `ValidationException`.
    #[serde(
        rename = "ConsistentRead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consistent_read: ::std::option::Option<bool>,
    /// The primary key of the first item that this operation will evaluate. Use the
    /// value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number, or Binary. No set
    /// data types are allowed.
    #[serde(
        rename = "ExclusiveStartKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclusive_start_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute
    /// value. For example, suppose that you wanted to check whether the value of the
    /// *ProductStatus* attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Specifying
    /// Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// A string that contains conditions that DynamoDB applies after the `Query`
    /// operation, but before the data is returned to you. Items that do not satisfy the
    /// `FilterExpression` criteria are not returned.
    ///
    /// A `FilterExpression` does not allow key attributes. You cannot define a filter
    /// expression based on a partition key or a sort key.
    ///
    /// **Note:** A `FilterExpression` is applied after the items have already been
    /// read; the process of filtering does not consume any additional read capacity
    /// units.
    ///
    /// For more information, see [Filter
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Query.FilterExpression)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "FilterExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_expression: ::std::option::Option<::std::string::String>,
    /// The name of an index to query. This index can be any local secondary index or
    /// global secondary index on the table. Note that if you use the `IndexName`
    /// parameter, you must also provide `TableName.`
    #[serde(
        rename = "IndexName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The condition that specifies the key values for items to be retrieved by the
    /// `Query` action.
    ///
    /// The condition must perform an equality test on a single partition key value.
    ///
    /// The condition can optionally perform one of several comparison tests on a single
    /// sort key value. This allows `Query` to retrieve one item with a given partition
    /// key value and sort key value, or several items that have the same partition key
    /// value but different sort key values.
    ///
    /// The partition key equality test is required, and must be specified in the
    /// following format:
    ///
    /// `partitionKeyName` *=* `:partitionkeyval`
    ///
    /// If you also want to provide a condition for the sort key, it must be combined
    /// using `AND` with the condition for the sort key. Following is an example, using
    /// the **=** comparison operator for the sort key:
    ///
    /// `partitionKeyName` `=` `:partitionkeyval` `AND` `sortKeyName` `=` `:sortkeyval`
    ///
    /// Valid comparisons for the sort key condition are as follows:
    ///
    /// - `sortKeyName` `=` `:sortkeyval` - true if the sort key value is equal to
    ///   `:sortkeyval`.
    /// - `sortKeyName` `<` `:sortkeyval` - true if the sort key value is less than
    ///   `:sortkeyval`.
    /// - `sortKeyName` `<=` `:sortkeyval` - true if the sort key value is less than or
    ///   equal to `:sortkeyval`.
    /// - `sortKeyName` `>` `:sortkeyval` - true if the sort key value is greater than
    ///   `:sortkeyval`.
    /// - `sortKeyName` `>=` `:sortkeyval` - true if the sort key value is greater than
    ///   or equal to `:sortkeyval`.
    /// - `sortKeyName` `BETWEEN` `:sortkeyval1` `AND` `:sortkeyval2` - true if the sort
    ///   key value is greater than or equal to `:sortkeyval1`, and less than or equal
    ///   to `:sortkeyval2`.
    /// - `begins_with (` `sortKeyName`, `:sortkeyval` `)` - true if the sort key value
    ///   begins with a particular operand. (You cannot use this function with a sort
    ///   key that is of type Number.) Note that the function name `begins_with` is
    ///   case-sensitive.
    ///
    /// Use the `ExpressionAttributeValues` parameter to replace tokens such as
    /// `:partitionval` and `:sortval` with actual values at runtime.
    ///
    /// You can optionally use the `ExpressionAttributeNames` parameter to replace the
    /// names of the partition key and sort key with placeholder tokens. This option
    /// might be necessary if an attribute name conflicts with a DynamoDB reserved word.
    /// For example, the following `KeyConditionExpression` parameter causes an error
    /// because *Size* is a reserved word:
    ///
    /// - `Size = :myval`
    ///
    /// To work around this, define a placeholder (such a `#S`) to represent the
    /// attribute name *Size*. `KeyConditionExpression` then is as follows:
    ///
    /// - `#S = :myval`
    ///
    /// For a list of reserved words, see [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// For more information on `ExpressionAttributeNames` and
    /// `ExpressionAttributeValues`, see [Using Placeholders for Attribute Names and
    /// Values](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ExpressionPlaceholders.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "KeyConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_condition_expression: ::std::option::Option<::std::string::String>,
    /// This is a legacy parameter. Use `KeyConditionExpression` instead. For more
    /// information, see
    /// [KeyConditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "KeyConditions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_conditions: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
    >,
    /// The maximum number of items to evaluate (not necessarily the number of matching
    /// items). If DynamoDB processes the number of items up to the limit while
    /// processing the results, it stops the operation and returns the matching values
    /// up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent
    /// operation, so that you can pick up where you left off. Also, if the processed
    /// dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the
    /// operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    /// For more information, see [Query and
    /// Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// A string that identifies one or more attributes to retrieve from the table.
    /// These attributes can include scalars, sets, or elements of a JSON document. The
    /// attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If
    /// any of the requested attributes are not found, they will not appear in the
    /// result.
    ///
    /// For more information, see [Accessing Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProjectionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_expression: ::std::option::Option<::std::string::String>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more
    /// information, see
    /// [QueryFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "QueryFilter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_filter: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
    >,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// Specifies the order for index traversal: If `true` (default), the traversal is
    /// performed in ascending order; if `false`, the traversal is performed in
    /// descending order.
    ///
    /// Items with the same partition key value are stored in sorted order by sort key.
    /// If the sort key data type is Number, the results are stored in numeric order.
    /// For type String, the results are stored in order of UTF-8 bytes. For type
    /// Binary, DynamoDB treats each byte of the binary data as unsigned.
    ///
    /// If `ScanIndexForward` is `true`, DynamoDB returns the results in the order in
    /// which they are stored (by sort key value). This is the default behavior. If
    /// `ScanIndexForward` is `false`, DynamoDB reads the results in reverse order by
    /// sort key value, and then returns the results to the client.
    #[serde(
        rename = "ScanIndexForward",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scan_index_forward: ::std::option::Option<bool>,
    /// The attributes to be returned in the result. You can retrieve all item
    /// attributes, specific item attributes, the count of matching items, or in the
    /// case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL_ATTRIBUTES` - Returns all of the item attributes from the specified table
    ///   or index. If you query a local secondary index, then for each matching item in
    ///   the index, DynamoDB fetches the entire item from the parent table. If the
    ///   index is configured to project all item attributes, then all of the data can
    ///   be obtained from the local secondary index, and no fetching is required.
    ///
    /// - `ALL_PROJECTED_ATTRIBUTES` - Allowed only when querying an index. Retrieves
    ///   all attributes that have been projected into the index. If the index is
    ///   configured to project all attributes, this return value is equivalent to
    ///   specifying `ALL_ATTRIBUTES`.
    ///
    /// - `COUNT` - Returns the number of matching items, rather than the matching items
    ///   themselves. Note that this uses the same quantity of read capacity units as
    ///   getting the items, and is subject to the same item size calculations.
    ///
    /// - `SPECIFIC_ATTRIBUTES` - Returns only the attributes listed in
    ///   `ProjectionExpression`. This return value is equivalent to specifying
    ///   `ProjectionExpression` without specifying any value for `Select`.
    ///
    ///   If you query or scan a local secondary index and request only attributes that
    ///   are projected into that index, the operation will read only the index and not
    ///   the table. If any of the requested attributes are not projected into the local
    ///   secondary index, DynamoDB fetches each of these attributes from the parent
    ///   table. This extra fetching incurs additional throughput cost and latency.
    ///
    ///   If you query or scan a global secondary index, you can only request attributes
    ///   that are projected into the index. Global secondary index queries cannot fetch
    ///   attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults
    /// to `ALL_ATTRIBUTES` when accessing a table, and `ALL_PROJECTED_ATTRIBUTES` when
    /// accessing an index. You cannot use both `Select` and `ProjectionExpression`
    /// together in a single request, unless the value for `Select` is
    /// `SPECIFIC_ATTRIBUTES`. (This usage is equivalent to specifying
    /// `ProjectionExpression` without any value for `Select`.)
    ///
    /// **Note:** If you use the `ProjectionExpression` parameter, then the value for
    /// `Select` can only be `SPECIFIC_ATTRIBUTES`. Any other value for `Select` will
    /// return an error.
    #[serde(
        rename = "Select",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub select: ::std::option::Option<crate::types::Select>,
    /// The name of the table containing the requested items.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl QueryInput {
    /// A new [`QueryInputBuilder`](crate::types::builders::QueryInputBuilder).
    pub fn builder() -> crate::types::builders::QueryInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `Query` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct QueryOutput {
    /// The capacity units consumed by the `Query` operation. The data returned includes
    /// the total provisioned throughput consumed, along with statistics for the table
    /// and any indexes involved in the operation. `ConsumedCapacity` is only returned
    /// if the `ReturnConsumedCapacity` parameter was specified. For more information,
    /// see [Provisioned
    /// Throughput](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughputIntro.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    /// The number of items in the response.
    ///
    /// If you used a `QueryFilter` in the request, then `Count` is the number of items
    /// returned after the filter was applied, and `ScannedCount` is the number of
    /// matching items before the filter was applied.
    ///
    /// If you did not use a filter in the request, then `Count` and `ScannedCount` are
    /// the same.
    #[serde(rename = "Count", default)]
    pub count: ::std::option::Option<i64>,
    /// An array of item attributes that match the query criteria. Each element in this
    /// array consists of an attribute name and the value for that attribute.
    #[serde(rename = "Items", default)]
    pub items: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    >,
    /// The primary key of the item where the operation stopped, inclusive of the
    /// previous result set. Use this value to start a new operation, excluding this
    /// value in the new request.
    ///
    /// If `LastEvaluatedKey` is empty, then the "last page" of results has been
    /// processed and there is no more data to be retrieved.
    ///
    /// If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is
    /// more data in the result set. The only way to know when you have reached the end
    /// of the result set is when `LastEvaluatedKey` is empty.
    #[serde(rename = "LastEvaluatedKey", default)]
    pub last_evaluated_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The number of items evaluated, before any `QueryFilter` is applied. A high
    /// `ScannedCount` value with few, or no, `Count` results indicates an inefficient
    /// `Query` operation. For more information, see [Count and
    /// ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Count)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If you did not use a filter in the request, then `ScannedCount` is the same as
    /// `Count`.
    #[serde(rename = "ScannedCount", default)]
    pub scanned_count: ::std::option::Option<i64>,
}
impl QueryOutput {
    /// A new [`QueryOutputBuilder`](crate::types::builders::QueryOutputBuilder).
    pub fn builder() -> crate::types::builders::QueryOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a replica.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Replica {
    /// The Region where the replica needs to be created.
    #[serde(
        rename = "RegionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::std::string::String>,
}
impl Replica {
    /// A new [`ReplicaBuilder`](crate::types::builders::ReplicaBuilder).
    pub fn builder() -> crate::types::builders::ReplicaBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling settings of the replica.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaAutoScalingDescription {
    /// Replica-specific global secondary index auto scaling settings.
    #[serde(rename = "GlobalSecondaryIndexes", default)]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexAutoScalingDescription>,
    >,
    /// The Region where the replica exists.
    #[serde(rename = "RegionName", default)]
    pub region_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ReplicaProvisionedReadCapacityAutoScalingSettings", default)]
    pub replica_provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    #[serde(rename = "ReplicaProvisionedWriteCapacityAutoScalingSettings", default)]
    pub replica_provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    /// The current state of the replica:
    ///
    /// - `CREATING` - The replica is being created.
    /// - `UPDATING` - The replica is being updated.
    /// - `DELETING` - The replica is being deleted.
    /// - `ACTIVE` - The replica is ready for use.
    #[serde(rename = "ReplicaStatus", default)]
    pub replica_status: ::std::option::Option<crate::types::ReplicaStatus>,
}
impl ReplicaAutoScalingDescription {
    /// A new [`ReplicaAutoScalingDescriptionBuilder`](crate::types::builders::ReplicaAutoScalingDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ReplicaAutoScalingDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling settings of a replica that will be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ReplicaAutoScalingUpdate {
    /// The Region where the replica exists.
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
    /// Represents the auto scaling settings of global secondary indexes that will be
    /// modified.
    #[serde(
        rename = "ReplicaGlobalSecondaryIndexUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_global_secondary_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexAutoScalingUpdate>,
    >,
    #[serde(
        rename = "ReplicaProvisionedReadCapacityAutoScalingUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_provisioned_read_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
}
impl ReplicaAutoScalingUpdate {
    /// A new [`ReplicaAutoScalingUpdateBuilder`](crate::types::builders::ReplicaAutoScalingUpdateBuilder).
    pub fn builder() -> crate::types::builders::ReplicaAutoScalingUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the details of the replica.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaDescription {
    /// Replica-specific global secondary index settings.
    #[serde(rename = "GlobalSecondaryIndexes", default)]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexDescription>,
    >,
    /// The KMS key of the replica that will be used for KMS encryption.
    #[serde(rename = "KMSMasterKeyId", default)]
    pub kms_master_key_id: ::std::option::Option<::std::string::String>,
    /// Replica-specific provisioned throughput. If not described, uses the source
    /// table's provisioned throughput settings.
    #[serde(rename = "ProvisionedThroughputOverride", default)]
    pub provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    /// The name of the Region.
    #[serde(rename = "RegionName", default)]
    pub region_name: ::std::option::Option<::std::string::String>,
    /// The time at which the replica was first detected as inaccessible. To determine
    /// cause of inaccessibility check the `ReplicaStatus` property.
    #[serde(rename = "ReplicaInaccessibleDateTime", default)]
    pub replica_inaccessible_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The current state of the replica:
    ///
    /// - `CREATING` - The replica is being created.
    ///
    /// - `UPDATING` - The replica is being updated.
    ///
    /// - `DELETING` - The replica is being deleted.
    ///
    /// - `ACTIVE` - The replica is ready for use.
    ///
    /// - `REGION_DISABLED` - The replica is inaccessible because the Amazon Web
    ///   Services Region has been disabled.
    ///
    ///   **Note:** If the Amazon Web Services Region remains inaccessible for more than
    ///   20 hours, DynamoDB will remove this replica from the replication group. The
    ///   replica will not be deleted and replication will stop from and to this region.
    ///
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The KMS key used to encrypt the table
    ///   is inaccessible.
    ///
    ///   **Note:** If the KMS key remains inaccessible for more than 20 hours, DynamoDB
    ///   will remove this replica from the replication group. The replica will not be
    ///   deleted and replication will stop from and to this region.
    #[serde(rename = "ReplicaStatus", default)]
    pub replica_status: ::std::option::Option<crate::types::ReplicaStatus>,
    /// Detailed information about the replica status.
    #[serde(rename = "ReplicaStatusDescription", default)]
    pub replica_status_description: ::std::option::Option<::std::string::String>,
    /// Specifies the progress of a Create, Update, or Delete action on the replica as a
    /// percentage.
    #[serde(rename = "ReplicaStatusPercentProgress", default)]
    pub replica_status_percent_progress: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ReplicaTableClassSummary", default)]
    pub replica_table_class_summary: ::std::option::Option<
        crate::types::TableClassSummary,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "GlobalTableSettingsReplicationMode", default)]
    pub global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "OnDemandThroughputOverride", default)]
    pub on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ReplicaArn", default)]
    pub replica_arn: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "WarmThroughput", default)]
    pub warm_throughput: ::std::option::Option<
        crate::types::TableWarmThroughputDescription,
    >,
}
impl ReplicaDescription {
    /// A new [`ReplicaDescriptionBuilder`](crate::types::builders::ReplicaDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ReplicaDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a replica global secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ReplicaGlobalSecondaryIndex {
    /// The name of the global secondary index.
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    /// Replica table GSI-specific provisioned throughput. If not specified, uses the
    /// source table GSI's read capacity settings.
    #[serde(
        rename = "ProvisionedThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
}
impl ReplicaGlobalSecondaryIndex {
    /// A new [`ReplicaGlobalSecondaryIndexBuilder`](crate::types::builders::ReplicaGlobalSecondaryIndexBuilder).
    pub fn builder() -> crate::types::builders::ReplicaGlobalSecondaryIndexBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling configuration for a replica global secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaGlobalSecondaryIndexAutoScalingDescription {
    /// The name of the global secondary index.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The current state of the replica global secondary index:
    ///
    /// - `CREATING` - The index is being created.
    /// - `UPDATING` - The table/index configuration is being updated. The table/index
    ///   remains available for data operations when `UPDATING`
    /// - `DELETING` - The index is being deleted.
    /// - `ACTIVE` - The index is ready for use.
    #[serde(rename = "IndexStatus", default)]
    pub index_status: ::std::option::Option<crate::types::IndexStatus>,
    #[serde(rename = "ProvisionedReadCapacityAutoScalingSettings", default)]
    pub provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    #[serde(rename = "ProvisionedWriteCapacityAutoScalingSettings", default)]
    pub provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
}
impl ReplicaGlobalSecondaryIndexAutoScalingDescription {
    /// A new [`ReplicaGlobalSecondaryIndexAutoScalingDescriptionBuilder`](crate::types::builders::ReplicaGlobalSecondaryIndexAutoScalingDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ReplicaGlobalSecondaryIndexAutoScalingDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the auto scaling settings of a global secondary index for a replica
/// that will be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ReplicaGlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    #[serde(
        rename = "IndexName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ProvisionedReadCapacityAutoScalingUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_read_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
}
impl ReplicaGlobalSecondaryIndexAutoScalingUpdate {
    /// A new [`ReplicaGlobalSecondaryIndexAutoScalingUpdateBuilder`](crate::types::builders::ReplicaGlobalSecondaryIndexAutoScalingUpdateBuilder).
    pub fn builder() -> crate::types::builders::ReplicaGlobalSecondaryIndexAutoScalingUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a replica global secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaGlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// If not described, uses the source table GSI's read capacity settings.
    #[serde(rename = "ProvisionedThroughputOverride", default)]
    pub provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "OnDemandThroughputOverride", default)]
    pub on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "WarmThroughput", default)]
    pub warm_throughput: ::std::option::Option<
        crate::types::GlobalSecondaryIndexWarmThroughputDescription,
    >,
}
impl ReplicaGlobalSecondaryIndexDescription {
    /// A new [`ReplicaGlobalSecondaryIndexDescriptionBuilder`](crate::types::builders::ReplicaGlobalSecondaryIndexDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ReplicaGlobalSecondaryIndexDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a global secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaGlobalSecondaryIndexSettingsDescription {
    /// The name of the global secondary index. The name must be unique among all other
    /// indexes on this table.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::string::String,
    /// The current status of the global secondary index:
    ///
    /// - `CREATING` - The global secondary index is being created.
    /// - `UPDATING` - The global secondary index is being updated.
    /// - `DELETING` - The global secondary index is being deleted.
    /// - `ACTIVE` - The global secondary index is ready for use.
    #[serde(rename = "IndexStatus", default)]
    pub index_status: ::std::option::Option<crate::types::IndexStatus>,
    /// Auto scaling settings for a global secondary index replica's read capacity
    /// units.
    #[serde(rename = "ProvisionedReadCapacityAutoScalingSettings", default)]
    pub provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    /// The maximum number of strongly consistent reads consumed per second before
    /// DynamoDB returns a `ThrottlingException`.
    #[serde(rename = "ProvisionedReadCapacityUnits", default)]
    pub provisioned_read_capacity_units: ::std::option::Option<i64>,
    /// Auto scaling settings for a global secondary index replica's write capacity
    /// units.
    #[serde(rename = "ProvisionedWriteCapacityAutoScalingSettings", default)]
    pub provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`.
    #[serde(rename = "ProvisionedWriteCapacityUnits", default)]
    pub provisioned_write_capacity_units: ::std::option::Option<i64>,
}
impl ReplicaGlobalSecondaryIndexSettingsDescription {
    /// A new [`ReplicaGlobalSecondaryIndexSettingsDescriptionBuilder`](crate::types::builders::ReplicaGlobalSecondaryIndexSettingsDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ReplicaGlobalSecondaryIndexSettingsDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the settings of a global secondary index for a global table that will
/// be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ReplicaGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other
    /// indexes on this table.
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    /// Auto scaling settings for managing a global secondary index replica's read
    /// capacity units.
    #[serde(
        rename = "ProvisionedReadCapacityAutoScalingSettingsUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_read_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    /// The maximum number of strongly consistent reads consumed per second before
    /// DynamoDB returns a `ThrottlingException`.
    #[serde(
        rename = "ProvisionedReadCapacityUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_read_capacity_units: ::std::option::Option<i64>,
}
impl ReplicaGlobalSecondaryIndexSettingsUpdate {
    /// A new [`ReplicaGlobalSecondaryIndexSettingsUpdateBuilder`](crate::types::builders::ReplicaGlobalSecondaryIndexSettingsUpdateBuilder).
    pub fn builder() -> crate::types::builders::ReplicaGlobalSecondaryIndexSettingsUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a replica.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ReplicaSettingsDescription {
    /// The Region name of the replica.
    #[serde(rename = "RegionName", default)]
    pub region_name: ::std::string::String,
    /// The read/write capacity mode of the replica.
    #[serde(rename = "ReplicaBillingModeSummary", default)]
    pub replica_billing_mode_summary: ::std::option::Option<
        crate::types::BillingModeSummary,
    >,
    /// Replica global secondary index settings for the global table.
    #[serde(rename = "ReplicaGlobalSecondaryIndexSettings", default)]
    pub replica_global_secondary_index_settings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexSettingsDescription>,
    >,
    /// Auto scaling settings for a global table replica's read capacity units.
    #[serde(rename = "ReplicaProvisionedReadCapacityAutoScalingSettings", default)]
    pub replica_provisioned_read_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    /// The maximum number of strongly consistent reads consumed per second before
    /// DynamoDB returns a `ThrottlingException`. For more information, see [Specifying
    /// Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ReplicaProvisionedReadCapacityUnits", default)]
    pub replica_provisioned_read_capacity_units: ::std::option::Option<i64>,
    /// Auto scaling settings for a global table replica's write capacity units.
    #[serde(rename = "ReplicaProvisionedWriteCapacityAutoScalingSettings", default)]
    pub replica_provisioned_write_capacity_auto_scaling_settings: ::std::option::Option<
        crate::types::AutoScalingSettingsDescription,
    >,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`. For more information, see [Specifying Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ReplicaProvisionedWriteCapacityUnits", default)]
    pub replica_provisioned_write_capacity_units: ::std::option::Option<i64>,
    /// The current state of the Region:
    ///
    /// - `CREATING` - The Region is being created.
    /// - `UPDATING` - The Region is being updated.
    /// - `DELETING` - The Region is being deleted.
    /// - `ACTIVE` - The Region is ready for use.
    #[serde(rename = "ReplicaStatus", default)]
    pub replica_status: ::std::option::Option<crate::types::ReplicaStatus>,
    #[serde(rename = "ReplicaTableClassSummary", default)]
    pub replica_table_class_summary: ::std::option::Option<
        crate::types::TableClassSummary,
    >,
}
impl ReplicaSettingsDescription {
    /// A new [`ReplicaSettingsDescriptionBuilder`](crate::types::builders::ReplicaSettingsDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ReplicaSettingsDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the settings for a global table in a Region that will be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ReplicaSettingsUpdate {
    /// The Region of the replica to be added.
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
    /// Represents the settings of a global secondary index for a global table that will
    /// be modified.
    #[serde(
        rename = "ReplicaGlobalSecondaryIndexSettingsUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_global_secondary_index_settings_update: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndexSettingsUpdate>,
    >,
    /// Auto scaling settings for managing a global table replica's read capacity units.
    #[serde(
        rename = "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_provisioned_read_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    /// The maximum number of strongly consistent reads consumed per second before
    /// DynamoDB returns a `ThrottlingException`. For more information, see [Specifying
    /// Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ReplicaProvisionedReadCapacityUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_provisioned_read_capacity_units: ::std::option::Option<i64>,
    /// Replica-specific table class. If not specified, uses the source table's table
    /// class.
    #[serde(
        rename = "ReplicaTableClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_table_class: ::std::option::Option<crate::types::TableClass>,
}
impl ReplicaSettingsUpdate {
    /// A new [`ReplicaSettingsUpdateBuilder`](crate::types::builders::ReplicaSettingsUpdateBuilder).
    pub fn builder() -> crate::types::builders::ReplicaSettingsUpdateBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ReplicaStatus {
    /// `CREATING`
    Creating,
    /// `CREATION_FAILED`
    CreationFailed,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// `REGION_DISABLED`
    RegionDisabled,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    Archiving,
    /// `ARCHIVED`
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    ReplicationNotAuthorized,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ReplicaStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::CreationFailed => "CREATION_FAILED",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Active => "ACTIVE",
            Self::RegionDisabled => "REGION_DISABLED",
            Self::InaccessibleEncryptionCredentials => {
                "INACCESSIBLE_ENCRYPTION_CREDENTIALS"
            }
            Self::Archiving => "ARCHIVING",
            Self::Archived => "ARCHIVED",
            Self::ReplicationNotAuthorized => "REPLICATION_NOT_AUTHORIZED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "CREATING",
            "CREATION_FAILED",
            "UPDATING",
            "DELETING",
            "ACTIVE",
            "REGION_DISABLED",
            "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
            "ARCHIVING",
            "ARCHIVED",
            "REPLICATION_NOT_AUTHORIZED",
        ]
    }
}
impl ::std::convert::From<&str> for ReplicaStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "CREATION_FAILED" => Self::CreationFailed,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "ACTIVE" => Self::Active,
            "REGION_DISABLED" => Self::RegionDisabled,
            "INACCESSIBLE_ENCRYPTION_CREDENTIALS" => {
                Self::InaccessibleEncryptionCredentials
            }
            "ARCHIVING" => Self::Archiving,
            "ARCHIVED" => Self::Archived,
            "REPLICATION_NOT_AUTHORIZED" => Self::ReplicationNotAuthorized,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ReplicaStatus);
/// Represents one of the following:
///
/// - A new replica to be added to an existing global table.
/// - New parameters for an existing replica.
/// - An existing replica to be removed from an existing global table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ReplicaUpdate {
    /// The parameters required for creating a replica on an existing global table.
    #[serde(
        rename = "Create",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create: ::std::option::Option<crate::types::CreateReplicaAction>,
    /// The name of the existing replica to be removed.
    #[serde(
        rename = "Delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<crate::types::DeleteReplicaAction>,
}
impl ReplicaUpdate {
    /// A new [`ReplicaUpdateBuilder`](crate::types::builders::ReplicaUpdateBuilder).
    pub fn builder() -> crate::types::builders::ReplicaUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Represents one of the following:
///
/// - A new replica to be added to an existing regional table or global table. This
///   request invokes the `CreateTableReplica` action in the destination Region.
/// - New parameters for an existing replica. This request invokes the `UpdateTable`
///   action in the destination Region.
/// - An existing replica to be deleted. The request invokes the
///   `DeleteTableReplica` action in the destination Region, deleting the replica
///   and all if its items in the destination Region.
///
/// **Note:** When you manually remove a table or global table replica, you do not
/// automatically remove any associated scalable targets, scaling policies, or
/// CloudWatch alarms.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ReplicationGroupUpdate {
    /// The parameters required for creating a replica for the table.
    #[serde(
        rename = "Create",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create: ::std::option::Option<crate::types::CreateReplicationGroupMemberAction>,
    /// The parameters required for deleting a replica for the table.
    #[serde(
        rename = "Delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<crate::types::DeleteReplicationGroupMemberAction>,
    /// The parameters required for updating a replica for the table.
    #[serde(
        rename = "Update",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update: ::std::option::Option<crate::types::UpdateReplicationGroupMemberAction>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "Disassociate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disassociate: ::std::option::Option<
        crate::types::DisassociateReplicationGroupMemberAction,
    >,
}
impl ReplicationGroupUpdate {
    /// A new [`ReplicationGroupUpdateBuilder`](crate::types::builders::ReplicationGroupUpdateBuilder).
    pub fn builder() -> crate::types::builders::ReplicationGroupUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// Contains details for the restore.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RestoreSummary {
    /// Point in time or source backup time.
    #[serde(rename = "RestoreDateTime", default)]
    pub restore_date_time: crate::runtime::Timestamp,
    /// Indicates if a restore is in progress or not.
    #[serde(rename = "RestoreInProgress", default)]
    pub restore_in_progress: bool,
    /// The Amazon Resource Name (ARN) of the backup from which the table was restored.
    #[serde(rename = "SourceBackupArn", default)]
    pub source_backup_arn: ::std::option::Option<::std::string::String>,
    /// The ARN of the source table of the backup that is being restored.
    #[serde(rename = "SourceTableArn", default)]
    pub source_table_arn: ::std::option::Option<::std::string::String>,
}
impl RestoreSummary {
    /// A new [`RestoreSummaryBuilder`](crate::types::builders::RestoreSummaryBuilder).
    pub fn builder() -> crate::types::builders::RestoreSummaryBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct RestoreTableFromBackupInput {
    /// The Amazon Resource Name (ARN) associated with the backup.
    #[serde(rename = "BackupArn")]
    pub backup_arn: ::std::string::String,
    /// The billing mode of the restored table.
    #[serde(
        rename = "BillingModeOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_mode_override: ::std::option::Option<crate::types::BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided
    /// should match existing secondary indexes. You can choose to exclude some or all
    /// of the indexes at the time of restore.
    #[serde(
        rename = "GlobalSecondaryIndexOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    /// List of local secondary indexes for the restored table. The indexes provided
    /// should match existing secondary indexes. You can choose to exclude some or all
    /// of the indexes at the time of restore.
    #[serde(
        rename = "LocalSecondaryIndexOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndex>,
    >,
    /// Provisioned throughput settings for the restored table.
    #[serde(
        rename = "ProvisionedThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// The new server-side encryption settings for the restored table.
    #[serde(
        rename = "SSESpecificationOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sse_specification_override: ::std::option::Option<
        crate::types::SseSpecification,
    >,
    /// The name of the new table to which the backup must be restored.
    #[serde(rename = "TargetTableName")]
    pub target_table_name: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "VectorIndexOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vector_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
}
impl RestoreTableFromBackupInput {
    /// A new [`RestoreTableFromBackupInputBuilder`](crate::types::builders::RestoreTableFromBackupInputBuilder).
    pub fn builder() -> crate::types::builders::RestoreTableFromBackupInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RestoreTableFromBackupOutput {
    /// The description of the table created from an existing backup.
    #[serde(rename = "TableDescription", default)]
    pub table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl RestoreTableFromBackupOutput {
    /// A new [`RestoreTableFromBackupOutputBuilder`](crate::types::builders::RestoreTableFromBackupOutputBuilder).
    pub fn builder() -> crate::types::builders::RestoreTableFromBackupOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct RestoreTableToPointInTimeInput {
    /// The billing mode of the restored table.
    #[serde(
        rename = "BillingModeOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_mode_override: ::std::option::Option<crate::types::BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided
    /// should match existing secondary indexes. You can choose to exclude some or all
    /// of the indexes at the time of restore.
    #[serde(
        rename = "GlobalSecondaryIndexOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    /// List of local secondary indexes for the restored table. The indexes provided
    /// should match existing secondary indexes. You can choose to exclude some or all
    /// of the indexes at the time of restore.
    #[serde(
        rename = "LocalSecondaryIndexOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_secondary_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndex>,
    >,
    /// Provisioned throughput settings for the restored table.
    #[serde(
        rename = "ProvisionedThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// Time in the past to restore the table to.
    #[serde(
        rename = "RestoreDateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub restore_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The new server-side encryption settings for the restored table.
    #[serde(
        rename = "SSESpecificationOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sse_specification_override: ::std::option::Option<
        crate::types::SseSpecification,
    >,
    /// The DynamoDB table that will be restored. This value is an Amazon Resource Name
    /// (ARN).
    #[serde(
        rename = "SourceTableArn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_table_arn: ::std::option::Option<::std::string::String>,
    /// Name of the source table that is being restored.
    #[serde(
        rename = "SourceTableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_table_name: ::std::option::Option<::std::string::String>,
    /// The name of the new table to which it must be restored to.
    #[serde(rename = "TargetTableName")]
    pub target_table_name: ::std::string::String,
    /// Restore the table to the latest possible time. `LatestRestorableDateTime` is
    /// typically 5 minutes before the current time.
    #[serde(
        rename = "UseLatestRestorableTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_latest_restorable_time: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughput,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "VectorIndexOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vector_index_override: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
}
impl RestoreTableToPointInTimeInput {
    /// A new [`RestoreTableToPointInTimeInputBuilder`](crate::types::builders::RestoreTableToPointInTimeInputBuilder).
    pub fn builder() -> crate::types::builders::RestoreTableToPointInTimeInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct RestoreTableToPointInTimeOutput {
    /// Represents the properties of a table.
    #[serde(rename = "TableDescription", default)]
    pub table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl RestoreTableToPointInTimeOutput {
    /// A new [`RestoreTableToPointInTimeOutputBuilder`](crate::types::builders::RestoreTableToPointInTimeOutputBuilder).
    pub fn builder() -> crate::types::builders::RestoreTableToPointInTimeOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Determines the level of detail about either provisioned or on-demand throughput
/// consumption that is returned in the response:
///
/// - `INDEXES` - The response includes the aggregate `ConsumedCapacity` for the
///   operation, together with `ConsumedCapacity` for each table and secondary index
///   that was accessed.
///
///   Note that some operations, such as `GetItem` and `BatchGetItem`, do not access
///   any indexes at all. In these cases, specifying `INDEXES` will only return
///   `ConsumedCapacity` information for table(s).
///
/// - `TOTAL` - The response includes only the aggregate `ConsumedCapacity` for the
///   operation.
///
/// - `NONE` - No `ConsumedCapacity` details are included in the response.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ReturnConsumedCapacity {
    /// `INDEXES`
    Indexes,
    /// `TOTAL`
    Total,
    /// `NONE`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ReturnConsumedCapacity {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Indexes => "INDEXES",
            Self::Total => "TOTAL",
            Self::None => "NONE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["INDEXES", "TOTAL", "NONE"]
    }
}
impl ::std::convert::From<&str> for ReturnConsumedCapacity {
    fn from(s: &str) -> Self {
        match s {
            "INDEXES" => Self::Indexes,
            "TOTAL" => Self::Total,
            "NONE" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ReturnConsumedCapacity);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ReturnItemCollectionMetrics {
    /// `SIZE`
    Size,
    /// `NONE`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ReturnItemCollectionMetrics {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Size => "SIZE",
            Self::None => "NONE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SIZE", "NONE"]
    }
}
impl ::std::convert::From<&str> for ReturnItemCollectionMetrics {
    fn from(s: &str) -> Self {
        match s {
            "SIZE" => Self::Size,
            "NONE" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ReturnItemCollectionMetrics);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ReturnValue {
    /// `NONE`
    None,
    /// `ALL_OLD`
    AllOld,
    /// `UPDATED_OLD`
    UpdatedOld,
    /// `ALL_NEW`
    AllNew,
    /// `UPDATED_NEW`
    UpdatedNew,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ReturnValue {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::AllOld => "ALL_OLD",
            Self::UpdatedOld => "UPDATED_OLD",
            Self::AllNew => "ALL_NEW",
            Self::UpdatedNew => "UPDATED_NEW",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"]
    }
}
impl ::std::convert::From<&str> for ReturnValue {
    fn from(s: &str) -> Self {
        match s {
            "NONE" => Self::None,
            "ALL_OLD" => Self::AllOld,
            "UPDATED_OLD" => Self::UpdatedOld,
            "ALL_NEW" => Self::AllNew,
            "UPDATED_NEW" => Self::UpdatedNew,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ReturnValue);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ReturnValuesOnConditionCheckFailure {
    /// `ALL_OLD`
    AllOld,
    /// `NONE`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ReturnValuesOnConditionCheckFailure {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllOld => "ALL_OLD",
            Self::None => "NONE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ALL_OLD", "NONE"]
    }
}
impl ::std::convert::From<&str> for ReturnValuesOnConditionCheckFailure {
    fn from(s: &str) -> Self {
        match s {
            "ALL_OLD" => Self::AllOld,
            "NONE" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ReturnValuesOnConditionCheckFailure);
/// The S3 bucket that is being imported from.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct S3BucketSource {
    /// The S3 bucket that is being imported from.
    #[serde(rename = "S3Bucket", default)]
    pub s3_bucket: ::std::string::String,
    /// The account number of the S3 bucket that is being imported from. If the bucket
    /// is owned by the requester this is optional.
    #[serde(
        rename = "S3BucketOwner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_bucket_owner: ::std::option::Option<::std::string::String>,
    /// The key prefix shared by all S3 Objects that are being imported.
    #[serde(
        rename = "S3KeyPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
}
impl S3BucketSource {
    /// A new [`S3BucketSourceBuilder`](crate::types::builders::S3BucketSourceBuilder).
    pub fn builder() -> crate::types::builders::S3BucketSourceBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum S3SseAlgorithm {
    /// `AES256`
    Aes256,
    /// `KMS`
    Kms,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl S3SseAlgorithm {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes256 => "AES256",
            Self::Kms => "KMS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AES256", "KMS"]
    }
}
impl ::std::convert::From<&str> for S3SseAlgorithm {
    fn from(s: &str) -> Self {
        match s {
            "AES256" => Self::Aes256,
            "KMS" => Self::Kms,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(S3SseAlgorithm);
/// The description of the server-side encryption status on the specified table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SseDescription {
    /// Indicates the time, in UNIX epoch date format, when DynamoDB detected that the
    /// table's KMS key was inaccessible. This attribute will automatically be cleared
    /// when DynamoDB detects that the table's KMS key is accessible again. DynamoDB
    /// will initiate the table archival process when table's KMS key remains
    /// inaccessible for more than seven days from this date.
    #[serde(rename = "InaccessibleEncryptionDateTime", default)]
    pub inaccessible_encryption_date_time: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    /// The KMS key ARN used for the KMS encryption.
    #[serde(rename = "KMSMasterKeyArn", default)]
    pub kms_master_key_arn: ::std::option::Option<::std::string::String>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is
    ///   stored in your account and is managed by KMS (KMS charges apply).
    #[serde(rename = "SSEType", default)]
    pub sse_type: ::std::option::Option<crate::types::SseType>,
    /// Represents the current state of server-side encryption. The only supported
    /// values are:
    ///
    /// - `ENABLED` - Server-side encryption is enabled.
    /// - `UPDATING` - Server-side encryption is being updated.
    #[serde(rename = "Status", default)]
    pub status: ::std::option::Option<crate::types::SseStatus>,
}
impl SseDescription {
    /// A new [`SseDescriptionBuilder`](crate::types::builders::SseDescriptionBuilder).
    pub fn builder() -> crate::types::builders::SseDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the settings used to enable server-side encryption.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SseSpecification {
    /// Indicates whether server-side encryption is done using an Amazon Web Services
    /// managed key or an Amazon Web Services owned key. If enabled (true), server-side
    /// encryption type is set to `KMS` and an Amazon Web Services managed key is used
    /// (KMS charges apply). If disabled (false) or not specified, server-side
    /// encryption is set to Amazon Web Services owned key.
    #[serde(
        rename = "Enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// The KMS key that should be used for the KMS encryption. To specify a key, use
    /// its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you
    /// should only provide this parameter if the key is different from the default
    /// DynamoDB key `alias/aws/dynamodb`.
    #[serde(
        rename = "KMSMasterKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_master_key_id: ::std::option::Option<::std::string::String>,
    /// Server-side encryption type. The only supported value is:
    ///
    /// - `KMS` - Server-side encryption that uses Key Management Service. The key is
    ///   stored in your account and is managed by KMS (KMS charges apply).
    #[serde(
        rename = "SSEType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sse_type: ::std::option::Option<crate::types::SseType>,
}
impl SseSpecification {
    /// A new [`SseSpecificationBuilder`](crate::types::builders::SseSpecificationBuilder).
    pub fn builder() -> crate::types::builders::SseSpecificationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum SseStatus {
    /// `ENABLING`
    Enabling,
    /// `ENABLED`
    Enabled,
    /// `DISABLING`
    Disabling,
    /// `DISABLED`
    Disabled,
    /// `UPDATING`
    Updating,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SseStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabling => "ENABLING",
            Self::Enabled => "ENABLED",
            Self::Disabling => "DISABLING",
            Self::Disabled => "DISABLED",
            Self::Updating => "UPDATING",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLING", "ENABLED", "DISABLING", "DISABLED", "UPDATING"]
    }
}
impl ::std::convert::From<&str> for SseStatus {
    fn from(s: &str) -> Self {
        match s {
            "ENABLING" => Self::Enabling,
            "ENABLED" => Self::Enabled,
            "DISABLING" => Self::Disabling,
            "DISABLED" => Self::Disabled,
            "UPDATING" => Self::Updating,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SseStatus);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum SseType {
    /// `AES256`
    Aes256,
    /// `KMS`
    Kms,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SseType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes256 => "AES256",
            Self::Kms => "KMS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AES256", "KMS"]
    }
}
impl ::std::convert::From<&str> for SseType {
    fn from(s: &str) -> Self {
        match s {
            "AES256" => Self::Aes256,
            "KMS" => Self::Kms,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SseType);
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum ScalarAttributeType {
    /// `S`
    S,
    /// `N`
    N,
    /// `B`
    B,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ScalarAttributeType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S => "S",
            Self::N => "N",
            Self::B => "B",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["S", "N", "B"]
    }
}
impl ::std::convert::From<&str> for ScalarAttributeType {
    fn from(s: &str) -> Self {
        match s {
            "S" => Self::S,
            "N" => Self::N,
            "B" => Self::B,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ScalarAttributeType);
/// Represents the input of a `Scan` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ScanInput {
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more
    /// information, see
    /// [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "AttributesToGet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes_to_get: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more
    /// information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionalOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditional_operator: ::std::option::Option<crate::types::ConditionalOperator>,
    /// A Boolean value that determines the read consistency model during the scan:
    ///
    /// - If `ConsistentRead` is `false`, then the data returned from `Scan` might not
    ///   contain the results from other recently completed write operations (`PutItem`,
    ///   `UpdateItem`, or `DeleteItem`).
    /// - If `ConsistentRead` is `true`, then all of the write operations that completed
    ///   before the `Scan` began are guaranteed to be contained in the `Scan` response.
    ///
    /// The default setting for `ConsistentRead` is `false`.
    ///
    /// The `ConsistentRead` parameter is not supported on global secondary indexes. If
    /// you scan a global secondary index with `ConsistentRead` set to true, you will
    /// receive a `ValidationException`.
    #[serde(
        rename = "ConsistentRead",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consistent_read: ::std::option::Option<bool>,
    /// The primary key of the first item that this operation will evaluate. Use the
    /// value that was returned for `LastEvaluatedKey` in the previous operation.
    ///
    /// The data type for `ExclusiveStartKey` must be String, Number or Binary. No set
    /// data types are allowed.
    ///
    /// In a parallel scan, a `Scan` request that includes `ExclusiveStartKey` must
    /// specify the same segment whose previous `Scan` returned the corresponding value
    /// of `LastEvaluatedKey`.
    #[serde(
        rename = "ExclusiveStartKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclusive_start_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*). To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information on expression attribute names, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute
    /// value. For example, suppose that you wanted to check whether the value of the
    /// `ProductStatus` attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// A string that contains conditions that DynamoDB applies after the `Scan`
    /// operation, but before the data is returned to you. Items that do not satisfy the
    /// `FilterExpression` criteria are not returned.
    ///
    /// **Note:** A `FilterExpression` is applied after the items have already been
    /// read; the process of filtering does not consume any additional read capacity
    /// units.
    ///
    /// For more information, see [Filter
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Query.FilterExpression)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "FilterExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_expression: ::std::option::Option<::std::string::String>,
    /// The name of a secondary index to scan. This index can be any local secondary
    /// index or global secondary index. Note that if you use the `IndexName` parameter,
    /// you must also provide `TableName`.
    #[serde(
        rename = "IndexName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The maximum number of items to evaluate (not necessarily the number of matching
    /// items). If DynamoDB processes the number of items up to the limit while
    /// processing the results, it stops the operation and returns the matching values
    /// up to that point, and a key in `LastEvaluatedKey` to apply in a subsequent
    /// operation, so that you can pick up where you left off. Also, if the processed
    /// dataset size exceeds 1 MB before DynamoDB reaches this limit, it stops the
    /// operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    /// For more information, see [Working with
    /// Queries](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// A string that identifies one or more attributes to retrieve from the specified
    /// table or index. These attributes can include scalars, sets, or elements of a
    /// JSON document. The attributes in the expression must be separated by commas.
    ///
    /// If no attribute names are specified, then all attributes will be returned. If
    /// any of the requested attributes are not found, they will not appear in the
    /// result.
    ///
    /// For more information, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProjectionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_expression: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more
    /// information, see
    /// [ScanFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ScanFilter.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ScanFilter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scan_filter: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Condition>,
    >,
    /// For a parallel `Scan` request, `Segment` identifies an individual segment to be
    /// scanned by an application worker.
    ///
    /// Segment IDs are zero-based, so the first segment is always 0. For example, if
    /// you want to use four application threads to scan a table or an index, then the
    /// first thread specifies a `Segment` value of 0, the second thread specifies 1,
    /// and so on.
    ///
    /// The value of `LastEvaluatedKey` returned from a parallel `Scan` request must be
    /// used as `ExclusiveStartKey` with the same segment ID in a subsequent `Scan`
    /// operation.
    ///
    /// The value for `Segment` must be greater than or equal to 0, and less than the
    /// value provided for `TotalSegments`.
    ///
    /// If you provide `Segment`, you must also provide `TotalSegments`.
    #[serde(
        rename = "Segment",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub segment: ::std::option::Option<i64>,
    /// The attributes to be returned in the result. You can retrieve all item
    /// attributes, specific item attributes, the count of matching items, or in the
    /// case of an index, some or all of the attributes projected into the index.
    ///
    /// - `ALL_ATTRIBUTES` - Returns all of the item attributes from the specified table
    ///   or index. If you query a local secondary index, then for each matching item in
    ///   the index, DynamoDB fetches the entire item from the parent table. If the
    ///   index is configured to project all item attributes, then all of the data can
    ///   be obtained from the local secondary index, and no fetching is required.
    ///
    /// - `ALL_PROJECTED_ATTRIBUTES` - Allowed only when querying an index. Retrieves
    ///   all attributes that have been projected into the index. If the index is
    ///   configured to project all attributes, this return value is equivalent to
    ///   specifying `ALL_ATTRIBUTES`.
    ///
    /// - `COUNT` - Returns the number of matching items, rather than the matching items
    ///   themselves. Note that this uses the same quantity of read capacity units as
    ///   getting the items, and is subject to the same item size calculations.
    ///
    /// - `SPECIFIC_ATTRIBUTES` - Returns only the attributes listed in
    ///   `ProjectionExpression`. This return value is equivalent to specifying
    ///   `ProjectionExpression` without specifying any value for `Select`.
    ///
    ///   If you query or scan a local secondary index and request only attributes that
    ///   are projected into that index, the operation reads only the index and not the
    ///   table. If any of the requested attributes are not projected into the local
    ///   secondary index, DynamoDB fetches each of these attributes from the parent
    ///   table. This extra fetching incurs additional throughput cost and latency.
    ///
    ///   If you query or scan a global secondary index, you can only request attributes
    ///   that are projected into the index. Global secondary index queries cannot fetch
    ///   attributes from the parent table.
    ///
    /// If neither `Select` nor `ProjectionExpression` are specified, DynamoDB defaults
    /// to `ALL_ATTRIBUTES` when accessing a table, and `ALL_PROJECTED_ATTRIBUTES` when
    /// accessing an index. You cannot use both `Select` and `ProjectionExpression`
    /// together in a single request, unless the value for `Select` is
    /// `SPECIFIC_ATTRIBUTES`. (This usage is equivalent to specifying
    /// `ProjectionExpression` without any value for `Select`.)
    ///
    /// **Note:** If you use the `ProjectionExpression` parameter, then the value for
    /// `Select` can only be `SPECIFIC_ATTRIBUTES`. Any other value for `Select` will
    /// return an error.
    #[serde(
        rename = "Select",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub select: ::std::option::Option<crate::types::Select>,
    /// The name of the table containing the requested items; or, if you provide
    /// `IndexName`, the name of the table to which that index belongs.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// For a parallel `Scan` request, `TotalSegments` represents the total number of
    /// segments into which the `Scan` operation will be divided. The value of
    /// `TotalSegments` corresponds to the number of application workers that will
    /// perform the parallel scan. For example, if you want to use four application
    /// threads to scan a table or an index, specify a `TotalSegments` value of 4.
    ///
    /// The value for `TotalSegments` must be greater than or equal to 1, and less than
    /// or equal to 1000000. If you specify a `TotalSegments` value of 1, the `Scan`
    /// operation will be sequential rather than parallel.
    ///
    /// If you specify `TotalSegments`, you must also specify `Segment`.
    #[serde(
        rename = "TotalSegments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_segments: ::std::option::Option<i64>,
}
impl ScanInput {
    /// A new [`ScanInputBuilder`](crate::types::builders::ScanInputBuilder).
    pub fn builder() -> crate::types::builders::ScanInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of a `Scan` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ScanOutput {
    /// The capacity units consumed by the `Scan` operation. The data returned includes
    /// the total provisioned throughput consumed, along with statistics for the table
    /// and any indexes involved in the operation. `ConsumedCapacity` is only returned
    /// if the `ReturnConsumedCapacity` parameter was specified. For more information,
    /// see [Provisioned
    /// Throughput](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html#ItemSizeCalculations.Reads)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    /// The number of items in the response.
    ///
    /// If you set `ScanFilter` in the request, then `Count` is the number of items
    /// returned after the filter was applied, and `ScannedCount` is the number of
    /// matching items before the filter was applied.
    ///
    /// If you did not use a filter in the request, then `Count` is the same as
    /// `ScannedCount`.
    #[serde(rename = "Count", default)]
    pub count: ::std::option::Option<i64>,
    /// An array of item attributes that match the scan criteria. Each element in this
    /// array consists of an attribute name and the value for that attribute.
    #[serde(rename = "Items", default)]
    pub items: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::AttributeValue,
            >,
        >,
    >,
    /// The primary key of the item where the operation stopped, inclusive of the
    /// previous result set. Use this value to start a new operation, excluding this
    /// value in the new request.
    ///
    /// If `LastEvaluatedKey` is empty, then the "last page" of results has been
    /// processed and there is no more data to be retrieved.
    ///
    /// If `LastEvaluatedKey` is not empty, it does not necessarily mean that there is
    /// more data in the result set. The only way to know when you have reached the end
    /// of the result set is when `LastEvaluatedKey` is empty.
    #[serde(rename = "LastEvaluatedKey", default)]
    pub last_evaluated_key: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The number of items evaluated, before any `ScanFilter` is applied. A high
    /// `ScannedCount` value with few, or no, `Count` results indicates an inefficient
    /// `Scan` operation. For more information, see [Count and
    /// ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Count)
    /// in the *Amazon DynamoDB Developer Guide*.
    ///
    /// If you did not use a filter in the request, then `ScannedCount` is the same as
    /// `Count`.
    #[serde(rename = "ScannedCount", default)]
    pub scanned_count: ::std::option::Option<i64>,
}
impl ScanOutput {
    /// A new [`ScanOutputBuilder`](crate::types::builders::ScanOutputBuilder).
    pub fn builder() -> crate::types::builders::ScanOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SearchResultItem {
    #[serde(rename = "Item", default)]
    pub item: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    #[serde(rename = "Score", default)]
    pub score: ::std::option::Option<f64>,
}
impl SearchResultItem {
    /// A new [`SearchResultItemBuilder`](crate::types::builders::SearchResultItemBuilder).
    pub fn builder() -> crate::types::builders::SearchResultItemBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SearchSchemaElement {
    #[serde(rename = "AttributeName", default)]
    pub attribute_name: ::std::string::String,
    #[serde(rename = "SearchSchemaElementType")]
    pub search_schema_element_type: crate::types::SearchSchemaElementType,
}
impl SearchSchemaElement {
    /// A new [`SearchSchemaElementBuilder`](crate::types::builders::SearchSchemaElementBuilder).
    pub fn builder() -> crate::types::builders::SearchSchemaElementBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum SearchSchemaElementType {
    /// `HASH`
    Hash,
    /// `INLINE_FILTER`
    InlineFilter,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl SearchSchemaElementType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hash => "HASH",
            Self::InlineFilter => "INLINE_FILTER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["HASH", "INLINE_FILTER"]
    }
}
impl ::std::convert::From<&str> for SearchSchemaElementType {
    fn from(s: &str) -> Self {
        match s {
            "HASH" => Self::Hash,
            "INLINE_FILTER" => Self::InlineFilter,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(SearchSchemaElementType);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct SearchVectorsInput {
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    #[serde(
        rename = "ProjectionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projection_expression: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    #[serde(
        rename = "SearchConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub search_condition_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SearchVector")]
    pub search_vector: ::std::vec::Vec<crate::types::AttributeValue>,
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    #[serde(rename = "TopK")]
    pub top_k: i64,
}
impl SearchVectorsInput {
    /// A new [`SearchVectorsInputBuilder`](crate::types::builders::SearchVectorsInputBuilder).
    pub fn builder() -> crate::types::builders::SearchVectorsInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SearchVectorsOutput {
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::VectorCapacity>,
    #[serde(rename = "SearchResults", default)]
    pub search_results: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchResultItem>,
    >,
}
impl SearchVectorsOutput {
    /// A new [`SearchVectorsOutputBuilder`](crate::types::builders::SearchVectorsOutputBuilder).
    pub fn builder() -> crate::types::builders::SearchVectorsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum Select {
    /// `ALL_ATTRIBUTES`
    AllAttributes,
    /// `ALL_PROJECTED_ATTRIBUTES`
    AllProjectedAttributes,
    /// `SPECIFIC_ATTRIBUTES`
    SpecificAttributes,
    /// `COUNT`
    Count,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Select {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllAttributes => "ALL_ATTRIBUTES",
            Self::AllProjectedAttributes => "ALL_PROJECTED_ATTRIBUTES",
            Self::SpecificAttributes => "SPECIFIC_ATTRIBUTES",
            Self::Count => "COUNT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"]
    }
}
impl ::std::convert::From<&str> for Select {
    fn from(s: &str) -> Self {
        match s {
            "ALL_ATTRIBUTES" => Self::AllAttributes,
            "ALL_PROJECTED_ATTRIBUTES" => Self::AllProjectedAttributes,
            "SPECIFIC_ATTRIBUTES" => Self::SpecificAttributes,
            "COUNT" => Self::Count,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Select);
/// Contains the details of the table when the backup was created.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SourceTableDetails {
    /// Controls how you are charged for read and write throughput and how you manage
    /// capacity. This setting can be changed later.
    ///
    /// - `PROVISIONED` - Sets the read/write capacity mode to `PROVISIONED`. We
    ///   recommend using `PROVISIONED` for predictable workloads.
    /// - `PAY_PER_REQUEST` - Sets the read/write capacity mode to `PAY_PER_REQUEST`. We
    ///   recommend using `PAY_PER_REQUEST` for unpredictable workloads.
    #[serde(rename = "BillingMode", default)]
    pub billing_mode: ::std::option::Option<crate::types::BillingMode>,
    /// Number of items in the table. Note that this is an approximate value.
    #[serde(rename = "ItemCount", default)]
    pub item_count: ::std::option::Option<i64>,
    /// Schema of the table.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::vec::Vec<crate::types::KeySchemaElement>,
    /// Read IOPs and Write IOPS on the table when the backup was created.
    #[serde(rename = "ProvisionedThroughput")]
    pub provisioned_throughput: crate::types::ProvisionedThroughput,
    /// ARN of the table for which backup was created.
    #[serde(rename = "TableArn", default)]
    pub table_arn: ::std::option::Option<::std::string::String>,
    /// Time when the source table was created.
    #[serde(rename = "TableCreationDateTime", default)]
    pub table_creation_date_time: crate::runtime::Timestamp,
    /// Unique identifier for the table for which the backup was created.
    #[serde(rename = "TableId", default)]
    pub table_id: ::std::string::String,
    /// The name of the table for which the backup was created.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::string::String,
    /// Size of the table in bytes. Note that this is an approximate value.
    #[serde(rename = "TableSizeBytes", default)]
    pub table_size_bytes: ::std::option::Option<i64>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "OnDemandThroughput", default)]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
}
impl SourceTableDetails {
    /// A new [`SourceTableDetailsBuilder`](crate::types::builders::SourceTableDetailsBuilder).
    pub fn builder() -> crate::types::builders::SourceTableDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the details of the features enabled on the table when the backup was
/// created. For example, LSIs, GSIs, streams, TTL.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SourceTableFeatureDetails {
    /// Represents the GSI properties for the table when the backup was created. It
    /// includes the IndexName, KeySchema, Projection, and ProvisionedThroughput for the
    /// GSIs on the table at the time of backup.
    #[serde(rename = "GlobalSecondaryIndexes", default)]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexInfo>,
    >,
    /// Represents the LSI properties for the table when the backup was created. It
    /// includes the IndexName, KeySchema and Projection for the LSIs on the table at
    /// the time of backup.
    #[serde(rename = "LocalSecondaryIndexes", default)]
    pub local_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndexInfo>,
    >,
    /// The description of the server-side encryption status on the table when the
    /// backup was created.
    #[serde(rename = "SSEDescription", default)]
    pub sse_description: ::std::option::Option<crate::types::SseDescription>,
    /// Stream settings on the table when the backup was created.
    #[serde(rename = "StreamDescription", default)]
    pub stream_description: ::std::option::Option<crate::types::StreamSpecification>,
    /// Time to Live settings on the table when the backup was created.
    #[serde(rename = "TimeToLiveDescription", default)]
    pub time_to_live_description: ::std::option::Option<
        crate::types::TimeToLiveDescription,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "VectorIndexes", default)]
    pub vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndexInfo>,
    >,
}
impl SourceTableFeatureDetails {
    /// A new [`SourceTableFeatureDetailsBuilder`](crate::types::builders::SourceTableFeatureDetailsBuilder).
    pub fn builder() -> crate::types::builders::SourceTableFeatureDetailsBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct StartBulkPutItemsInput {
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InputS3Configuration")]
    pub input_s3_configuration: crate::types::InputS3Configuration,
    #[serde(
        rename = "MaxWriteRequestUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_write_request_units: ::std::option::Option<i64>,
    #[serde(rename = "OutputS3Configuration")]
    pub output_s3_configuration: crate::types::OutputS3Configuration,
    #[serde(
        rename = "PerformanceTier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_tier: ::std::option::Option<
        crate::types::BulkOperationPerformanceTier,
    >,
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl StartBulkPutItemsInput {
    /// A new [`StartBulkPutItemsInputBuilder`](crate::types::builders::StartBulkPutItemsInputBuilder).
    pub fn builder() -> crate::types::builders::StartBulkPutItemsInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StartBulkPutItemsOutput {
    #[serde(rename = "BulkOperationDescription", default)]
    pub bulk_operation_description: crate::types::BulkOperationDescription,
}
impl StartBulkPutItemsOutput {
    /// A new [`StartBulkPutItemsOutputBuilder`](crate::types::builders::StartBulkPutItemsOutputBuilder).
    pub fn builder() -> crate::types::builders::StartBulkPutItemsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the DynamoDB Streams configuration for a table in DynamoDB.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct StreamSpecification {
    /// Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the
    /// table.
    #[serde(rename = "StreamEnabled", default)]
    pub stream_enabled: bool,
    /// When an item in the table is modified, `StreamViewType` determines what
    /// information is written to the stream for this table. Valid values for
    /// `StreamViewType` are:
    ///
    /// - `KEYS_ONLY` - Only the key attributes of the modified item are written to the
    ///   stream.
    /// - `NEW_IMAGE` - The entire item, as it appears after it was modified, is written
    ///   to the stream.
    /// - `OLD_IMAGE` - The entire item, as it appeared before it was modified, is
    ///   written to the stream.
    /// - `NEW_AND_OLD_IMAGES` - Both the new and the old item images of the item are
    ///   written to the stream.
    #[serde(
        rename = "StreamViewType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_view_type: ::std::option::Option<crate::types::StreamViewType>,
}
impl StreamSpecification {
    /// A new [`StreamSpecificationBuilder`](crate::types::builders::StreamSpecificationBuilder).
    pub fn builder() -> crate::types::builders::StreamSpecificationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum StreamViewType {
    /// `NEW_IMAGE`
    NewImage,
    /// `OLD_IMAGE`
    OldImage,
    /// `NEW_AND_OLD_IMAGES`
    NewAndOldImages,
    /// `KEYS_ONLY`
    KeysOnly,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StreamViewType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NewImage => "NEW_IMAGE",
            Self::OldImage => "OLD_IMAGE",
            Self::NewAndOldImages => "NEW_AND_OLD_IMAGES",
            Self::KeysOnly => "KEYS_ONLY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"]
    }
}
impl ::std::convert::From<&str> for StreamViewType {
    fn from(s: &str) -> Self {
        match s {
            "NEW_IMAGE" => Self::NewImage,
            "OLD_IMAGE" => Self::OldImage,
            "NEW_AND_OLD_IMAGES" => Self::NewAndOldImages,
            "KEYS_ONLY" => Self::KeysOnly,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StreamViewType);
/// Represents the auto scaling configuration for a global table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableAutoScalingDescription {
    /// Represents replicas of the global table.
    #[serde(rename = "Replicas", default)]
    pub replicas: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaAutoScalingDescription>,
    >,
    /// The name of the table.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// The current state of the table:
    ///
    /// - `CREATING` - The table is being created.
    /// - `UPDATING` - The table is being updated.
    /// - `DELETING` - The table is being deleted.
    /// - `ACTIVE` - The table is ready for use.
    #[serde(rename = "TableStatus", default)]
    pub table_status: ::std::option::Option<crate::types::TableStatus>,
}
impl TableAutoScalingDescription {
    /// A new [`TableAutoScalingDescriptionBuilder`](crate::types::builders::TableAutoScalingDescriptionBuilder).
    pub fn builder() -> crate::types::builders::TableAutoScalingDescriptionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum TableClass {
    /// `STANDARD`
    Standard,
    /// `STANDARD_INFREQUENT_ACCESS`
    StandardInfrequentAccess,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl TableClass {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::StandardInfrequentAccess => "STANDARD_INFREQUENT_ACCESS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STANDARD", "STANDARD_INFREQUENT_ACCESS"]
    }
}
impl ::std::convert::From<&str> for TableClass {
    fn from(s: &str) -> Self {
        match s {
            "STANDARD" => Self::Standard,
            "STANDARD_INFREQUENT_ACCESS" => Self::StandardInfrequentAccess,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(TableClass);
/// Contains details of the table class.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableClassSummary {
    /// The date and time at which the table class was last updated.
    #[serde(rename = "LastUpdateDateTime", default)]
    pub last_update_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// The table class of the specified table. Valid values are `STANDARD` and
    /// `STANDARD_INFREQUENT_ACCESS`.
    #[serde(rename = "TableClass", default)]
    pub table_class: ::std::option::Option<crate::types::TableClass>,
}
impl TableClassSummary {
    /// A new [`TableClassSummaryBuilder`](crate::types::builders::TableClassSummaryBuilder).
    pub fn builder() -> crate::types::builders::TableClassSummaryBuilder {
        ::std::default::Default::default()
    }
}
/// The parameters for the table created as part of the import operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableCreationParameters {
    /// The attributes of the table created as part of the import operation.
    #[serde(rename = "AttributeDefinitions", default)]
    pub attribute_definitions: ::std::vec::Vec<crate::types::AttributeDefinition>,
    /// The billing mode for provisioning the table created as part of the import
    /// operation.
    #[serde(
        rename = "BillingMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_mode: ::std::option::Option<crate::types::BillingMode>,
    /// The Global Secondary Indexes (GSI) of the table to be created as part of the
    /// import operation.
    #[serde(
        rename = "GlobalSecondaryIndexes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndex>,
    >,
    /// The primary key and option sort key of the table created as part of the import
    /// operation.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::vec::Vec<crate::types::KeySchemaElement>,
    #[serde(
        rename = "ProvisionedThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    #[serde(
        rename = "SSESpecification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sse_specification: ::std::option::Option<crate::types::SseSpecification>,
    /// The name of the table created as part of the import operation.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "VectorIndexes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndex>,
    >,
}
impl TableCreationParameters {
    /// A new [`TableCreationParametersBuilder`](crate::types::builders::TableCreationParametersBuilder).
    pub fn builder() -> crate::types::builders::TableCreationParametersBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the properties of a table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableDescription {
    /// Contains information about the table archive.
    #[serde(rename = "ArchivalSummary", default)]
    pub archival_summary: ::std::option::Option<crate::types::ArchivalSummary>,
    /// An array of `AttributeDefinition` objects. Each of these objects describes one
    /// attribute in the table and index key schema.
    ///
    /// Each `AttributeDefinition` object in this array is composed of:
    ///
    /// - `AttributeName` - The name of the attribute.
    /// - `AttributeType` - The data type for the attribute.
    #[serde(rename = "AttributeDefinitions", default)]
    pub attribute_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeDefinition>,
    >,
    /// Contains the details for the read/write capacity mode.
    #[serde(rename = "BillingModeSummary", default)]
    pub billing_mode_summary: ::std::option::Option<crate::types::BillingModeSummary>,
    /// The date and time when the table was created, in [UNIX epoch
    /// time](http://www.epochconverter.com/) format.
    #[serde(rename = "CreationDateTime", default)]
    pub creation_date_time: ::std::option::Option<crate::runtime::Timestamp>,
    /// Indicates whether deletion protection is enabled (true) or disabled (false) on
    /// the table.
    #[serde(rename = "DeletionProtectionEnabled", default)]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
    /// The global secondary indexes, if any, on the table. Each index is scoped to a
    /// given partition key value. Each element is composed of:
    ///
    /// - `Backfilling` - If true, then the index is currently in the backfilling phase.
    ///   Backfilling occurs only when a new global secondary index is added to the
    ///   table. It is the process by which DynamoDB populates the new index with data
    ///   from the table. (This attribute does not appear for indexes that were created
    ///   during a `CreateTable` operation.)
    ///
    ///   You can delete an index that is being created during the `Backfilling` phase
    ///   when `IndexStatus` is set to CREATING and `Backfilling` is true. You can't
    ///   delete the index that is being created when `IndexStatus` is set to CREATING
    ///   and `Backfilling` is false. (This attribute does not appear for indexes that
    ///   were created during a `CreateTable` operation.)
    ///
    /// - `IndexName` - The name of the global secondary index.
    ///
    /// - `IndexSizeBytes` - The total size of the global secondary index, in bytes.
    ///   DynamoDB updates this value approximately every six hours. Recent changes
    ///   might not be reflected in this value.
    ///
    /// - `IndexStatus` - The current status of the global secondary index:
    ///   - `CREATING` - The index is being created.
    ///   - `UPDATING` - The index is being updated.
    ///   - `DELETING` - The index is being deleted.
    ///   - `ACTIVE` - The index is ready for use.
    ///
    /// - `ItemCount` - The number of items in the global secondary index. DynamoDB
    ///   updates this value approximately every six hours. Recent changes might not be
    ///   reflected in this value.
    ///
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in
    ///   the key schema must be between 1 and 255 characters (inclusive). The key
    ///   schema must begin with the same partition key as the table.
    ///
    /// - `Projection` - Specifies attributes that are copied (projected) from the table
    ///   into the index. These are in addition to the primary key attributes and index
    ///   key attributes, which are automatically projected. Each attribute
    ///   specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the
    ///       index.
    ///     - `INCLUDE` - In addition to the attributes described in `KEYS_ONLY`, the
    ///       secondary index will include other non-key attributes that you specify.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are
    ///     projected into the secondary index. The total count of attributes provided
    ///     in `NonKeyAttributes`, summed across all of the secondary indexes, must not
    ///     exceed 100. If you project the same attribute into two different indexes,
    ///     this counts as two distinct attributes when determining the total.
    ///
    /// - `ProvisionedThroughput` - The provisioned throughput settings for the global
    ///   secondary index, consisting of read and write capacity units, along with data
    ///   about increases and decreases.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be
    /// returned.
    #[serde(rename = "GlobalSecondaryIndexes", default)]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexDescription>,
    >,
    /// Represents the version of [global
    /// tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html)
    /// in use, if the table is replicated across Amazon Web Services Regions.
    #[serde(rename = "GlobalTableVersion", default)]
    pub global_table_version: ::std::option::Option<::std::string::String>,
    /// The number of items in the specified table. DynamoDB updates this value
    /// approximately every six hours. Recent changes might not be reflected in this
    /// value.
    #[serde(rename = "ItemCount", default)]
    pub item_count: ::std::option::Option<i64>,
    /// The primary key structure for the table. Each `KeySchemaElement` consists of:
    ///
    /// - `AttributeName` - The name of the attribute.
    ///
    /// - `KeyType` - The role of the attribute:
    ///   - `HASH` - partition key
    ///   - `RANGE` - sort key
    ///
    ///   **Note:** The partition key of an item is also known as its *hash attribute*.
    ///   The term "hash attribute" derives from DynamoDB's usage of an internal hash
    ///   function to evenly distribute data items across partitions, based on their
    ///   partition key values.
    ///
    ///   The sort key of an item is also known as its *range attribute*. The term
    ///   "range attribute" derives from the way DynamoDB stores items with the same
    ///   partition key physically close together, in sorted order by the sort key
    ///   value.
    ///
    /// For more information about primary keys, see [Primary
    /// Key](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html#DataModelPrimaryKey)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "KeySchema", default)]
    pub key_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::KeySchemaElement>,
    >,
    /// The Amazon Resource Name (ARN) that uniquely identifies the latest stream for
    /// this table.
    #[serde(rename = "LatestStreamArn", default)]
    pub latest_stream_arn: ::std::option::Option<::std::string::String>,
    /// A timestamp, in ISO 8601 format, for this stream.
    ///
    /// Note that `LatestStreamLabel` is not a unique identifier for the stream, because
    /// it is possible that a stream from another table might have the same timestamp.
    /// However, the combination of the following three elements is guaranteed to be
    /// unique:
    ///
    /// - Amazon Web Services customer ID
    /// - Table name
    /// - `StreamLabel`
    #[serde(rename = "LatestStreamLabel", default)]
    pub latest_stream_label: ::std::option::Option<::std::string::String>,
    /// Represents one or more local secondary indexes on the table. Each index is
    /// scoped to a given partition key value. Tables with one or more local secondary
    /// indexes are subject to an item collection size limit, where the amount of data
    /// within a given item collection cannot exceed 10 GB. Each element is composed of:
    ///
    /// - `IndexName` - The name of the local secondary index.
    /// - `KeySchema` - Specifies the complete index key schema. The attribute names in
    ///   the key schema must be between 1 and 255 characters (inclusive). The key
    ///   schema must begin with the same partition key as the table.
    /// - `Projection` - Specifies attributes that are copied (projected) from the table
    ///   into the index. These are in addition to the primary key attributes and index
    ///   key attributes, which are automatically projected. Each attribute
    ///   specification is composed of:
    ///   - `ProjectionType` - One of the following:
    ///     - `KEYS_ONLY` - Only the index and primary keys are projected into the
    ///       index.
    ///     - `INCLUDE` - Only the specified table attributes are projected into the
    ///       index. The list of projected attributes is in `NonKeyAttributes`.
    ///     - `ALL` - All of the table attributes are projected into the index.
    ///   - `NonKeyAttributes` - A list of one or more non-key attribute names that are
    ///     projected into the secondary index. The total count of attributes provided
    ///     in `NonKeyAttributes`, summed across all of the secondary indexes, must not
    ///     exceed 100. If you project the same attribute into two different indexes,
    ///     this counts as two distinct attributes when determining the total.
    /// - `IndexSizeBytes` - Represents the total size of the index, in bytes. DynamoDB
    ///   updates this value approximately every six hours. Recent changes might not be
    ///   reflected in this value.
    /// - `ItemCount` - Represents the number of items in the index. DynamoDB updates
    ///   this value approximately every six hours. Recent changes might not be
    ///   reflected in this value.
    ///
    /// If the table is in the `DELETING` state, no information about indexes will be
    /// returned.
    #[serde(rename = "LocalSecondaryIndexes", default)]
    pub local_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::LocalSecondaryIndexDescription>,
    >,
    /// The provisioned throughput settings for the table, consisting of read and write
    /// capacity units, along with data about increases and decreases.
    #[serde(rename = "ProvisionedThroughput", default)]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughputDescription,
    >,
    /// Represents replicas of the table.
    #[serde(rename = "Replicas", default)]
    pub replicas: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaDescription>,
    >,
    /// Contains details for the restore.
    #[serde(rename = "RestoreSummary", default)]
    pub restore_summary: ::std::option::Option<crate::types::RestoreSummary>,
    /// The description of the server-side encryption status on the specified table.
    #[serde(rename = "SSEDescription", default)]
    pub sse_description: ::std::option::Option<crate::types::SseDescription>,
    /// The current DynamoDB Streams configuration for the table.
    #[serde(rename = "StreamSpecification", default)]
    pub stream_specification: ::std::option::Option<crate::types::StreamSpecification>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the table.
    #[serde(rename = "TableArn", default)]
    pub table_arn: ::std::option::Option<::std::string::String>,
    /// Contains details of the table class.
    #[serde(rename = "TableClassSummary", default)]
    pub table_class_summary: ::std::option::Option<crate::types::TableClassSummary>,
    /// Unique identifier for the table for which the backup was created.
    #[serde(rename = "TableId", default)]
    pub table_id: ::std::option::Option<::std::string::String>,
    /// The name of the table.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// The total size of the specified table, in bytes. DynamoDB updates this value
    /// approximately every six hours. Recent changes might not be reflected in this
    /// value.
    #[serde(rename = "TableSizeBytes", default)]
    pub table_size_bytes: ::std::option::Option<i64>,
    /// The current state of the table:
    ///
    /// - `CREATING` - The table is being created.
    /// - `UPDATING` - The table/index configuration is being updated. The table/index
    ///   remains available for data operations when `UPDATING`.
    /// - `DELETING` - The table is being deleted.
    /// - `ACTIVE` - The table is ready for use.
    /// - `INACCESSIBLE_ENCRYPTION_CREDENTIALS` - The KMS key used to encrypt the table
    ///   in inaccessible. Table operations may fail due to failure to use the KMS key.
    ///   DynamoDB will initiate the table archival process when a table's KMS key
    ///   remains inaccessible for more than seven days.
    /// - `ARCHIVING` - The table is being archived. Operations are not allowed until
    ///   archival is complete.
    /// - `ARCHIVED` - The table has been archived. See the ArchivalReason for more
    ///   information.
    #[serde(rename = "TableStatus", default)]
    pub table_status: ::std::option::Option<crate::types::TableStatus>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "DisassociationProtectionEnabled", default)]
    pub disassociation_protection_enabled: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "GlobalTableSettingsReplicationMode", default)]
    pub global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "GlobalTableWitnesses", default)]
    pub global_table_witnesses: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalTableWitnessDescription>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "MultiRegionConsistency", default)]
    pub multi_region_consistency: ::std::option::Option<
        crate::types::MultiRegionConsistency,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "OnDemandThroughput", default)]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "VectorIndexes", default)]
    pub vector_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndexDescription>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "WarmThroughput", default)]
    pub warm_throughput: ::std::option::Option<
        crate::types::TableWarmThroughputDescription,
    >,
}
impl TableDescription {
    /// A new [`TableDescriptionBuilder`](crate::types::builders::TableDescriptionBuilder).
    pub fn builder() -> crate::types::builders::TableDescriptionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum TableStatus {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    Archiving,
    /// `ARCHIVED`
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    ReplicationNotAuthorized,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl TableStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Active => "ACTIVE",
            Self::InaccessibleEncryptionCredentials => {
                "INACCESSIBLE_ENCRYPTION_CREDENTIALS"
            }
            Self::Archiving => "ARCHIVING",
            Self::Archived => "ARCHIVED",
            Self::ReplicationNotAuthorized => "REPLICATION_NOT_AUTHORIZED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "CREATING",
            "UPDATING",
            "DELETING",
            "ACTIVE",
            "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
            "ARCHIVING",
            "ARCHIVED",
            "REPLICATION_NOT_AUTHORIZED",
        ]
    }
}
impl ::std::convert::From<&str> for TableStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "UPDATING" => Self::Updating,
            "DELETING" => Self::Deleting,
            "ACTIVE" => Self::Active,
            "INACCESSIBLE_ENCRYPTION_CREDENTIALS" => {
                Self::InaccessibleEncryptionCredentials
            }
            "ARCHIVING" => Self::Archiving,
            "ARCHIVED" => Self::Archived,
            "REPLICATION_NOT_AUTHORIZED" => Self::ReplicationNotAuthorized,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(TableStatus);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TableWarmThroughputDescription {
    #[serde(rename = "ReadUnitsPerSecond", default)]
    pub read_units_per_second: ::std::option::Option<i64>,
    #[serde(rename = "Status", default)]
    pub status: ::std::option::Option<crate::types::TableStatus>,
    #[serde(rename = "WriteUnitsPerSecond", default)]
    pub write_units_per_second: ::std::option::Option<i64>,
}
impl TableWarmThroughputDescription {
    /// A new [`TableWarmThroughputDescriptionBuilder`](crate::types::builders::TableWarmThroughputDescriptionBuilder).
    pub fn builder() -> crate::types::builders::TableWarmThroughputDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Describes a tag. A tag is a key-value pair. You can add up to 50 tags to a
/// single DynamoDB table.
///
/// Amazon Web Services-assigned tag names and values are automatically assigned the
/// `aws:` prefix, which the user cannot assign. Amazon Web Services-assigned tag
/// names do not count towards the tag limit of 50. User-assigned tag names have the
/// prefix `user:` in the Cost Allocation Report. You cannot backdate the
/// application of a tag.
///
/// For an overview on tagging DynamoDB resources, see [Tagging for
/// DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html)
/// in the *Amazon DynamoDB Developer Guide*.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Tag {
    /// The key of the tag. Tag keys are case sensitive. Each DynamoDB table can only
    /// have up to one tag with the same key. If you try to add an existing tag (same
    /// key), the existing tag value will be updated to the new value.
    #[serde(rename = "Key", default)]
    pub key: ::std::string::String,
    /// The value of the tag. Tag values are case-sensitive and can be null.
    #[serde(rename = "Value", default)]
    pub value: ::std::string::String,
}
impl Tag {
    /// A new [`TagBuilder`](crate::types::builders::TagBuilder).
    pub fn builder() -> crate::types::builders::TagBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TagResourceInput {
    /// Identifies the Amazon DynamoDB resource to which tags should be added. This
    /// value is an Amazon Resource Name (ARN).
    #[serde(rename = "ResourceArn")]
    pub resource_arn: ::std::string::String,
    /// The tags to be assigned to the Amazon DynamoDB resource.
    #[serde(rename = "Tags")]
    pub tags: ::std::vec::Vec<crate::types::Tag>,
}
impl TagResourceInput {
    /// A new [`TagResourceInputBuilder`](crate::types::builders::TagResourceInputBuilder).
    pub fn builder() -> crate::types::builders::TagResourceInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ThrottlingReason {
    #[serde(rename = "reason", default)]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resource", default)]
    pub resource: ::std::option::Option<::std::string::String>,
}
impl ThrottlingReason {
    /// A new [`ThrottlingReasonBuilder`](crate::types::builders::ThrottlingReasonBuilder).
    pub fn builder() -> crate::types::builders::ThrottlingReasonBuilder {
        ::std::default::Default::default()
    }
}
/// The description of the Time to Live (TTL) status on the specified table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TimeToLiveDescription {
    /// The name of the TTL attribute for items in the table.
    #[serde(rename = "AttributeName", default)]
    pub attribute_name: ::std::option::Option<::std::string::String>,
    /// The TTL status for the table.
    #[serde(rename = "TimeToLiveStatus", default)]
    pub time_to_live_status: ::std::option::Option<crate::types::TimeToLiveStatus>,
}
impl TimeToLiveDescription {
    /// A new [`TimeToLiveDescriptionBuilder`](crate::types::builders::TimeToLiveDescriptionBuilder).
    pub fn builder() -> crate::types::builders::TimeToLiveDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the settings used to enable or disable Time to Live (TTL) for the
/// specified table.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TimeToLiveSpecification {
    /// The name of the TTL attribute used to store the expiration time for items in the
    /// table.
    #[serde(rename = "AttributeName", default)]
    pub attribute_name: ::std::string::String,
    /// Indicates whether TTL is to be enabled (true) or disabled (false) on the table.
    #[serde(rename = "Enabled", default)]
    pub enabled: bool,
}
impl TimeToLiveSpecification {
    /// A new [`TimeToLiveSpecificationBuilder`](crate::types::builders::TimeToLiveSpecificationBuilder).
    pub fn builder() -> crate::types::builders::TimeToLiveSpecificationBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum TimeToLiveStatus {
    /// `ENABLING`
    Enabling,
    /// `DISABLING`
    Disabling,
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl TimeToLiveStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabling => "ENABLING",
            Self::Disabling => "DISABLING",
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ENABLING", "DISABLING", "ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<&str> for TimeToLiveStatus {
    fn from(s: &str) -> Self {
        match s {
            "ENABLING" => Self::Enabling,
            "DISABLING" => Self::Disabling,
            "ENABLED" => Self::Enabled,
            "DISABLED" => Self::Disabled,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(TimeToLiveStatus);
/// Specifies an item to be retrieved as part of the transaction.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TransactGetItem {
    /// Contains the primary key that identifies the item to get, together with the name
    /// of the table that contains the item, and optionally the specific attributes of
    /// the item to retrieve.
    #[serde(rename = "Get")]
    pub get: crate::types::Get,
}
impl TransactGetItem {
    /// A new [`TransactGetItemBuilder`](crate::types::builders::TransactGetItemBuilder).
    pub fn builder() -> crate::types::builders::TransactGetItemBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TransactGetItemsInput {
    /// A value of `TOTAL` causes consumed capacity information to be returned, and a
    /// value of `NONE` prevents that information from being returned. No other value is
    /// valid.
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// An ordered array of up to 100 `TransactGetItem` objects, each of which contains
    /// a `Get` structure.
    #[serde(rename = "TransactItems")]
    pub transact_items: ::std::vec::Vec<crate::types::TransactGetItem>,
}
impl TransactGetItemsInput {
    /// A new [`TransactGetItemsInputBuilder`](crate::types::builders::TransactGetItemsInputBuilder).
    pub fn builder() -> crate::types::builders::TransactGetItemsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TransactGetItemsOutput {
    /// If the *ReturnConsumedCapacity* value was `TOTAL`, this is an array of
    /// `ConsumedCapacity` objects, one for each table addressed by `TransactGetItem`
    /// objects in the *TransactItems* parameter. These `ConsumedCapacity` objects
    /// report the read-capacity units consumed by the `TransactGetItems` call in that
    /// table.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    /// An ordered array of up to 100 `ItemResponse` objects, each of which corresponds
    /// to the `TransactGetItem` object in the same position in the *TransactItems*
    /// array. Each `ItemResponse` object contains a Map of the name-value pairs that
    /// are the projected attributes of the requested item.
    ///
    /// If a requested item could not be retrieved, the corresponding `ItemResponse`
    /// object is Null, or if the requested item has no projected attributes, the
    /// corresponding `ItemResponse` object is an empty Map.
    #[serde(rename = "Responses", default)]
    pub responses: ::std::option::Option<::std::vec::Vec<crate::types::ItemResponse>>,
}
impl TransactGetItemsOutput {
    /// A new [`TransactGetItemsOutputBuilder`](crate::types::builders::TransactGetItemsOutputBuilder).
    pub fn builder() -> crate::types::builders::TransactGetItemsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// A list of requests that can perform update, put, delete, or check operations on
/// multiple items in one or more tables atomically.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TransactWriteItem {
    /// A request to perform a check item operation.
    #[serde(
        rename = "ConditionCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_check: ::std::option::Option<crate::types::ConditionCheck>,
    /// A request to perform a `DeleteItem` operation.
    #[serde(
        rename = "Delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<crate::types::Delete>,
    /// A request to perform a `PutItem` operation.
    #[serde(
        rename = "Put",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub put: ::std::option::Option<crate::types::Put>,
    /// A request to perform an `UpdateItem` operation.
    #[serde(
        rename = "Update",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update: ::std::option::Option<crate::types::Update>,
}
impl TransactWriteItem {
    /// A new [`TransactWriteItemBuilder`](crate::types::builders::TransactWriteItemBuilder).
    pub fn builder() -> crate::types::builders::TransactWriteItemBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct TransactWriteItemsInput {
    /// Providing a `ClientRequestToken` makes the call to `TransactWriteItems`
    /// idempotent, meaning that multiple identical calls have the same effect as one
    /// single call.
    ///
    /// Although multiple identical calls using the same client request token produce
    /// the same result on the server (no side effects), the responses to the calls
    /// might not be the same. If the `ReturnConsumedCapacity` parameter is set, then
    /// the initial `TransactWriteItems` call returns the amount of write capacity units
    /// consumed in making the changes. Subsequent `TransactWriteItems` calls with the
    /// same client token return the number of read capacity units consumed in reading
    /// the item.
    ///
    /// A client request token is valid for 10 minutes after the first request that uses
    /// it is completed. After 10 minutes, any request with the same client token is
    /// treated as a new request. Do not resubmit the same request with the same client
    /// token for more than 10 minutes, or the result might not be idempotent.
    ///
    /// If you submit a request with the same client token but a change in other
    /// parameters within the 10-minute idempotency window, DynamoDB returns an
    /// `IdempotentParameterMismatch` exception.
    ///
    /// If not set, `send()` fills it with a random UUID (version 4), as the AWS SDKs
    /// do; every retry of that call sends the same one.
    #[serde(
        rename = "ClientRequestToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the
    /// response includes statistics about item collections (if any), that were modified
    /// during the operation and are returned in the response. If set to `NONE` (the
    /// default), no statistics are returned.
    #[serde(
        rename = "ReturnItemCollectionMetrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    /// An ordered array of up to 100 `TransactWriteItem` objects, each of which
    /// contains a `ConditionCheck`, `Put`, `Update`, or `Delete` object. These can
    /// operate on items in different tables, but the tables must reside in the same
    /// Amazon Web Services account and Region, and no two of them can operate on the
    /// same item.
    #[serde(rename = "TransactItems")]
    pub transact_items: ::std::vec::Vec<crate::types::TransactWriteItem>,
}
impl TransactWriteItemsInput {
    /// A new [`TransactWriteItemsInputBuilder`](crate::types::builders::TransactWriteItemsInputBuilder).
    pub fn builder() -> crate::types::builders::TransactWriteItemsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct TransactWriteItemsOutput {
    /// The capacity units consumed by the entire `TransactWriteItems` operation. The
    /// values of the list are ordered according to the ordering of the `TransactItems`
    /// request parameter.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<
        ::std::vec::Vec<crate::types::ConsumedCapacity>,
    >,
    /// A list of tables that were processed by `TransactWriteItems` and, for each
    /// table, information about any item collections that were affected by individual
    /// `UpdateItem`, `PutItem`, or `DeleteItem` operations.
    #[serde(rename = "ItemCollectionMetrics", default)]
    pub item_collection_metrics: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<crate::types::ItemCollectionMetrics>,
        >,
    >,
}
impl TransactWriteItemsOutput {
    /// A new [`TransactWriteItemsOutputBuilder`](crate::types::builders::TransactWriteItemsOutputBuilder).
    pub fn builder() -> crate::types::builders::TransactWriteItemsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UntagResourceInput {
    /// The DynamoDB resource that the tags will be removed from. This value is an
    /// Amazon Resource Name (ARN).
    #[serde(rename = "ResourceArn")]
    pub resource_arn: ::std::string::String,
    /// A list of tag keys. Existing tags of the resource whose keys are members of this
    /// list will be removed from the DynamoDB resource.
    #[serde(rename = "TagKeys")]
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}
impl UntagResourceInput {
    /// A new [`UntagResourceInputBuilder`](crate::types::builders::UntagResourceInputBuilder).
    pub fn builder() -> crate::types::builders::UntagResourceInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a request to perform an `UpdateItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct Update {
    /// A condition that must be satisfied in order for a conditional update to succeed.
    #[serde(
        rename = "ConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_expression: ::std::option::Option<::std::string::String>,
    /// One or more substitution tokens for attribute names in an expression.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The primary key of the item to be updated. Each element consists of an attribute
    /// name and a value for that attribute.
    #[serde(rename = "Key")]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the
    /// `Update` condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid
    /// values are: NONE and ALL_OLD.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// Name of the table for the `UpdateItem` request.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// An expression that defines one or more attributes to be updated, the action to
    /// be performed on them, and new value(s) for them.
    #[serde(rename = "UpdateExpression")]
    pub update_expression: ::std::string::String,
}
impl Update {
    /// A new [`UpdateBuilder`](crate::types::builders::UpdateBuilder).
    pub fn builder() -> crate::types::builders::UpdateBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateContinuousBackupsInput {
    /// Represents the settings used to enable point in time recovery.
    #[serde(rename = "PointInTimeRecoverySpecification")]
    pub point_in_time_recovery_specification: crate::types::PointInTimeRecoverySpecification,
    /// The name of the table.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl UpdateContinuousBackupsInput {
    /// A new [`UpdateContinuousBackupsInputBuilder`](crate::types::builders::UpdateContinuousBackupsInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateContinuousBackupsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the
    /// table.
    #[serde(rename = "ContinuousBackupsDescription", default)]
    pub continuous_backups_description: ::std::option::Option<
        crate::types::ContinuousBackupsDescription,
    >,
}
impl UpdateContinuousBackupsOutput {
    /// A new [`UpdateContinuousBackupsOutputBuilder`](crate::types::builders::UpdateContinuousBackupsOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateContinuousBackupsOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateContributorInsightsInput {
    /// Represents the contributor insights action.
    #[serde(rename = "ContributorInsightsAction")]
    pub contributor_insights_action: crate::types::ContributorInsightsAction,
    /// The global secondary index name, if applicable.
    #[serde(
        rename = "IndexName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The name of the table.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "ContributorInsightsMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl UpdateContributorInsightsInput {
    /// A new [`UpdateContributorInsightsInputBuilder`](crate::types::builders::UpdateContributorInsightsInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateContributorInsightsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateContributorInsightsOutput {
    /// The status of contributor insights
    #[serde(rename = "ContributorInsightsStatus", default)]
    pub contributor_insights_status: ::std::option::Option<
        crate::types::ContributorInsightsStatus,
    >,
    /// The name of the global secondary index, if applicable.
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    /// The name of the table.
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(rename = "ContributorInsightsMode", default)]
    pub contributor_insights_mode: ::std::option::Option<
        crate::types::ContributorInsightsMode,
    >,
}
impl UpdateContributorInsightsOutput {
    /// A new [`UpdateContributorInsightsOutputBuilder`](crate::types::builders::UpdateContributorInsightsOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateContributorInsightsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the new provisioned throughput settings to be applied to a global
/// secondary index.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be updated.
    #[serde(rename = "IndexName")]
    pub index_name: ::std::string::String,
    /// Represents the provisioned throughput settings for the specified global
    /// secondary index.
    ///
    /// For current minimum and maximum provisioned throughput values, see [Service,
    /// Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ProvisionedThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "WarmThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl UpdateGlobalSecondaryIndexAction {
    /// A new [`UpdateGlobalSecondaryIndexActionBuilder`](crate::types::builders::UpdateGlobalSecondaryIndexActionBuilder).
    pub fn builder() -> crate::types::builders::UpdateGlobalSecondaryIndexActionBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateGlobalTableInput {
    /// The global table name.
    #[serde(rename = "GlobalTableName")]
    pub global_table_name: ::std::string::String,
    /// A list of Regions that should be added or removed from the global table.
    #[serde(rename = "ReplicaUpdates")]
    pub replica_updates: ::std::vec::Vec<crate::types::ReplicaUpdate>,
}
impl UpdateGlobalTableInput {
    /// A new [`UpdateGlobalTableInputBuilder`](crate::types::builders::UpdateGlobalTableInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateGlobalTableInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateGlobalTableOutput {
    /// Contains the details of the global table.
    #[serde(rename = "GlobalTableDescription", default)]
    pub global_table_description: ::std::option::Option<
        crate::types::GlobalTableDescription,
    >,
}
impl UpdateGlobalTableOutput {
    /// A new [`UpdateGlobalTableOutputBuilder`](crate::types::builders::UpdateGlobalTableOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateGlobalTableOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateGlobalTableSettingsInput {
    /// The billing mode of the global table. If `GlobalTableBillingMode` is not
    /// specified, the global table defaults to `PROVISIONED` capacity billing mode.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads.
    ///   `PROVISIONED` sets the billing mode to [Provisioned
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.ProvisionedThroughput.Manual).
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for unpredictable
    ///   workloads. `PAY_PER_REQUEST` sets the billing mode to [On-Demand
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.OnDemand).
    #[serde(
        rename = "GlobalTableBillingMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_billing_mode: ::std::option::Option<crate::types::BillingMode>,
    /// Represents the settings of a global secondary index for a global table that will
    /// be modified.
    #[serde(
        rename = "GlobalTableGlobalSecondaryIndexSettingsUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_global_secondary_index_settings_update: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalTableGlobalSecondaryIndexSettingsUpdate>,
    >,
    /// The name of the global table
    #[serde(rename = "GlobalTableName")]
    pub global_table_name: ::std::string::String,
    /// Auto scaling settings for managing provisioned write capacity for the global
    /// table.
    #[serde(
        rename = "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_provisioned_write_capacity_auto_scaling_settings_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException.`
    #[serde(
        rename = "GlobalTableProvisionedWriteCapacityUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_provisioned_write_capacity_units: ::std::option::Option<i64>,
    /// Represents the settings for a global table in a Region that will be modified.
    #[serde(
        rename = "ReplicaSettingsUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_settings_update: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaSettingsUpdate>,
    >,
}
impl UpdateGlobalTableSettingsInput {
    /// A new [`UpdateGlobalTableSettingsInputBuilder`](crate::types::builders::UpdateGlobalTableSettingsInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateGlobalTableSettingsInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateGlobalTableSettingsOutput {
    /// The name of the global table.
    #[serde(rename = "GlobalTableName", default)]
    pub global_table_name: ::std::option::Option<::std::string::String>,
    /// The Region-specific settings for the global table.
    #[serde(rename = "ReplicaSettings", default)]
    pub replica_settings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaSettingsDescription>,
    >,
}
impl UpdateGlobalTableSettingsOutput {
    /// A new [`UpdateGlobalTableSettingsOutputBuilder`](crate::types::builders::UpdateGlobalTableSettingsOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateGlobalTableSettingsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of an `UpdateItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateItemInput {
    /// This is a legacy parameter. Use `UpdateExpression` instead. For more
    /// information, see
    /// [AttributeUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "AttributeUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_updates: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::AttributeValueUpdate,
        >,
    >,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    ///
    /// An expression can contain any of the following:
    ///
    /// - Functions:
    ///   `attribute_exists | attribute_not_exists | attribute_type | contains | begins_with | size`
    ///
    ///   These function names are case-sensitive.
    ///
    /// - Comparison operators: `= | <> | < | > | <= | >= | BETWEEN | IN`
    ///
    /// - Logical operators: `AND | OR | NOT`
    ///
    /// For more information about condition expressions, see [Specifying
    /// Conditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_expression: ::std::option::Option<::std::string::String>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ConditionalOperator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditional_operator: ::std::option::Option<crate::types::ConditionalOperator>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more
    /// information, see
    /// [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "Expected",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ExpectedAttributeValue,
        >,
    >,
    /// One or more substitution tokens for attribute names in an expression. The
    /// following are some use cases for using `ExpressionAttributeNames`:
    ///
    /// - To access an attribute whose name conflicts with a DynamoDB reserved word.
    /// - To create a placeholder for repeating occurrences of an attribute name in an
    ///   expression.
    /// - To prevent special characters in an attribute name from being misinterpreted
    ///   in an expression.
    ///
    /// Use the **#** character in an expression to dereference an attribute name. For
    /// example, consider the following attribute name:
    ///
    /// - `Percentile`
    ///
    /// The name of this attribute conflicts with a reserved word, so it cannot be used
    /// directly in an expression. (For the complete list of reserved words, see
    /// [Reserved
    /// Words](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html)
    /// in the *Amazon DynamoDB Developer Guide*.) To work around this, you could
    /// specify the following for `ExpressionAttributeNames`:
    ///
    /// - `{"#P":"Percentile"}`
    ///
    /// You could then use this substitution in an expression, as in this example:
    ///
    /// - `#P = :val`
    ///
    /// **Note:** Tokens that begin with the **:** character are *expression attribute
    /// values*, which are placeholders for the actual value at runtime.
    ///
    /// For more information about expression attribute names, see [Specifying Item
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.AccessingItemAttributes.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_names: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// One or more values that can be substituted in an expression.
    ///
    /// Use the **:** (colon) character in an expression to dereference an attribute
    /// value. For example, suppose that you wanted to check whether the value of the
    /// `ProductStatus` attribute was one of the following:
    ///
    /// `Available | Backordered | Discontinued`
    ///
    /// You would first need to specify `ExpressionAttributeValues` as follows:
    ///
    /// `{ ":avail":{"S":"Available"}, ":back":{"S":"Backordered"}, ":disc":{"S":"Discontinued"} }`
    ///
    /// You could then use these values in an expression, such as this:
    ///
    /// `ProductStatus IN (:avail, :back, :disc)`
    ///
    /// For more information on expression attribute values, see [Condition
    /// Expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.SpecifyingConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "ExpressionAttributeValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_attribute_values: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The primary key of the item to be updated. Each element consists of an attribute
    /// name and a value for that attribute.
    ///
    /// For the primary key, you must provide all of the attributes. For example, with a
    /// simple primary key, you only need to provide a value for the partition key. For
    /// a composite primary key, you must provide values for both the partition key and
    /// the sort key.
    #[serde(rename = "Key")]
    pub key: ::std::collections::HashMap<
        ::std::string::String,
        crate::types::AttributeValue,
    >,
    #[serde(
        rename = "ReturnConsumedCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_consumed_capacity: ::std::option::Option<
        crate::types::ReturnConsumedCapacity,
    >,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the
    /// response includes statistics about item collections, if any, that were modified
    /// during the operation are returned in the response. If set to `NONE` (the
    /// default), no statistics are returned.
    #[serde(
        rename = "ReturnItemCollectionMetrics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_item_collection_metrics: ::std::option::Option<
        crate::types::ReturnItemCollectionMetrics,
    >,
    /// Use `ReturnValues` if you want to get the item attributes as they appear before
    /// or after they are successfully updated. For `UpdateItem`, the valid values are:
    ///
    /// - `NONE` - If `ReturnValues` is not specified, or if its value is `NONE`, then
    ///   nothing is returned. (This setting is the default for `ReturnValues`.)
    /// - `ALL_OLD` - Returns all of the attributes of the item, as they appeared before
    ///   the UpdateItem operation.
    /// - `UPDATED_OLD` - Returns only the updated attributes, as they appeared before
    ///   the UpdateItem operation.
    /// - `ALL_NEW` - Returns all of the attributes of the item, as they appear after
    ///   the UpdateItem operation.
    /// - `UPDATED_NEW` - Returns only the updated attributes, as they appear after the
    ///   UpdateItem operation.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    ///
    /// The values returned are strongly consistent.
    #[serde(
        rename = "ReturnValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values: ::std::option::Option<crate::types::ReturnValue>,
    /// An optional parameter that returns the item attributes for an `UpdateItem`
    /// operation that failed a condition check.
    ///
    /// There is no additional cost associated with requesting a return value aside from
    /// the small network and processing overhead of receiving a larger response. No
    /// read capacity units are consumed.
    #[serde(
        rename = "ReturnValuesOnConditionCheckFailure",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_values_on_condition_check_failure: ::std::option::Option<
        crate::types::ReturnValuesOnConditionCheckFailure,
    >,
    /// The name of the table containing the item to update.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// An expression that defines one or more attributes to be updated, the action to
    /// be performed on them, and new values for them.
    ///
    /// The following action values are available for `UpdateExpression`.
    ///
    /// - `SET` - Adds one or more attributes and values to an item. If any of these
    ///   attributes already exist, they are replaced by the new values. You can also
    ///   use `SET` to add or subtract from an attribute that is of type Number. For
    ///   example: `SET myNum = myNum + :val`
    ///
    ///   `SET` supports the following functions:
    ///   - `if_not_exists (path, operand)` - if the item does not contain an attribute
    ///     at the specified path, then `if_not_exists` evaluates to operand; otherwise,
    ///     it evaluates to path. You can use this function to avoid overwriting an
    ///     attribute that may already be present in the item.
    ///   - `list_append (operand, operand)` - evaluates to a list with a new element
    ///     added to it. You can append the new element to the start or the end of the
    ///     list by reversing the order of the operands.
    ///
    ///   These function names are case-sensitive.
    ///
    /// - `REMOVE` - Removes one or more attributes from an item.
    ///
    /// - `ADD` - Adds the specified value to the item, if the attribute does not
    ///   already exist. If the attribute does exist, then the behavior of `ADD` depends
    ///   on the data type of the attribute:
    ///   - If the existing attribute is a number, and if `Value` is also a number, then
    ///     `Value` is mathematically added to the existing attribute. If `Value` is a
    ///     negative number, then it is subtracted from the existing attribute.
    ///
    ///     **Note:** If you use `ADD` to increment or decrement a number value for an
    ///     item that doesn't exist before the update, DynamoDB uses `0` as the initial
    ///     value.
    ///
    ///     Similarly, if you use `ADD` for an existing item to increment or decrement
    ///     an attribute value that doesn't exist before the update, DynamoDB uses `0`
    ///     as the initial value. For example, suppose that the item you want to update
    ///     doesn't have an attribute named `itemcount`, but you decide to `ADD` the
    ///     number `3` to this attribute anyway. DynamoDB will create the `itemcount`
    ///     attribute, set its initial value to `0`, and finally add `3` to it. The
    ///     result will be a new `itemcount` attribute in the item, with a value of `3`.
    ///
    ///   - If the existing data type is a set and if `Value` is also a set, then
    ///     `Value` is added to the existing set. For example, if the attribute value is
    ///     the set `[1,2]`, and the `ADD` action specified `[3]`, then the final
    ///     attribute value is `[1,2,3]`. An error occurs if an `ADD` action is
    ///     specified for a set attribute and the attribute type specified does not
    ///     match the existing set type.
    ///
    ///     Both sets must have the same primitive data type. For example, if the
    ///     existing data type is a set of strings, the `Value` must also be a set of
    ///     strings.
    ///
    ///   **Important:** The `ADD` action only supports Number and set data types. In
    ///   addition, `ADD` can only be used on top-level attributes, not nested
    ///   attributes.
    ///
    /// - `DELETE` - Deletes an element from a set.
    ///
    ///   If a set of values is specified, then those values are subtracted from the old
    ///   set. For example, if the attribute value was the set `[a,b,c]` and the
    ///   `DELETE` action specifies `[a,c]`, then the final attribute value is `[b]`.
    ///   Specifying an empty set is an error.
    ///
    ///   **Important:** The `DELETE` action only supports set data types. In addition,
    ///   `DELETE` can only be used on top-level attributes, not nested attributes.
    ///
    /// You can have many actions in a single expression, such as the following:
    /// `SET a=:value1, b=:value2 DELETE :value3, :value4, :value5`
    ///
    /// For more information on update expressions, see [Modifying Items and
    /// Attributes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Modifying.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "UpdateExpression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_expression: ::std::option::Option<::std::string::String>,
}
impl UpdateItemInput {
    /// A new [`UpdateItemInputBuilder`](crate::types::builders::UpdateItemInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateItemInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of an `UpdateItem` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateItemOutput {
    /// A map of attribute values as they appear before or after the `UpdateItem`
    /// operation, as determined by the `ReturnValues` parameter.
    ///
    /// The `Attributes` map is only present if the update was successful and
    /// `ReturnValues` was specified as something other than `NONE` in the request. Each
    /// element represents one attribute.
    #[serde(rename = "Attributes", default)]
    pub attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::AttributeValue>,
    >,
    /// The capacity units consumed by the `UpdateItem` operation. The data returned
    /// includes the total provisioned throughput consumed, along with statistics for
    /// the table and any indexes involved in the operation. `ConsumedCapacity` is only
    /// returned if the `ReturnConsumedCapacity` parameter was specified. For more
    /// information, see [Provisioned
    /// Throughput](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html#ItemSizeCalculations.Reads)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(rename = "ConsumedCapacity", default)]
    pub consumed_capacity: ::std::option::Option<crate::types::ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the
    /// `UpdateItem` operation. `ItemCollectionMetrics` is only returned if the
    /// `ReturnItemCollectionMetrics` parameter was specified. If the table does not
    /// have any local secondary indexes, this information is not returned in the
    /// response.
    ///
    /// Each `ItemCollectionMetrics` element consists of:
    ///
    /// - `ItemCollectionKey` - The partition key value of the item collection. This is
    ///   the same as the partition key value of the item itself.
    ///
    /// - `SizeEstimateRangeGB` - An estimate of item collection size, in gigabytes.
    ///   This value is a two-element array containing a lower bound and an upper bound
    ///   for the estimate. The estimate includes the size of all the items in the
    ///   table, plus the size of all attributes projected into all of the local
    ///   secondary indexes on that table. Use this estimate to measure whether a local
    ///   secondary index is approaching its size limit.
    ///
    ///   The estimate is subject to change over time; therefore, do not rely on the
    ///   precision or accuracy of the estimate.
    #[serde(rename = "ItemCollectionMetrics", default)]
    pub item_collection_metrics: ::std::option::Option<
        crate::types::ItemCollectionMetrics,
    >,
}
impl UpdateItemOutput {
    /// A new [`UpdateItemOutputBuilder`](crate::types::builders::UpdateItemOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateItemOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateKinesisStreamingConfiguration {
    #[serde(
        rename = "ApproximateCreationDateTimePrecision",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approximate_creation_date_time_precision: ::std::option::Option<
        crate::types::ApproximateCreationDateTimePrecision,
    >,
}
impl UpdateKinesisStreamingConfiguration {
    /// A new [`UpdateKinesisStreamingConfigurationBuilder`](crate::types::builders::UpdateKinesisStreamingConfigurationBuilder).
    pub fn builder() -> crate::types::builders::UpdateKinesisStreamingConfigurationBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateKinesisStreamingDestinationInput {
    #[serde(rename = "StreamArn")]
    pub stream_arn: ::std::string::String,
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    #[serde(
        rename = "UpdateKinesisStreamingConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::UpdateKinesisStreamingConfiguration,
    >,
}
impl UpdateKinesisStreamingDestinationInput {
    /// A new [`UpdateKinesisStreamingDestinationInputBuilder`](crate::types::builders::UpdateKinesisStreamingDestinationInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateKinesisStreamingDestinationInputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateKinesisStreamingDestinationOutput {
    #[serde(rename = "DestinationStatus", default)]
    pub destination_status: ::std::option::Option<crate::types::DestinationStatus>,
    #[serde(rename = "StreamArn", default)]
    pub stream_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TableName", default)]
    pub table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UpdateKinesisStreamingConfiguration", default)]
    pub update_kinesis_streaming_configuration: ::std::option::Option<
        crate::types::UpdateKinesisStreamingConfiguration,
    >,
}
impl UpdateKinesisStreamingDestinationOutput {
    /// A new [`UpdateKinesisStreamingDestinationOutputBuilder`](crate::types::builders::UpdateKinesisStreamingDestinationOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateKinesisStreamingDestinationOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a replica to be modified.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateReplicationGroupMemberAction {
    /// Replica-specific global secondary index settings.
    #[serde(
        rename = "GlobalSecondaryIndexes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_indexes: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaGlobalSecondaryIndex>,
    >,
    /// The KMS key of the replica that should be used for KMS encryption. To specify a
    /// key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note
    /// that you should only provide this parameter if the key is different from the
    /// default DynamoDB KMS key `alias/aws/dynamodb`.
    #[serde(
        rename = "KMSMasterKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_master_key_id: ::std::option::Option<::std::string::String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source
    /// table's provisioned throughput settings.
    #[serde(
        rename = "ProvisionedThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput_override: ::std::option::Option<
        crate::types::ProvisionedThroughputOverride,
    >,
    /// The Region where the replica exists.
    #[serde(rename = "RegionName")]
    pub region_name: ::std::string::String,
    /// Replica-specific table class. If not specified, uses the source table's table
    /// class.
    #[serde(
        rename = "TableClassOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_class_override: ::std::option::Option<crate::types::TableClass>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughputOverride",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput_override: ::std::option::Option<
        crate::types::OnDemandThroughputOverride,
    >,
}
impl UpdateReplicationGroupMemberAction {
    /// A new [`UpdateReplicationGroupMemberActionBuilder`](crate::types::builders::UpdateReplicationGroupMemberActionBuilder).
    pub fn builder() -> crate::types::builders::UpdateReplicationGroupMemberActionBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of an `UpdateTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateTableInput {
    /// An array of attributes that describe the key schema for the table and indexes.
    /// If you are adding a new global secondary index to the table,
    /// `AttributeDefinitions` must include the key element(s) of the new index.
    #[serde(
        rename = "AttributeDefinitions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_definitions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AttributeDefinition>,
    >,
    /// Controls how you are charged for read and write throughput and how you manage
    /// capacity. When switching from pay-per-request to provisioned capacity, initial
    /// provisioned capacity values must be set. The initial provisioned capacity values
    /// are estimated based on the consumed read and write capacity of your table and
    /// global secondary indexes over the past 30 minutes.
    ///
    /// - `PROVISIONED` - We recommend using `PROVISIONED` for predictable workloads.
    ///   `PROVISIONED` sets the billing mode to [Provisioned
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.ProvisionedThroughput.Manual).
    /// - `PAY_PER_REQUEST` - We recommend using `PAY_PER_REQUEST` for unpredictable
    ///   workloads. `PAY_PER_REQUEST` sets the billing mode to [On-Demand
    ///   Mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html#HowItWorks.OnDemand).
    #[serde(
        rename = "BillingMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_mode: ::std::option::Option<crate::types::BillingMode>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled
    /// (false) on the table.
    #[serde(
        rename = "DeletionProtectionEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
    /// An array of one or more global secondary indexes for the table. For each index
    /// in the array, you can request one action:
    ///
    /// - `Create` - add a new global secondary index to the table.
    /// - `Update` - modify the provisioned throughput settings of an existing global
    ///   secondary index.
    /// - `Delete` - remove a global secondary index from the table.
    ///
    /// You can create or delete only one global secondary index per `UpdateTable`
    /// operation.
    ///
    /// For more information, see [Managing Global Secondary
    /// Indexes](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.OnlineOps.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    #[serde(
        rename = "GlobalSecondaryIndexUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexUpdate>,
    >,
    /// The new provisioned throughput settings for the specified table or index.
    #[serde(
        rename = "ProvisionedThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_throughput: ::std::option::Option<
        crate::types::ProvisionedThroughput,
    >,
    /// A list of replica update actions (create, delete, or update) for the table.
    ///
    /// **Note:** This property only applies to [Version 2019.11.21
    /// (Current)](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/globaltables.V2.html)
    /// of global tables.
    #[serde(
        rename = "ReplicaUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicationGroupUpdate>,
    >,
    /// The new server-side encryption settings for the specified table.
    #[serde(
        rename = "SSESpecification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sse_specification: ::std::option::Option<crate::types::SseSpecification>,
    /// Represents the DynamoDB Streams configuration for the table.
    ///
    /// **Note:** You receive a `ResourceInUseException` if you try to enable a stream
    /// on a table that already has a stream, or if you try to disable a stream on a
    /// table that doesn't have a stream.
    #[serde(
        rename = "StreamSpecification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_specification: ::std::option::Option<crate::types::StreamSpecification>,
    /// The table class of the table to be updated. Valid values are `STANDARD` and
    /// `STANDARD_INFREQUENT_ACCESS`.
    #[serde(
        rename = "TableClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_class: ::std::option::Option<crate::types::TableClass>,
    /// The name of the table to be updated.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "DisassociationProtectionEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disassociation_protection_enabled: ::std::option::Option<bool>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "GlobalTableSettingsReplicationMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_settings_replication_mode: ::std::option::Option<
        crate::types::GlobalTableSettingsReplicationMode,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "GlobalTableWitnessUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_table_witness_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalTableWitnessGroupUpdate>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "MultiRegionConsistency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_region_consistency: ::std::option::Option<
        crate::types::MultiRegionConsistency,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "OnDemandThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_demand_throughput: ::std::option::Option<crate::types::OnDemandThroughput>,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "VectorIndexUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vector_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::VectorIndexUpdate>,
    >,
    /// From AWS's model: the apis.guru spec lacks it, and the model has no
    /// documentation.
    #[serde(
        rename = "WarmThroughput",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub warm_throughput: ::std::option::Option<crate::types::WarmThroughput>,
}
impl UpdateTableInput {
    /// A new [`UpdateTableInputBuilder`](crate::types::builders::UpdateTableInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateTableInputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the output of an `UpdateTable` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateTableOutput {
    /// Represents the properties of the table.
    #[serde(rename = "TableDescription", default)]
    pub table_description: ::std::option::Option<crate::types::TableDescription>,
}
impl UpdateTableOutput {
    /// A new [`UpdateTableOutputBuilder`](crate::types::builders::UpdateTableOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateTableOutputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateTableReplicaAutoScalingInput {
    /// Represents the auto scaling settings of the global secondary indexes of the
    /// replica to be updated.
    #[serde(
        rename = "GlobalSecondaryIndexUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_secondary_index_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlobalSecondaryIndexAutoScalingUpdate>,
    >,
    #[serde(
        rename = "ProvisionedWriteCapacityAutoScalingUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_write_capacity_auto_scaling_update: ::std::option::Option<
        crate::types::AutoScalingSettingsUpdate,
    >,
    /// Represents the auto scaling settings of replicas of the table that will be
    /// modified.
    #[serde(
        rename = "ReplicaUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_updates: ::std::option::Option<
        ::std::vec::Vec<crate::types::ReplicaAutoScalingUpdate>,
    >,
    /// The name of the global table to be updated.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
}
impl UpdateTableReplicaAutoScalingInput {
    /// A new [`UpdateTableReplicaAutoScalingInputBuilder`](crate::types::builders::UpdateTableReplicaAutoScalingInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateTableReplicaAutoScalingInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateTableReplicaAutoScalingOutput {
    /// Returns information about the auto scaling settings of a table with replicas.
    #[serde(rename = "TableAutoScalingDescription", default)]
    pub table_auto_scaling_description: ::std::option::Option<
        crate::types::TableAutoScalingDescription,
    >,
}
impl UpdateTableReplicaAutoScalingOutput {
    /// A new [`UpdateTableReplicaAutoScalingOutputBuilder`](crate::types::builders::UpdateTableReplicaAutoScalingOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateTableReplicaAutoScalingOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Represents the input of an `UpdateTimeToLive` operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UpdateTimeToLiveInput {
    /// The name of the table to be configured.
    #[serde(rename = "TableName")]
    pub table_name: ::std::string::String,
    /// Represents the settings used to enable or disable Time to Live for the specified
    /// table.
    #[serde(rename = "TimeToLiveSpecification")]
    pub time_to_live_specification: crate::types::TimeToLiveSpecification,
}
impl UpdateTimeToLiveInput {
    /// A new [`UpdateTimeToLiveInputBuilder`](crate::types::builders::UpdateTimeToLiveInputBuilder).
    pub fn builder() -> crate::types::builders::UpdateTimeToLiveInputBuilder {
        ::std::default::Default::default()
    }
}
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UpdateTimeToLiveOutput {
    /// Represents the output of an `UpdateTimeToLive` operation.
    #[serde(rename = "TimeToLiveSpecification", default)]
    pub time_to_live_specification: ::std::option::Option<
        crate::types::TimeToLiveSpecification,
    >,
}
impl UpdateTimeToLiveOutput {
    /// A new [`UpdateTimeToLiveOutputBuilder`](crate::types::builders::UpdateTimeToLiveOutputBuilder).
    pub fn builder() -> crate::types::builders::UpdateTimeToLiveOutputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VectorAttributeDefinition {
    #[serde(rename = "AttributeName", default)]
    pub attribute_name: ::std::string::String,
}
impl VectorAttributeDefinition {
    /// A new [`VectorAttributeDefinitionBuilder`](crate::types::builders::VectorAttributeDefinitionBuilder).
    pub fn builder() -> crate::types::builders::VectorAttributeDefinitionBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VectorCapacity {
    #[serde(rename = "VectorSearchRequestBytes", default)]
    pub vector_search_request_bytes: ::std::option::Option<f64>,
    #[serde(rename = "VectorWriteRequestBytes", default)]
    pub vector_write_request_bytes: ::std::option::Option<f64>,
}
impl VectorCapacity {
    /// A new [`VectorCapacityBuilder`](crate::types::builders::VectorCapacityBuilder).
    pub fn builder() -> crate::types::builders::VectorCapacityBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum VectorDistanceFunction {
    /// `COSINE`
    Cosine,
    /// `DOT_PRODUCT`
    DotProduct,
    /// `EUCLIDEAN`
    Euclidean,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl VectorDistanceFunction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cosine => "COSINE",
            Self::DotProduct => "DOT_PRODUCT",
            Self::Euclidean => "EUCLIDEAN",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["COSINE", "DOT_PRODUCT", "EUCLIDEAN"]
    }
}
impl ::std::convert::From<&str> for VectorDistanceFunction {
    fn from(s: &str) -> Self {
        match s {
            "COSINE" => Self::Cosine,
            "DOT_PRODUCT" => Self::DotProduct,
            "EUCLIDEAN" => Self::Euclidean,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(VectorDistanceFunction);
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VectorIndex {
    #[serde(rename = "Dimensions", default)]
    pub dimensions: i64,
    #[serde(rename = "DistanceFunction")]
    pub distance_function: crate::types::VectorDistanceFunction,
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::string::String,
    #[serde(rename = "Projection", default)]
    pub projection: crate::types::Projection,
    #[serde(
        rename = "SearchSchema",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    #[serde(rename = "VectorAttribute")]
    pub vector_attribute: crate::types::VectorAttributeDefinition,
}
impl VectorIndex {
    /// A new [`VectorIndexBuilder`](crate::types::builders::VectorIndexBuilder).
    pub fn builder() -> crate::types::builders::VectorIndexBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VectorIndexDescription {
    #[serde(rename = "Backfilling", default)]
    pub backfilling: ::std::option::Option<bool>,
    #[serde(rename = "Dimensions", default)]
    pub dimensions: ::std::option::Option<i64>,
    #[serde(rename = "DistanceFunction", default)]
    pub distance_function: ::std::option::Option<crate::types::VectorDistanceFunction>,
    #[serde(rename = "IndexArn", default)]
    pub index_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IndexSizeBytes", default)]
    pub index_size_bytes: ::std::option::Option<i64>,
    #[serde(rename = "IndexStatus", default)]
    pub index_status: ::std::option::Option<crate::types::IndexStatus>,
    #[serde(rename = "ItemCount", default)]
    pub item_count: ::std::option::Option<i64>,
    #[serde(rename = "Projection", default)]
    pub projection: ::std::option::Option<crate::types::Projection>,
    #[serde(rename = "SearchSchema", default)]
    pub search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    #[serde(rename = "VectorAttribute", default)]
    pub vector_attribute: ::std::option::Option<crate::types::VectorAttributeDefinition>,
}
impl VectorIndexDescription {
    /// A new [`VectorIndexDescriptionBuilder`](crate::types::builders::VectorIndexDescriptionBuilder).
    pub fn builder() -> crate::types::builders::VectorIndexDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VectorIndexInfo {
    #[serde(rename = "Dimensions", default)]
    pub dimensions: ::std::option::Option<i64>,
    #[serde(rename = "DistanceFunction", default)]
    pub distance_function: ::std::option::Option<crate::types::VectorDistanceFunction>,
    #[serde(rename = "IndexName", default)]
    pub index_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Projection", default)]
    pub projection: ::std::option::Option<crate::types::Projection>,
    #[serde(rename = "SearchSchema", default)]
    pub search_schema: ::std::option::Option<
        ::std::vec::Vec<crate::types::SearchSchemaElement>,
    >,
    #[serde(rename = "VectorAttribute", default)]
    pub vector_attribute: ::std::option::Option<crate::types::VectorAttributeDefinition>,
}
impl VectorIndexInfo {
    /// A new [`VectorIndexInfoBuilder`](crate::types::builders::VectorIndexInfoBuilder).
    pub fn builder() -> crate::types::builders::VectorIndexInfoBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct VectorIndexUpdate {
    #[serde(
        rename = "Create",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create: ::std::option::Option<crate::types::CreateVectorIndexAction>,
    #[serde(
        rename = "Delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<crate::types::DeleteVectorIndexAction>,
}
impl VectorIndexUpdate {
    /// A new [`VectorIndexUpdateBuilder`](crate::types::builders::VectorIndexUpdateBuilder).
    pub fn builder() -> crate::types::builders::VectorIndexUpdateBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct WarmThroughput {
    #[serde(
        rename = "ReadUnitsPerSecond",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_units_per_second: ::std::option::Option<i64>,
    #[serde(
        rename = "WriteUnitsPerSecond",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub write_units_per_second: ::std::option::Option<i64>,
}
impl WarmThroughput {
    /// A new [`WarmThroughputBuilder`](crate::types::builders::WarmThroughputBuilder).
    pub fn builder() -> crate::types::builders::WarmThroughputBuilder {
        ::std::default::Default::default()
    }
}
/// From AWS's model: the apis.guru spec lacks it, and the model has no
/// documentation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::std::cmp::PartialOrd,
    ::std::cmp::Ord,
    ::std::fmt::Debug
)]
#[non_exhaustive]
pub enum WitnessStatus {
    /// `CREATING`
    Creating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl WitnessStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Deleting => "DELETING",
            Self::Active => "ACTIVE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "DELETING", "ACTIVE"]
    }
}
impl ::std::convert::From<&str> for WitnessStatus {
    fn from(s: &str) -> Self {
        match s {
            "CREATING" => Self::Creating,
            "DELETING" => Self::Deleting,
            "ACTIVE" => Self::Active,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(WitnessStatus);
/// Represents an operation to perform - either `DeleteItem` or `PutItem`. You can
/// only request one of these operations, not both, in a single `WriteRequest`. If
/// you do need to perform both of these operations, you need to provide two
/// separate `WriteRequest` objects.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct WriteRequest {
    /// A request to perform a `DeleteItem` operation.
    #[serde(
        rename = "DeleteRequest",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_request: ::std::option::Option<crate::types::DeleteRequest>,
    /// A request to perform a `PutItem` operation.
    #[serde(
        rename = "PutRequest",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub put_request: ::std::option::Option<crate::types::PutRequest>,
}
impl WriteRequest {
    /// A new [`WriteRequestBuilder`](crate::types::builders::WriteRequestBuilder).
    pub fn builder() -> crate::types::builders::WriteRequestBuilder {
        ::std::default::Default::default()
    }
}
