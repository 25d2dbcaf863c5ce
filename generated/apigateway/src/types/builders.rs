//! Builders for the structures in [`types`](crate::types).
/// A builder for [`AccessLogSettings`](crate::types::AccessLogSettings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccessLogSettingsBuilder {
    pub(crate) destination_arn: ::std::option::Option<::std::string::String>,
    pub(crate) format: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AccessLogSettingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessLogSettingsBuilder").finish_non_exhaustive()
    }
}
impl AccessLogSettingsBuilder {
    /// See [`AccessLogSettings::destination_arn`](crate::types::AccessLogSettings::destination_arn).
    pub fn destination_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`destination_arn`](Self::destination_arn).
    pub fn set_destination_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.destination_arn = input;
        self
    }
    /// See [`AccessLogSettings::format`](crate::types::AccessLogSettings::format).
    pub fn format(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`format`](Self::format).
    pub fn set_format(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.format = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AccessLogSettings,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AccessLogSettings {
            destination_arn: self.destination_arn,
            format: self.format,
        })
    }
}
/// A builder for [`Account`](crate::types::Account).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccountBuilder {
    pub(crate) api_key_version: ::std::option::Option<::std::string::String>,
    pub(crate) cloudwatch_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) features: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) throttle_settings: ::std::option::Option<crate::types::ThrottleSettings>,
}
impl ::std::fmt::Debug for AccountBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccountBuilder").finish_non_exhaustive()
    }
}
impl AccountBuilder {
    /// See [`Account::api_key_version`](crate::types::Account::api_key_version).
    pub fn api_key_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_key_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key_version`](Self::api_key_version).
    pub fn set_api_key_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.api_key_version = input;
        self
    }
    /// See [`Account::cloudwatch_role_arn`](crate::types::Account::cloudwatch_role_arn).
    pub fn cloudwatch_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloudwatch_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cloudwatch_role_arn`](Self::cloudwatch_role_arn).
    pub fn set_cloudwatch_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cloudwatch_role_arn = input;
        self
    }
    /// See [`Account::features`](crate::types::Account::features).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn features(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.features.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`features`](Self::features).
    pub fn set_features(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.features = input;
        self
    }
    /// See [`Account::throttle_settings`](crate::types::Account::throttle_settings).
    pub fn throttle_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::ThrottleSettings>,
    ) -> Self {
        self.throttle_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`throttle_settings`](Self::throttle_settings).
    pub fn set_throttle_settings(
        mut self,
        input: ::std::option::Option<crate::types::ThrottleSettings>,
    ) -> Self {
        self.throttle_settings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Account, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Account {
            api_key_version: self.api_key_version,
            cloudwatch_role_arn: self.cloudwatch_role_arn,
            features: self.features,
            throttle_settings: self.throttle_settings,
        })
    }
}
/// A builder for [`ApiKey`](crate::types::ApiKey).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ApiKeyBuilder {
    pub(crate) created_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) customer_id: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) last_updated_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) stage_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ApiKeyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ApiKeyBuilder").finish_non_exhaustive()
    }
}
impl ApiKeyBuilder {
    /// See [`ApiKey::created_date`](crate::types::ApiKey::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`ApiKey::customer_id`](crate::types::ApiKey::customer_id).
    pub fn customer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`customer_id`](Self::customer_id).
    pub fn set_customer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.customer_id = input;
        self
    }
    /// See [`ApiKey::description`](crate::types::ApiKey::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`ApiKey::enabled`](crate::types::ApiKey::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`ApiKey::id`](crate::types::ApiKey::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`ApiKey::last_updated_date`](crate::types::ApiKey::last_updated_date).
    pub fn last_updated_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_updated_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_date`](Self::last_updated_date).
    pub fn set_last_updated_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_updated_date = input;
        self
    }
    /// See [`ApiKey::name`](crate::types::ApiKey::name).
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
    /// See [`ApiKey::stage_keys`](crate::types::ApiKey::stage_keys).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn stage_keys(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_keys.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`stage_keys`](Self::stage_keys).
    pub fn set_stage_keys(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.stage_keys = input;
        self
    }
    /// See [`ApiKey::tags`](crate::types::ApiKey::tags).
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
    /// See [`ApiKey::value`](crate::types::ApiKey::value).
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
    ) -> ::std::result::Result<crate::types::ApiKey, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ApiKey {
            created_date: self.created_date,
            customer_id: self.customer_id,
            description: self.description,
            enabled: self.enabled,
            id: self.id,
            last_updated_date: self.last_updated_date,
            name: self.name,
            stage_keys: self.stage_keys,
            tags: self.tags,
            value: self.value,
        })
    }
}
/// A builder for [`ApiKeyIds`](crate::types::ApiKeyIds).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ApiKeyIdsBuilder {
    pub(crate) ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for ApiKeyIdsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ApiKeyIdsBuilder").finish_non_exhaustive()
    }
}
impl ApiKeyIdsBuilder {
    /// See [`ApiKeyIds::ids`](crate::types::ApiKeyIds::ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ids`](Self::ids).
    pub fn set_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ids = input;
        self
    }
    /// See [`ApiKeyIds::warnings`](crate::types::ApiKeyIds::warnings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn warnings(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.warnings.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`warnings`](Self::warnings).
    pub fn set_warnings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.warnings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ApiKeyIds, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ApiKeyIds {
            ids: self.ids,
            warnings: self.warnings,
        })
    }
}
/// A builder for [`ApiKeys`](crate::types::ApiKeys).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ApiKeysBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::ApiKey>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for ApiKeysBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ApiKeysBuilder").finish_non_exhaustive()
    }
}
impl ApiKeysBuilder {
    /// See [`ApiKeys::items`](crate::types::ApiKeys::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiKey>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ApiKey>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`ApiKeys::position`](crate::types::ApiKeys::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`ApiKeys::warnings`](crate::types::ApiKeys::warnings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn warnings(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.warnings.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`warnings`](Self::warnings).
    pub fn set_warnings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.warnings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ApiKeys, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ApiKeys {
            items: self.items,
            position: self.position,
            warnings: self.warnings,
        })
    }
}
/// A builder for [`ApiStage`](crate::types::ApiStage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ApiStageBuilder {
    pub(crate) api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage: ::std::option::Option<::std::string::String>,
    pub(crate) throttle: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::ThrottleSettings,
        >,
    >,
}
impl ::std::fmt::Debug for ApiStageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ApiStageBuilder").finish_non_exhaustive()
    }
}
impl ApiStageBuilder {
    /// See [`ApiStage::api_id`](crate::types::ApiStage::api_id).
    pub fn api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_id`](Self::api_id).
    pub fn set_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.api_id = input;
        self
    }
    /// See [`ApiStage::stage`](crate::types::ApiStage::stage).
    pub fn stage(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage`](Self::stage).
    pub fn set_stage(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage = input;
        self
    }
    /// See [`ApiStage::throttle`](crate::types::ApiStage::throttle).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn throttle(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::ThrottleSettings>,
    ) -> Self {
        self.throttle
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`throttle`](Self::throttle).
    pub fn set_throttle(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::ThrottleSettings,
            >,
        >,
    ) -> Self {
        self.throttle = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ApiStage, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ApiStage {
            api_id: self.api_id,
            stage: self.stage,
            throttle: self.throttle,
        })
    }
}
/// A builder for [`Authorizer`](crate::types::Authorizer).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AuthorizerBuilder {
    pub(crate) auth_type: ::std::option::Option<::std::string::String>,
    pub(crate) authorizer_credentials: ::std::option::Option<::std::string::String>,
    pub(crate) authorizer_result_ttl_in_seconds: ::std::option::Option<i64>,
    pub(crate) authorizer_uri: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) identity_source: ::std::option::Option<::std::string::String>,
    pub(crate) identity_validation_expression: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) provider_ar_ns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::AuthorizerType>,
    pub(crate) jwt_configuration: ::std::option::Option<crate::types::JwtConfiguration>,
}
impl ::std::fmt::Debug for AuthorizerBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AuthorizerBuilder").finish_non_exhaustive()
    }
}
impl AuthorizerBuilder {
    /// See [`Authorizer::auth_type`](crate::types::Authorizer::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`Authorizer::authorizer_credentials`](crate::types::Authorizer::authorizer_credentials).
    pub fn authorizer_credentials(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_credentials`](Self::authorizer_credentials).
    pub fn set_authorizer_credentials(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_credentials = input;
        self
    }
    /// See [`Authorizer::authorizer_result_ttl_in_seconds`](crate::types::Authorizer::authorizer_result_ttl_in_seconds).
    pub fn authorizer_result_ttl_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.authorizer_result_ttl_in_seconds = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`authorizer_result_ttl_in_seconds`](Self::authorizer_result_ttl_in_seconds).
    pub fn set_authorizer_result_ttl_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.authorizer_result_ttl_in_seconds = input;
        self
    }
    /// See [`Authorizer::authorizer_uri`](crate::types::Authorizer::authorizer_uri).
    pub fn authorizer_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_uri`](Self::authorizer_uri).
    pub fn set_authorizer_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_uri = input;
        self
    }
    /// See [`Authorizer::id`](crate::types::Authorizer::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`Authorizer::identity_source`](crate::types::Authorizer::identity_source).
    pub fn identity_source(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_source`](Self::identity_source).
    pub fn set_identity_source(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.identity_source = input;
        self
    }
    /// See [`Authorizer::identity_validation_expression`](crate::types::Authorizer::identity_validation_expression).
    pub fn identity_validation_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity_validation_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_validation_expression`](Self::identity_validation_expression).
    pub fn set_identity_validation_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.identity_validation_expression = input;
        self
    }
    /// See [`Authorizer::name`](crate::types::Authorizer::name).
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
    /// See [`Authorizer::provider_ar_ns`](crate::types::Authorizer::provider_ar_ns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn provider_ar_ns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_ar_ns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`provider_ar_ns`](Self::provider_ar_ns).
    pub fn set_provider_ar_ns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.provider_ar_ns = input;
        self
    }
    /// See [`Authorizer::type`](crate::types::Authorizer::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AuthorizerType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::AuthorizerType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`Authorizer::jwt_configuration`](crate::types::Authorizer::jwt_configuration).
    pub fn jwt_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtConfiguration>,
    ) -> Self {
        self.jwt_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`jwt_configuration`](Self::jwt_configuration).
    pub fn set_jwt_configuration(
        mut self,
        input: ::std::option::Option<crate::types::JwtConfiguration>,
    ) -> Self {
        self.jwt_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Authorizer, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Authorizer {
            auth_type: self.auth_type,
            authorizer_credentials: self.authorizer_credentials,
            authorizer_result_ttl_in_seconds: self.authorizer_result_ttl_in_seconds,
            authorizer_uri: self.authorizer_uri,
            id: self.id,
            identity_source: self.identity_source,
            identity_validation_expression: self.identity_validation_expression,
            name: self.name,
            provider_ar_ns: self.provider_ar_ns,
            r#type: self.r#type,
            jwt_configuration: self.jwt_configuration,
        })
    }
}
/// A builder for [`Authorizers`](crate::types::Authorizers).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AuthorizersBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::Authorizer>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AuthorizersBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AuthorizersBuilder").finish_non_exhaustive()
    }
}
impl AuthorizersBuilder {
    /// See [`Authorizers::items`](crate::types::Authorizers::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::Authorizer>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Authorizer>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`Authorizers::position`](crate::types::Authorizers::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Authorizers, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Authorizers {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`BasePathMapping`](crate::types::BasePathMapping).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BasePathMappingBuilder {
    pub(crate) base_path: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BasePathMappingBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BasePathMappingBuilder").finish_non_exhaustive()
    }
}
impl BasePathMappingBuilder {
    /// See [`BasePathMapping::base_path`](crate::types::BasePathMapping::base_path).
    pub fn base_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`base_path`](Self::base_path).
    pub fn set_base_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.base_path = input;
        self
    }
    /// See [`BasePathMapping::rest_api_id`](crate::types::BasePathMapping::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`BasePathMapping::stage`](crate::types::BasePathMapping::stage).
    pub fn stage(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage`](Self::stage).
    pub fn set_stage(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BasePathMapping,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BasePathMapping {
            base_path: self.base_path,
            rest_api_id: self.rest_api_id,
            stage: self.stage,
        })
    }
}
/// A builder for [`BasePathMappings`](crate::types::BasePathMappings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BasePathMappingsBuilder {
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<crate::types::BasePathMapping>,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for BasePathMappingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BasePathMappingsBuilder").finish_non_exhaustive()
    }
}
impl BasePathMappingsBuilder {
    /// See [`BasePathMappings::items`](crate::types::BasePathMappings::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::BasePathMapping>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::BasePathMapping>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`BasePathMappings::position`](crate::types::BasePathMappings::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::BasePathMappings,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::BasePathMappings {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`CanarySettings`](crate::types::CanarySettings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CanarySettingsBuilder {
    pub(crate) deployment_id: ::std::option::Option<::std::string::String>,
    pub(crate) percent_traffic: ::std::option::Option<f64>,
    pub(crate) stage_variable_overrides: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) use_stage_cache: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for CanarySettingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CanarySettingsBuilder").finish_non_exhaustive()
    }
}
impl CanarySettingsBuilder {
    /// See [`CanarySettings::deployment_id`](crate::types::CanarySettings::deployment_id).
    pub fn deployment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deployment_id`](Self::deployment_id).
    pub fn set_deployment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.deployment_id = input;
        self
    }
    /// See [`CanarySettings::percent_traffic`](crate::types::CanarySettings::percent_traffic).
    pub fn percent_traffic(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.percent_traffic = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`percent_traffic`](Self::percent_traffic).
    pub fn set_percent_traffic(mut self, input: ::std::option::Option<f64>) -> Self {
        self.percent_traffic = input;
        self
    }
    /// See [`CanarySettings::stage_variable_overrides`](crate::types::CanarySettings::stage_variable_overrides).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn stage_variable_overrides(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_variable_overrides
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`stage_variable_overrides`](Self::stage_variable_overrides).
    pub fn set_stage_variable_overrides(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.stage_variable_overrides = input;
        self
    }
    /// See [`CanarySettings::use_stage_cache`](crate::types::CanarySettings::use_stage_cache).
    pub fn use_stage_cache(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.use_stage_cache = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`use_stage_cache`](Self::use_stage_cache).
    pub fn set_use_stage_cache(mut self, input: ::std::option::Option<bool>) -> Self {
        self.use_stage_cache = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CanarySettings,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CanarySettings {
            deployment_id: self.deployment_id,
            percent_traffic: self.percent_traffic,
            stage_variable_overrides: self.stage_variable_overrides,
            use_stage_cache: self.use_stage_cache,
        })
    }
}
/// A builder for [`ClientCertificate`](crate::types::ClientCertificate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ClientCertificateBuilder {
    pub(crate) client_certificate_id: ::std::option::Option<::std::string::String>,
    pub(crate) created_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) expiration_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) pem_encoded_certificate: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ClientCertificateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClientCertificateBuilder").finish_non_exhaustive()
    }
}
impl ClientCertificateBuilder {
    /// See [`ClientCertificate::client_certificate_id`](crate::types::ClientCertificate::client_certificate_id).
    pub fn client_certificate_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_certificate_id`](Self::client_certificate_id).
    pub fn set_client_certificate_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// See [`ClientCertificate::created_date`](crate::types::ClientCertificate::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`ClientCertificate::description`](crate::types::ClientCertificate::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`ClientCertificate::expiration_date`](crate::types::ClientCertificate::expiration_date).
    pub fn expiration_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.expiration_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expiration_date`](Self::expiration_date).
    pub fn set_expiration_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.expiration_date = input;
        self
    }
    /// See [`ClientCertificate::pem_encoded_certificate`](crate::types::ClientCertificate::pem_encoded_certificate).
    pub fn pem_encoded_certificate(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pem_encoded_certificate = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pem_encoded_certificate`](Self::pem_encoded_certificate).
    pub fn set_pem_encoded_certificate(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pem_encoded_certificate = input;
        self
    }
    /// See [`ClientCertificate::tags`](crate::types::ClientCertificate::tags).
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
        crate::types::ClientCertificate,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ClientCertificate {
            client_certificate_id: self.client_certificate_id,
            created_date: self.created_date,
            description: self.description,
            expiration_date: self.expiration_date,
            pem_encoded_certificate: self.pem_encoded_certificate,
            tags: self.tags,
        })
    }
}
/// A builder for [`ClientCertificates`](crate::types::ClientCertificates).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ClientCertificatesBuilder {
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<crate::types::ClientCertificate>,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ClientCertificatesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClientCertificatesBuilder").finish_non_exhaustive()
    }
}
impl ClientCertificatesBuilder {
    /// See [`ClientCertificates::items`](crate::types::ClientCertificates::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClientCertificate>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ClientCertificate>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`ClientCertificates::position`](crate::types::ClientCertificates::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ClientCertificates,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ClientCertificates {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`CreateApiKeyRequest`](crate::types::CreateApiKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateApiKeyRequestBuilder {
    pub(crate) customer_id: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) generate_distinct_id: ::std::option::Option<bool>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) stage_keys: ::std::option::Option<
        ::std::vec::Vec<crate::types::StageKey>,
    >,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateApiKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateApiKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateApiKeyRequestBuilder {
    /// See [`CreateApiKeyRequest::customer_id`](crate::types::CreateApiKeyRequest::customer_id).
    pub fn customer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`customer_id`](Self::customer_id).
    pub fn set_customer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.customer_id = input;
        self
    }
    /// See [`CreateApiKeyRequest::description`](crate::types::CreateApiKeyRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateApiKeyRequest::enabled`](crate::types::CreateApiKeyRequest::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`CreateApiKeyRequest::generate_distinct_id`](crate::types::CreateApiKeyRequest::generate_distinct_id).
    pub fn generate_distinct_id(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.generate_distinct_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`generate_distinct_id`](Self::generate_distinct_id).
    pub fn set_generate_distinct_id(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.generate_distinct_id = input;
        self
    }
    /// See [`CreateApiKeyRequest::name`](crate::types::CreateApiKeyRequest::name).
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
    /// See [`CreateApiKeyRequest::stage_keys`](crate::types::CreateApiKeyRequest::stage_keys).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn stage_keys(
        mut self,
        input: impl ::std::convert::Into<crate::types::StageKey>,
    ) -> Self {
        self.stage_keys.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`stage_keys`](Self::stage_keys).
    pub fn set_stage_keys(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::StageKey>>,
    ) -> Self {
        self.stage_keys = input;
        self
    }
    /// See [`CreateApiKeyRequest::tags`](crate::types::CreateApiKeyRequest::tags).
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
    /// See [`CreateApiKeyRequest::value`](crate::types::CreateApiKeyRequest::value).
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
        crate::types::CreateApiKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateApiKeyRequest {
            customer_id: self.customer_id,
            description: self.description,
            enabled: self.enabled,
            generate_distinct_id: self.generate_distinct_id,
            name: self.name,
            stage_keys: self.stage_keys,
            tags: self.tags,
            value: self.value,
        })
    }
}
/// A builder for [`CreateAuthorizerRequest`](crate::types::CreateAuthorizerRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateAuthorizerRequestBuilder {
    pub(crate) auth_type: ::std::option::Option<::std::string::String>,
    pub(crate) authorizer_credentials: ::std::option::Option<::std::string::String>,
    pub(crate) authorizer_result_ttl_in_seconds: ::std::option::Option<i64>,
    pub(crate) authorizer_uri: ::std::option::Option<::std::string::String>,
    pub(crate) identity_source: ::std::option::Option<::std::string::String>,
    pub(crate) identity_validation_expression: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) jwt_configuration: ::std::option::Option<
        crate::types::JwtConfigurationInput,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) provider_ar_ns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::AuthorizerType>,
}
impl ::std::fmt::Debug for CreateAuthorizerRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAuthorizerRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateAuthorizerRequestBuilder {
    /// See [`CreateAuthorizerRequest::auth_type`](crate::types::CreateAuthorizerRequest::auth_type).
    pub fn auth_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auth_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auth_type`](Self::auth_type).
    pub fn set_auth_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.auth_type = input;
        self
    }
    /// See [`CreateAuthorizerRequest::authorizer_credentials`](crate::types::CreateAuthorizerRequest::authorizer_credentials).
    pub fn authorizer_credentials(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_credentials`](Self::authorizer_credentials).
    pub fn set_authorizer_credentials(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_credentials = input;
        self
    }
    /// See [`CreateAuthorizerRequest::authorizer_result_ttl_in_seconds`](crate::types::CreateAuthorizerRequest::authorizer_result_ttl_in_seconds).
    pub fn authorizer_result_ttl_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.authorizer_result_ttl_in_seconds = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`authorizer_result_ttl_in_seconds`](Self::authorizer_result_ttl_in_seconds).
    pub fn set_authorizer_result_ttl_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.authorizer_result_ttl_in_seconds = input;
        self
    }
    /// See [`CreateAuthorizerRequest::authorizer_uri`](crate::types::CreateAuthorizerRequest::authorizer_uri).
    pub fn authorizer_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_uri`](Self::authorizer_uri).
    pub fn set_authorizer_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_uri = input;
        self
    }
    /// See [`CreateAuthorizerRequest::identity_source`](crate::types::CreateAuthorizerRequest::identity_source).
    pub fn identity_source(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_source`](Self::identity_source).
    pub fn set_identity_source(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.identity_source = input;
        self
    }
    /// See [`CreateAuthorizerRequest::identity_validation_expression`](crate::types::CreateAuthorizerRequest::identity_validation_expression).
    pub fn identity_validation_expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity_validation_expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_validation_expression`](Self::identity_validation_expression).
    pub fn set_identity_validation_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.identity_validation_expression = input;
        self
    }
    /// See [`CreateAuthorizerRequest::jwt_configuration`](crate::types::CreateAuthorizerRequest::jwt_configuration).
    pub fn jwt_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtConfigurationInput>,
    ) -> Self {
        self.jwt_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`jwt_configuration`](Self::jwt_configuration).
    pub fn set_jwt_configuration(
        mut self,
        input: ::std::option::Option<crate::types::JwtConfigurationInput>,
    ) -> Self {
        self.jwt_configuration = input;
        self
    }
    /// See [`CreateAuthorizerRequest::name`](crate::types::CreateAuthorizerRequest::name).
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
    /// See [`CreateAuthorizerRequest::provider_ar_ns`](crate::types::CreateAuthorizerRequest::provider_ar_ns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn provider_ar_ns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_ar_ns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`provider_ar_ns`](Self::provider_ar_ns).
    pub fn set_provider_ar_ns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.provider_ar_ns = input;
        self
    }
    /// See [`CreateAuthorizerRequest::rest_api_id`](crate::types::CreateAuthorizerRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`CreateAuthorizerRequest::type`](crate::types::CreateAuthorizerRequest::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AuthorizerType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::AuthorizerType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateAuthorizerRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateAuthorizerRequest {
            auth_type: self.auth_type,
            authorizer_credentials: self.authorizer_credentials,
            authorizer_result_ttl_in_seconds: self.authorizer_result_ttl_in_seconds,
            authorizer_uri: self.authorizer_uri,
            identity_source: self.identity_source,
            identity_validation_expression: self.identity_validation_expression,
            jwt_configuration: self.jwt_configuration,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAuthorizerRequest",
                        "name",
                    ),
                )?,
            provider_ar_ns: self.provider_ar_ns,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAuthorizerRequest",
                        "rest_api_id",
                    ),
                )?,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAuthorizerRequest",
                        "type",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateBasePathMappingRequest`](crate::types::CreateBasePathMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateBasePathMappingRequestBuilder {
    pub(crate) base_path: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateBasePathMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateBasePathMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateBasePathMappingRequestBuilder {
    /// See [`CreateBasePathMappingRequest::base_path`](crate::types::CreateBasePathMappingRequest::base_path).
    pub fn base_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`base_path`](Self::base_path).
    pub fn set_base_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.base_path = input;
        self
    }
    /// See [`CreateBasePathMappingRequest::domain_name`](crate::types::CreateBasePathMappingRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`CreateBasePathMappingRequest::domain_name_id`](crate::types::CreateBasePathMappingRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// See [`CreateBasePathMappingRequest::rest_api_id`](crate::types::CreateBasePathMappingRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`CreateBasePathMappingRequest::stage`](crate::types::CreateBasePathMappingRequest::stage).
    pub fn stage(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage`](Self::stage).
    pub fn set_stage(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateBasePathMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateBasePathMappingRequest {
            base_path: self.base_path,
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateBasePathMappingRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateBasePathMappingRequest",
                        "rest_api_id",
                    ),
                )?,
            stage: self.stage,
        })
    }
}
/// A builder for [`CreateDeploymentRequest`](crate::types::CreateDeploymentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateDeploymentRequestBuilder {
    pub(crate) cache_cluster_enabled: ::std::option::Option<bool>,
    pub(crate) cache_cluster_size: ::std::option::Option<crate::types::CacheClusterSize>,
    pub(crate) canary_settings: ::std::option::Option<
        crate::types::DeploymentCanarySettings,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_description: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
    pub(crate) tracing_enabled: ::std::option::Option<bool>,
    pub(crate) variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateDeploymentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDeploymentRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateDeploymentRequestBuilder {
    /// See [`CreateDeploymentRequest::cache_cluster_enabled`](crate::types::CreateDeploymentRequest::cache_cluster_enabled).
    pub fn cache_cluster_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.cache_cluster_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_cluster_enabled`](Self::cache_cluster_enabled).
    pub fn set_cache_cluster_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.cache_cluster_enabled = input;
        self
    }
    /// See [`CreateDeploymentRequest::cache_cluster_size`](crate::types::CreateDeploymentRequest::cache_cluster_size).
    pub fn cache_cluster_size(
        mut self,
        input: impl ::std::convert::Into<crate::types::CacheClusterSize>,
    ) -> Self {
        self.cache_cluster_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_cluster_size`](Self::cache_cluster_size).
    pub fn set_cache_cluster_size(
        mut self,
        input: ::std::option::Option<crate::types::CacheClusterSize>,
    ) -> Self {
        self.cache_cluster_size = input;
        self
    }
    /// See [`CreateDeploymentRequest::canary_settings`](crate::types::CreateDeploymentRequest::canary_settings).
    pub fn canary_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeploymentCanarySettings>,
    ) -> Self {
        self.canary_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`canary_settings`](Self::canary_settings).
    pub fn set_canary_settings(
        mut self,
        input: ::std::option::Option<crate::types::DeploymentCanarySettings>,
    ) -> Self {
        self.canary_settings = input;
        self
    }
    /// See [`CreateDeploymentRequest::description`](crate::types::CreateDeploymentRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateDeploymentRequest::rest_api_id`](crate::types::CreateDeploymentRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`CreateDeploymentRequest::stage_description`](crate::types::CreateDeploymentRequest::stage_description).
    pub fn stage_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_description`](Self::stage_description).
    pub fn set_stage_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_description = input;
        self
    }
    /// See [`CreateDeploymentRequest::stage_name`](crate::types::CreateDeploymentRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// See [`CreateDeploymentRequest::tracing_enabled`](crate::types::CreateDeploymentRequest::tracing_enabled).
    pub fn tracing_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.tracing_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_enabled`](Self::tracing_enabled).
    pub fn set_tracing_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.tracing_enabled = input;
        self
    }
    /// See [`CreateDeploymentRequest::variables`](crate::types::CreateDeploymentRequest::variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateDeploymentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateDeploymentRequest {
            cache_cluster_enabled: self.cache_cluster_enabled,
            cache_cluster_size: self.cache_cluster_size,
            canary_settings: self.canary_settings,
            description: self.description,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDeploymentRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_description: self.stage_description,
            stage_name: self.stage_name,
            tracing_enabled: self.tracing_enabled,
            variables: self.variables,
        })
    }
}
/// A builder for [`CreateDocumentationPartRequest`](crate::types::CreateDocumentationPartRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateDocumentationPartRequestBuilder {
    pub(crate) location: ::std::option::Option<crate::types::DocumentationPartLocation>,
    pub(crate) properties: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateDocumentationPartRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDocumentationPartRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateDocumentationPartRequestBuilder {
    /// See [`CreateDocumentationPartRequest::location`](crate::types::CreateDocumentationPartRequest::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentationPartLocation>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<crate::types::DocumentationPartLocation>,
    ) -> Self {
        self.location = input;
        self
    }
    /// See [`CreateDocumentationPartRequest::properties`](crate::types::CreateDocumentationPartRequest::properties).
    pub fn properties(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`properties`](Self::properties).
    pub fn set_properties(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.properties = input;
        self
    }
    /// See [`CreateDocumentationPartRequest::rest_api_id`](crate::types::CreateDocumentationPartRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateDocumentationPartRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateDocumentationPartRequest {
            location: self
                .location
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDocumentationPartRequest",
                        "location",
                    ),
                )?,
            properties: self
                .properties
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDocumentationPartRequest",
                        "properties",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDocumentationPartRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateDocumentationVersionRequest`](crate::types::CreateDocumentationVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateDocumentationVersionRequestBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) documentation_version: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateDocumentationVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDocumentationVersionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateDocumentationVersionRequestBuilder {
    /// See [`CreateDocumentationVersionRequest::description`](crate::types::CreateDocumentationVersionRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateDocumentationVersionRequest::documentation_version`](crate::types::CreateDocumentationVersionRequest::documentation_version).
    pub fn documentation_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_version`](Self::documentation_version).
    pub fn set_documentation_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_version = input;
        self
    }
    /// See [`CreateDocumentationVersionRequest::rest_api_id`](crate::types::CreateDocumentationVersionRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`CreateDocumentationVersionRequest::stage_name`](crate::types::CreateDocumentationVersionRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateDocumentationVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateDocumentationVersionRequest {
            description: self.description,
            documentation_version: self
                .documentation_version
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDocumentationVersionRequest",
                        "documentation_version",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDocumentationVersionRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_name: self.stage_name,
        })
    }
}
/// A builder for [`CreateDomainNameAccessAssociationRequest`](crate::types::CreateDomainNameAccessAssociationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateDomainNameAccessAssociationRequestBuilder {
    pub(crate) access_association_source: ::std::option::Option<::std::string::String>,
    pub(crate) access_association_source_type: ::std::option::Option<
        crate::types::AccessAssociationSourceType,
    >,
    pub(crate) domain_name_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateDomainNameAccessAssociationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDomainNameAccessAssociationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateDomainNameAccessAssociationRequestBuilder {
    /// See [`CreateDomainNameAccessAssociationRequest::access_association_source`](crate::types::CreateDomainNameAccessAssociationRequest::access_association_source).
    pub fn access_association_source(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_association_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_association_source`](Self::access_association_source).
    pub fn set_access_association_source(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.access_association_source = input;
        self
    }
    /// See [`CreateDomainNameAccessAssociationRequest::access_association_source_type`](crate::types::CreateDomainNameAccessAssociationRequest::access_association_source_type).
    pub fn access_association_source_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessAssociationSourceType>,
    ) -> Self {
        self.access_association_source_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_association_source_type`](Self::access_association_source_type).
    pub fn set_access_association_source_type(
        mut self,
        input: ::std::option::Option<crate::types::AccessAssociationSourceType>,
    ) -> Self {
        self.access_association_source_type = input;
        self
    }
    /// See [`CreateDomainNameAccessAssociationRequest::domain_name_arn`](crate::types::CreateDomainNameAccessAssociationRequest::domain_name_arn).
    pub fn domain_name_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_arn`](Self::domain_name_arn).
    pub fn set_domain_name_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = input;
        self
    }
    /// See [`CreateDomainNameAccessAssociationRequest::tags`](crate::types::CreateDomainNameAccessAssociationRequest::tags).
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
        crate::types::CreateDomainNameAccessAssociationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateDomainNameAccessAssociationRequest {
            access_association_source: self
                .access_association_source
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDomainNameAccessAssociationRequest",
                        "access_association_source",
                    ),
                )?,
            access_association_source_type: self
                .access_association_source_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDomainNameAccessAssociationRequest",
                        "access_association_source_type",
                    ),
                )?,
            domain_name_arn: self
                .domain_name_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDomainNameAccessAssociationRequest",
                        "domain_name_arn",
                    ),
                )?,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateDomainNameRequest`](crate::types::CreateDomainNameRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateDomainNameRequestBuilder {
    pub(crate) certificate_arn: ::std::option::Option<::std::string::String>,
    pub(crate) certificate_body: ::std::option::Option<::std::string::String>,
    pub(crate) certificate_chain: ::std::option::Option<::std::string::String>,
    pub(crate) certificate_name: ::std::option::Option<::std::string::String>,
    pub(crate) certificate_private_key: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    pub(crate) mutual_tls_authentication: ::std::option::Option<
        crate::types::MutualTlsAuthenticationInput,
    >,
    pub(crate) ownership_verification_certificate_arn: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) regional_certificate_arn: ::std::option::Option<::std::string::String>,
    pub(crate) regional_certificate_name: ::std::option::Option<::std::string::String>,
    pub(crate) security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) endpoint_access_mode: ::std::option::Option<
        crate::types::EndpointAccessMode,
    >,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) routing_mode: ::std::option::Option<crate::types::RoutingMode>,
}
impl ::std::fmt::Debug for CreateDomainNameRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDomainNameRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateDomainNameRequestBuilder {
    /// See [`CreateDomainNameRequest::certificate_arn`](crate::types::CreateDomainNameRequest::certificate_arn).
    pub fn certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_arn`](Self::certificate_arn).
    pub fn set_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_arn = input;
        self
    }
    /// See [`CreateDomainNameRequest::certificate_body`](crate::types::CreateDomainNameRequest::certificate_body).
    pub fn certificate_body(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_body`](Self::certificate_body).
    pub fn set_certificate_body(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_body = input;
        self
    }
    /// See [`CreateDomainNameRequest::certificate_chain`](crate::types::CreateDomainNameRequest::certificate_chain).
    pub fn certificate_chain(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_chain = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_chain`](Self::certificate_chain).
    pub fn set_certificate_chain(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_chain = input;
        self
    }
    /// See [`CreateDomainNameRequest::certificate_name`](crate::types::CreateDomainNameRequest::certificate_name).
    pub fn certificate_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_name`](Self::certificate_name).
    pub fn set_certificate_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_name = input;
        self
    }
    /// See [`CreateDomainNameRequest::certificate_private_key`](crate::types::CreateDomainNameRequest::certificate_private_key).
    pub fn certificate_private_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_private_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_private_key`](Self::certificate_private_key).
    pub fn set_certificate_private_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_private_key = input;
        self
    }
    /// See [`CreateDomainNameRequest::domain_name`](crate::types::CreateDomainNameRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`CreateDomainNameRequest::endpoint_configuration`](crate::types::CreateDomainNameRequest::endpoint_configuration).
    pub fn endpoint_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_configuration`](Self::endpoint_configuration).
    pub fn set_endpoint_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = input;
        self
    }
    /// See [`CreateDomainNameRequest::mutual_tls_authentication`](crate::types::CreateDomainNameRequest::mutual_tls_authentication).
    pub fn mutual_tls_authentication(
        mut self,
        input: impl ::std::convert::Into<crate::types::MutualTlsAuthenticationInput>,
    ) -> Self {
        self.mutual_tls_authentication = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mutual_tls_authentication`](Self::mutual_tls_authentication).
    pub fn set_mutual_tls_authentication(
        mut self,
        input: ::std::option::Option<crate::types::MutualTlsAuthenticationInput>,
    ) -> Self {
        self.mutual_tls_authentication = input;
        self
    }
    /// See [`CreateDomainNameRequest::ownership_verification_certificate_arn`](crate::types::CreateDomainNameRequest::ownership_verification_certificate_arn).
    pub fn ownership_verification_certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ownership_verification_certificate_arn = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`ownership_verification_certificate_arn`](Self::ownership_verification_certificate_arn).
    pub fn set_ownership_verification_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ownership_verification_certificate_arn = input;
        self
    }
    /// See [`CreateDomainNameRequest::regional_certificate_arn`](crate::types::CreateDomainNameRequest::regional_certificate_arn).
    pub fn regional_certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.regional_certificate_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`regional_certificate_arn`](Self::regional_certificate_arn).
    pub fn set_regional_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.regional_certificate_arn = input;
        self
    }
    /// See [`CreateDomainNameRequest::regional_certificate_name`](crate::types::CreateDomainNameRequest::regional_certificate_name).
    pub fn regional_certificate_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.regional_certificate_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`regional_certificate_name`](Self::regional_certificate_name).
    pub fn set_regional_certificate_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.regional_certificate_name = input;
        self
    }
    /// See [`CreateDomainNameRequest::security_policy`](crate::types::CreateDomainNameRequest::security_policy).
    pub fn security_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_policy`](Self::security_policy).
    pub fn set_security_policy(
        mut self,
        input: ::std::option::Option<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = input;
        self
    }
    /// See [`CreateDomainNameRequest::tags`](crate::types::CreateDomainNameRequest::tags).
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
    /// See [`CreateDomainNameRequest::endpoint_access_mode`](crate::types::CreateDomainNameRequest::endpoint_access_mode).
    pub fn endpoint_access_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_access_mode`](Self::endpoint_access_mode).
    pub fn set_endpoint_access_mode(
        mut self,
        input: ::std::option::Option<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = input;
        self
    }
    /// See [`CreateDomainNameRequest::policy`](crate::types::CreateDomainNameRequest::policy).
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
    /// See [`CreateDomainNameRequest::routing_mode`](crate::types::CreateDomainNameRequest::routing_mode).
    pub fn routing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::RoutingMode>,
    ) -> Self {
        self.routing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`routing_mode`](Self::routing_mode).
    pub fn set_routing_mode(
        mut self,
        input: ::std::option::Option<crate::types::RoutingMode>,
    ) -> Self {
        self.routing_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateDomainNameRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateDomainNameRequest {
            certificate_arn: self.certificate_arn,
            certificate_body: self.certificate_body,
            certificate_chain: self.certificate_chain,
            certificate_name: self.certificate_name,
            certificate_private_key: self.certificate_private_key,
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateDomainNameRequest",
                        "domain_name",
                    ),
                )?,
            endpoint_configuration: self.endpoint_configuration,
            mutual_tls_authentication: self.mutual_tls_authentication,
            ownership_verification_certificate_arn: self
                .ownership_verification_certificate_arn,
            regional_certificate_arn: self.regional_certificate_arn,
            regional_certificate_name: self.regional_certificate_name,
            security_policy: self.security_policy,
            tags: self.tags,
            endpoint_access_mode: self.endpoint_access_mode,
            policy: self.policy,
            routing_mode: self.routing_mode,
        })
    }
}
/// A builder for [`CreateModelRequest`](crate::types::CreateModelRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateModelRequestBuilder {
    pub(crate) content_type: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) schema: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateModelRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateModelRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateModelRequestBuilder {
    /// See [`CreateModelRequest::content_type`](crate::types::CreateModelRequest::content_type).
    pub fn content_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_type`](Self::content_type).
    pub fn set_content_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_type = input;
        self
    }
    /// See [`CreateModelRequest::description`](crate::types::CreateModelRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateModelRequest::name`](crate::types::CreateModelRequest::name).
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
    /// See [`CreateModelRequest::rest_api_id`](crate::types::CreateModelRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`CreateModelRequest::schema`](crate::types::CreateModelRequest::schema).
    pub fn schema(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.schema = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`schema`](Self::schema).
    pub fn set_schema(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.schema = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateModelRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateModelRequest {
            content_type: self
                .content_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateModelRequest",
                        "content_type",
                    ),
                )?,
            description: self.description,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateModelRequest", "name"),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateModelRequest",
                        "rest_api_id",
                    ),
                )?,
            schema: self.schema,
        })
    }
}
/// A builder for [`CreateRequestValidatorRequest`](crate::types::CreateRequestValidatorRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateRequestValidatorRequestBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) validate_request_body: ::std::option::Option<bool>,
    pub(crate) validate_request_parameters: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for CreateRequestValidatorRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateRequestValidatorRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateRequestValidatorRequestBuilder {
    /// See [`CreateRequestValidatorRequest::name`](crate::types::CreateRequestValidatorRequest::name).
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
    /// See [`CreateRequestValidatorRequest::rest_api_id`](crate::types::CreateRequestValidatorRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`CreateRequestValidatorRequest::validate_request_body`](crate::types::CreateRequestValidatorRequest::validate_request_body).
    pub fn validate_request_body(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.validate_request_body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`validate_request_body`](Self::validate_request_body).
    pub fn set_validate_request_body(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.validate_request_body = input;
        self
    }
    /// See [`CreateRequestValidatorRequest::validate_request_parameters`](crate::types::CreateRequestValidatorRequest::validate_request_parameters).
    pub fn validate_request_parameters(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.validate_request_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`validate_request_parameters`](Self::validate_request_parameters).
    pub fn set_validate_request_parameters(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.validate_request_parameters = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateRequestValidatorRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateRequestValidatorRequest {
            name: self.name,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateRequestValidatorRequest",
                        "rest_api_id",
                    ),
                )?,
            validate_request_body: self.validate_request_body,
            validate_request_parameters: self.validate_request_parameters,
        })
    }
}
/// A builder for [`CreateResourceRequest`](crate::types::CreateResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateResourceRequestBuilder {
    pub(crate) parent_id: ::std::option::Option<::std::string::String>,
    pub(crate) path_part: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateResourceRequestBuilder {
    /// See [`CreateResourceRequest::parent_id`](crate::types::CreateResourceRequest::parent_id).
    pub fn parent_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parent_id`](Self::parent_id).
    pub fn set_parent_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.parent_id = input;
        self
    }
    /// See [`CreateResourceRequest::path_part`](crate::types::CreateResourceRequest::path_part).
    pub fn path_part(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path_part = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`path_part`](Self::path_part).
    pub fn set_path_part(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.path_part = input;
        self
    }
    /// See [`CreateResourceRequest::rest_api_id`](crate::types::CreateResourceRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateResourceRequest {
            parent_id: self
                .parent_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateResourceRequest",
                        "parent_id",
                    ),
                )?,
            path_part: self
                .path_part
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateResourceRequest",
                        "path_part",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateResourceRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateRestApiRequest`](crate::types::CreateRestApiRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateRestApiRequestBuilder {
    pub(crate) api_key_source: ::std::option::Option<crate::types::ApiKeySourceType>,
    pub(crate) binary_media_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) clone_from: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) disable_execute_api_endpoint: ::std::option::Option<bool>,
    pub(crate) endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    pub(crate) minimum_compression_size: ::std::option::Option<i64>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) endpoint_access_mode: ::std::option::Option<
        crate::types::EndpointAccessMode,
    >,
    pub(crate) security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
}
impl ::std::fmt::Debug for CreateRestApiRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateRestApiRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateRestApiRequestBuilder {
    /// See [`CreateRestApiRequest::api_key_source`](crate::types::CreateRestApiRequest::api_key_source).
    pub fn api_key_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiKeySourceType>,
    ) -> Self {
        self.api_key_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key_source`](Self::api_key_source).
    pub fn set_api_key_source(
        mut self,
        input: ::std::option::Option<crate::types::ApiKeySourceType>,
    ) -> Self {
        self.api_key_source = input;
        self
    }
    /// See [`CreateRestApiRequest::binary_media_types`](crate::types::CreateRestApiRequest::binary_media_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn binary_media_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.binary_media_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`binary_media_types`](Self::binary_media_types).
    pub fn set_binary_media_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.binary_media_types = input;
        self
    }
    /// See [`CreateRestApiRequest::clone_from`](crate::types::CreateRestApiRequest::clone_from).
    pub fn clone_from(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clone_from = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`clone_from`](Self::clone_from).
    pub fn set_clone_from(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.clone_from = input;
        self
    }
    /// See [`CreateRestApiRequest::description`](crate::types::CreateRestApiRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateRestApiRequest::disable_execute_api_endpoint`](crate::types::CreateRestApiRequest::disable_execute_api_endpoint).
    pub fn disable_execute_api_endpoint(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disable_execute_api_endpoint = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disable_execute_api_endpoint`](Self::disable_execute_api_endpoint).
    pub fn set_disable_execute_api_endpoint(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.disable_execute_api_endpoint = input;
        self
    }
    /// See [`CreateRestApiRequest::endpoint_configuration`](crate::types::CreateRestApiRequest::endpoint_configuration).
    pub fn endpoint_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_configuration`](Self::endpoint_configuration).
    pub fn set_endpoint_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = input;
        self
    }
    /// See [`CreateRestApiRequest::minimum_compression_size`](crate::types::CreateRestApiRequest::minimum_compression_size).
    pub fn minimum_compression_size(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.minimum_compression_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`minimum_compression_size`](Self::minimum_compression_size).
    pub fn set_minimum_compression_size(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.minimum_compression_size = input;
        self
    }
    /// See [`CreateRestApiRequest::name`](crate::types::CreateRestApiRequest::name).
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
    /// See [`CreateRestApiRequest::policy`](crate::types::CreateRestApiRequest::policy).
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
    /// See [`CreateRestApiRequest::tags`](crate::types::CreateRestApiRequest::tags).
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
    /// See [`CreateRestApiRequest::version`](crate::types::CreateRestApiRequest::version).
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
    /// See [`CreateRestApiRequest::endpoint_access_mode`](crate::types::CreateRestApiRequest::endpoint_access_mode).
    pub fn endpoint_access_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_access_mode`](Self::endpoint_access_mode).
    pub fn set_endpoint_access_mode(
        mut self,
        input: ::std::option::Option<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = input;
        self
    }
    /// See [`CreateRestApiRequest::security_policy`](crate::types::CreateRestApiRequest::security_policy).
    pub fn security_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_policy`](Self::security_policy).
    pub fn set_security_policy(
        mut self,
        input: ::std::option::Option<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateRestApiRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateRestApiRequest {
            api_key_source: self.api_key_source,
            binary_media_types: self.binary_media_types,
            clone_from: self.clone_from,
            description: self.description,
            disable_execute_api_endpoint: self.disable_execute_api_endpoint,
            endpoint_configuration: self.endpoint_configuration,
            minimum_compression_size: self.minimum_compression_size,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateRestApiRequest", "name"),
                )?,
            policy: self.policy,
            tags: self.tags,
            version: self.version,
            endpoint_access_mode: self.endpoint_access_mode,
            security_policy: self.security_policy,
        })
    }
}
/// A builder for [`CreateStageRequest`](crate::types::CreateStageRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateStageRequestBuilder {
    pub(crate) cache_cluster_enabled: ::std::option::Option<bool>,
    pub(crate) cache_cluster_size: ::std::option::Option<crate::types::CacheClusterSize>,
    pub(crate) canary_settings: ::std::option::Option<crate::types::CanarySettings>,
    pub(crate) deployment_id: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) documentation_version: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) tracing_enabled: ::std::option::Option<bool>,
    pub(crate) variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateStageRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStageRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateStageRequestBuilder {
    /// See [`CreateStageRequest::cache_cluster_enabled`](crate::types::CreateStageRequest::cache_cluster_enabled).
    pub fn cache_cluster_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.cache_cluster_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_cluster_enabled`](Self::cache_cluster_enabled).
    pub fn set_cache_cluster_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.cache_cluster_enabled = input;
        self
    }
    /// See [`CreateStageRequest::cache_cluster_size`](crate::types::CreateStageRequest::cache_cluster_size).
    pub fn cache_cluster_size(
        mut self,
        input: impl ::std::convert::Into<crate::types::CacheClusterSize>,
    ) -> Self {
        self.cache_cluster_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_cluster_size`](Self::cache_cluster_size).
    pub fn set_cache_cluster_size(
        mut self,
        input: ::std::option::Option<crate::types::CacheClusterSize>,
    ) -> Self {
        self.cache_cluster_size = input;
        self
    }
    /// See [`CreateStageRequest::canary_settings`](crate::types::CreateStageRequest::canary_settings).
    pub fn canary_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::CanarySettings>,
    ) -> Self {
        self.canary_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`canary_settings`](Self::canary_settings).
    pub fn set_canary_settings(
        mut self,
        input: ::std::option::Option<crate::types::CanarySettings>,
    ) -> Self {
        self.canary_settings = input;
        self
    }
    /// See [`CreateStageRequest::deployment_id`](crate::types::CreateStageRequest::deployment_id).
    pub fn deployment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deployment_id`](Self::deployment_id).
    pub fn set_deployment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.deployment_id = input;
        self
    }
    /// See [`CreateStageRequest::description`](crate::types::CreateStageRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateStageRequest::documentation_version`](crate::types::CreateStageRequest::documentation_version).
    pub fn documentation_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_version`](Self::documentation_version).
    pub fn set_documentation_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_version = input;
        self
    }
    /// See [`CreateStageRequest::rest_api_id`](crate::types::CreateStageRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`CreateStageRequest::stage_name`](crate::types::CreateStageRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// See [`CreateStageRequest::tags`](crate::types::CreateStageRequest::tags).
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
    /// See [`CreateStageRequest::tracing_enabled`](crate::types::CreateStageRequest::tracing_enabled).
    pub fn tracing_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.tracing_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_enabled`](Self::tracing_enabled).
    pub fn set_tracing_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.tracing_enabled = input;
        self
    }
    /// See [`CreateStageRequest::variables`](crate::types::CreateStageRequest::variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateStageRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateStageRequest {
            cache_cluster_enabled: self.cache_cluster_enabled,
            cache_cluster_size: self.cache_cluster_size,
            canary_settings: self.canary_settings,
            deployment_id: self
                .deployment_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStageRequest",
                        "deployment_id",
                    ),
                )?,
            description: self.description,
            documentation_version: self.documentation_version,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStageRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateStageRequest",
                        "stage_name",
                    ),
                )?,
            tags: self.tags,
            tracing_enabled: self.tracing_enabled,
            variables: self.variables,
        })
    }
}
/// A builder for [`CreateUsagePlanKeyRequest`](crate::types::CreateUsagePlanKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateUsagePlanKeyRequestBuilder {
    pub(crate) key_id: ::std::option::Option<::std::string::String>,
    pub(crate) key_type: ::std::option::Option<::std::string::String>,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateUsagePlanKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateUsagePlanKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateUsagePlanKeyRequestBuilder {
    /// See [`CreateUsagePlanKeyRequest::key_id`](crate::types::CreateUsagePlanKeyRequest::key_id).
    pub fn key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_id`](Self::key_id).
    pub fn set_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_id = input;
        self
    }
    /// See [`CreateUsagePlanKeyRequest::key_type`](crate::types::CreateUsagePlanKeyRequest::key_type).
    pub fn key_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_type`](Self::key_type).
    pub fn set_key_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_type = input;
        self
    }
    /// See [`CreateUsagePlanKeyRequest::usage_plan_id`](crate::types::CreateUsagePlanKeyRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateUsagePlanKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateUsagePlanKeyRequest {
            key_id: self
                .key_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateUsagePlanKeyRequest",
                        "key_id",
                    ),
                )?,
            key_type: self
                .key_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateUsagePlanKeyRequest",
                        "key_type",
                    ),
                )?,
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateUsagePlanKeyRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateUsagePlanRequest`](crate::types::CreateUsagePlanRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateUsagePlanRequestBuilder {
    pub(crate) api_stages: ::std::option::Option<
        ::std::vec::Vec<crate::types::ApiStage>,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) quota: ::std::option::Option<crate::types::QuotaSettings>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) throttle: ::std::option::Option<crate::types::ThrottleSettings>,
}
impl ::std::fmt::Debug for CreateUsagePlanRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateUsagePlanRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateUsagePlanRequestBuilder {
    /// See [`CreateUsagePlanRequest::api_stages`](crate::types::CreateUsagePlanRequest::api_stages).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn api_stages(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiStage>,
    ) -> Self {
        self.api_stages.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`api_stages`](Self::api_stages).
    pub fn set_api_stages(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ApiStage>>,
    ) -> Self {
        self.api_stages = input;
        self
    }
    /// See [`CreateUsagePlanRequest::description`](crate::types::CreateUsagePlanRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateUsagePlanRequest::name`](crate::types::CreateUsagePlanRequest::name).
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
    /// See [`CreateUsagePlanRequest::quota`](crate::types::CreateUsagePlanRequest::quota).
    pub fn quota(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSettings>,
    ) -> Self {
        self.quota = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota`](Self::quota).
    pub fn set_quota(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSettings>,
    ) -> Self {
        self.quota = input;
        self
    }
    /// See [`CreateUsagePlanRequest::tags`](crate::types::CreateUsagePlanRequest::tags).
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
    /// See [`CreateUsagePlanRequest::throttle`](crate::types::CreateUsagePlanRequest::throttle).
    pub fn throttle(
        mut self,
        input: impl ::std::convert::Into<crate::types::ThrottleSettings>,
    ) -> Self {
        self.throttle = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`throttle`](Self::throttle).
    pub fn set_throttle(
        mut self,
        input: ::std::option::Option<crate::types::ThrottleSettings>,
    ) -> Self {
        self.throttle = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateUsagePlanRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateUsagePlanRequest {
            api_stages: self.api_stages,
            description: self.description,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateUsagePlanRequest", "name"),
                )?,
            quota: self.quota,
            tags: self.tags,
            throttle: self.throttle,
        })
    }
}
/// A builder for [`CreateVpcLinkRequest`](crate::types::CreateVpcLinkRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateVpcLinkRequestBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) target_arns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateVpcLinkRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateVpcLinkRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateVpcLinkRequestBuilder {
    /// See [`CreateVpcLinkRequest::description`](crate::types::CreateVpcLinkRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`CreateVpcLinkRequest::name`](crate::types::CreateVpcLinkRequest::name).
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
    /// See [`CreateVpcLinkRequest::tags`](crate::types::CreateVpcLinkRequest::tags).
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
    /// See [`CreateVpcLinkRequest::target_arns`](crate::types::CreateVpcLinkRequest::target_arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn target_arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_arns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`target_arns`](Self::target_arns).
    pub fn set_target_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.target_arns = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateVpcLinkRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateVpcLinkRequest {
            description: self.description,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateVpcLinkRequest", "name"),
                )?,
            tags: self.tags,
            target_arns: self
                .target_arns
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateVpcLinkRequest",
                        "target_arns",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteApiKeyRequest`](crate::types::DeleteApiKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteApiKeyRequestBuilder {
    pub(crate) api_key: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteApiKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteApiKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteApiKeyRequestBuilder {
    /// See [`DeleteApiKeyRequest::api_key`](crate::types::DeleteApiKeyRequest::api_key).
    pub fn api_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key`](Self::api_key).
    pub fn set_api_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.api_key = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteApiKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteApiKeyRequest {
            api_key: self
                .api_key
                .ok_or(
                    crate::runtime::BuildError::missing("DeleteApiKeyRequest", "api_key"),
                )?,
        })
    }
}
/// A builder for [`DeleteAuthorizerRequest`](crate::types::DeleteAuthorizerRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteAuthorizerRequestBuilder {
    pub(crate) authorizer_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteAuthorizerRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAuthorizerRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteAuthorizerRequestBuilder {
    /// See [`DeleteAuthorizerRequest::authorizer_id`](crate::types::DeleteAuthorizerRequest::authorizer_id).
    pub fn authorizer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_id`](Self::authorizer_id).
    pub fn set_authorizer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_id = input;
        self
    }
    /// See [`DeleteAuthorizerRequest::rest_api_id`](crate::types::DeleteAuthorizerRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteAuthorizerRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteAuthorizerRequest {
            authorizer_id: self
                .authorizer_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAuthorizerRequest",
                        "authorizer_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAuthorizerRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteBasePathMappingRequest`](crate::types::DeleteBasePathMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteBasePathMappingRequestBuilder {
    pub(crate) base_path: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteBasePathMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteBasePathMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteBasePathMappingRequestBuilder {
    /// See [`DeleteBasePathMappingRequest::base_path`](crate::types::DeleteBasePathMappingRequest::base_path).
    pub fn base_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`base_path`](Self::base_path).
    pub fn set_base_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.base_path = input;
        self
    }
    /// See [`DeleteBasePathMappingRequest::domain_name`](crate::types::DeleteBasePathMappingRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`DeleteBasePathMappingRequest::domain_name_id`](crate::types::DeleteBasePathMappingRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteBasePathMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteBasePathMappingRequest {
            base_path: self
                .base_path
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteBasePathMappingRequest",
                        "base_path",
                    ),
                )?,
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteBasePathMappingRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
        })
    }
}
/// A builder for [`DeleteClientCertificateRequest`](crate::types::DeleteClientCertificateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteClientCertificateRequestBuilder {
    pub(crate) client_certificate_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteClientCertificateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteClientCertificateRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteClientCertificateRequestBuilder {
    /// See [`DeleteClientCertificateRequest::client_certificate_id`](crate::types::DeleteClientCertificateRequest::client_certificate_id).
    pub fn client_certificate_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_certificate_id`](Self::client_certificate_id).
    pub fn set_client_certificate_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteClientCertificateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteClientCertificateRequest {
            client_certificate_id: self
                .client_certificate_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteClientCertificateRequest",
                        "client_certificate_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDeploymentRequest`](crate::types::DeleteDeploymentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDeploymentRequestBuilder {
    pub(crate) deployment_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteDeploymentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDeploymentRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteDeploymentRequestBuilder {
    /// See [`DeleteDeploymentRequest::deployment_id`](crate::types::DeleteDeploymentRequest::deployment_id).
    pub fn deployment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deployment_id`](Self::deployment_id).
    pub fn set_deployment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.deployment_id = input;
        self
    }
    /// See [`DeleteDeploymentRequest::rest_api_id`](crate::types::DeleteDeploymentRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDeploymentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDeploymentRequest {
            deployment_id: self
                .deployment_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDeploymentRequest",
                        "deployment_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDeploymentRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDocumentationPartRequest`](crate::types::DeleteDocumentationPartRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDocumentationPartRequestBuilder {
    pub(crate) documentation_part_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteDocumentationPartRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDocumentationPartRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteDocumentationPartRequestBuilder {
    /// See [`DeleteDocumentationPartRequest::documentation_part_id`](crate::types::DeleteDocumentationPartRequest::documentation_part_id).
    pub fn documentation_part_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_part_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_part_id`](Self::documentation_part_id).
    pub fn set_documentation_part_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_part_id = input;
        self
    }
    /// See [`DeleteDocumentationPartRequest::rest_api_id`](crate::types::DeleteDocumentationPartRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDocumentationPartRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDocumentationPartRequest {
            documentation_part_id: self
                .documentation_part_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDocumentationPartRequest",
                        "documentation_part_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDocumentationPartRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDocumentationVersionRequest`](crate::types::DeleteDocumentationVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDocumentationVersionRequestBuilder {
    pub(crate) documentation_version: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteDocumentationVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDocumentationVersionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteDocumentationVersionRequestBuilder {
    /// See [`DeleteDocumentationVersionRequest::documentation_version`](crate::types::DeleteDocumentationVersionRequest::documentation_version).
    pub fn documentation_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_version`](Self::documentation_version).
    pub fn set_documentation_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_version = input;
        self
    }
    /// See [`DeleteDocumentationVersionRequest::rest_api_id`](crate::types::DeleteDocumentationVersionRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDocumentationVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDocumentationVersionRequest {
            documentation_version: self
                .documentation_version
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDocumentationVersionRequest",
                        "documentation_version",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDocumentationVersionRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDomainNameAccessAssociationRequest`](crate::types::DeleteDomainNameAccessAssociationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDomainNameAccessAssociationRequestBuilder {
    pub(crate) domain_name_access_association_arn: ::std::option::Option<
        ::std::string::String,
    >,
}
impl ::std::fmt::Debug for DeleteDomainNameAccessAssociationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDomainNameAccessAssociationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteDomainNameAccessAssociationRequestBuilder {
    /// See [`DeleteDomainNameAccessAssociationRequest::domain_name_access_association_arn`](crate::types::DeleteDomainNameAccessAssociationRequest::domain_name_access_association_arn).
    pub fn domain_name_access_association_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_access_association_arn = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`domain_name_access_association_arn`](Self::domain_name_access_association_arn).
    pub fn set_domain_name_access_association_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_access_association_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDomainNameAccessAssociationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDomainNameAccessAssociationRequest {
            domain_name_access_association_arn: self
                .domain_name_access_association_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDomainNameAccessAssociationRequest",
                        "domain_name_access_association_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteDomainNameRequest`](crate::types::DeleteDomainNameRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteDomainNameRequestBuilder {
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteDomainNameRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteDomainNameRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteDomainNameRequestBuilder {
    /// See [`DeleteDomainNameRequest::domain_name`](crate::types::DeleteDomainNameRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`DeleteDomainNameRequest::domain_name_id`](crate::types::DeleteDomainNameRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteDomainNameRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteDomainNameRequest {
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteDomainNameRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
        })
    }
}
/// A builder for [`DeleteGatewayResponseRequest`](crate::types::DeleteGatewayResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteGatewayResponseRequestBuilder {
    pub(crate) response_type: ::std::option::Option<crate::types::GatewayResponseType>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteGatewayResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteGatewayResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteGatewayResponseRequestBuilder {
    /// See [`DeleteGatewayResponseRequest::response_type`](crate::types::DeleteGatewayResponseRequest::response_type).
    pub fn response_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response_type`](Self::response_type).
    pub fn set_response_type(
        mut self,
        input: ::std::option::Option<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = input;
        self
    }
    /// See [`DeleteGatewayResponseRequest::rest_api_id`](crate::types::DeleteGatewayResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteGatewayResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteGatewayResponseRequest {
            response_type: self
                .response_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteGatewayResponseRequest",
                        "response_type",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteGatewayResponseRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteIntegrationRequest`](crate::types::DeleteIntegrationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteIntegrationRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteIntegrationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteIntegrationRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteIntegrationRequestBuilder {
    /// See [`DeleteIntegrationRequest::http_method`](crate::types::DeleteIntegrationRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`DeleteIntegrationRequest::resource_id`](crate::types::DeleteIntegrationRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`DeleteIntegrationRequest::rest_api_id`](crate::types::DeleteIntegrationRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteIntegrationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteIntegrationRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteIntegrationRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteIntegrationRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteIntegrationRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteIntegrationResponseRequest`](crate::types::DeleteIntegrationResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteIntegrationResponseRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteIntegrationResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteIntegrationResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteIntegrationResponseRequestBuilder {
    /// See [`DeleteIntegrationResponseRequest::http_method`](crate::types::DeleteIntegrationResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`DeleteIntegrationResponseRequest::resource_id`](crate::types::DeleteIntegrationResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`DeleteIntegrationResponseRequest::rest_api_id`](crate::types::DeleteIntegrationResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`DeleteIntegrationResponseRequest::status_code`](crate::types::DeleteIntegrationResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteIntegrationResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteIntegrationResponseRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteIntegrationResponseRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteIntegrationResponseRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteIntegrationResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteIntegrationResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteMethodRequest`](crate::types::DeleteMethodRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteMethodRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteMethodRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteMethodRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteMethodRequestBuilder {
    /// See [`DeleteMethodRequest::http_method`](crate::types::DeleteMethodRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`DeleteMethodRequest::resource_id`](crate::types::DeleteMethodRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`DeleteMethodRequest::rest_api_id`](crate::types::DeleteMethodRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteMethodRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteMethodRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMethodRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMethodRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMethodRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteMethodResponseRequest`](crate::types::DeleteMethodResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteMethodResponseRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteMethodResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteMethodResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteMethodResponseRequestBuilder {
    /// See [`DeleteMethodResponseRequest::http_method`](crate::types::DeleteMethodResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`DeleteMethodResponseRequest::resource_id`](crate::types::DeleteMethodResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`DeleteMethodResponseRequest::rest_api_id`](crate::types::DeleteMethodResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`DeleteMethodResponseRequest::status_code`](crate::types::DeleteMethodResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteMethodResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteMethodResponseRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMethodResponseRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMethodResponseRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMethodResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteMethodResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteModelRequest`](crate::types::DeleteModelRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteModelRequestBuilder {
    pub(crate) model_name: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteModelRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteModelRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteModelRequestBuilder {
    /// See [`DeleteModelRequest::model_name`](crate::types::DeleteModelRequest::model_name).
    pub fn model_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`model_name`](Self::model_name).
    pub fn set_model_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.model_name = input;
        self
    }
    /// See [`DeleteModelRequest::rest_api_id`](crate::types::DeleteModelRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteModelRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteModelRequest {
            model_name: self
                .model_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteModelRequest",
                        "model_name",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteModelRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteRequestValidatorRequest`](crate::types::DeleteRequestValidatorRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteRequestValidatorRequestBuilder {
    pub(crate) request_validator_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteRequestValidatorRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteRequestValidatorRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteRequestValidatorRequestBuilder {
    /// See [`DeleteRequestValidatorRequest::request_validator_id`](crate::types::DeleteRequestValidatorRequest::request_validator_id).
    pub fn request_validator_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_validator_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`request_validator_id`](Self::request_validator_id).
    pub fn set_request_validator_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request_validator_id = input;
        self
    }
    /// See [`DeleteRequestValidatorRequest::rest_api_id`](crate::types::DeleteRequestValidatorRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteRequestValidatorRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteRequestValidatorRequest {
            request_validator_id: self
                .request_validator_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteRequestValidatorRequest",
                        "request_validator_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteRequestValidatorRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteResourceRequest`](crate::types::DeleteResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteResourceRequestBuilder {
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteResourceRequestBuilder {
    /// See [`DeleteResourceRequest::resource_id`](crate::types::DeleteResourceRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`DeleteResourceRequest::rest_api_id`](crate::types::DeleteResourceRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteResourceRequest {
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteResourceRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteResourceRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteRestApiRequest`](crate::types::DeleteRestApiRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteRestApiRequestBuilder {
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteRestApiRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteRestApiRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteRestApiRequestBuilder {
    /// See [`DeleteRestApiRequest::rest_api_id`](crate::types::DeleteRestApiRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteRestApiRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteRestApiRequest {
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteRestApiRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteStageRequest`](crate::types::DeleteStageRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteStageRequestBuilder {
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteStageRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteStageRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteStageRequestBuilder {
    /// See [`DeleteStageRequest::rest_api_id`](crate::types::DeleteStageRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`DeleteStageRequest::stage_name`](crate::types::DeleteStageRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteStageRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteStageRequest {
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteStageRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteStageRequest",
                        "stage_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteUsagePlanKeyRequest`](crate::types::DeleteUsagePlanKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteUsagePlanKeyRequestBuilder {
    pub(crate) key_id: ::std::option::Option<::std::string::String>,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteUsagePlanKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteUsagePlanKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteUsagePlanKeyRequestBuilder {
    /// See [`DeleteUsagePlanKeyRequest::key_id`](crate::types::DeleteUsagePlanKeyRequest::key_id).
    pub fn key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_id`](Self::key_id).
    pub fn set_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_id = input;
        self
    }
    /// See [`DeleteUsagePlanKeyRequest::usage_plan_id`](crate::types::DeleteUsagePlanKeyRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteUsagePlanKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteUsagePlanKeyRequest {
            key_id: self
                .key_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteUsagePlanKeyRequest",
                        "key_id",
                    ),
                )?,
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteUsagePlanKeyRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteUsagePlanRequest`](crate::types::DeleteUsagePlanRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteUsagePlanRequestBuilder {
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteUsagePlanRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteUsagePlanRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteUsagePlanRequestBuilder {
    /// See [`DeleteUsagePlanRequest::usage_plan_id`](crate::types::DeleteUsagePlanRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteUsagePlanRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteUsagePlanRequest {
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteUsagePlanRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteVpcLinkRequest`](crate::types::DeleteVpcLinkRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteVpcLinkRequestBuilder {
    pub(crate) vpc_link_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteVpcLinkRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteVpcLinkRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteVpcLinkRequestBuilder {
    /// See [`DeleteVpcLinkRequest::vpc_link_id`](crate::types::DeleteVpcLinkRequest::vpc_link_id).
    pub fn vpc_link_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_link_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_link_id`](Self::vpc_link_id).
    pub fn set_vpc_link_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vpc_link_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteVpcLinkRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteVpcLinkRequest {
            vpc_link_id: self
                .vpc_link_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteVpcLinkRequest",
                        "vpc_link_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`Deployment`](crate::types::Deployment).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeploymentBuilder {
    pub(crate) api_summary: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::MethodSnapshot,
            >,
        >,
    >,
    pub(crate) created_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeploymentBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeploymentBuilder").finish_non_exhaustive()
    }
}
impl DeploymentBuilder {
    /// See [`Deployment::api_summary`](crate::types::Deployment::api_summary).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn api_summary(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::MethodSnapshot,
            >,
        >,
    ) -> Self {
        self.api_summary
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`api_summary`](Self::api_summary).
    pub fn set_api_summary(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<
                    ::std::string::String,
                    crate::types::MethodSnapshot,
                >,
            >,
        >,
    ) -> Self {
        self.api_summary = input;
        self
    }
    /// See [`Deployment::created_date`](crate::types::Deployment::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`Deployment::description`](crate::types::Deployment::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`Deployment::id`](crate::types::Deployment::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Deployment, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Deployment {
            api_summary: self.api_summary,
            created_date: self.created_date,
            description: self.description,
            id: self.id,
        })
    }
}
/// A builder for [`DeploymentCanarySettings`](crate::types::DeploymentCanarySettings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeploymentCanarySettingsBuilder {
    pub(crate) percent_traffic: ::std::option::Option<f64>,
    pub(crate) stage_variable_overrides: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) use_stage_cache: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for DeploymentCanarySettingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeploymentCanarySettingsBuilder").finish_non_exhaustive()
    }
}
impl DeploymentCanarySettingsBuilder {
    /// See [`DeploymentCanarySettings::percent_traffic`](crate::types::DeploymentCanarySettings::percent_traffic).
    pub fn percent_traffic(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.percent_traffic = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`percent_traffic`](Self::percent_traffic).
    pub fn set_percent_traffic(mut self, input: ::std::option::Option<f64>) -> Self {
        self.percent_traffic = input;
        self
    }
    /// See [`DeploymentCanarySettings::stage_variable_overrides`](crate::types::DeploymentCanarySettings::stage_variable_overrides).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn stage_variable_overrides(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_variable_overrides
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`stage_variable_overrides`](Self::stage_variable_overrides).
    pub fn set_stage_variable_overrides(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.stage_variable_overrides = input;
        self
    }
    /// See [`DeploymentCanarySettings::use_stage_cache`](crate::types::DeploymentCanarySettings::use_stage_cache).
    pub fn use_stage_cache(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.use_stage_cache = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`use_stage_cache`](Self::use_stage_cache).
    pub fn set_use_stage_cache(mut self, input: ::std::option::Option<bool>) -> Self {
        self.use_stage_cache = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeploymentCanarySettings,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeploymentCanarySettings {
            percent_traffic: self.percent_traffic,
            stage_variable_overrides: self.stage_variable_overrides,
            use_stage_cache: self.use_stage_cache,
        })
    }
}
/// A builder for [`Deployments`](crate::types::Deployments).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeploymentsBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::Deployment>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeploymentsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeploymentsBuilder").finish_non_exhaustive()
    }
}
impl DeploymentsBuilder {
    /// See [`Deployments::items`](crate::types::Deployments::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::Deployment>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Deployment>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`Deployments::position`](crate::types::Deployments::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Deployments, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Deployments {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`DocumentationPart`](crate::types::DocumentationPart).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DocumentationPartBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) location: ::std::option::Option<crate::types::DocumentationPartLocation>,
    pub(crate) properties: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DocumentationPartBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DocumentationPartBuilder").finish_non_exhaustive()
    }
}
impl DocumentationPartBuilder {
    /// See [`DocumentationPart::id`](crate::types::DocumentationPart::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`DocumentationPart::location`](crate::types::DocumentationPart::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentationPartLocation>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<crate::types::DocumentationPartLocation>,
    ) -> Self {
        self.location = input;
        self
    }
    /// See [`DocumentationPart::properties`](crate::types::DocumentationPart::properties).
    pub fn properties(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.properties = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`properties`](Self::properties).
    pub fn set_properties(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.properties = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DocumentationPart,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DocumentationPart {
            id: self.id,
            location: self.location,
            properties: self.properties,
        })
    }
}
/// A builder for [`DocumentationPartIds`](crate::types::DocumentationPartIds).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DocumentationPartIdsBuilder {
    pub(crate) ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for DocumentationPartIdsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DocumentationPartIdsBuilder").finish_non_exhaustive()
    }
}
impl DocumentationPartIdsBuilder {
    /// See [`DocumentationPartIds::ids`](crate::types::DocumentationPartIds::ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`ids`](Self::ids).
    pub fn set_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ids = input;
        self
    }
    /// See [`DocumentationPartIds::warnings`](crate::types::DocumentationPartIds::warnings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn warnings(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.warnings.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`warnings`](Self::warnings).
    pub fn set_warnings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.warnings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DocumentationPartIds,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DocumentationPartIds {
            ids: self.ids,
            warnings: self.warnings,
        })
    }
}
/// A builder for [`DocumentationPartLocation`](crate::types::DocumentationPartLocation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DocumentationPartLocationBuilder {
    pub(crate) method: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) path: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::DocumentationPartType>,
}
impl ::std::fmt::Debug for DocumentationPartLocationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DocumentationPartLocationBuilder").finish_non_exhaustive()
    }
}
impl DocumentationPartLocationBuilder {
    /// See [`DocumentationPartLocation::method`](crate::types::DocumentationPartLocation::method).
    pub fn method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`method`](Self::method).
    pub fn set_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.method = input;
        self
    }
    /// See [`DocumentationPartLocation::name`](crate::types::DocumentationPartLocation::name).
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
    /// See [`DocumentationPartLocation::path`](crate::types::DocumentationPartLocation::path).
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
    /// See [`DocumentationPartLocation::status_code`](crate::types::DocumentationPartLocation::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// See [`DocumentationPartLocation::type`](crate::types::DocumentationPartLocation::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentationPartType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::DocumentationPartType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DocumentationPartLocation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DocumentationPartLocation {
            method: self.method,
            name: self.name,
            path: self.path,
            status_code: self.status_code,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DocumentationPartLocation",
                        "type",
                    ),
                )?,
        })
    }
}
/// A builder for [`DocumentationParts`](crate::types::DocumentationParts).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DocumentationPartsBuilder {
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<crate::types::DocumentationPart>,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DocumentationPartsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DocumentationPartsBuilder").finish_non_exhaustive()
    }
}
impl DocumentationPartsBuilder {
    /// See [`DocumentationParts::items`](crate::types::DocumentationParts::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentationPart>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DocumentationPart>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`DocumentationParts::position`](crate::types::DocumentationParts::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DocumentationParts,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DocumentationParts {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`DocumentationVersion`](crate::types::DocumentationVersion).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DocumentationVersionBuilder {
    pub(crate) created_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DocumentationVersionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DocumentationVersionBuilder").finish_non_exhaustive()
    }
}
impl DocumentationVersionBuilder {
    /// See [`DocumentationVersion::created_date`](crate::types::DocumentationVersion::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`DocumentationVersion::description`](crate::types::DocumentationVersion::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`DocumentationVersion::version`](crate::types::DocumentationVersion::version).
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
        crate::types::DocumentationVersion,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DocumentationVersion {
            created_date: self.created_date,
            description: self.description,
            version: self.version,
        })
    }
}
/// A builder for [`DocumentationVersions`](crate::types::DocumentationVersions).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DocumentationVersionsBuilder {
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<crate::types::DocumentationVersion>,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DocumentationVersionsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DocumentationVersionsBuilder").finish_non_exhaustive()
    }
}
impl DocumentationVersionsBuilder {
    /// See [`DocumentationVersions::items`](crate::types::DocumentationVersions::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentationVersion>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DocumentationVersion>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`DocumentationVersions::position`](crate::types::DocumentationVersions::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DocumentationVersions,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DocumentationVersions {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`DomainName`](crate::types::DomainName).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DomainNameBuilder {
    pub(crate) certificate_arn: ::std::option::Option<::std::string::String>,
    pub(crate) certificate_name: ::std::option::Option<::std::string::String>,
    pub(crate) certificate_upload_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) distribution_domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) distribution_hosted_zone_id: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_status: ::std::option::Option<crate::types::DomainNameStatus>,
    pub(crate) domain_name_status_message: ::std::option::Option<::std::string::String>,
    pub(crate) endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    pub(crate) mutual_tls_authentication: ::std::option::Option<
        crate::types::MutualTlsAuthentication,
    >,
    pub(crate) ownership_verification_certificate_arn: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) regional_certificate_arn: ::std::option::Option<::std::string::String>,
    pub(crate) regional_certificate_name: ::std::option::Option<::std::string::String>,
    pub(crate) regional_domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) regional_hosted_zone_id: ::std::option::Option<::std::string::String>,
    pub(crate) security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) domain_name_arn: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
    pub(crate) endpoint_access_mode: ::std::option::Option<
        crate::types::EndpointAccessMode,
    >,
    pub(crate) management_policy: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) routing_mode: ::std::option::Option<crate::types::RoutingMode>,
}
impl ::std::fmt::Debug for DomainNameBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DomainNameBuilder").finish_non_exhaustive()
    }
}
impl DomainNameBuilder {
    /// See [`DomainName::certificate_arn`](crate::types::DomainName::certificate_arn).
    pub fn certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_arn`](Self::certificate_arn).
    pub fn set_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_arn = input;
        self
    }
    /// See [`DomainName::certificate_name`](crate::types::DomainName::certificate_name).
    pub fn certificate_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_name`](Self::certificate_name).
    pub fn set_certificate_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_name = input;
        self
    }
    /// See [`DomainName::certificate_upload_date`](crate::types::DomainName::certificate_upload_date).
    pub fn certificate_upload_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.certificate_upload_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_upload_date`](Self::certificate_upload_date).
    pub fn set_certificate_upload_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.certificate_upload_date = input;
        self
    }
    /// See [`DomainName::distribution_domain_name`](crate::types::DomainName::distribution_domain_name).
    pub fn distribution_domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.distribution_domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distribution_domain_name`](Self::distribution_domain_name).
    pub fn set_distribution_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.distribution_domain_name = input;
        self
    }
    /// See [`DomainName::distribution_hosted_zone_id`](crate::types::DomainName::distribution_hosted_zone_id).
    pub fn distribution_hosted_zone_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.distribution_hosted_zone_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distribution_hosted_zone_id`](Self::distribution_hosted_zone_id).
    pub fn set_distribution_hosted_zone_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.distribution_hosted_zone_id = input;
        self
    }
    /// See [`DomainName::domain_name`](crate::types::DomainName::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`DomainName::domain_name_status`](crate::types::DomainName::domain_name_status).
    pub fn domain_name_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::DomainNameStatus>,
    ) -> Self {
        self.domain_name_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_status`](Self::domain_name_status).
    pub fn set_domain_name_status(
        mut self,
        input: ::std::option::Option<crate::types::DomainNameStatus>,
    ) -> Self {
        self.domain_name_status = input;
        self
    }
    /// See [`DomainName::domain_name_status_message`](crate::types::DomainName::domain_name_status_message).
    pub fn domain_name_status_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_status_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_status_message`](Self::domain_name_status_message).
    pub fn set_domain_name_status_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_status_message = input;
        self
    }
    /// See [`DomainName::endpoint_configuration`](crate::types::DomainName::endpoint_configuration).
    pub fn endpoint_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_configuration`](Self::endpoint_configuration).
    pub fn set_endpoint_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = input;
        self
    }
    /// See [`DomainName::mutual_tls_authentication`](crate::types::DomainName::mutual_tls_authentication).
    pub fn mutual_tls_authentication(
        mut self,
        input: impl ::std::convert::Into<crate::types::MutualTlsAuthentication>,
    ) -> Self {
        self.mutual_tls_authentication = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mutual_tls_authentication`](Self::mutual_tls_authentication).
    pub fn set_mutual_tls_authentication(
        mut self,
        input: ::std::option::Option<crate::types::MutualTlsAuthentication>,
    ) -> Self {
        self.mutual_tls_authentication = input;
        self
    }
    /// See [`DomainName::ownership_verification_certificate_arn`](crate::types::DomainName::ownership_verification_certificate_arn).
    pub fn ownership_verification_certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ownership_verification_certificate_arn = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`ownership_verification_certificate_arn`](Self::ownership_verification_certificate_arn).
    pub fn set_ownership_verification_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ownership_verification_certificate_arn = input;
        self
    }
    /// See [`DomainName::regional_certificate_arn`](crate::types::DomainName::regional_certificate_arn).
    pub fn regional_certificate_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.regional_certificate_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`regional_certificate_arn`](Self::regional_certificate_arn).
    pub fn set_regional_certificate_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.regional_certificate_arn = input;
        self
    }
    /// See [`DomainName::regional_certificate_name`](crate::types::DomainName::regional_certificate_name).
    pub fn regional_certificate_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.regional_certificate_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`regional_certificate_name`](Self::regional_certificate_name).
    pub fn set_regional_certificate_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.regional_certificate_name = input;
        self
    }
    /// See [`DomainName::regional_domain_name`](crate::types::DomainName::regional_domain_name).
    pub fn regional_domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.regional_domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`regional_domain_name`](Self::regional_domain_name).
    pub fn set_regional_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.regional_domain_name = input;
        self
    }
    /// See [`DomainName::regional_hosted_zone_id`](crate::types::DomainName::regional_hosted_zone_id).
    pub fn regional_hosted_zone_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.regional_hosted_zone_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`regional_hosted_zone_id`](Self::regional_hosted_zone_id).
    pub fn set_regional_hosted_zone_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.regional_hosted_zone_id = input;
        self
    }
    /// See [`DomainName::security_policy`](crate::types::DomainName::security_policy).
    pub fn security_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_policy`](Self::security_policy).
    pub fn set_security_policy(
        mut self,
        input: ::std::option::Option<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = input;
        self
    }
    /// See [`DomainName::tags`](crate::types::DomainName::tags).
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
    /// See [`DomainName::domain_name_arn`](crate::types::DomainName::domain_name_arn).
    pub fn domain_name_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_arn`](Self::domain_name_arn).
    pub fn set_domain_name_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = input;
        self
    }
    /// See [`DomainName::domain_name_id`](crate::types::DomainName::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// See [`DomainName::endpoint_access_mode`](crate::types::DomainName::endpoint_access_mode).
    pub fn endpoint_access_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_access_mode`](Self::endpoint_access_mode).
    pub fn set_endpoint_access_mode(
        mut self,
        input: ::std::option::Option<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = input;
        self
    }
    /// See [`DomainName::management_policy`](crate::types::DomainName::management_policy).
    pub fn management_policy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.management_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`management_policy`](Self::management_policy).
    pub fn set_management_policy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.management_policy = input;
        self
    }
    /// See [`DomainName::policy`](crate::types::DomainName::policy).
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
    /// See [`DomainName::routing_mode`](crate::types::DomainName::routing_mode).
    pub fn routing_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::RoutingMode>,
    ) -> Self {
        self.routing_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`routing_mode`](Self::routing_mode).
    pub fn set_routing_mode(
        mut self,
        input: ::std::option::Option<crate::types::RoutingMode>,
    ) -> Self {
        self.routing_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::DomainName, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::DomainName {
            certificate_arn: self.certificate_arn,
            certificate_name: self.certificate_name,
            certificate_upload_date: self.certificate_upload_date,
            distribution_domain_name: self.distribution_domain_name,
            distribution_hosted_zone_id: self.distribution_hosted_zone_id,
            domain_name: self.domain_name,
            domain_name_status: self.domain_name_status,
            domain_name_status_message: self.domain_name_status_message,
            endpoint_configuration: self.endpoint_configuration,
            mutual_tls_authentication: self.mutual_tls_authentication,
            ownership_verification_certificate_arn: self
                .ownership_verification_certificate_arn,
            regional_certificate_arn: self.regional_certificate_arn,
            regional_certificate_name: self.regional_certificate_name,
            regional_domain_name: self.regional_domain_name,
            regional_hosted_zone_id: self.regional_hosted_zone_id,
            security_policy: self.security_policy,
            tags: self.tags,
            domain_name_arn: self.domain_name_arn,
            domain_name_id: self.domain_name_id,
            endpoint_access_mode: self.endpoint_access_mode,
            management_policy: self.management_policy,
            policy: self.policy,
            routing_mode: self.routing_mode,
        })
    }
}
/// A builder for [`DomainNameAccessAssociation`](crate::types::DomainNameAccessAssociation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DomainNameAccessAssociationBuilder {
    pub(crate) access_association_source: ::std::option::Option<::std::string::String>,
    pub(crate) access_association_source_type: ::std::option::Option<
        crate::types::AccessAssociationSourceType,
    >,
    pub(crate) domain_name_access_association_arn: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) domain_name_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for DomainNameAccessAssociationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DomainNameAccessAssociationBuilder").finish_non_exhaustive()
    }
}
impl DomainNameAccessAssociationBuilder {
    /// See [`DomainNameAccessAssociation::access_association_source`](crate::types::DomainNameAccessAssociation::access_association_source).
    pub fn access_association_source(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_association_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_association_source`](Self::access_association_source).
    pub fn set_access_association_source(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.access_association_source = input;
        self
    }
    /// See [`DomainNameAccessAssociation::access_association_source_type`](crate::types::DomainNameAccessAssociation::access_association_source_type).
    pub fn access_association_source_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessAssociationSourceType>,
    ) -> Self {
        self.access_association_source_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_association_source_type`](Self::access_association_source_type).
    pub fn set_access_association_source_type(
        mut self,
        input: ::std::option::Option<crate::types::AccessAssociationSourceType>,
    ) -> Self {
        self.access_association_source_type = input;
        self
    }
    /// See [`DomainNameAccessAssociation::domain_name_access_association_arn`](crate::types::DomainNameAccessAssociation::domain_name_access_association_arn).
    pub fn domain_name_access_association_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_access_association_arn = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`domain_name_access_association_arn`](Self::domain_name_access_association_arn).
    pub fn set_domain_name_access_association_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_access_association_arn = input;
        self
    }
    /// See [`DomainNameAccessAssociation::domain_name_arn`](crate::types::DomainNameAccessAssociation::domain_name_arn).
    pub fn domain_name_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_arn`](Self::domain_name_arn).
    pub fn set_domain_name_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = input;
        self
    }
    /// See [`DomainNameAccessAssociation::tags`](crate::types::DomainNameAccessAssociation::tags).
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
        crate::types::DomainNameAccessAssociation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DomainNameAccessAssociation {
            access_association_source: self.access_association_source,
            access_association_source_type: self.access_association_source_type,
            domain_name_access_association_arn: self.domain_name_access_association_arn,
            domain_name_arn: self.domain_name_arn,
            tags: self.tags,
        })
    }
}
/// A builder for [`DomainNameAccessAssociations`](crate::types::DomainNameAccessAssociations).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DomainNameAccessAssociationsBuilder {
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<crate::types::DomainNameAccessAssociation>,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DomainNameAccessAssociationsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DomainNameAccessAssociationsBuilder").finish_non_exhaustive()
    }
}
impl DomainNameAccessAssociationsBuilder {
    /// See [`DomainNameAccessAssociations::items`](crate::types::DomainNameAccessAssociations::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::DomainNameAccessAssociation>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::DomainNameAccessAssociation>,
        >,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`DomainNameAccessAssociations::position`](crate::types::DomainNameAccessAssociations::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DomainNameAccessAssociations,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DomainNameAccessAssociations {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`DomainNames`](crate::types::DomainNames).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DomainNamesBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::DomainName>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DomainNamesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DomainNamesBuilder").finish_non_exhaustive()
    }
}
impl DomainNamesBuilder {
    /// See [`DomainNames::items`](crate::types::DomainNames::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::DomainName>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DomainName>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`DomainNames::position`](crate::types::DomainNames::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::DomainNames, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::DomainNames {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`EndpointConfiguration`](crate::types::EndpointConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EndpointConfigurationBuilder {
    pub(crate) types: ::std::option::Option<::std::vec::Vec<crate::types::EndpointType>>,
    pub(crate) vpc_endpoint_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) ip_address_type: ::std::option::Option<crate::types::IpAddressType>,
}
impl ::std::fmt::Debug for EndpointConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EndpointConfigurationBuilder").finish_non_exhaustive()
    }
}
impl EndpointConfigurationBuilder {
    /// See [`EndpointConfiguration::types`](crate::types::EndpointConfiguration::types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn types(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointType>,
    ) -> Self {
        self.types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`types`](Self::types).
    pub fn set_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EndpointType>>,
    ) -> Self {
        self.types = input;
        self
    }
    /// See [`EndpointConfiguration::vpc_endpoint_ids`](crate::types::EndpointConfiguration::vpc_endpoint_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vpc_endpoint_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_endpoint_ids
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`vpc_endpoint_ids`](Self::vpc_endpoint_ids).
    pub fn set_vpc_endpoint_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.vpc_endpoint_ids = input;
        self
    }
    /// See [`EndpointConfiguration::ip_address_type`](crate::types::EndpointConfiguration::ip_address_type).
    pub fn ip_address_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::IpAddressType>,
    ) -> Self {
        self.ip_address_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ip_address_type`](Self::ip_address_type).
    pub fn set_ip_address_type(
        mut self,
        input: ::std::option::Option<crate::types::IpAddressType>,
    ) -> Self {
        self.ip_address_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EndpointConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EndpointConfiguration {
            types: self.types,
            vpc_endpoint_ids: self.vpc_endpoint_ids,
            ip_address_type: self.ip_address_type,
        })
    }
}
/// A builder for [`ExportResponse`](crate::types::ExportResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ExportResponseBuilder {
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) content_disposition: ::std::option::Option<::std::string::String>,
    pub(crate) content_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ExportResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExportResponseBuilder").finish_non_exhaustive()
    }
}
impl ExportResponseBuilder {
    /// See [`ExportResponse::body`](crate::types::ExportResponse::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`ExportResponse::content_disposition`](crate::types::ExportResponse::content_disposition).
    pub fn content_disposition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_disposition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_disposition`](Self::content_disposition).
    pub fn set_content_disposition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_disposition = input;
        self
    }
    /// See [`ExportResponse::content_type`](crate::types::ExportResponse::content_type).
    pub fn content_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_type`](Self::content_type).
    pub fn set_content_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ExportResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ExportResponse {
            body: self.body,
            content_disposition: self.content_disposition,
            content_type: self.content_type,
        })
    }
}
/// A builder for [`FlushStageAuthorizersCacheRequest`](crate::types::FlushStageAuthorizersCacheRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FlushStageAuthorizersCacheRequestBuilder {
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FlushStageAuthorizersCacheRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FlushStageAuthorizersCacheRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl FlushStageAuthorizersCacheRequestBuilder {
    /// See [`FlushStageAuthorizersCacheRequest::rest_api_id`](crate::types::FlushStageAuthorizersCacheRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`FlushStageAuthorizersCacheRequest::stage_name`](crate::types::FlushStageAuthorizersCacheRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FlushStageAuthorizersCacheRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FlushStageAuthorizersCacheRequest {
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FlushStageAuthorizersCacheRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FlushStageAuthorizersCacheRequest",
                        "stage_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`FlushStageCacheRequest`](crate::types::FlushStageCacheRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FlushStageCacheRequestBuilder {
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FlushStageCacheRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FlushStageCacheRequestBuilder").finish_non_exhaustive()
    }
}
impl FlushStageCacheRequestBuilder {
    /// See [`FlushStageCacheRequest::rest_api_id`](crate::types::FlushStageCacheRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`FlushStageCacheRequest::stage_name`](crate::types::FlushStageCacheRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FlushStageCacheRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FlushStageCacheRequest {
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FlushStageCacheRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "FlushStageCacheRequest",
                        "stage_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GatewayResponse`](crate::types::GatewayResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GatewayResponseBuilder {
    pub(crate) default_response: ::std::option::Option<bool>,
    pub(crate) response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_type: ::std::option::Option<crate::types::GatewayResponseType>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GatewayResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GatewayResponseBuilder").finish_non_exhaustive()
    }
}
impl GatewayResponseBuilder {
    /// See [`GatewayResponse::default_response`](crate::types::GatewayResponse::default_response).
    pub fn default_response(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.default_response = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_response`](Self::default_response).
    pub fn set_default_response(mut self, input: ::std::option::Option<bool>) -> Self {
        self.default_response = input;
        self
    }
    /// See [`GatewayResponse::response_parameters`](crate::types::GatewayResponse::response_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_parameters`](Self::response_parameters).
    pub fn set_response_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// See [`GatewayResponse::response_templates`](crate::types::GatewayResponse::response_templates).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_templates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_templates
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_templates`](Self::response_templates).
    pub fn set_response_templates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_templates = input;
        self
    }
    /// See [`GatewayResponse::response_type`](crate::types::GatewayResponse::response_type).
    pub fn response_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response_type`](Self::response_type).
    pub fn set_response_type(
        mut self,
        input: ::std::option::Option<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = input;
        self
    }
    /// See [`GatewayResponse::status_code`](crate::types::GatewayResponse::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GatewayResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GatewayResponse {
            default_response: self.default_response,
            response_parameters: self.response_parameters,
            response_templates: self.response_templates,
            response_type: self.response_type,
            status_code: self.status_code,
        })
    }
}
/// A builder for [`GatewayResponses`](crate::types::GatewayResponses).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GatewayResponsesBuilder {
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<crate::types::GatewayResponse>,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GatewayResponsesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GatewayResponsesBuilder").finish_non_exhaustive()
    }
}
impl GatewayResponsesBuilder {
    /// See [`GatewayResponses::items`](crate::types::GatewayResponses::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::GatewayResponse>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::GatewayResponse>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`GatewayResponses::position`](crate::types::GatewayResponses::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GatewayResponses,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GatewayResponses {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`GenerateClientCertificateRequest`](crate::types::GenerateClientCertificateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GenerateClientCertificateRequestBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for GenerateClientCertificateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GenerateClientCertificateRequestBuilder").finish_non_exhaustive()
    }
}
impl GenerateClientCertificateRequestBuilder {
    /// See [`GenerateClientCertificateRequest::description`](crate::types::GenerateClientCertificateRequest::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`GenerateClientCertificateRequest::tags`](crate::types::GenerateClientCertificateRequest::tags).
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
        crate::types::GenerateClientCertificateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GenerateClientCertificateRequest {
            description: self.description,
            tags: self.tags,
        })
    }
}
/// A builder for [`GetAccountRequest`](crate::types::GetAccountRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetAccountRequestBuilder {}
impl ::std::fmt::Debug for GetAccountRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAccountRequestBuilder").finish_non_exhaustive()
    }
}
impl GetAccountRequestBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetAccountRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetAccountRequest {})
    }
}
/// A builder for [`GetApiKeyRequest`](crate::types::GetApiKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetApiKeyRequestBuilder {
    pub(crate) api_key: ::std::option::Option<::std::string::String>,
    pub(crate) include_value: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for GetApiKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetApiKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl GetApiKeyRequestBuilder {
    /// See [`GetApiKeyRequest::api_key`](crate::types::GetApiKeyRequest::api_key).
    pub fn api_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key`](Self::api_key).
    pub fn set_api_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.api_key = input;
        self
    }
    /// See [`GetApiKeyRequest::include_value`](crate::types::GetApiKeyRequest::include_value).
    pub fn include_value(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.include_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`include_value`](Self::include_value).
    pub fn set_include_value(mut self, input: ::std::option::Option<bool>) -> Self {
        self.include_value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetApiKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetApiKeyRequest {
            api_key: self
                .api_key
                .ok_or(
                    crate::runtime::BuildError::missing("GetApiKeyRequest", "api_key"),
                )?,
            include_value: self.include_value,
        })
    }
}
/// A builder for [`GetApiKeysRequest`](crate::types::GetApiKeysRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetApiKeysRequestBuilder {
    pub(crate) customer_id: ::std::option::Option<::std::string::String>,
    pub(crate) include_values: ::std::option::Option<bool>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) name_query: ::std::option::Option<::std::string::String>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetApiKeysRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetApiKeysRequestBuilder").finish_non_exhaustive()
    }
}
impl GetApiKeysRequestBuilder {
    /// See [`GetApiKeysRequest::customer_id`](crate::types::GetApiKeysRequest::customer_id).
    pub fn customer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`customer_id`](Self::customer_id).
    pub fn set_customer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.customer_id = input;
        self
    }
    /// See [`GetApiKeysRequest::include_values`](crate::types::GetApiKeysRequest::include_values).
    pub fn include_values(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.include_values = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`include_values`](Self::include_values).
    pub fn set_include_values(mut self, input: ::std::option::Option<bool>) -> Self {
        self.include_values = input;
        self
    }
    /// See [`GetApiKeysRequest::limit`](crate::types::GetApiKeysRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetApiKeysRequest::name_query`](crate::types::GetApiKeysRequest::name_query).
    pub fn name_query(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_query = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name_query`](Self::name_query).
    pub fn set_name_query(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name_query = input;
        self
    }
    /// See [`GetApiKeysRequest::position`](crate::types::GetApiKeysRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetApiKeysRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetApiKeysRequest {
            customer_id: self.customer_id,
            include_values: self.include_values,
            limit: self.limit,
            name_query: self.name_query,
            position: self.position,
        })
    }
}
/// A builder for [`GetAuthorizerRequest`](crate::types::GetAuthorizerRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetAuthorizerRequestBuilder {
    pub(crate) authorizer_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetAuthorizerRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAuthorizerRequestBuilder").finish_non_exhaustive()
    }
}
impl GetAuthorizerRequestBuilder {
    /// See [`GetAuthorizerRequest::authorizer_id`](crate::types::GetAuthorizerRequest::authorizer_id).
    pub fn authorizer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_id`](Self::authorizer_id).
    pub fn set_authorizer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_id = input;
        self
    }
    /// See [`GetAuthorizerRequest::rest_api_id`](crate::types::GetAuthorizerRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetAuthorizerRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetAuthorizerRequest {
            authorizer_id: self
                .authorizer_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetAuthorizerRequest",
                        "authorizer_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetAuthorizerRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetAuthorizersRequest`](crate::types::GetAuthorizersRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetAuthorizersRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetAuthorizersRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetAuthorizersRequestBuilder").finish_non_exhaustive()
    }
}
impl GetAuthorizersRequestBuilder {
    /// See [`GetAuthorizersRequest::limit`](crate::types::GetAuthorizersRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetAuthorizersRequest::position`](crate::types::GetAuthorizersRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetAuthorizersRequest::rest_api_id`](crate::types::GetAuthorizersRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetAuthorizersRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetAuthorizersRequest {
            limit: self.limit,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetAuthorizersRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetBasePathMappingRequest`](crate::types::GetBasePathMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetBasePathMappingRequestBuilder {
    pub(crate) base_path: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetBasePathMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetBasePathMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl GetBasePathMappingRequestBuilder {
    /// See [`GetBasePathMappingRequest::base_path`](crate::types::GetBasePathMappingRequest::base_path).
    pub fn base_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`base_path`](Self::base_path).
    pub fn set_base_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.base_path = input;
        self
    }
    /// See [`GetBasePathMappingRequest::domain_name`](crate::types::GetBasePathMappingRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`GetBasePathMappingRequest::domain_name_id`](crate::types::GetBasePathMappingRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetBasePathMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetBasePathMappingRequest {
            base_path: self
                .base_path
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetBasePathMappingRequest",
                        "base_path",
                    ),
                )?,
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetBasePathMappingRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
        })
    }
}
/// A builder for [`GetBasePathMappingsRequest`](crate::types::GetBasePathMappingsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetBasePathMappingsRequestBuilder {
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetBasePathMappingsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetBasePathMappingsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetBasePathMappingsRequestBuilder {
    /// See [`GetBasePathMappingsRequest::domain_name`](crate::types::GetBasePathMappingsRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`GetBasePathMappingsRequest::domain_name_id`](crate::types::GetBasePathMappingsRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// See [`GetBasePathMappingsRequest::limit`](crate::types::GetBasePathMappingsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetBasePathMappingsRequest::position`](crate::types::GetBasePathMappingsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetBasePathMappingsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetBasePathMappingsRequest {
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetBasePathMappingsRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
            limit: self.limit,
            position: self.position,
        })
    }
}
/// A builder for [`GetClientCertificateRequest`](crate::types::GetClientCertificateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetClientCertificateRequestBuilder {
    pub(crate) client_certificate_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetClientCertificateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetClientCertificateRequestBuilder").finish_non_exhaustive()
    }
}
impl GetClientCertificateRequestBuilder {
    /// See [`GetClientCertificateRequest::client_certificate_id`](crate::types::GetClientCertificateRequest::client_certificate_id).
    pub fn client_certificate_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_certificate_id`](Self::client_certificate_id).
    pub fn set_client_certificate_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetClientCertificateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetClientCertificateRequest {
            client_certificate_id: self
                .client_certificate_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetClientCertificateRequest",
                        "client_certificate_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetClientCertificatesRequest`](crate::types::GetClientCertificatesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetClientCertificatesRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetClientCertificatesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetClientCertificatesRequestBuilder").finish_non_exhaustive()
    }
}
impl GetClientCertificatesRequestBuilder {
    /// See [`GetClientCertificatesRequest::limit`](crate::types::GetClientCertificatesRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetClientCertificatesRequest::position`](crate::types::GetClientCertificatesRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetClientCertificatesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetClientCertificatesRequest {
            limit: self.limit,
            position: self.position,
        })
    }
}
/// A builder for [`GetDeploymentRequest`](crate::types::GetDeploymentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDeploymentRequestBuilder {
    pub(crate) deployment_id: ::std::option::Option<::std::string::String>,
    pub(crate) embed: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDeploymentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDeploymentRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDeploymentRequestBuilder {
    /// See [`GetDeploymentRequest::deployment_id`](crate::types::GetDeploymentRequest::deployment_id).
    pub fn deployment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deployment_id`](Self::deployment_id).
    pub fn set_deployment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.deployment_id = input;
        self
    }
    /// See [`GetDeploymentRequest::embed`](crate::types::GetDeploymentRequest::embed).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn embed(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.embed.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`embed`](Self::embed).
    pub fn set_embed(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.embed = input;
        self
    }
    /// See [`GetDeploymentRequest::rest_api_id`](crate::types::GetDeploymentRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDeploymentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDeploymentRequest {
            deployment_id: self
                .deployment_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDeploymentRequest",
                        "deployment_id",
                    ),
                )?,
            embed: self.embed,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDeploymentRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDeploymentsRequest`](crate::types::GetDeploymentsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDeploymentsRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDeploymentsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDeploymentsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDeploymentsRequestBuilder {
    /// See [`GetDeploymentsRequest::limit`](crate::types::GetDeploymentsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetDeploymentsRequest::position`](crate::types::GetDeploymentsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetDeploymentsRequest::rest_api_id`](crate::types::GetDeploymentsRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDeploymentsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDeploymentsRequest {
            limit: self.limit,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDeploymentsRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDocumentationPartRequest`](crate::types::GetDocumentationPartRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDocumentationPartRequestBuilder {
    pub(crate) documentation_part_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDocumentationPartRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDocumentationPartRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDocumentationPartRequestBuilder {
    /// See [`GetDocumentationPartRequest::documentation_part_id`](crate::types::GetDocumentationPartRequest::documentation_part_id).
    pub fn documentation_part_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_part_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_part_id`](Self::documentation_part_id).
    pub fn set_documentation_part_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_part_id = input;
        self
    }
    /// See [`GetDocumentationPartRequest::rest_api_id`](crate::types::GetDocumentationPartRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDocumentationPartRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDocumentationPartRequest {
            documentation_part_id: self
                .documentation_part_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDocumentationPartRequest",
                        "documentation_part_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDocumentationPartRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDocumentationPartsRequest`](crate::types::GetDocumentationPartsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDocumentationPartsRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) location_status: ::std::option::Option<crate::types::LocationStatusType>,
    pub(crate) name_query: ::std::option::Option<::std::string::String>,
    pub(crate) path: ::std::option::Option<::std::string::String>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::DocumentationPartType>,
}
impl ::std::fmt::Debug for GetDocumentationPartsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDocumentationPartsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDocumentationPartsRequestBuilder {
    /// See [`GetDocumentationPartsRequest::limit`](crate::types::GetDocumentationPartsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetDocumentationPartsRequest::location_status`](crate::types::GetDocumentationPartsRequest::location_status).
    pub fn location_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::LocationStatusType>,
    ) -> Self {
        self.location_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location_status`](Self::location_status).
    pub fn set_location_status(
        mut self,
        input: ::std::option::Option<crate::types::LocationStatusType>,
    ) -> Self {
        self.location_status = input;
        self
    }
    /// See [`GetDocumentationPartsRequest::name_query`](crate::types::GetDocumentationPartsRequest::name_query).
    pub fn name_query(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_query = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name_query`](Self::name_query).
    pub fn set_name_query(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name_query = input;
        self
    }
    /// See [`GetDocumentationPartsRequest::path`](crate::types::GetDocumentationPartsRequest::path).
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
    /// See [`GetDocumentationPartsRequest::position`](crate::types::GetDocumentationPartsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetDocumentationPartsRequest::rest_api_id`](crate::types::GetDocumentationPartsRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`GetDocumentationPartsRequest::type`](crate::types::GetDocumentationPartsRequest::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::DocumentationPartType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::DocumentationPartType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDocumentationPartsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDocumentationPartsRequest {
            limit: self.limit,
            location_status: self.location_status,
            name_query: self.name_query,
            path: self.path,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDocumentationPartsRequest",
                        "rest_api_id",
                    ),
                )?,
            r#type: self.r#type,
        })
    }
}
/// A builder for [`GetDocumentationVersionRequest`](crate::types::GetDocumentationVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDocumentationVersionRequestBuilder {
    pub(crate) documentation_version: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDocumentationVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDocumentationVersionRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDocumentationVersionRequestBuilder {
    /// See [`GetDocumentationVersionRequest::documentation_version`](crate::types::GetDocumentationVersionRequest::documentation_version).
    pub fn documentation_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_version`](Self::documentation_version).
    pub fn set_documentation_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_version = input;
        self
    }
    /// See [`GetDocumentationVersionRequest::rest_api_id`](crate::types::GetDocumentationVersionRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDocumentationVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDocumentationVersionRequest {
            documentation_version: self
                .documentation_version
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDocumentationVersionRequest",
                        "documentation_version",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDocumentationVersionRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDocumentationVersionsRequest`](crate::types::GetDocumentationVersionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDocumentationVersionsRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDocumentationVersionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDocumentationVersionsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDocumentationVersionsRequestBuilder {
    /// See [`GetDocumentationVersionsRequest::limit`](crate::types::GetDocumentationVersionsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetDocumentationVersionsRequest::position`](crate::types::GetDocumentationVersionsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetDocumentationVersionsRequest::rest_api_id`](crate::types::GetDocumentationVersionsRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDocumentationVersionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDocumentationVersionsRequest {
            limit: self.limit,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDocumentationVersionsRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDomainNameAccessAssociationsRequest`](crate::types::GetDomainNameAccessAssociationsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDomainNameAccessAssociationsRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) resource_owner: ::std::option::Option<crate::types::ResourceOwner>,
}
impl ::std::fmt::Debug for GetDomainNameAccessAssociationsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDomainNameAccessAssociationsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl GetDomainNameAccessAssociationsRequestBuilder {
    /// See [`GetDomainNameAccessAssociationsRequest::limit`](crate::types::GetDomainNameAccessAssociationsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetDomainNameAccessAssociationsRequest::position`](crate::types::GetDomainNameAccessAssociationsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetDomainNameAccessAssociationsRequest::resource_owner`](crate::types::GetDomainNameAccessAssociationsRequest::resource_owner).
    pub fn resource_owner(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceOwner>,
    ) -> Self {
        self.resource_owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_owner`](Self::resource_owner).
    pub fn set_resource_owner(
        mut self,
        input: ::std::option::Option<crate::types::ResourceOwner>,
    ) -> Self {
        self.resource_owner = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDomainNameAccessAssociationsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDomainNameAccessAssociationsRequest {
            limit: self.limit,
            position: self.position,
            resource_owner: self.resource_owner,
        })
    }
}
/// A builder for [`GetDomainNameRequest`](crate::types::GetDomainNameRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDomainNameRequestBuilder {
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDomainNameRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDomainNameRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDomainNameRequestBuilder {
    /// See [`GetDomainNameRequest::domain_name`](crate::types::GetDomainNameRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`GetDomainNameRequest::domain_name_id`](crate::types::GetDomainNameRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDomainNameRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDomainNameRequest {
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDomainNameRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
        })
    }
}
/// A builder for [`GetDomainNamesRequest`](crate::types::GetDomainNamesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDomainNamesRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) resource_owner: ::std::option::Option<crate::types::ResourceOwner>,
}
impl ::std::fmt::Debug for GetDomainNamesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDomainNamesRequestBuilder").finish_non_exhaustive()
    }
}
impl GetDomainNamesRequestBuilder {
    /// See [`GetDomainNamesRequest::limit`](crate::types::GetDomainNamesRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetDomainNamesRequest::position`](crate::types::GetDomainNamesRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetDomainNamesRequest::resource_owner`](crate::types::GetDomainNamesRequest::resource_owner).
    pub fn resource_owner(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceOwner>,
    ) -> Self {
        self.resource_owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_owner`](Self::resource_owner).
    pub fn set_resource_owner(
        mut self,
        input: ::std::option::Option<crate::types::ResourceOwner>,
    ) -> Self {
        self.resource_owner = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDomainNamesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDomainNamesRequest {
            limit: self.limit,
            position: self.position,
            resource_owner: self.resource_owner,
        })
    }
}
/// A builder for [`GetExportRequest`](crate::types::GetExportRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetExportRequestBuilder {
    pub(crate) accepts: ::std::option::Option<::std::string::String>,
    pub(crate) export_type: ::std::option::Option<::std::string::String>,
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetExportRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetExportRequestBuilder").finish_non_exhaustive()
    }
}
impl GetExportRequestBuilder {
    /// See [`GetExportRequest::accepts`](crate::types::GetExportRequest::accepts).
    pub fn accepts(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accepts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`accepts`](Self::accepts).
    pub fn set_accepts(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.accepts = input;
        self
    }
    /// See [`GetExportRequest::export_type`](crate::types::GetExportRequest::export_type).
    pub fn export_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.export_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`export_type`](Self::export_type).
    pub fn set_export_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.export_type = input;
        self
    }
    /// See [`GetExportRequest::parameters`](crate::types::GetExportRequest::parameters).
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
    /// See [`GetExportRequest::rest_api_id`](crate::types::GetExportRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`GetExportRequest::stage_name`](crate::types::GetExportRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetExportRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetExportRequest {
            accepts: self.accepts,
            export_type: self
                .export_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetExportRequest",
                        "export_type",
                    ),
                )?,
            parameters: self.parameters,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetExportRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing("GetExportRequest", "stage_name"),
                )?,
        })
    }
}
/// A builder for [`GetGatewayResponseRequest`](crate::types::GetGatewayResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetGatewayResponseRequestBuilder {
    pub(crate) response_type: ::std::option::Option<crate::types::GatewayResponseType>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetGatewayResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetGatewayResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl GetGatewayResponseRequestBuilder {
    /// See [`GetGatewayResponseRequest::response_type`](crate::types::GetGatewayResponseRequest::response_type).
    pub fn response_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response_type`](Self::response_type).
    pub fn set_response_type(
        mut self,
        input: ::std::option::Option<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = input;
        self
    }
    /// See [`GetGatewayResponseRequest::rest_api_id`](crate::types::GetGatewayResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetGatewayResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetGatewayResponseRequest {
            response_type: self
                .response_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetGatewayResponseRequest",
                        "response_type",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetGatewayResponseRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetGatewayResponsesRequest`](crate::types::GetGatewayResponsesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetGatewayResponsesRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetGatewayResponsesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetGatewayResponsesRequestBuilder").finish_non_exhaustive()
    }
}
impl GetGatewayResponsesRequestBuilder {
    /// See [`GetGatewayResponsesRequest::limit`](crate::types::GetGatewayResponsesRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetGatewayResponsesRequest::position`](crate::types::GetGatewayResponsesRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetGatewayResponsesRequest::rest_api_id`](crate::types::GetGatewayResponsesRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetGatewayResponsesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetGatewayResponsesRequest {
            limit: self.limit,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetGatewayResponsesRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetIntegrationRequest`](crate::types::GetIntegrationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetIntegrationRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetIntegrationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetIntegrationRequestBuilder").finish_non_exhaustive()
    }
}
impl GetIntegrationRequestBuilder {
    /// See [`GetIntegrationRequest::http_method`](crate::types::GetIntegrationRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`GetIntegrationRequest::resource_id`](crate::types::GetIntegrationRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`GetIntegrationRequest::rest_api_id`](crate::types::GetIntegrationRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetIntegrationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetIntegrationRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetIntegrationRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetIntegrationRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetIntegrationRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetIntegrationResponseRequest`](crate::types::GetIntegrationResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetIntegrationResponseRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetIntegrationResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetIntegrationResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl GetIntegrationResponseRequestBuilder {
    /// See [`GetIntegrationResponseRequest::http_method`](crate::types::GetIntegrationResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`GetIntegrationResponseRequest::resource_id`](crate::types::GetIntegrationResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`GetIntegrationResponseRequest::rest_api_id`](crate::types::GetIntegrationResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`GetIntegrationResponseRequest::status_code`](crate::types::GetIntegrationResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetIntegrationResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetIntegrationResponseRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetIntegrationResponseRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetIntegrationResponseRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetIntegrationResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetIntegrationResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetMethodRequest`](crate::types::GetMethodRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetMethodRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetMethodRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMethodRequestBuilder").finish_non_exhaustive()
    }
}
impl GetMethodRequestBuilder {
    /// See [`GetMethodRequest::http_method`](crate::types::GetMethodRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`GetMethodRequest::resource_id`](crate::types::GetMethodRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`GetMethodRequest::rest_api_id`](crate::types::GetMethodRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetMethodRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetMethodRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetMethodRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetMethodRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetMethodRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetMethodResponseRequest`](crate::types::GetMethodResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetMethodResponseRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetMethodResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMethodResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl GetMethodResponseRequestBuilder {
    /// See [`GetMethodResponseRequest::http_method`](crate::types::GetMethodResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`GetMethodResponseRequest::resource_id`](crate::types::GetMethodResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`GetMethodResponseRequest::rest_api_id`](crate::types::GetMethodResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`GetMethodResponseRequest::status_code`](crate::types::GetMethodResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetMethodResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetMethodResponseRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetMethodResponseRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetMethodResponseRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetMethodResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetMethodResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetModelRequest`](crate::types::GetModelRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetModelRequestBuilder {
    pub(crate) flatten: ::std::option::Option<bool>,
    pub(crate) model_name: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetModelRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetModelRequestBuilder").finish_non_exhaustive()
    }
}
impl GetModelRequestBuilder {
    /// See [`GetModelRequest::flatten`](crate::types::GetModelRequest::flatten).
    pub fn flatten(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.flatten = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`flatten`](Self::flatten).
    pub fn set_flatten(mut self, input: ::std::option::Option<bool>) -> Self {
        self.flatten = input;
        self
    }
    /// See [`GetModelRequest::model_name`](crate::types::GetModelRequest::model_name).
    pub fn model_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`model_name`](Self::model_name).
    pub fn set_model_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.model_name = input;
        self
    }
    /// See [`GetModelRequest::rest_api_id`](crate::types::GetModelRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetModelRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetModelRequest {
            flatten: self.flatten,
            model_name: self
                .model_name
                .ok_or(
                    crate::runtime::BuildError::missing("GetModelRequest", "model_name"),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing("GetModelRequest", "rest_api_id"),
                )?,
        })
    }
}
/// A builder for [`GetModelTemplateRequest`](crate::types::GetModelTemplateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetModelTemplateRequestBuilder {
    pub(crate) model_name: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetModelTemplateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetModelTemplateRequestBuilder").finish_non_exhaustive()
    }
}
impl GetModelTemplateRequestBuilder {
    /// See [`GetModelTemplateRequest::model_name`](crate::types::GetModelTemplateRequest::model_name).
    pub fn model_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`model_name`](Self::model_name).
    pub fn set_model_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.model_name = input;
        self
    }
    /// See [`GetModelTemplateRequest::rest_api_id`](crate::types::GetModelTemplateRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetModelTemplateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetModelTemplateRequest {
            model_name: self
                .model_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetModelTemplateRequest",
                        "model_name",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetModelTemplateRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetModelsRequest`](crate::types::GetModelsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetModelsRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetModelsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetModelsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetModelsRequestBuilder {
    /// See [`GetModelsRequest::limit`](crate::types::GetModelsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetModelsRequest::position`](crate::types::GetModelsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetModelsRequest::rest_api_id`](crate::types::GetModelsRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetModelsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetModelsRequest {
            limit: self.limit,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetModelsRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetRequestValidatorRequest`](crate::types::GetRequestValidatorRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetRequestValidatorRequestBuilder {
    pub(crate) request_validator_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetRequestValidatorRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRequestValidatorRequestBuilder").finish_non_exhaustive()
    }
}
impl GetRequestValidatorRequestBuilder {
    /// See [`GetRequestValidatorRequest::request_validator_id`](crate::types::GetRequestValidatorRequest::request_validator_id).
    pub fn request_validator_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_validator_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`request_validator_id`](Self::request_validator_id).
    pub fn set_request_validator_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request_validator_id = input;
        self
    }
    /// See [`GetRequestValidatorRequest::rest_api_id`](crate::types::GetRequestValidatorRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetRequestValidatorRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetRequestValidatorRequest {
            request_validator_id: self
                .request_validator_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetRequestValidatorRequest",
                        "request_validator_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetRequestValidatorRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetRequestValidatorsRequest`](crate::types::GetRequestValidatorsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetRequestValidatorsRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetRequestValidatorsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRequestValidatorsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetRequestValidatorsRequestBuilder {
    /// See [`GetRequestValidatorsRequest::limit`](crate::types::GetRequestValidatorsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetRequestValidatorsRequest::position`](crate::types::GetRequestValidatorsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetRequestValidatorsRequest::rest_api_id`](crate::types::GetRequestValidatorsRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetRequestValidatorsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetRequestValidatorsRequest {
            limit: self.limit,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetRequestValidatorsRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetResourceRequest`](crate::types::GetResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetResourceRequestBuilder {
    pub(crate) embed: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl GetResourceRequestBuilder {
    /// See [`GetResourceRequest::embed`](crate::types::GetResourceRequest::embed).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn embed(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.embed.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`embed`](Self::embed).
    pub fn set_embed(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.embed = input;
        self
    }
    /// See [`GetResourceRequest::resource_id`](crate::types::GetResourceRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`GetResourceRequest::rest_api_id`](crate::types::GetResourceRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetResourceRequest {
            embed: self.embed,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetResourceRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetResourceRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetResourcesRequest`](crate::types::GetResourcesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetResourcesRequestBuilder {
    pub(crate) embed: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetResourcesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetResourcesRequestBuilder").finish_non_exhaustive()
    }
}
impl GetResourcesRequestBuilder {
    /// See [`GetResourcesRequest::embed`](crate::types::GetResourcesRequest::embed).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn embed(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.embed.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`embed`](Self::embed).
    pub fn set_embed(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.embed = input;
        self
    }
    /// See [`GetResourcesRequest::limit`](crate::types::GetResourcesRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetResourcesRequest::position`](crate::types::GetResourcesRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetResourcesRequest::rest_api_id`](crate::types::GetResourcesRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetResourcesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetResourcesRequest {
            embed: self.embed,
            limit: self.limit,
            position: self.position,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetResourcesRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetRestApiRequest`](crate::types::GetRestApiRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetRestApiRequestBuilder {
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetRestApiRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRestApiRequestBuilder").finish_non_exhaustive()
    }
}
impl GetRestApiRequestBuilder {
    /// See [`GetRestApiRequest::rest_api_id`](crate::types::GetRestApiRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetRestApiRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetRestApiRequest {
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetRestApiRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetRestApisRequest`](crate::types::GetRestApisRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetRestApisRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetRestApisRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRestApisRequestBuilder").finish_non_exhaustive()
    }
}
impl GetRestApisRequestBuilder {
    /// See [`GetRestApisRequest::limit`](crate::types::GetRestApisRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetRestApisRequest::position`](crate::types::GetRestApisRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetRestApisRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetRestApisRequest {
            limit: self.limit,
            position: self.position,
        })
    }
}
/// A builder for [`GetSdkRequest`](crate::types::GetSdkRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetSdkRequestBuilder {
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) sdk_type: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetSdkRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSdkRequestBuilder").finish_non_exhaustive()
    }
}
impl GetSdkRequestBuilder {
    /// See [`GetSdkRequest::parameters`](crate::types::GetSdkRequest::parameters).
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
    /// See [`GetSdkRequest::rest_api_id`](crate::types::GetSdkRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`GetSdkRequest::sdk_type`](crate::types::GetSdkRequest::sdk_type).
    pub fn sdk_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sdk_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sdk_type`](Self::sdk_type).
    pub fn set_sdk_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sdk_type = input;
        self
    }
    /// See [`GetSdkRequest::stage_name`](crate::types::GetSdkRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::GetSdkRequest, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::GetSdkRequest {
            parameters: self.parameters,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing("GetSdkRequest", "rest_api_id"),
                )?,
            sdk_type: self
                .sdk_type
                .ok_or(
                    crate::runtime::BuildError::missing("GetSdkRequest", "sdk_type"),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing("GetSdkRequest", "stage_name"),
                )?,
        })
    }
}
/// A builder for [`GetSdkTypeRequest`](crate::types::GetSdkTypeRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetSdkTypeRequestBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetSdkTypeRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSdkTypeRequestBuilder").finish_non_exhaustive()
    }
}
impl GetSdkTypeRequestBuilder {
    /// See [`GetSdkTypeRequest::id`](crate::types::GetSdkTypeRequest::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetSdkTypeRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetSdkTypeRequest {
            id: self
                .id
                .ok_or(crate::runtime::BuildError::missing("GetSdkTypeRequest", "id"))?,
        })
    }
}
/// A builder for [`GetSdkTypesRequest`](crate::types::GetSdkTypesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetSdkTypesRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetSdkTypesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSdkTypesRequestBuilder").finish_non_exhaustive()
    }
}
impl GetSdkTypesRequestBuilder {
    /// See [`GetSdkTypesRequest::limit`](crate::types::GetSdkTypesRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetSdkTypesRequest::position`](crate::types::GetSdkTypesRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetSdkTypesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetSdkTypesRequest {
            limit: self.limit,
            position: self.position,
        })
    }
}
/// A builder for [`GetStageRequest`](crate::types::GetStageRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetStageRequestBuilder {
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetStageRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetStageRequestBuilder").finish_non_exhaustive()
    }
}
impl GetStageRequestBuilder {
    /// See [`GetStageRequest::rest_api_id`](crate::types::GetStageRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`GetStageRequest::stage_name`](crate::types::GetStageRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetStageRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetStageRequest {
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing("GetStageRequest", "rest_api_id"),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing("GetStageRequest", "stage_name"),
                )?,
        })
    }
}
/// A builder for [`GetStagesRequest`](crate::types::GetStagesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetStagesRequestBuilder {
    pub(crate) deployment_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetStagesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetStagesRequestBuilder").finish_non_exhaustive()
    }
}
impl GetStagesRequestBuilder {
    /// See [`GetStagesRequest::deployment_id`](crate::types::GetStagesRequest::deployment_id).
    pub fn deployment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deployment_id`](Self::deployment_id).
    pub fn set_deployment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.deployment_id = input;
        self
    }
    /// See [`GetStagesRequest::rest_api_id`](crate::types::GetStagesRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetStagesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetStagesRequest {
            deployment_id: self.deployment_id,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetStagesRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetTagsRequest`](crate::types::GetTagsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetTagsRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) resource_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetTagsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetTagsRequestBuilder").finish_non_exhaustive()
    }
}
impl GetTagsRequestBuilder {
    /// See [`GetTagsRequest::limit`](crate::types::GetTagsRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetTagsRequest::position`](crate::types::GetTagsRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetTagsRequest::resource_arn`](crate::types::GetTagsRequest::resource_arn).
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
        crate::types::GetTagsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetTagsRequest {
            limit: self.limit,
            position: self.position,
            resource_arn: self
                .resource_arn
                .ok_or(
                    crate::runtime::BuildError::missing("GetTagsRequest", "resource_arn"),
                )?,
        })
    }
}
/// A builder for [`GetUsagePlanKeyRequest`](crate::types::GetUsagePlanKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetUsagePlanKeyRequestBuilder {
    pub(crate) key_id: ::std::option::Option<::std::string::String>,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetUsagePlanKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUsagePlanKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl GetUsagePlanKeyRequestBuilder {
    /// See [`GetUsagePlanKeyRequest::key_id`](crate::types::GetUsagePlanKeyRequest::key_id).
    pub fn key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_id`](Self::key_id).
    pub fn set_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_id = input;
        self
    }
    /// See [`GetUsagePlanKeyRequest::usage_plan_id`](crate::types::GetUsagePlanKeyRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetUsagePlanKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetUsagePlanKeyRequest {
            key_id: self
                .key_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetUsagePlanKeyRequest",
                        "key_id",
                    ),
                )?,
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetUsagePlanKeyRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetUsagePlanKeysRequest`](crate::types::GetUsagePlanKeysRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetUsagePlanKeysRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) name_query: ::std::option::Option<::std::string::String>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetUsagePlanKeysRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUsagePlanKeysRequestBuilder").finish_non_exhaustive()
    }
}
impl GetUsagePlanKeysRequestBuilder {
    /// See [`GetUsagePlanKeysRequest::limit`](crate::types::GetUsagePlanKeysRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetUsagePlanKeysRequest::name_query`](crate::types::GetUsagePlanKeysRequest::name_query).
    pub fn name_query(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_query = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name_query`](Self::name_query).
    pub fn set_name_query(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name_query = input;
        self
    }
    /// See [`GetUsagePlanKeysRequest::position`](crate::types::GetUsagePlanKeysRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetUsagePlanKeysRequest::usage_plan_id`](crate::types::GetUsagePlanKeysRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetUsagePlanKeysRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetUsagePlanKeysRequest {
            limit: self.limit,
            name_query: self.name_query,
            position: self.position,
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetUsagePlanKeysRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetUsagePlanRequest`](crate::types::GetUsagePlanRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetUsagePlanRequestBuilder {
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetUsagePlanRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUsagePlanRequestBuilder").finish_non_exhaustive()
    }
}
impl GetUsagePlanRequestBuilder {
    /// See [`GetUsagePlanRequest::usage_plan_id`](crate::types::GetUsagePlanRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetUsagePlanRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetUsagePlanRequest {
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetUsagePlanRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetUsagePlansRequest`](crate::types::GetUsagePlansRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetUsagePlansRequestBuilder {
    pub(crate) key_id: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetUsagePlansRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUsagePlansRequestBuilder").finish_non_exhaustive()
    }
}
impl GetUsagePlansRequestBuilder {
    /// See [`GetUsagePlansRequest::key_id`](crate::types::GetUsagePlansRequest::key_id).
    pub fn key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_id`](Self::key_id).
    pub fn set_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_id = input;
        self
    }
    /// See [`GetUsagePlansRequest::limit`](crate::types::GetUsagePlansRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetUsagePlansRequest::position`](crate::types::GetUsagePlansRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetUsagePlansRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetUsagePlansRequest {
            key_id: self.key_id,
            limit: self.limit,
            position: self.position,
        })
    }
}
/// A builder for [`GetUsageRequest`](crate::types::GetUsageRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetUsageRequestBuilder {
    pub(crate) end_date: ::std::option::Option<::std::string::String>,
    pub(crate) key_id: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<::std::string::String>,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetUsageRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetUsageRequestBuilder").finish_non_exhaustive()
    }
}
impl GetUsageRequestBuilder {
    /// See [`GetUsageRequest::end_date`](crate::types::GetUsageRequest::end_date).
    pub fn end_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_date`](Self::end_date).
    pub fn set_end_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.end_date = input;
        self
    }
    /// See [`GetUsageRequest::key_id`](crate::types::GetUsageRequest::key_id).
    pub fn key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_id`](Self::key_id).
    pub fn set_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_id = input;
        self
    }
    /// See [`GetUsageRequest::limit`](crate::types::GetUsageRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetUsageRequest::position`](crate::types::GetUsageRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`GetUsageRequest::start_date`](crate::types::GetUsageRequest::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// See [`GetUsageRequest::usage_plan_id`](crate::types::GetUsageRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetUsageRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetUsageRequest {
            end_date: self
                .end_date
                .ok_or(
                    crate::runtime::BuildError::missing("GetUsageRequest", "end_date"),
                )?,
            key_id: self.key_id,
            limit: self.limit,
            position: self.position,
            start_date: self
                .start_date
                .ok_or(
                    crate::runtime::BuildError::missing("GetUsageRequest", "start_date"),
                )?,
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetUsageRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetVpcLinkRequest`](crate::types::GetVpcLinkRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVpcLinkRequestBuilder {
    pub(crate) vpc_link_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetVpcLinkRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVpcLinkRequestBuilder").finish_non_exhaustive()
    }
}
impl GetVpcLinkRequestBuilder {
    /// See [`GetVpcLinkRequest::vpc_link_id`](crate::types::GetVpcLinkRequest::vpc_link_id).
    pub fn vpc_link_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_link_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_link_id`](Self::vpc_link_id).
    pub fn set_vpc_link_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vpc_link_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVpcLinkRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVpcLinkRequest {
            vpc_link_id: self
                .vpc_link_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetVpcLinkRequest",
                        "vpc_link_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetVpcLinksRequest`](crate::types::GetVpcLinksRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVpcLinksRequestBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetVpcLinksRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVpcLinksRequestBuilder").finish_non_exhaustive()
    }
}
impl GetVpcLinksRequestBuilder {
    /// See [`GetVpcLinksRequest::limit`](crate::types::GetVpcLinksRequest::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`GetVpcLinksRequest::position`](crate::types::GetVpcLinksRequest::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVpcLinksRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVpcLinksRequest {
            limit: self.limit,
            position: self.position,
        })
    }
}
/// A builder for [`ImportApiKeysRequest`](crate::types::ImportApiKeysRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImportApiKeysRequestBuilder {
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) fail_on_warnings: ::std::option::Option<bool>,
    pub(crate) format: ::std::option::Option<crate::types::ApiKeysFormat>,
}
impl ::std::fmt::Debug for ImportApiKeysRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportApiKeysRequestBuilder").finish_non_exhaustive()
    }
}
impl ImportApiKeysRequestBuilder {
    /// See [`ImportApiKeysRequest::body`](crate::types::ImportApiKeysRequest::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`ImportApiKeysRequest::fail_on_warnings`](crate::types::ImportApiKeysRequest::fail_on_warnings).
    pub fn fail_on_warnings(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.fail_on_warnings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fail_on_warnings`](Self::fail_on_warnings).
    pub fn set_fail_on_warnings(mut self, input: ::std::option::Option<bool>) -> Self {
        self.fail_on_warnings = input;
        self
    }
    /// See [`ImportApiKeysRequest::format`](crate::types::ImportApiKeysRequest::format).
    pub fn format(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiKeysFormat>,
    ) -> Self {
        self.format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`format`](Self::format).
    pub fn set_format(
        mut self,
        input: ::std::option::Option<crate::types::ApiKeysFormat>,
    ) -> Self {
        self.format = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImportApiKeysRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImportApiKeysRequest {
            body: self
                .body
                .ok_or(
                    crate::runtime::BuildError::missing("ImportApiKeysRequest", "body"),
                )?,
            fail_on_warnings: self.fail_on_warnings,
            format: self
                .format
                .ok_or(
                    crate::runtime::BuildError::missing("ImportApiKeysRequest", "format"),
                )?,
        })
    }
}
/// A builder for [`ImportDocumentationPartsRequest`](crate::types::ImportDocumentationPartsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImportDocumentationPartsRequestBuilder {
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) fail_on_warnings: ::std::option::Option<bool>,
    pub(crate) mode: ::std::option::Option<crate::types::PutMode>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ImportDocumentationPartsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportDocumentationPartsRequestBuilder").finish_non_exhaustive()
    }
}
impl ImportDocumentationPartsRequestBuilder {
    /// See [`ImportDocumentationPartsRequest::body`](crate::types::ImportDocumentationPartsRequest::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`ImportDocumentationPartsRequest::fail_on_warnings`](crate::types::ImportDocumentationPartsRequest::fail_on_warnings).
    pub fn fail_on_warnings(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.fail_on_warnings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fail_on_warnings`](Self::fail_on_warnings).
    pub fn set_fail_on_warnings(mut self, input: ::std::option::Option<bool>) -> Self {
        self.fail_on_warnings = input;
        self
    }
    /// See [`ImportDocumentationPartsRequest::mode`](crate::types::ImportDocumentationPartsRequest::mode).
    pub fn mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::PutMode>,
    ) -> Self {
        self.mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mode`](Self::mode).
    pub fn set_mode(
        mut self,
        input: ::std::option::Option<crate::types::PutMode>,
    ) -> Self {
        self.mode = input;
        self
    }
    /// See [`ImportDocumentationPartsRequest::rest_api_id`](crate::types::ImportDocumentationPartsRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImportDocumentationPartsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImportDocumentationPartsRequest {
            body: self
                .body
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ImportDocumentationPartsRequest",
                        "body",
                    ),
                )?,
            fail_on_warnings: self.fail_on_warnings,
            mode: self.mode,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ImportDocumentationPartsRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`ImportRestApiRequest`](crate::types::ImportRestApiRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ImportRestApiRequestBuilder {
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) fail_on_warnings: ::std::option::Option<bool>,
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ImportRestApiRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImportRestApiRequestBuilder").finish_non_exhaustive()
    }
}
impl ImportRestApiRequestBuilder {
    /// See [`ImportRestApiRequest::body`](crate::types::ImportRestApiRequest::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`ImportRestApiRequest::fail_on_warnings`](crate::types::ImportRestApiRequest::fail_on_warnings).
    pub fn fail_on_warnings(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.fail_on_warnings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fail_on_warnings`](Self::fail_on_warnings).
    pub fn set_fail_on_warnings(mut self, input: ::std::option::Option<bool>) -> Self {
        self.fail_on_warnings = input;
        self
    }
    /// See [`ImportRestApiRequest::parameters`](crate::types::ImportRestApiRequest::parameters).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ImportRestApiRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ImportRestApiRequest {
            body: self
                .body
                .ok_or(
                    crate::runtime::BuildError::missing("ImportRestApiRequest", "body"),
                )?,
            fail_on_warnings: self.fail_on_warnings,
            parameters: self.parameters,
        })
    }
}
/// A builder for [`Integration`](crate::types::Integration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IntegrationBuilder {
    pub(crate) cache_key_parameters: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) cache_namespace: ::std::option::Option<::std::string::String>,
    pub(crate) connection_id: ::std::option::Option<::std::string::String>,
    pub(crate) connection_type: ::std::option::Option<crate::types::ConnectionType>,
    pub(crate) content_handling: ::std::option::Option<
        crate::types::ContentHandlingStrategy,
    >,
    pub(crate) credentials: ::std::option::Option<::std::string::String>,
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) integration_responses: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            crate::types::IntegrationResponse,
        >,
    >,
    pub(crate) passthrough_behavior: ::std::option::Option<::std::string::String>,
    pub(crate) request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) request_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) timeout_in_millis: ::std::option::Option<i64>,
    pub(crate) tls_config: ::std::option::Option<crate::types::TlsConfig>,
    pub(crate) r#type: ::std::option::Option<crate::types::IntegrationType>,
    pub(crate) uri: ::std::option::Option<::std::string::String>,
    pub(crate) integration_target: ::std::option::Option<::std::string::String>,
    pub(crate) response_transfer_mode: ::std::option::Option<
        crate::types::ResponseTransferMode,
    >,
}
impl ::std::fmt::Debug for IntegrationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IntegrationBuilder").finish_non_exhaustive()
    }
}
impl IntegrationBuilder {
    /// See [`Integration::cache_key_parameters`](crate::types::Integration::cache_key_parameters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cache_key_parameters(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_key_parameters
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`cache_key_parameters`](Self::cache_key_parameters).
    pub fn set_cache_key_parameters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.cache_key_parameters = input;
        self
    }
    /// See [`Integration::cache_namespace`](crate::types::Integration::cache_namespace).
    pub fn cache_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_namespace`](Self::cache_namespace).
    pub fn set_cache_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cache_namespace = input;
        self
    }
    /// See [`Integration::connection_id`](crate::types::Integration::connection_id).
    pub fn connection_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.connection_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`connection_id`](Self::connection_id).
    pub fn set_connection_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.connection_id = input;
        self
    }
    /// See [`Integration::connection_type`](crate::types::Integration::connection_type).
    pub fn connection_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConnectionType>,
    ) -> Self {
        self.connection_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`connection_type`](Self::connection_type).
    pub fn set_connection_type(
        mut self,
        input: ::std::option::Option<crate::types::ConnectionType>,
    ) -> Self {
        self.connection_type = input;
        self
    }
    /// See [`Integration::content_handling`](crate::types::Integration::content_handling).
    pub fn content_handling(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_handling`](Self::content_handling).
    pub fn set_content_handling(
        mut self,
        input: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = input;
        self
    }
    /// See [`Integration::credentials`](crate::types::Integration::credentials).
    pub fn credentials(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`credentials`](Self::credentials).
    pub fn set_credentials(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.credentials = input;
        self
    }
    /// See [`Integration::http_method`](crate::types::Integration::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`Integration::integration_responses`](crate::types::Integration::integration_responses).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn integration_responses(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::IntegrationResponse>,
    ) -> Self {
        self.integration_responses
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`integration_responses`](Self::integration_responses).
    pub fn set_integration_responses(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::IntegrationResponse,
            >,
        >,
    ) -> Self {
        self.integration_responses = input;
        self
    }
    /// See [`Integration::passthrough_behavior`](crate::types::Integration::passthrough_behavior).
    pub fn passthrough_behavior(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.passthrough_behavior = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`passthrough_behavior`](Self::passthrough_behavior).
    pub fn set_passthrough_behavior(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.passthrough_behavior = input;
        self
    }
    /// See [`Integration::request_parameters`](crate::types::Integration::request_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_parameters`](Self::request_parameters).
    pub fn set_request_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.request_parameters = input;
        self
    }
    /// See [`Integration::request_templates`](crate::types::Integration::request_templates).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_templates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_templates
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_templates`](Self::request_templates).
    pub fn set_request_templates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.request_templates = input;
        self
    }
    /// See [`Integration::timeout_in_millis`](crate::types::Integration::timeout_in_millis).
    pub fn timeout_in_millis(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout_in_millis = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_in_millis`](Self::timeout_in_millis).
    pub fn set_timeout_in_millis(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout_in_millis = input;
        self
    }
    /// See [`Integration::tls_config`](crate::types::Integration::tls_config).
    pub fn tls_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TlsConfig>,
    ) -> Self {
        self.tls_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tls_config`](Self::tls_config).
    pub fn set_tls_config(
        mut self,
        input: ::std::option::Option<crate::types::TlsConfig>,
    ) -> Self {
        self.tls_config = input;
        self
    }
    /// See [`Integration::type`](crate::types::Integration::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegrationType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::IntegrationType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`Integration::uri`](crate::types::Integration::uri).
    pub fn uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uri`](Self::uri).
    pub fn set_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uri = input;
        self
    }
    /// See [`Integration::integration_target`](crate::types::Integration::integration_target).
    pub fn integration_target(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.integration_target = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`integration_target`](Self::integration_target).
    pub fn set_integration_target(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.integration_target = input;
        self
    }
    /// See [`Integration::response_transfer_mode`](crate::types::Integration::response_transfer_mode).
    pub fn response_transfer_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResponseTransferMode>,
    ) -> Self {
        self.response_transfer_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response_transfer_mode`](Self::response_transfer_mode).
    pub fn set_response_transfer_mode(
        mut self,
        input: ::std::option::Option<crate::types::ResponseTransferMode>,
    ) -> Self {
        self.response_transfer_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Integration, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Integration {
            cache_key_parameters: self.cache_key_parameters,
            cache_namespace: self.cache_namespace,
            connection_id: self.connection_id,
            connection_type: self.connection_type,
            content_handling: self.content_handling,
            credentials: self.credentials,
            http_method: self.http_method,
            integration_responses: self.integration_responses,
            passthrough_behavior: self.passthrough_behavior,
            request_parameters: self.request_parameters,
            request_templates: self.request_templates,
            timeout_in_millis: self.timeout_in_millis,
            tls_config: self.tls_config,
            r#type: self.r#type,
            uri: self.uri,
            integration_target: self.integration_target,
            response_transfer_mode: self.response_transfer_mode,
        })
    }
}
/// A builder for [`IntegrationResponse`](crate::types::IntegrationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IntegrationResponseBuilder {
    pub(crate) content_handling: ::std::option::Option<
        crate::types::ContentHandlingStrategy,
    >,
    pub(crate) response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) selection_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for IntegrationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IntegrationResponseBuilder").finish_non_exhaustive()
    }
}
impl IntegrationResponseBuilder {
    /// See [`IntegrationResponse::content_handling`](crate::types::IntegrationResponse::content_handling).
    pub fn content_handling(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_handling`](Self::content_handling).
    pub fn set_content_handling(
        mut self,
        input: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = input;
        self
    }
    /// See [`IntegrationResponse::response_parameters`](crate::types::IntegrationResponse::response_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_parameters`](Self::response_parameters).
    pub fn set_response_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// See [`IntegrationResponse::response_templates`](crate::types::IntegrationResponse::response_templates).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_templates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_templates
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_templates`](Self::response_templates).
    pub fn set_response_templates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_templates = input;
        self
    }
    /// See [`IntegrationResponse::selection_pattern`](crate::types::IntegrationResponse::selection_pattern).
    pub fn selection_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.selection_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`selection_pattern`](Self::selection_pattern).
    pub fn set_selection_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.selection_pattern = input;
        self
    }
    /// See [`IntegrationResponse::status_code`](crate::types::IntegrationResponse::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::IntegrationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::IntegrationResponse {
            content_handling: self.content_handling,
            response_parameters: self.response_parameters,
            response_templates: self.response_templates,
            selection_pattern: self.selection_pattern,
            status_code: self.status_code,
        })
    }
}
/// A builder for [`JwtAdditionalClaim`](crate::types::JwtAdditionalClaim).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JwtAdditionalClaimBuilder {
    pub(crate) claim_name: ::std::option::Option<::std::string::String>,
    pub(crate) expected_values: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) format: ::std::option::Option<crate::types::JwtClaimFormat>,
    pub(crate) required: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for JwtAdditionalClaimBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JwtAdditionalClaimBuilder").finish_non_exhaustive()
    }
}
impl JwtAdditionalClaimBuilder {
    /// See [`JwtAdditionalClaim::claim_name`](crate::types::JwtAdditionalClaim::claim_name).
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
    /// See [`JwtAdditionalClaim::expected_values`](crate::types::JwtAdditionalClaim::expected_values).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn expected_values(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expected_values.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`expected_values`](Self::expected_values).
    pub fn set_expected_values(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.expected_values = input;
        self
    }
    /// See [`JwtAdditionalClaim::format`](crate::types::JwtAdditionalClaim::format).
    pub fn format(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtClaimFormat>,
    ) -> Self {
        self.format = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`format`](Self::format).
    pub fn set_format(
        mut self,
        input: ::std::option::Option<crate::types::JwtClaimFormat>,
    ) -> Self {
        self.format = input;
        self
    }
    /// See [`JwtAdditionalClaim::required`](crate::types::JwtAdditionalClaim::required).
    pub fn required(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.required = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`required`](Self::required).
    pub fn set_required(mut self, input: ::std::option::Option<bool>) -> Self {
        self.required = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::JwtAdditionalClaim,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::JwtAdditionalClaim {
            claim_name: self
                .claim_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JwtAdditionalClaim",
                        "claim_name",
                    ),
                )?,
            expected_values: self.expected_values,
            format: self
                .format
                .ok_or(
                    crate::runtime::BuildError::missing("JwtAdditionalClaim", "format"),
                )?,
            required: self.required,
        })
    }
}
/// A builder for [`JwtConfiguration`](crate::types::JwtConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JwtConfigurationBuilder {
    pub(crate) default_algorithms: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtSigningAlgorithm>,
    >,
    pub(crate) issuers: ::std::option::Option<::std::vec::Vec<crate::types::JwtIssuer>>,
}
impl ::std::fmt::Debug for JwtConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JwtConfigurationBuilder").finish_non_exhaustive()
    }
}
impl JwtConfigurationBuilder {
    /// See [`JwtConfiguration::default_algorithms`](crate::types::JwtConfiguration::default_algorithms).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn default_algorithms(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtSigningAlgorithm>,
    ) -> Self {
        self.default_algorithms
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`default_algorithms`](Self::default_algorithms).
    pub fn set_default_algorithms(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JwtSigningAlgorithm>>,
    ) -> Self {
        self.default_algorithms = input;
        self
    }
    /// See [`JwtConfiguration::issuers`](crate::types::JwtConfiguration::issuers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn issuers(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtIssuer>,
    ) -> Self {
        self.issuers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`issuers`](Self::issuers).
    pub fn set_issuers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JwtIssuer>>,
    ) -> Self {
        self.issuers = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::JwtConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::JwtConfiguration {
            default_algorithms: self.default_algorithms,
            issuers: self.issuers,
        })
    }
}
/// A builder for [`JwtConfigurationInput`](crate::types::JwtConfigurationInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JwtConfigurationInputBuilder {
    pub(crate) default_algorithms: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtSigningAlgorithm>,
    >,
    pub(crate) issuers: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtIssuerInput>,
    >,
}
impl ::std::fmt::Debug for JwtConfigurationInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JwtConfigurationInputBuilder").finish_non_exhaustive()
    }
}
impl JwtConfigurationInputBuilder {
    /// See [`JwtConfigurationInput::default_algorithms`](crate::types::JwtConfigurationInput::default_algorithms).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn default_algorithms(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtSigningAlgorithm>,
    ) -> Self {
        self.default_algorithms
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`default_algorithms`](Self::default_algorithms).
    pub fn set_default_algorithms(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JwtSigningAlgorithm>>,
    ) -> Self {
        self.default_algorithms = input;
        self
    }
    /// See [`JwtConfigurationInput::issuers`](crate::types::JwtConfigurationInput::issuers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn issuers(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtIssuerInput>,
    ) -> Self {
        self.issuers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`issuers`](Self::issuers).
    pub fn set_issuers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JwtIssuerInput>>,
    ) -> Self {
        self.issuers = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::JwtConfigurationInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::JwtConfigurationInput {
            default_algorithms: self
                .default_algorithms
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JwtConfigurationInput",
                        "default_algorithms",
                    ),
                )?,
            issuers: self
                .issuers
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "JwtConfigurationInput",
                        "issuers",
                    ),
                )?,
        })
    }
}
/// A builder for [`JwtIssuer`](crate::types::JwtIssuer).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JwtIssuerBuilder {
    pub(crate) additional_claims: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtAdditionalClaim>,
    >,
    pub(crate) audiences: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) issuer: ::std::option::Option<::std::string::String>,
    pub(crate) jwks_uri: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for JwtIssuerBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JwtIssuerBuilder").finish_non_exhaustive()
    }
}
impl JwtIssuerBuilder {
    /// See [`JwtIssuer::additional_claims`](crate::types::JwtIssuer::additional_claims).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn additional_claims(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtAdditionalClaim>,
    ) -> Self {
        self.additional_claims
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`additional_claims`](Self::additional_claims).
    pub fn set_additional_claims(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JwtAdditionalClaim>>,
    ) -> Self {
        self.additional_claims = input;
        self
    }
    /// See [`JwtIssuer::audiences`](crate::types::JwtIssuer::audiences).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn audiences(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.audiences.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`audiences`](Self::audiences).
    pub fn set_audiences(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.audiences = input;
        self
    }
    /// See [`JwtIssuer::issuer`](crate::types::JwtIssuer::issuer).
    pub fn issuer(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuer = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`issuer`](Self::issuer).
    pub fn set_issuer(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.issuer = input;
        self
    }
    /// See [`JwtIssuer::jwks_uri`](crate::types::JwtIssuer::jwks_uri).
    pub fn jwks_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.jwks_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`jwks_uri`](Self::jwks_uri).
    pub fn set_jwks_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.jwks_uri = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::JwtIssuer, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::JwtIssuer {
            additional_claims: self.additional_claims,
            audiences: self.audiences,
            issuer: self.issuer,
            jwks_uri: self.jwks_uri,
        })
    }
}
/// A builder for [`JwtIssuerInput`](crate::types::JwtIssuerInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JwtIssuerInputBuilder {
    pub(crate) additional_claims: ::std::option::Option<
        ::std::vec::Vec<crate::types::JwtAdditionalClaim>,
    >,
    pub(crate) audiences: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) issuer: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for JwtIssuerInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JwtIssuerInputBuilder").finish_non_exhaustive()
    }
}
impl JwtIssuerInputBuilder {
    /// See [`JwtIssuerInput::additional_claims`](crate::types::JwtIssuerInput::additional_claims).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn additional_claims(
        mut self,
        input: impl ::std::convert::Into<crate::types::JwtAdditionalClaim>,
    ) -> Self {
        self.additional_claims
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`additional_claims`](Self::additional_claims).
    pub fn set_additional_claims(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::JwtAdditionalClaim>>,
    ) -> Self {
        self.additional_claims = input;
        self
    }
    /// See [`JwtIssuerInput::audiences`](crate::types::JwtIssuerInput::audiences).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn audiences(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.audiences.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`audiences`](Self::audiences).
    pub fn set_audiences(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.audiences = input;
        self
    }
    /// See [`JwtIssuerInput::issuer`](crate::types::JwtIssuerInput::issuer).
    pub fn issuer(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuer = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`issuer`](Self::issuer).
    pub fn set_issuer(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.issuer = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::JwtIssuerInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::JwtIssuerInput {
            additional_claims: self.additional_claims,
            audiences: self
                .audiences
                .ok_or(
                    crate::runtime::BuildError::missing("JwtIssuerInput", "audiences"),
                )?,
            issuer: self
                .issuer
                .ok_or(crate::runtime::BuildError::missing("JwtIssuerInput", "issuer"))?,
        })
    }
}
/// A builder for [`Method`](crate::types::Method).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MethodBuilder {
    pub(crate) api_key_required: ::std::option::Option<bool>,
    pub(crate) authorization_scopes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) authorization_type: ::std::option::Option<::std::string::String>,
    pub(crate) authorizer_id: ::std::option::Option<::std::string::String>,
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) method_integration: ::std::option::Option<crate::types::Integration>,
    pub(crate) method_responses: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::MethodResponse>,
    >,
    pub(crate) operation_name: ::std::option::Option<::std::string::String>,
    pub(crate) request_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    pub(crate) request_validator_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MethodBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MethodBuilder").finish_non_exhaustive()
    }
}
impl MethodBuilder {
    /// See [`Method::api_key_required`](crate::types::Method::api_key_required).
    pub fn api_key_required(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.api_key_required = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key_required`](Self::api_key_required).
    pub fn set_api_key_required(mut self, input: ::std::option::Option<bool>) -> Self {
        self.api_key_required = input;
        self
    }
    /// See [`Method::authorization_scopes`](crate::types::Method::authorization_scopes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn authorization_scopes(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_scopes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`authorization_scopes`](Self::authorization_scopes).
    pub fn set_authorization_scopes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.authorization_scopes = input;
        self
    }
    /// See [`Method::authorization_type`](crate::types::Method::authorization_type).
    pub fn authorization_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorization_type`](Self::authorization_type).
    pub fn set_authorization_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorization_type = input;
        self
    }
    /// See [`Method::authorizer_id`](crate::types::Method::authorizer_id).
    pub fn authorizer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_id`](Self::authorizer_id).
    pub fn set_authorizer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_id = input;
        self
    }
    /// See [`Method::http_method`](crate::types::Method::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`Method::method_integration`](crate::types::Method::method_integration).
    pub fn method_integration(
        mut self,
        input: impl ::std::convert::Into<crate::types::Integration>,
    ) -> Self {
        self.method_integration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`method_integration`](Self::method_integration).
    pub fn set_method_integration(
        mut self,
        input: ::std::option::Option<crate::types::Integration>,
    ) -> Self {
        self.method_integration = input;
        self
    }
    /// See [`Method::method_responses`](crate::types::Method::method_responses).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn method_responses(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::MethodResponse>,
    ) -> Self {
        self.method_responses
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`method_responses`](Self::method_responses).
    pub fn set_method_responses(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::MethodResponse,
            >,
        >,
    ) -> Self {
        self.method_responses = input;
        self
    }
    /// See [`Method::operation_name`](crate::types::Method::operation_name).
    pub fn operation_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operation_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`operation_name`](Self::operation_name).
    pub fn set_operation_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.operation_name = input;
        self
    }
    /// See [`Method::request_models`](crate::types::Method::request_models).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_models(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_models
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_models`](Self::request_models).
    pub fn set_request_models(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.request_models = input;
        self
    }
    /// See [`Method::request_parameters`](crate::types::Method::request_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_parameters`](Self::request_parameters).
    pub fn set_request_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, bool>,
        >,
    ) -> Self {
        self.request_parameters = input;
        self
    }
    /// See [`Method::request_validator_id`](crate::types::Method::request_validator_id).
    pub fn request_validator_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_validator_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`request_validator_id`](Self::request_validator_id).
    pub fn set_request_validator_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request_validator_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Method, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Method {
            api_key_required: self.api_key_required,
            authorization_scopes: self.authorization_scopes,
            authorization_type: self.authorization_type,
            authorizer_id: self.authorizer_id,
            http_method: self.http_method,
            method_integration: self.method_integration,
            method_responses: self.method_responses,
            operation_name: self.operation_name,
            request_models: self.request_models,
            request_parameters: self.request_parameters,
            request_validator_id: self.request_validator_id,
        })
    }
}
/// A builder for [`MethodResponse`](crate::types::MethodResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MethodResponseBuilder {
    pub(crate) response_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MethodResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MethodResponseBuilder").finish_non_exhaustive()
    }
}
impl MethodResponseBuilder {
    /// See [`MethodResponse::response_models`](crate::types::MethodResponse::response_models).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_models(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_models
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_models`](Self::response_models).
    pub fn set_response_models(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_models = input;
        self
    }
    /// See [`MethodResponse::response_parameters`](crate::types::MethodResponse::response_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.response_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_parameters`](Self::response_parameters).
    pub fn set_response_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, bool>,
        >,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// See [`MethodResponse::status_code`](crate::types::MethodResponse::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MethodResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MethodResponse {
            response_models: self.response_models,
            response_parameters: self.response_parameters,
            status_code: self.status_code,
        })
    }
}
/// A builder for [`MethodSetting`](crate::types::MethodSetting).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MethodSettingBuilder {
    pub(crate) cache_data_encrypted: ::std::option::Option<bool>,
    pub(crate) cache_ttl_in_seconds: ::std::option::Option<i64>,
    pub(crate) caching_enabled: ::std::option::Option<bool>,
    pub(crate) data_trace_enabled: ::std::option::Option<bool>,
    pub(crate) logging_level: ::std::option::Option<::std::string::String>,
    pub(crate) metrics_enabled: ::std::option::Option<bool>,
    pub(crate) require_authorization_for_cache_control: ::std::option::Option<bool>,
    pub(crate) throttling_burst_limit: ::std::option::Option<i64>,
    pub(crate) throttling_rate_limit: ::std::option::Option<f64>,
    pub(crate) unauthorized_cache_control_header_strategy: ::std::option::Option<
        crate::types::UnauthorizedCacheControlHeaderStrategy,
    >,
}
impl ::std::fmt::Debug for MethodSettingBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MethodSettingBuilder").finish_non_exhaustive()
    }
}
impl MethodSettingBuilder {
    /// See [`MethodSetting::cache_data_encrypted`](crate::types::MethodSetting::cache_data_encrypted).
    pub fn cache_data_encrypted(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.cache_data_encrypted = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_data_encrypted`](Self::cache_data_encrypted).
    pub fn set_cache_data_encrypted(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.cache_data_encrypted = input;
        self
    }
    /// See [`MethodSetting::cache_ttl_in_seconds`](crate::types::MethodSetting::cache_ttl_in_seconds).
    pub fn cache_ttl_in_seconds(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.cache_ttl_in_seconds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_ttl_in_seconds`](Self::cache_ttl_in_seconds).
    pub fn set_cache_ttl_in_seconds(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.cache_ttl_in_seconds = input;
        self
    }
    /// See [`MethodSetting::caching_enabled`](crate::types::MethodSetting::caching_enabled).
    pub fn caching_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.caching_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`caching_enabled`](Self::caching_enabled).
    pub fn set_caching_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.caching_enabled = input;
        self
    }
    /// See [`MethodSetting::data_trace_enabled`](crate::types::MethodSetting::data_trace_enabled).
    pub fn data_trace_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.data_trace_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`data_trace_enabled`](Self::data_trace_enabled).
    pub fn set_data_trace_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.data_trace_enabled = input;
        self
    }
    /// See [`MethodSetting::logging_level`](crate::types::MethodSetting::logging_level).
    pub fn logging_level(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logging_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging_level`](Self::logging_level).
    pub fn set_logging_level(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.logging_level = input;
        self
    }
    /// See [`MethodSetting::metrics_enabled`](crate::types::MethodSetting::metrics_enabled).
    pub fn metrics_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.metrics_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`metrics_enabled`](Self::metrics_enabled).
    pub fn set_metrics_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.metrics_enabled = input;
        self
    }
    /// See [`MethodSetting::require_authorization_for_cache_control`](crate::types::MethodSetting::require_authorization_for_cache_control).
    pub fn require_authorization_for_cache_control(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.require_authorization_for_cache_control = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`require_authorization_for_cache_control`](Self::require_authorization_for_cache_control).
    pub fn set_require_authorization_for_cache_control(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.require_authorization_for_cache_control = input;
        self
    }
    /// See [`MethodSetting::throttling_burst_limit`](crate::types::MethodSetting::throttling_burst_limit).
    pub fn throttling_burst_limit(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.throttling_burst_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`throttling_burst_limit`](Self::throttling_burst_limit).
    pub fn set_throttling_burst_limit(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.throttling_burst_limit = input;
        self
    }
    /// See [`MethodSetting::throttling_rate_limit`](crate::types::MethodSetting::throttling_rate_limit).
    pub fn throttling_rate_limit(
        mut self,
        input: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.throttling_rate_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`throttling_rate_limit`](Self::throttling_rate_limit).
    pub fn set_throttling_rate_limit(
        mut self,
        input: ::std::option::Option<f64>,
    ) -> Self {
        self.throttling_rate_limit = input;
        self
    }
    /// See [`MethodSetting::unauthorized_cache_control_header_strategy`](crate::types::MethodSetting::unauthorized_cache_control_header_strategy).
    pub fn unauthorized_cache_control_header_strategy(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::UnauthorizedCacheControlHeaderStrategy,
        >,
    ) -> Self {
        self.unauthorized_cache_control_header_strategy = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`unauthorized_cache_control_header_strategy`](Self::unauthorized_cache_control_header_strategy).
    pub fn set_unauthorized_cache_control_header_strategy(
        mut self,
        input: ::std::option::Option<
            crate::types::UnauthorizedCacheControlHeaderStrategy,
        >,
    ) -> Self {
        self.unauthorized_cache_control_header_strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::MethodSetting, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::MethodSetting {
            cache_data_encrypted: self.cache_data_encrypted,
            cache_ttl_in_seconds: self.cache_ttl_in_seconds,
            caching_enabled: self.caching_enabled,
            data_trace_enabled: self.data_trace_enabled,
            logging_level: self.logging_level,
            metrics_enabled: self.metrics_enabled,
            require_authorization_for_cache_control: self
                .require_authorization_for_cache_control,
            throttling_burst_limit: self.throttling_burst_limit,
            throttling_rate_limit: self.throttling_rate_limit,
            unauthorized_cache_control_header_strategy: self
                .unauthorized_cache_control_header_strategy,
        })
    }
}
/// A builder for [`MethodSnapshot`](crate::types::MethodSnapshot).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MethodSnapshotBuilder {
    pub(crate) api_key_required: ::std::option::Option<bool>,
    pub(crate) authorization_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MethodSnapshotBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MethodSnapshotBuilder").finish_non_exhaustive()
    }
}
impl MethodSnapshotBuilder {
    /// See [`MethodSnapshot::api_key_required`](crate::types::MethodSnapshot::api_key_required).
    pub fn api_key_required(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.api_key_required = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key_required`](Self::api_key_required).
    pub fn set_api_key_required(mut self, input: ::std::option::Option<bool>) -> Self {
        self.api_key_required = input;
        self
    }
    /// See [`MethodSnapshot::authorization_type`](crate::types::MethodSnapshot::authorization_type).
    pub fn authorization_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorization_type`](Self::authorization_type).
    pub fn set_authorization_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorization_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MethodSnapshot,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MethodSnapshot {
            api_key_required: self.api_key_required,
            authorization_type: self.authorization_type,
        })
    }
}
/// A builder for [`Model`](crate::types::Model).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ModelBuilder {
    pub(crate) content_type: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) schema: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ModelBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ModelBuilder").finish_non_exhaustive()
    }
}
impl ModelBuilder {
    /// See [`Model::content_type`](crate::types::Model::content_type).
    pub fn content_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_type`](Self::content_type).
    pub fn set_content_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_type = input;
        self
    }
    /// See [`Model::description`](crate::types::Model::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`Model::id`](crate::types::Model::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`Model::name`](crate::types::Model::name).
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
    /// See [`Model::schema`](crate::types::Model::schema).
    pub fn schema(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.schema = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`schema`](Self::schema).
    pub fn set_schema(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.schema = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Model, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Model {
            content_type: self.content_type,
            description: self.description,
            id: self.id,
            name: self.name,
            schema: self.schema,
        })
    }
}
/// A builder for [`Models`](crate::types::Models).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ModelsBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::Model>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ModelsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ModelsBuilder").finish_non_exhaustive()
    }
}
impl ModelsBuilder {
    /// See [`Models::items`](crate::types::Models::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::Model>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Model>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`Models::position`](crate::types::Models::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Models, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Models {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`MutualTlsAuthentication`](crate::types::MutualTlsAuthentication).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MutualTlsAuthenticationBuilder {
    pub(crate) truststore_uri: ::std::option::Option<::std::string::String>,
    pub(crate) truststore_version: ::std::option::Option<::std::string::String>,
    pub(crate) truststore_warnings: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for MutualTlsAuthenticationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MutualTlsAuthenticationBuilder").finish_non_exhaustive()
    }
}
impl MutualTlsAuthenticationBuilder {
    /// See [`MutualTlsAuthentication::truststore_uri`](crate::types::MutualTlsAuthentication::truststore_uri).
    pub fn truststore_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.truststore_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truststore_uri`](Self::truststore_uri).
    pub fn set_truststore_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.truststore_uri = input;
        self
    }
    /// See [`MutualTlsAuthentication::truststore_version`](crate::types::MutualTlsAuthentication::truststore_version).
    pub fn truststore_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.truststore_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truststore_version`](Self::truststore_version).
    pub fn set_truststore_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.truststore_version = input;
        self
    }
    /// See [`MutualTlsAuthentication::truststore_warnings`](crate::types::MutualTlsAuthentication::truststore_warnings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn truststore_warnings(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.truststore_warnings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`truststore_warnings`](Self::truststore_warnings).
    pub fn set_truststore_warnings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.truststore_warnings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MutualTlsAuthentication,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MutualTlsAuthentication {
            truststore_uri: self.truststore_uri,
            truststore_version: self.truststore_version,
            truststore_warnings: self.truststore_warnings,
        })
    }
}
/// A builder for [`MutualTlsAuthenticationInput`](crate::types::MutualTlsAuthenticationInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MutualTlsAuthenticationInputBuilder {
    pub(crate) truststore_uri: ::std::option::Option<::std::string::String>,
    pub(crate) truststore_version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MutualTlsAuthenticationInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MutualTlsAuthenticationInputBuilder").finish_non_exhaustive()
    }
}
impl MutualTlsAuthenticationInputBuilder {
    /// See [`MutualTlsAuthenticationInput::truststore_uri`](crate::types::MutualTlsAuthenticationInput::truststore_uri).
    pub fn truststore_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.truststore_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truststore_uri`](Self::truststore_uri).
    pub fn set_truststore_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.truststore_uri = input;
        self
    }
    /// See [`MutualTlsAuthenticationInput::truststore_version`](crate::types::MutualTlsAuthenticationInput::truststore_version).
    pub fn truststore_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.truststore_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`truststore_version`](Self::truststore_version).
    pub fn set_truststore_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.truststore_version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MutualTlsAuthenticationInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MutualTlsAuthenticationInput {
            truststore_uri: self.truststore_uri,
            truststore_version: self.truststore_version,
        })
    }
}
/// A builder for [`PatchOperation`](crate::types::PatchOperation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PatchOperationBuilder {
    pub(crate) from: ::std::option::Option<::std::string::String>,
    pub(crate) op: ::std::option::Option<crate::types::Op>,
    pub(crate) path: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PatchOperationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PatchOperationBuilder").finish_non_exhaustive()
    }
}
impl PatchOperationBuilder {
    /// See [`PatchOperation::from`](crate::types::PatchOperation::from).
    pub fn from(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`from`](Self::from).
    pub fn set_from(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.from = input;
        self
    }
    /// See [`PatchOperation::op`](crate::types::PatchOperation::op).
    pub fn op(mut self, input: impl ::std::convert::Into<crate::types::Op>) -> Self {
        self.op = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`op`](Self::op).
    pub fn set_op(mut self, input: ::std::option::Option<crate::types::Op>) -> Self {
        self.op = input;
        self
    }
    /// See [`PatchOperation::path`](crate::types::PatchOperation::path).
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
    /// See [`PatchOperation::value`](crate::types::PatchOperation::value).
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
        crate::types::PatchOperation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PatchOperation {
            from: self.from,
            op: self.op,
            path: self.path,
            value: self.value,
        })
    }
}
/// A builder for [`PutGatewayResponseRequest`](crate::types::PutGatewayResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutGatewayResponseRequestBuilder {
    pub(crate) response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_type: ::std::option::Option<crate::types::GatewayResponseType>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutGatewayResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutGatewayResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl PutGatewayResponseRequestBuilder {
    /// See [`PutGatewayResponseRequest::response_parameters`](crate::types::PutGatewayResponseRequest::response_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_parameters`](Self::response_parameters).
    pub fn set_response_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// See [`PutGatewayResponseRequest::response_templates`](crate::types::PutGatewayResponseRequest::response_templates).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_templates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_templates
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_templates`](Self::response_templates).
    pub fn set_response_templates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_templates = input;
        self
    }
    /// See [`PutGatewayResponseRequest::response_type`](crate::types::PutGatewayResponseRequest::response_type).
    pub fn response_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response_type`](Self::response_type).
    pub fn set_response_type(
        mut self,
        input: ::std::option::Option<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = input;
        self
    }
    /// See [`PutGatewayResponseRequest::rest_api_id`](crate::types::PutGatewayResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`PutGatewayResponseRequest::status_code`](crate::types::PutGatewayResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutGatewayResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutGatewayResponseRequest {
            response_parameters: self.response_parameters,
            response_templates: self.response_templates,
            response_type: self
                .response_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutGatewayResponseRequest",
                        "response_type",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutGatewayResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self.status_code,
        })
    }
}
/// A builder for [`PutIntegrationRequest`](crate::types::PutIntegrationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutIntegrationRequestBuilder {
    pub(crate) cache_key_parameters: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) cache_namespace: ::std::option::Option<::std::string::String>,
    pub(crate) connection_id: ::std::option::Option<::std::string::String>,
    pub(crate) connection_type: ::std::option::Option<crate::types::ConnectionType>,
    pub(crate) content_handling: ::std::option::Option<
        crate::types::ContentHandlingStrategy,
    >,
    pub(crate) credentials: ::std::option::Option<::std::string::String>,
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) integration_http_method: ::std::option::Option<::std::string::String>,
    pub(crate) integration_target: ::std::option::Option<::std::string::String>,
    pub(crate) passthrough_behavior: ::std::option::Option<::std::string::String>,
    pub(crate) request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) request_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) response_transfer_mode: ::std::option::Option<
        crate::types::ResponseTransferMode,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) timeout_in_millis: ::std::option::Option<i64>,
    pub(crate) tls_config: ::std::option::Option<crate::types::TlsConfig>,
    pub(crate) r#type: ::std::option::Option<crate::types::IntegrationType>,
    pub(crate) uri: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutIntegrationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutIntegrationRequestBuilder").finish_non_exhaustive()
    }
}
impl PutIntegrationRequestBuilder {
    /// See [`PutIntegrationRequest::cache_key_parameters`](crate::types::PutIntegrationRequest::cache_key_parameters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cache_key_parameters(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_key_parameters
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`cache_key_parameters`](Self::cache_key_parameters).
    pub fn set_cache_key_parameters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.cache_key_parameters = input;
        self
    }
    /// See [`PutIntegrationRequest::cache_namespace`](crate::types::PutIntegrationRequest::cache_namespace).
    pub fn cache_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_namespace`](Self::cache_namespace).
    pub fn set_cache_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cache_namespace = input;
        self
    }
    /// See [`PutIntegrationRequest::connection_id`](crate::types::PutIntegrationRequest::connection_id).
    pub fn connection_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.connection_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`connection_id`](Self::connection_id).
    pub fn set_connection_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.connection_id = input;
        self
    }
    /// See [`PutIntegrationRequest::connection_type`](crate::types::PutIntegrationRequest::connection_type).
    pub fn connection_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConnectionType>,
    ) -> Self {
        self.connection_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`connection_type`](Self::connection_type).
    pub fn set_connection_type(
        mut self,
        input: ::std::option::Option<crate::types::ConnectionType>,
    ) -> Self {
        self.connection_type = input;
        self
    }
    /// See [`PutIntegrationRequest::content_handling`](crate::types::PutIntegrationRequest::content_handling).
    pub fn content_handling(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_handling`](Self::content_handling).
    pub fn set_content_handling(
        mut self,
        input: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = input;
        self
    }
    /// See [`PutIntegrationRequest::credentials`](crate::types::PutIntegrationRequest::credentials).
    pub fn credentials(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credentials = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`credentials`](Self::credentials).
    pub fn set_credentials(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.credentials = input;
        self
    }
    /// See [`PutIntegrationRequest::http_method`](crate::types::PutIntegrationRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`PutIntegrationRequest::integration_http_method`](crate::types::PutIntegrationRequest::integration_http_method).
    pub fn integration_http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.integration_http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`integration_http_method`](Self::integration_http_method).
    pub fn set_integration_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.integration_http_method = input;
        self
    }
    /// See [`PutIntegrationRequest::integration_target`](crate::types::PutIntegrationRequest::integration_target).
    pub fn integration_target(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.integration_target = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`integration_target`](Self::integration_target).
    pub fn set_integration_target(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.integration_target = input;
        self
    }
    /// See [`PutIntegrationRequest::passthrough_behavior`](crate::types::PutIntegrationRequest::passthrough_behavior).
    pub fn passthrough_behavior(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.passthrough_behavior = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`passthrough_behavior`](Self::passthrough_behavior).
    pub fn set_passthrough_behavior(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.passthrough_behavior = input;
        self
    }
    /// See [`PutIntegrationRequest::request_parameters`](crate::types::PutIntegrationRequest::request_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_parameters`](Self::request_parameters).
    pub fn set_request_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.request_parameters = input;
        self
    }
    /// See [`PutIntegrationRequest::request_templates`](crate::types::PutIntegrationRequest::request_templates).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_templates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_templates
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_templates`](Self::request_templates).
    pub fn set_request_templates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.request_templates = input;
        self
    }
    /// See [`PutIntegrationRequest::resource_id`](crate::types::PutIntegrationRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`PutIntegrationRequest::response_transfer_mode`](crate::types::PutIntegrationRequest::response_transfer_mode).
    pub fn response_transfer_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResponseTransferMode>,
    ) -> Self {
        self.response_transfer_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response_transfer_mode`](Self::response_transfer_mode).
    pub fn set_response_transfer_mode(
        mut self,
        input: ::std::option::Option<crate::types::ResponseTransferMode>,
    ) -> Self {
        self.response_transfer_mode = input;
        self
    }
    /// See [`PutIntegrationRequest::rest_api_id`](crate::types::PutIntegrationRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`PutIntegrationRequest::timeout_in_millis`](crate::types::PutIntegrationRequest::timeout_in_millis).
    pub fn timeout_in_millis(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout_in_millis = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_in_millis`](Self::timeout_in_millis).
    pub fn set_timeout_in_millis(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout_in_millis = input;
        self
    }
    /// See [`PutIntegrationRequest::tls_config`](crate::types::PutIntegrationRequest::tls_config).
    pub fn tls_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::TlsConfig>,
    ) -> Self {
        self.tls_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tls_config`](Self::tls_config).
    pub fn set_tls_config(
        mut self,
        input: ::std::option::Option<crate::types::TlsConfig>,
    ) -> Self {
        self.tls_config = input;
        self
    }
    /// See [`PutIntegrationRequest::type`](crate::types::PutIntegrationRequest::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegrationType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::IntegrationType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`PutIntegrationRequest::uri`](crate::types::PutIntegrationRequest::uri).
    pub fn uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`uri`](Self::uri).
    pub fn set_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.uri = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutIntegrationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutIntegrationRequest {
            cache_key_parameters: self.cache_key_parameters,
            cache_namespace: self.cache_namespace,
            connection_id: self.connection_id,
            connection_type: self.connection_type,
            content_handling: self.content_handling,
            credentials: self.credentials,
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutIntegrationRequest",
                        "http_method",
                    ),
                )?,
            integration_http_method: self.integration_http_method,
            integration_target: self.integration_target,
            passthrough_behavior: self.passthrough_behavior,
            request_parameters: self.request_parameters,
            request_templates: self.request_templates,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutIntegrationRequest",
                        "resource_id",
                    ),
                )?,
            response_transfer_mode: self.response_transfer_mode,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutIntegrationRequest",
                        "rest_api_id",
                    ),
                )?,
            timeout_in_millis: self.timeout_in_millis,
            tls_config: self.tls_config,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing("PutIntegrationRequest", "type"),
                )?,
            uri: self.uri,
        })
    }
}
/// A builder for [`PutIntegrationResponseRequest`](crate::types::PutIntegrationResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutIntegrationResponseRequestBuilder {
    pub(crate) content_handling: ::std::option::Option<
        crate::types::ContentHandlingStrategy,
    >,
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_templates: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) selection_pattern: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutIntegrationResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutIntegrationResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl PutIntegrationResponseRequestBuilder {
    /// See [`PutIntegrationResponseRequest::content_handling`](crate::types::PutIntegrationResponseRequest::content_handling).
    pub fn content_handling(
        mut self,
        input: impl ::std::convert::Into<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_handling`](Self::content_handling).
    pub fn set_content_handling(
        mut self,
        input: ::std::option::Option<crate::types::ContentHandlingStrategy>,
    ) -> Self {
        self.content_handling = input;
        self
    }
    /// See [`PutIntegrationResponseRequest::http_method`](crate::types::PutIntegrationResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`PutIntegrationResponseRequest::resource_id`](crate::types::PutIntegrationResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`PutIntegrationResponseRequest::response_parameters`](crate::types::PutIntegrationResponseRequest::response_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_parameters`](Self::response_parameters).
    pub fn set_response_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// See [`PutIntegrationResponseRequest::response_templates`](crate::types::PutIntegrationResponseRequest::response_templates).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_templates(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_templates
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_templates`](Self::response_templates).
    pub fn set_response_templates(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_templates = input;
        self
    }
    /// See [`PutIntegrationResponseRequest::rest_api_id`](crate::types::PutIntegrationResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`PutIntegrationResponseRequest::selection_pattern`](crate::types::PutIntegrationResponseRequest::selection_pattern).
    pub fn selection_pattern(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.selection_pattern = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`selection_pattern`](Self::selection_pattern).
    pub fn set_selection_pattern(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.selection_pattern = input;
        self
    }
    /// See [`PutIntegrationResponseRequest::status_code`](crate::types::PutIntegrationResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutIntegrationResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutIntegrationResponseRequest {
            content_handling: self.content_handling,
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutIntegrationResponseRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutIntegrationResponseRequest",
                        "resource_id",
                    ),
                )?,
            response_parameters: self.response_parameters,
            response_templates: self.response_templates,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutIntegrationResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            selection_pattern: self.selection_pattern,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutIntegrationResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutMethodRequest`](crate::types::PutMethodRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutMethodRequestBuilder {
    pub(crate) api_key_required: ::std::option::Option<bool>,
    pub(crate) authorization_scopes: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) authorization_type: ::std::option::Option<::std::string::String>,
    pub(crate) authorizer_id: ::std::option::Option<::std::string::String>,
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) operation_name: ::std::option::Option<::std::string::String>,
    pub(crate) request_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) request_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    pub(crate) request_validator_id: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutMethodRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutMethodRequestBuilder").finish_non_exhaustive()
    }
}
impl PutMethodRequestBuilder {
    /// See [`PutMethodRequest::api_key_required`](crate::types::PutMethodRequest::api_key_required).
    pub fn api_key_required(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.api_key_required = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key_required`](Self::api_key_required).
    pub fn set_api_key_required(mut self, input: ::std::option::Option<bool>) -> Self {
        self.api_key_required = input;
        self
    }
    /// See [`PutMethodRequest::authorization_scopes`](crate::types::PutMethodRequest::authorization_scopes).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn authorization_scopes(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_scopes
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`authorization_scopes`](Self::authorization_scopes).
    pub fn set_authorization_scopes(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.authorization_scopes = input;
        self
    }
    /// See [`PutMethodRequest::authorization_type`](crate::types::PutMethodRequest::authorization_type).
    pub fn authorization_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorization_type`](Self::authorization_type).
    pub fn set_authorization_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorization_type = input;
        self
    }
    /// See [`PutMethodRequest::authorizer_id`](crate::types::PutMethodRequest::authorizer_id).
    pub fn authorizer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_id`](Self::authorizer_id).
    pub fn set_authorizer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_id = input;
        self
    }
    /// See [`PutMethodRequest::http_method`](crate::types::PutMethodRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`PutMethodRequest::operation_name`](crate::types::PutMethodRequest::operation_name).
    pub fn operation_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operation_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`operation_name`](Self::operation_name).
    pub fn set_operation_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.operation_name = input;
        self
    }
    /// See [`PutMethodRequest::request_models`](crate::types::PutMethodRequest::request_models).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_models(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_models
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_models`](Self::request_models).
    pub fn set_request_models(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.request_models = input;
        self
    }
    /// See [`PutMethodRequest::request_parameters`](crate::types::PutMethodRequest::request_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn request_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`request_parameters`](Self::request_parameters).
    pub fn set_request_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, bool>,
        >,
    ) -> Self {
        self.request_parameters = input;
        self
    }
    /// See [`PutMethodRequest::request_validator_id`](crate::types::PutMethodRequest::request_validator_id).
    pub fn request_validator_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_validator_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`request_validator_id`](Self::request_validator_id).
    pub fn set_request_validator_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request_validator_id = input;
        self
    }
    /// See [`PutMethodRequest::resource_id`](crate::types::PutMethodRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`PutMethodRequest::rest_api_id`](crate::types::PutMethodRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutMethodRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutMethodRequest {
            api_key_required: self.api_key_required,
            authorization_scopes: self.authorization_scopes,
            authorization_type: self
                .authorization_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodRequest",
                        "authorization_type",
                    ),
                )?,
            authorizer_id: self.authorizer_id,
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodRequest",
                        "http_method",
                    ),
                )?,
            operation_name: self.operation_name,
            request_models: self.request_models,
            request_parameters: self.request_parameters,
            request_validator_id: self.request_validator_id,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutMethodResponseRequest`](crate::types::PutMethodResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutMethodResponseRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) response_models: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) response_parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutMethodResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutMethodResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl PutMethodResponseRequestBuilder {
    /// See [`PutMethodResponseRequest::http_method`](crate::types::PutMethodResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`PutMethodResponseRequest::resource_id`](crate::types::PutMethodResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`PutMethodResponseRequest::response_models`](crate::types::PutMethodResponseRequest::response_models).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_models(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_models
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_models`](Self::response_models).
    pub fn set_response_models(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.response_models = input;
        self
    }
    /// See [`PutMethodResponseRequest::response_parameters`](crate::types::PutMethodResponseRequest::response_parameters).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn response_parameters(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.response_parameters
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`response_parameters`](Self::response_parameters).
    pub fn set_response_parameters(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, bool>,
        >,
    ) -> Self {
        self.response_parameters = input;
        self
    }
    /// See [`PutMethodResponseRequest::rest_api_id`](crate::types::PutMethodResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`PutMethodResponseRequest::status_code`](crate::types::PutMethodResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutMethodResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutMethodResponseRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodResponseRequest",
                        "http_method",
                    ),
                )?,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodResponseRequest",
                        "resource_id",
                    ),
                )?,
            response_models: self.response_models,
            response_parameters: self.response_parameters,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutMethodResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`PutRestApiRequest`](crate::types::PutRestApiRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PutRestApiRequestBuilder {
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) fail_on_warnings: ::std::option::Option<bool>,
    pub(crate) mode: ::std::option::Option<crate::types::PutMode>,
    pub(crate) parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PutRestApiRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutRestApiRequestBuilder").finish_non_exhaustive()
    }
}
impl PutRestApiRequestBuilder {
    /// See [`PutRestApiRequest::body`](crate::types::PutRestApiRequest::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`PutRestApiRequest::fail_on_warnings`](crate::types::PutRestApiRequest::fail_on_warnings).
    pub fn fail_on_warnings(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.fail_on_warnings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fail_on_warnings`](Self::fail_on_warnings).
    pub fn set_fail_on_warnings(mut self, input: ::std::option::Option<bool>) -> Self {
        self.fail_on_warnings = input;
        self
    }
    /// See [`PutRestApiRequest::mode`](crate::types::PutRestApiRequest::mode).
    pub fn mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::PutMode>,
    ) -> Self {
        self.mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`mode`](Self::mode).
    pub fn set_mode(
        mut self,
        input: ::std::option::Option<crate::types::PutMode>,
    ) -> Self {
        self.mode = input;
        self
    }
    /// See [`PutRestApiRequest::parameters`](crate::types::PutRestApiRequest::parameters).
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
    /// See [`PutRestApiRequest::rest_api_id`](crate::types::PutRestApiRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PutRestApiRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PutRestApiRequest {
            body: self
                .body
                .ok_or(
                    crate::runtime::BuildError::missing("PutRestApiRequest", "body"),
                )?,
            fail_on_warnings: self.fail_on_warnings,
            mode: self.mode,
            parameters: self.parameters,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PutRestApiRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`QuotaSettings`](crate::types::QuotaSettings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct QuotaSettingsBuilder {
    pub(crate) limit: ::std::option::Option<i64>,
    pub(crate) offset: ::std::option::Option<i64>,
    pub(crate) period: ::std::option::Option<crate::types::QuotaPeriodType>,
}
impl ::std::fmt::Debug for QuotaSettingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("QuotaSettingsBuilder").finish_non_exhaustive()
    }
}
impl QuotaSettingsBuilder {
    /// See [`QuotaSettings::limit`](crate::types::QuotaSettings::limit).
    pub fn limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// See [`QuotaSettings::offset`](crate::types::QuotaSettings::offset).
    pub fn offset(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.offset = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`offset`](Self::offset).
    pub fn set_offset(mut self, input: ::std::option::Option<i64>) -> Self {
        self.offset = input;
        self
    }
    /// See [`QuotaSettings::period`](crate::types::QuotaSettings::period).
    pub fn period(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaPeriodType>,
    ) -> Self {
        self.period = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`period`](Self::period).
    pub fn set_period(
        mut self,
        input: ::std::option::Option<crate::types::QuotaPeriodType>,
    ) -> Self {
        self.period = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::QuotaSettings, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::QuotaSettings {
            limit: self.limit,
            offset: self.offset,
            period: self.period,
        })
    }
}
/// A builder for [`RejectDomainNameAccessAssociationRequest`](crate::types::RejectDomainNameAccessAssociationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RejectDomainNameAccessAssociationRequestBuilder {
    pub(crate) domain_name_access_association_arn: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) domain_name_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RejectDomainNameAccessAssociationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RejectDomainNameAccessAssociationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl RejectDomainNameAccessAssociationRequestBuilder {
    /// See [`RejectDomainNameAccessAssociationRequest::domain_name_access_association_arn`](crate::types::RejectDomainNameAccessAssociationRequest::domain_name_access_association_arn).
    pub fn domain_name_access_association_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_access_association_arn = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`domain_name_access_association_arn`](Self::domain_name_access_association_arn).
    pub fn set_domain_name_access_association_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_access_association_arn = input;
        self
    }
    /// See [`RejectDomainNameAccessAssociationRequest::domain_name_arn`](crate::types::RejectDomainNameAccessAssociationRequest::domain_name_arn).
    pub fn domain_name_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_arn`](Self::domain_name_arn).
    pub fn set_domain_name_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RejectDomainNameAccessAssociationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RejectDomainNameAccessAssociationRequest {
            domain_name_access_association_arn: self
                .domain_name_access_association_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RejectDomainNameAccessAssociationRequest",
                        "domain_name_access_association_arn",
                    ),
                )?,
            domain_name_arn: self
                .domain_name_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RejectDomainNameAccessAssociationRequest",
                        "domain_name_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`RequestValidator`](crate::types::RequestValidator).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RequestValidatorBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) validate_request_body: ::std::option::Option<bool>,
    pub(crate) validate_request_parameters: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for RequestValidatorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RequestValidatorBuilder").finish_non_exhaustive()
    }
}
impl RequestValidatorBuilder {
    /// See [`RequestValidator::id`](crate::types::RequestValidator::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`RequestValidator::name`](crate::types::RequestValidator::name).
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
    /// See [`RequestValidator::validate_request_body`](crate::types::RequestValidator::validate_request_body).
    pub fn validate_request_body(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.validate_request_body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`validate_request_body`](Self::validate_request_body).
    pub fn set_validate_request_body(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.validate_request_body = input;
        self
    }
    /// See [`RequestValidator::validate_request_parameters`](crate::types::RequestValidator::validate_request_parameters).
    pub fn validate_request_parameters(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.validate_request_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`validate_request_parameters`](Self::validate_request_parameters).
    pub fn set_validate_request_parameters(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.validate_request_parameters = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RequestValidator,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RequestValidator {
            id: self.id,
            name: self.name,
            validate_request_body: self.validate_request_body,
            validate_request_parameters: self.validate_request_parameters,
        })
    }
}
/// A builder for [`RequestValidators`](crate::types::RequestValidators).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RequestValidatorsBuilder {
    pub(crate) items: ::std::option::Option<
        ::std::vec::Vec<crate::types::RequestValidator>,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RequestValidatorsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RequestValidatorsBuilder").finish_non_exhaustive()
    }
}
impl RequestValidatorsBuilder {
    /// See [`RequestValidators::items`](crate::types::RequestValidators::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::RequestValidator>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::RequestValidator>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`RequestValidators::position`](crate::types::RequestValidators::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RequestValidators,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RequestValidators {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`Resource`](crate::types::Resource).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResourceBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) parent_id: ::std::option::Option<::std::string::String>,
    pub(crate) path: ::std::option::Option<::std::string::String>,
    pub(crate) path_part: ::std::option::Option<::std::string::String>,
    pub(crate) resource_methods: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::Method>,
    >,
}
impl ::std::fmt::Debug for ResourceBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceBuilder").finish_non_exhaustive()
    }
}
impl ResourceBuilder {
    /// See [`Resource::id`](crate::types::Resource::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`Resource::parent_id`](crate::types::Resource::parent_id).
    pub fn parent_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`parent_id`](Self::parent_id).
    pub fn set_parent_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.parent_id = input;
        self
    }
    /// See [`Resource::path`](crate::types::Resource::path).
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
    /// See [`Resource::path_part`](crate::types::Resource::path_part).
    pub fn path_part(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path_part = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`path_part`](Self::path_part).
    pub fn set_path_part(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.path_part = input;
        self
    }
    /// See [`Resource::resource_methods`](crate::types::Resource::resource_methods).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn resource_methods(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::Method>,
    ) -> Self {
        self.resource_methods
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`resource_methods`](Self::resource_methods).
    pub fn set_resource_methods(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, crate::types::Method>,
        >,
    ) -> Self {
        self.resource_methods = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Resource, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Resource {
            id: self.id,
            parent_id: self.parent_id,
            path: self.path,
            path_part: self.path_part,
            resource_methods: self.resource_methods,
        })
    }
}
/// A builder for [`Resources`](crate::types::Resources).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResourcesBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::Resource>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResourcesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourcesBuilder").finish_non_exhaustive()
    }
}
impl ResourcesBuilder {
    /// See [`Resources::items`](crate::types::Resources::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::Resource>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Resource>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`Resources::position`](crate::types::Resources::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Resources, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Resources {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`RestApi`](crate::types::RestApi).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RestApiBuilder {
    pub(crate) api_key_source: ::std::option::Option<crate::types::ApiKeySourceType>,
    pub(crate) binary_media_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) created_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) disable_execute_api_endpoint: ::std::option::Option<bool>,
    pub(crate) endpoint_configuration: ::std::option::Option<
        crate::types::EndpointConfiguration,
    >,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) minimum_compression_size: ::std::option::Option<i64>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) warnings: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) api_status: ::std::option::Option<crate::types::ApiStatus>,
    pub(crate) api_status_message: ::std::option::Option<::std::string::String>,
    pub(crate) endpoint_access_mode: ::std::option::Option<
        crate::types::EndpointAccessMode,
    >,
    pub(crate) root_resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) security_policy: ::std::option::Option<crate::types::SecurityPolicy>,
}
impl ::std::fmt::Debug for RestApiBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RestApiBuilder").finish_non_exhaustive()
    }
}
impl RestApiBuilder {
    /// See [`RestApi::api_key_source`](crate::types::RestApi::api_key_source).
    pub fn api_key_source(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiKeySourceType>,
    ) -> Self {
        self.api_key_source = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key_source`](Self::api_key_source).
    pub fn set_api_key_source(
        mut self,
        input: ::std::option::Option<crate::types::ApiKeySourceType>,
    ) -> Self {
        self.api_key_source = input;
        self
    }
    /// See [`RestApi::binary_media_types`](crate::types::RestApi::binary_media_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn binary_media_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.binary_media_types
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`binary_media_types`](Self::binary_media_types).
    pub fn set_binary_media_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.binary_media_types = input;
        self
    }
    /// See [`RestApi::created_date`](crate::types::RestApi::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`RestApi::description`](crate::types::RestApi::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`RestApi::disable_execute_api_endpoint`](crate::types::RestApi::disable_execute_api_endpoint).
    pub fn disable_execute_api_endpoint(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disable_execute_api_endpoint = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disable_execute_api_endpoint`](Self::disable_execute_api_endpoint).
    pub fn set_disable_execute_api_endpoint(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.disable_execute_api_endpoint = input;
        self
    }
    /// See [`RestApi::endpoint_configuration`](crate::types::RestApi::endpoint_configuration).
    pub fn endpoint_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_configuration`](Self::endpoint_configuration).
    pub fn set_endpoint_configuration(
        mut self,
        input: ::std::option::Option<crate::types::EndpointConfiguration>,
    ) -> Self {
        self.endpoint_configuration = input;
        self
    }
    /// See [`RestApi::id`](crate::types::RestApi::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`RestApi::minimum_compression_size`](crate::types::RestApi::minimum_compression_size).
    pub fn minimum_compression_size(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.minimum_compression_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`minimum_compression_size`](Self::minimum_compression_size).
    pub fn set_minimum_compression_size(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.minimum_compression_size = input;
        self
    }
    /// See [`RestApi::name`](crate::types::RestApi::name).
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
    /// See [`RestApi::policy`](crate::types::RestApi::policy).
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
    /// See [`RestApi::tags`](crate::types::RestApi::tags).
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
    /// See [`RestApi::version`](crate::types::RestApi::version).
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
    /// See [`RestApi::warnings`](crate::types::RestApi::warnings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn warnings(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.warnings.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`warnings`](Self::warnings).
    pub fn set_warnings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.warnings = input;
        self
    }
    /// See [`RestApi::api_status`](crate::types::RestApi::api_status).
    pub fn api_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiStatus>,
    ) -> Self {
        self.api_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_status`](Self::api_status).
    pub fn set_api_status(
        mut self,
        input: ::std::option::Option<crate::types::ApiStatus>,
    ) -> Self {
        self.api_status = input;
        self
    }
    /// See [`RestApi::api_status_message`](crate::types::RestApi::api_status_message).
    pub fn api_status_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_status_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_status_message`](Self::api_status_message).
    pub fn set_api_status_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.api_status_message = input;
        self
    }
    /// See [`RestApi::endpoint_access_mode`](crate::types::RestApi::endpoint_access_mode).
    pub fn endpoint_access_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_access_mode`](Self::endpoint_access_mode).
    pub fn set_endpoint_access_mode(
        mut self,
        input: ::std::option::Option<crate::types::EndpointAccessMode>,
    ) -> Self {
        self.endpoint_access_mode = input;
        self
    }
    /// See [`RestApi::root_resource_id`](crate::types::RestApi::root_resource_id).
    pub fn root_resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.root_resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`root_resource_id`](Self::root_resource_id).
    pub fn set_root_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.root_resource_id = input;
        self
    }
    /// See [`RestApi::security_policy`](crate::types::RestApi::security_policy).
    pub fn security_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`security_policy`](Self::security_policy).
    pub fn set_security_policy(
        mut self,
        input: ::std::option::Option<crate::types::SecurityPolicy>,
    ) -> Self {
        self.security_policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::RestApi, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::RestApi {
            api_key_source: self.api_key_source,
            binary_media_types: self.binary_media_types,
            created_date: self.created_date,
            description: self.description,
            disable_execute_api_endpoint: self.disable_execute_api_endpoint,
            endpoint_configuration: self.endpoint_configuration,
            id: self.id,
            minimum_compression_size: self.minimum_compression_size,
            name: self.name,
            policy: self.policy,
            tags: self.tags,
            version: self.version,
            warnings: self.warnings,
            api_status: self.api_status,
            api_status_message: self.api_status_message,
            endpoint_access_mode: self.endpoint_access_mode,
            root_resource_id: self.root_resource_id,
            security_policy: self.security_policy,
        })
    }
}
/// A builder for [`RestApis`](crate::types::RestApis).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RestApisBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::RestApi>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RestApisBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RestApisBuilder").finish_non_exhaustive()
    }
}
impl RestApisBuilder {
    /// See [`RestApis::items`](crate::types::RestApis::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::RestApi>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::RestApi>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`RestApis::position`](crate::types::RestApis::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::RestApis, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::RestApis {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`SdkConfigurationProperty`](crate::types::SdkConfigurationProperty).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SdkConfigurationPropertyBuilder {
    pub(crate) default_value: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) friendly_name: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) required: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for SdkConfigurationPropertyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SdkConfigurationPropertyBuilder").finish_non_exhaustive()
    }
}
impl SdkConfigurationPropertyBuilder {
    /// See [`SdkConfigurationProperty::default_value`](crate::types::SdkConfigurationProperty::default_value).
    pub fn default_value(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_value`](Self::default_value).
    pub fn set_default_value(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.default_value = input;
        self
    }
    /// See [`SdkConfigurationProperty::description`](crate::types::SdkConfigurationProperty::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`SdkConfigurationProperty::friendly_name`](crate::types::SdkConfigurationProperty::friendly_name).
    pub fn friendly_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.friendly_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`friendly_name`](Self::friendly_name).
    pub fn set_friendly_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.friendly_name = input;
        self
    }
    /// See [`SdkConfigurationProperty::name`](crate::types::SdkConfigurationProperty::name).
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
    /// See [`SdkConfigurationProperty::required`](crate::types::SdkConfigurationProperty::required).
    pub fn required(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.required = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`required`](Self::required).
    pub fn set_required(mut self, input: ::std::option::Option<bool>) -> Self {
        self.required = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SdkConfigurationProperty,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SdkConfigurationProperty {
            default_value: self.default_value,
            description: self.description,
            friendly_name: self.friendly_name,
            name: self.name,
            required: self.required,
        })
    }
}
/// A builder for [`SdkResponse`](crate::types::SdkResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SdkResponseBuilder {
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) content_disposition: ::std::option::Option<::std::string::String>,
    pub(crate) content_type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SdkResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SdkResponseBuilder").finish_non_exhaustive()
    }
}
impl SdkResponseBuilder {
    /// See [`SdkResponse::body`](crate::types::SdkResponse::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Blob>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::Blob>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`SdkResponse::content_disposition`](crate::types::SdkResponse::content_disposition).
    pub fn content_disposition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_disposition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_disposition`](Self::content_disposition).
    pub fn set_content_disposition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_disposition = input;
        self
    }
    /// See [`SdkResponse::content_type`](crate::types::SdkResponse::content_type).
    pub fn content_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_type`](Self::content_type).
    pub fn set_content_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::SdkResponse, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::SdkResponse {
            body: self.body,
            content_disposition: self.content_disposition,
            content_type: self.content_type,
        })
    }
}
/// A builder for [`SdkType`](crate::types::SdkType).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SdkTypeBuilder {
    pub(crate) configuration_properties: ::std::option::Option<
        ::std::vec::Vec<crate::types::SdkConfigurationProperty>,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) friendly_name: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SdkTypeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SdkTypeBuilder").finish_non_exhaustive()
    }
}
impl SdkTypeBuilder {
    /// See [`SdkType::configuration_properties`](crate::types::SdkType::configuration_properties).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn configuration_properties(
        mut self,
        input: impl ::std::convert::Into<crate::types::SdkConfigurationProperty>,
    ) -> Self {
        self.configuration_properties
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`configuration_properties`](Self::configuration_properties).
    pub fn set_configuration_properties(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::SdkConfigurationProperty>,
        >,
    ) -> Self {
        self.configuration_properties = input;
        self
    }
    /// See [`SdkType::description`](crate::types::SdkType::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`SdkType::friendly_name`](crate::types::SdkType::friendly_name).
    pub fn friendly_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.friendly_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`friendly_name`](Self::friendly_name).
    pub fn set_friendly_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.friendly_name = input;
        self
    }
    /// See [`SdkType::id`](crate::types::SdkType::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::SdkType, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::SdkType {
            configuration_properties: self.configuration_properties,
            description: self.description,
            friendly_name: self.friendly_name,
            id: self.id,
        })
    }
}
/// A builder for [`SdkTypes`](crate::types::SdkTypes).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SdkTypesBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::SdkType>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SdkTypesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SdkTypesBuilder").finish_non_exhaustive()
    }
}
impl SdkTypesBuilder {
    /// See [`SdkTypes::items`](crate::types::SdkTypes::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::SdkType>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SdkType>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`SdkTypes::position`](crate::types::SdkTypes::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::SdkTypes, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::SdkTypes {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`Stage`](crate::types::Stage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StageBuilder {
    pub(crate) access_log_settings: ::std::option::Option<
        crate::types::AccessLogSettings,
    >,
    pub(crate) cache_cluster_enabled: ::std::option::Option<bool>,
    pub(crate) cache_cluster_size: ::std::option::Option<crate::types::CacheClusterSize>,
    pub(crate) cache_cluster_status: ::std::option::Option<
        crate::types::CacheClusterStatus,
    >,
    pub(crate) canary_settings: ::std::option::Option<crate::types::CanarySettings>,
    pub(crate) client_certificate_id: ::std::option::Option<::std::string::String>,
    pub(crate) created_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) deployment_id: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) documentation_version: ::std::option::Option<::std::string::String>,
    pub(crate) last_updated_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) method_settings: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, crate::types::MethodSetting>,
    >,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) tracing_enabled: ::std::option::Option<bool>,
    pub(crate) variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) web_acl_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StageBuilder").finish_non_exhaustive()
    }
}
impl StageBuilder {
    /// See [`Stage::access_log_settings`](crate::types::Stage::access_log_settings).
    pub fn access_log_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessLogSettings>,
    ) -> Self {
        self.access_log_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_log_settings`](Self::access_log_settings).
    pub fn set_access_log_settings(
        mut self,
        input: ::std::option::Option<crate::types::AccessLogSettings>,
    ) -> Self {
        self.access_log_settings = input;
        self
    }
    /// See [`Stage::cache_cluster_enabled`](crate::types::Stage::cache_cluster_enabled).
    pub fn cache_cluster_enabled(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.cache_cluster_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_cluster_enabled`](Self::cache_cluster_enabled).
    pub fn set_cache_cluster_enabled(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.cache_cluster_enabled = input;
        self
    }
    /// See [`Stage::cache_cluster_size`](crate::types::Stage::cache_cluster_size).
    pub fn cache_cluster_size(
        mut self,
        input: impl ::std::convert::Into<crate::types::CacheClusterSize>,
    ) -> Self {
        self.cache_cluster_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_cluster_size`](Self::cache_cluster_size).
    pub fn set_cache_cluster_size(
        mut self,
        input: ::std::option::Option<crate::types::CacheClusterSize>,
    ) -> Self {
        self.cache_cluster_size = input;
        self
    }
    /// See [`Stage::cache_cluster_status`](crate::types::Stage::cache_cluster_status).
    pub fn cache_cluster_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::CacheClusterStatus>,
    ) -> Self {
        self.cache_cluster_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cache_cluster_status`](Self::cache_cluster_status).
    pub fn set_cache_cluster_status(
        mut self,
        input: ::std::option::Option<crate::types::CacheClusterStatus>,
    ) -> Self {
        self.cache_cluster_status = input;
        self
    }
    /// See [`Stage::canary_settings`](crate::types::Stage::canary_settings).
    pub fn canary_settings(
        mut self,
        input: impl ::std::convert::Into<crate::types::CanarySettings>,
    ) -> Self {
        self.canary_settings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`canary_settings`](Self::canary_settings).
    pub fn set_canary_settings(
        mut self,
        input: ::std::option::Option<crate::types::CanarySettings>,
    ) -> Self {
        self.canary_settings = input;
        self
    }
    /// See [`Stage::client_certificate_id`](crate::types::Stage::client_certificate_id).
    pub fn client_certificate_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_certificate_id`](Self::client_certificate_id).
    pub fn set_client_certificate_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// See [`Stage::created_date`](crate::types::Stage::created_date).
    pub fn created_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_date`](Self::created_date).
    pub fn set_created_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_date = input;
        self
    }
    /// See [`Stage::deployment_id`](crate::types::Stage::deployment_id).
    pub fn deployment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deployment_id`](Self::deployment_id).
    pub fn set_deployment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.deployment_id = input;
        self
    }
    /// See [`Stage::description`](crate::types::Stage::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`Stage::documentation_version`](crate::types::Stage::documentation_version).
    pub fn documentation_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_version`](Self::documentation_version).
    pub fn set_documentation_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_version = input;
        self
    }
    /// See [`Stage::last_updated_date`](crate::types::Stage::last_updated_date).
    pub fn last_updated_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_updated_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_updated_date`](Self::last_updated_date).
    pub fn set_last_updated_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_updated_date = input;
        self
    }
    /// See [`Stage::method_settings`](crate::types::Stage::method_settings).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn method_settings(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<crate::types::MethodSetting>,
    ) -> Self {
        self.method_settings
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`method_settings`](Self::method_settings).
    pub fn set_method_settings(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                crate::types::MethodSetting,
            >,
        >,
    ) -> Self {
        self.method_settings = input;
        self
    }
    /// See [`Stage::stage_name`](crate::types::Stage::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// See [`Stage::tags`](crate::types::Stage::tags).
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
    /// See [`Stage::tracing_enabled`](crate::types::Stage::tracing_enabled).
    pub fn tracing_enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.tracing_enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tracing_enabled`](Self::tracing_enabled).
    pub fn set_tracing_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.tracing_enabled = input;
        self
    }
    /// See [`Stage::variables`](crate::types::Stage::variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`variables`](Self::variables).
    pub fn set_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.variables = input;
        self
    }
    /// See [`Stage::web_acl_arn`](crate::types::Stage::web_acl_arn).
    pub fn web_acl_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.web_acl_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`web_acl_arn`](Self::web_acl_arn).
    pub fn set_web_acl_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.web_acl_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Stage, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Stage {
            access_log_settings: self.access_log_settings,
            cache_cluster_enabled: self.cache_cluster_enabled,
            cache_cluster_size: self.cache_cluster_size,
            cache_cluster_status: self.cache_cluster_status,
            canary_settings: self.canary_settings,
            client_certificate_id: self.client_certificate_id,
            created_date: self.created_date,
            deployment_id: self.deployment_id,
            description: self.description,
            documentation_version: self.documentation_version,
            last_updated_date: self.last_updated_date,
            method_settings: self.method_settings,
            stage_name: self.stage_name,
            tags: self.tags,
            tracing_enabled: self.tracing_enabled,
            variables: self.variables,
            web_acl_arn: self.web_acl_arn,
        })
    }
}
/// A builder for [`StageKey`](crate::types::StageKey).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StageKeyBuilder {
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StageKeyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StageKeyBuilder").finish_non_exhaustive()
    }
}
impl StageKeyBuilder {
    /// See [`StageKey::rest_api_id`](crate::types::StageKey::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`StageKey::stage_name`](crate::types::StageKey::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::StageKey, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::StageKey {
            rest_api_id: self.rest_api_id,
            stage_name: self.stage_name,
        })
    }
}
/// A builder for [`Stages`](crate::types::Stages).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StagesBuilder {
    pub(crate) item: ::std::option::Option<::std::vec::Vec<crate::types::Stage>>,
}
impl ::std::fmt::Debug for StagesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StagesBuilder").finish_non_exhaustive()
    }
}
impl StagesBuilder {
    /// See [`Stages::item`](crate::types::Stages::item).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn item(
        mut self,
        input: impl ::std::convert::Into<crate::types::Stage>,
    ) -> Self {
        self.item.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`item`](Self::item).
    pub fn set_item(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Stage>>,
    ) -> Self {
        self.item = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Stages, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Stages {
            item: self.item,
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
/// A builder for [`Tags`](crate::types::Tags).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TagsBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for TagsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TagsBuilder").finish_non_exhaustive()
    }
}
impl TagsBuilder {
    /// See [`Tags::tags`](crate::types::Tags::tags).
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
    ) -> ::std::result::Result<crate::types::Tags, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Tags {
            tags: self.tags,
        })
    }
}
/// A builder for [`Template`](crate::types::Template).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TemplateBuilder {
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TemplateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TemplateBuilder").finish_non_exhaustive()
    }
}
impl TemplateBuilder {
    /// See [`Template::value`](crate::types::Template::value).
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
    ) -> ::std::result::Result<crate::types::Template, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Template {
            value: self.value,
        })
    }
}
/// A builder for [`TestInvokeAuthorizerRequest`](crate::types::TestInvokeAuthorizerRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestInvokeAuthorizerRequestBuilder {
    pub(crate) additional_context: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) authorizer_id: ::std::option::Option<::std::string::String>,
    pub(crate) body: ::std::option::Option<::std::string::String>,
    pub(crate) headers: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) multi_value_headers: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    pub(crate) path_with_query_string: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for TestInvokeAuthorizerRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestInvokeAuthorizerRequestBuilder").finish_non_exhaustive()
    }
}
impl TestInvokeAuthorizerRequestBuilder {
    /// See [`TestInvokeAuthorizerRequest::additional_context`](crate::types::TestInvokeAuthorizerRequest::additional_context).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn additional_context(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.additional_context
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`additional_context`](Self::additional_context).
    pub fn set_additional_context(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.additional_context = input;
        self
    }
    /// See [`TestInvokeAuthorizerRequest::authorizer_id`](crate::types::TestInvokeAuthorizerRequest::authorizer_id).
    pub fn authorizer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_id`](Self::authorizer_id).
    pub fn set_authorizer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_id = input;
        self
    }
    /// See [`TestInvokeAuthorizerRequest::body`](crate::types::TestInvokeAuthorizerRequest::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`TestInvokeAuthorizerRequest::headers`](crate::types::TestInvokeAuthorizerRequest::headers).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn headers(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`headers`](Self::headers).
    pub fn set_headers(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.headers = input;
        self
    }
    /// See [`TestInvokeAuthorizerRequest::multi_value_headers`](crate::types::TestInvokeAuthorizerRequest::multi_value_headers).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn multi_value_headers(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.multi_value_headers
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`multi_value_headers`](Self::multi_value_headers).
    pub fn set_multi_value_headers(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.multi_value_headers = input;
        self
    }
    /// See [`TestInvokeAuthorizerRequest::path_with_query_string`](crate::types::TestInvokeAuthorizerRequest::path_with_query_string).
    pub fn path_with_query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path_with_query_string = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`path_with_query_string`](Self::path_with_query_string).
    pub fn set_path_with_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.path_with_query_string = input;
        self
    }
    /// See [`TestInvokeAuthorizerRequest::rest_api_id`](crate::types::TestInvokeAuthorizerRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`TestInvokeAuthorizerRequest::stage_variables`](crate::types::TestInvokeAuthorizerRequest::stage_variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn stage_variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`stage_variables`](Self::stage_variables).
    pub fn set_stage_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.stage_variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestInvokeAuthorizerRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestInvokeAuthorizerRequest {
            additional_context: self.additional_context,
            authorizer_id: self
                .authorizer_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TestInvokeAuthorizerRequest",
                        "authorizer_id",
                    ),
                )?,
            body: self.body,
            headers: self.headers,
            multi_value_headers: self.multi_value_headers,
            path_with_query_string: self.path_with_query_string,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TestInvokeAuthorizerRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_variables: self.stage_variables,
        })
    }
}
/// A builder for [`TestInvokeAuthorizerResponse`](crate::types::TestInvokeAuthorizerResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestInvokeAuthorizerResponseBuilder {
    pub(crate) authorization: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    pub(crate) claims: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) client_status: ::std::option::Option<i64>,
    pub(crate) latency: ::std::option::Option<i64>,
    pub(crate) log: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) principal_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TestInvokeAuthorizerResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestInvokeAuthorizerResponseBuilder").finish_non_exhaustive()
    }
}
impl TestInvokeAuthorizerResponseBuilder {
    /// See [`TestInvokeAuthorizerResponse::authorization`](crate::types::TestInvokeAuthorizerResponse::authorization).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn authorization(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.authorization
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`authorization`](Self::authorization).
    pub fn set_authorization(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.authorization = input;
        self
    }
    /// See [`TestInvokeAuthorizerResponse::claims`](crate::types::TestInvokeAuthorizerResponse::claims).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn claims(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.claims
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`claims`](Self::claims).
    pub fn set_claims(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.claims = input;
        self
    }
    /// See [`TestInvokeAuthorizerResponse::client_status`](crate::types::TestInvokeAuthorizerResponse::client_status).
    pub fn client_status(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.client_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_status`](Self::client_status).
    pub fn set_client_status(mut self, input: ::std::option::Option<i64>) -> Self {
        self.client_status = input;
        self
    }
    /// See [`TestInvokeAuthorizerResponse::latency`](crate::types::TestInvokeAuthorizerResponse::latency).
    pub fn latency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.latency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latency`](Self::latency).
    pub fn set_latency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.latency = input;
        self
    }
    /// See [`TestInvokeAuthorizerResponse::log`](crate::types::TestInvokeAuthorizerResponse::log).
    pub fn log(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log`](Self::log).
    pub fn set_log(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log = input;
        self
    }
    /// See [`TestInvokeAuthorizerResponse::policy`](crate::types::TestInvokeAuthorizerResponse::policy).
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
    /// See [`TestInvokeAuthorizerResponse::principal_id`](crate::types::TestInvokeAuthorizerResponse::principal_id).
    pub fn principal_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_id`](Self::principal_id).
    pub fn set_principal_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestInvokeAuthorizerResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestInvokeAuthorizerResponse {
            authorization: self.authorization,
            claims: self.claims,
            client_status: self.client_status,
            latency: self.latency,
            log: self.log,
            policy: self.policy,
            principal_id: self.principal_id,
        })
    }
}
/// A builder for [`TestInvokeMethodRequest`](crate::types::TestInvokeMethodRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestInvokeMethodRequestBuilder {
    pub(crate) body: ::std::option::Option<::std::string::String>,
    pub(crate) client_certificate_id: ::std::option::Option<::std::string::String>,
    pub(crate) headers: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) multi_value_headers: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    pub(crate) path_with_query_string: ::std::option::Option<::std::string::String>,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_variables: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for TestInvokeMethodRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestInvokeMethodRequestBuilder").finish_non_exhaustive()
    }
}
impl TestInvokeMethodRequestBuilder {
    /// See [`TestInvokeMethodRequest::body`](crate::types::TestInvokeMethodRequest::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`TestInvokeMethodRequest::client_certificate_id`](crate::types::TestInvokeMethodRequest::client_certificate_id).
    pub fn client_certificate_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_certificate_id`](Self::client_certificate_id).
    pub fn set_client_certificate_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// See [`TestInvokeMethodRequest::headers`](crate::types::TestInvokeMethodRequest::headers).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn headers(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`headers`](Self::headers).
    pub fn set_headers(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.headers = input;
        self
    }
    /// See [`TestInvokeMethodRequest::http_method`](crate::types::TestInvokeMethodRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`TestInvokeMethodRequest::multi_value_headers`](crate::types::TestInvokeMethodRequest::multi_value_headers).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn multi_value_headers(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.multi_value_headers
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`multi_value_headers`](Self::multi_value_headers).
    pub fn set_multi_value_headers(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.multi_value_headers = input;
        self
    }
    /// See [`TestInvokeMethodRequest::path_with_query_string`](crate::types::TestInvokeMethodRequest::path_with_query_string).
    pub fn path_with_query_string(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path_with_query_string = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`path_with_query_string`](Self::path_with_query_string).
    pub fn set_path_with_query_string(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.path_with_query_string = input;
        self
    }
    /// See [`TestInvokeMethodRequest::resource_id`](crate::types::TestInvokeMethodRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`TestInvokeMethodRequest::rest_api_id`](crate::types::TestInvokeMethodRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`TestInvokeMethodRequest::stage_variables`](crate::types::TestInvokeMethodRequest::stage_variables).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn stage_variables(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_variables
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`stage_variables`](Self::stage_variables).
    pub fn set_stage_variables(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.stage_variables = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestInvokeMethodRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestInvokeMethodRequest {
            body: self.body,
            client_certificate_id: self.client_certificate_id,
            headers: self.headers,
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TestInvokeMethodRequest",
                        "http_method",
                    ),
                )?,
            multi_value_headers: self.multi_value_headers,
            path_with_query_string: self.path_with_query_string,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TestInvokeMethodRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "TestInvokeMethodRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_variables: self.stage_variables,
        })
    }
}
/// A builder for [`TestInvokeMethodResponse`](crate::types::TestInvokeMethodResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TestInvokeMethodResponseBuilder {
    pub(crate) body: ::std::option::Option<::std::string::String>,
    pub(crate) headers: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) latency: ::std::option::Option<i64>,
    pub(crate) log: ::std::option::Option<::std::string::String>,
    pub(crate) multi_value_headers: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    pub(crate) status: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for TestInvokeMethodResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestInvokeMethodResponseBuilder").finish_non_exhaustive()
    }
}
impl TestInvokeMethodResponseBuilder {
    /// See [`TestInvokeMethodResponse::body`](crate::types::TestInvokeMethodResponse::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`TestInvokeMethodResponse::headers`](crate::types::TestInvokeMethodResponse::headers).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn headers(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`headers`](Self::headers).
    pub fn set_headers(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.headers = input;
        self
    }
    /// See [`TestInvokeMethodResponse::latency`](crate::types::TestInvokeMethodResponse::latency).
    pub fn latency(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.latency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`latency`](Self::latency).
    pub fn set_latency(mut self, input: ::std::option::Option<i64>) -> Self {
        self.latency = input;
        self
    }
    /// See [`TestInvokeMethodResponse::log`](crate::types::TestInvokeMethodResponse::log).
    pub fn log(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`log`](Self::log).
    pub fn set_log(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.log = input;
        self
    }
    /// See [`TestInvokeMethodResponse::multi_value_headers`](crate::types::TestInvokeMethodResponse::multi_value_headers).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn multi_value_headers(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.multi_value_headers
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`multi_value_headers`](Self::multi_value_headers).
    pub fn set_multi_value_headers(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.multi_value_headers = input;
        self
    }
    /// See [`TestInvokeMethodResponse::status`](crate::types::TestInvokeMethodResponse::status).
    pub fn status(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(mut self, input: ::std::option::Option<i64>) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::TestInvokeMethodResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::TestInvokeMethodResponse {
            body: self.body,
            headers: self.headers,
            latency: self.latency,
            log: self.log,
            multi_value_headers: self.multi_value_headers,
            status: self.status,
        })
    }
}
/// A builder for [`ThrottleSettings`](crate::types::ThrottleSettings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ThrottleSettingsBuilder {
    pub(crate) burst_limit: ::std::option::Option<i64>,
    pub(crate) rate_limit: ::std::option::Option<f64>,
}
impl ::std::fmt::Debug for ThrottleSettingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ThrottleSettingsBuilder").finish_non_exhaustive()
    }
}
impl ThrottleSettingsBuilder {
    /// See [`ThrottleSettings::burst_limit`](crate::types::ThrottleSettings::burst_limit).
    pub fn burst_limit(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.burst_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`burst_limit`](Self::burst_limit).
    pub fn set_burst_limit(mut self, input: ::std::option::Option<i64>) -> Self {
        self.burst_limit = input;
        self
    }
    /// See [`ThrottleSettings::rate_limit`](crate::types::ThrottleSettings::rate_limit).
    pub fn rate_limit(mut self, input: impl ::std::convert::Into<f64>) -> Self {
        self.rate_limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rate_limit`](Self::rate_limit).
    pub fn set_rate_limit(mut self, input: ::std::option::Option<f64>) -> Self {
        self.rate_limit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ThrottleSettings,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ThrottleSettings {
            burst_limit: self.burst_limit,
            rate_limit: self.rate_limit,
        })
    }
}
/// A builder for [`TlsConfig`](crate::types::TlsConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TlsConfigBuilder {
    pub(crate) insecure_skip_verification: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for TlsConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TlsConfigBuilder").finish_non_exhaustive()
    }
}
impl TlsConfigBuilder {
    /// See [`TlsConfig::insecure_skip_verification`](crate::types::TlsConfig::insecure_skip_verification).
    pub fn insecure_skip_verification(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.insecure_skip_verification = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`insecure_skip_verification`](Self::insecure_skip_verification).
    pub fn set_insecure_skip_verification(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.insecure_skip_verification = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::TlsConfig, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::TlsConfig {
            insecure_skip_verification: self.insecure_skip_verification,
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
/// A builder for [`UpdateAccountRequest`](crate::types::UpdateAccountRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAccountRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl ::std::fmt::Debug for UpdateAccountRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAccountRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateAccountRequestBuilder {
    /// See [`UpdateAccountRequest::patch_operations`](crate::types::UpdateAccountRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAccountRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAccountRequest {
            patch_operations: self.patch_operations,
        })
    }
}
/// A builder for [`UpdateApiKeyRequest`](crate::types::UpdateApiKeyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateApiKeyRequestBuilder {
    pub(crate) api_key: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl ::std::fmt::Debug for UpdateApiKeyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateApiKeyRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateApiKeyRequestBuilder {
    /// See [`UpdateApiKeyRequest::api_key`](crate::types::UpdateApiKeyRequest::api_key).
    pub fn api_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_key`](Self::api_key).
    pub fn set_api_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.api_key = input;
        self
    }
    /// See [`UpdateApiKeyRequest::patch_operations`](crate::types::UpdateApiKeyRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateApiKeyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateApiKeyRequest {
            api_key: self
                .api_key
                .ok_or(
                    crate::runtime::BuildError::missing("UpdateApiKeyRequest", "api_key"),
                )?,
            patch_operations: self.patch_operations,
        })
    }
}
/// A builder for [`UpdateAuthorizerRequest`](crate::types::UpdateAuthorizerRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAuthorizerRequestBuilder {
    pub(crate) authorizer_id: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateAuthorizerRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAuthorizerRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateAuthorizerRequestBuilder {
    /// See [`UpdateAuthorizerRequest::authorizer_id`](crate::types::UpdateAuthorizerRequest::authorizer_id).
    pub fn authorizer_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorizer_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authorizer_id`](Self::authorizer_id).
    pub fn set_authorizer_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.authorizer_id = input;
        self
    }
    /// See [`UpdateAuthorizerRequest::patch_operations`](crate::types::UpdateAuthorizerRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateAuthorizerRequest::rest_api_id`](crate::types::UpdateAuthorizerRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAuthorizerRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAuthorizerRequest {
            authorizer_id: self
                .authorizer_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateAuthorizerRequest",
                        "authorizer_id",
                    ),
                )?,
            patch_operations: self.patch_operations,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateAuthorizerRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateBasePathMappingRequest`](crate::types::UpdateBasePathMappingRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateBasePathMappingRequestBuilder {
    pub(crate) base_path: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl ::std::fmt::Debug for UpdateBasePathMappingRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateBasePathMappingRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateBasePathMappingRequestBuilder {
    /// See [`UpdateBasePathMappingRequest::base_path`](crate::types::UpdateBasePathMappingRequest::base_path).
    pub fn base_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`base_path`](Self::base_path).
    pub fn set_base_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.base_path = input;
        self
    }
    /// See [`UpdateBasePathMappingRequest::domain_name`](crate::types::UpdateBasePathMappingRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`UpdateBasePathMappingRequest::domain_name_id`](crate::types::UpdateBasePathMappingRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// See [`UpdateBasePathMappingRequest::patch_operations`](crate::types::UpdateBasePathMappingRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateBasePathMappingRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateBasePathMappingRequest {
            base_path: self
                .base_path
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateBasePathMappingRequest",
                        "base_path",
                    ),
                )?,
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateBasePathMappingRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
            patch_operations: self.patch_operations,
        })
    }
}
/// A builder for [`UpdateClientCertificateRequest`](crate::types::UpdateClientCertificateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateClientCertificateRequestBuilder {
    pub(crate) client_certificate_id: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl ::std::fmt::Debug for UpdateClientCertificateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateClientCertificateRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateClientCertificateRequestBuilder {
    /// See [`UpdateClientCertificateRequest::client_certificate_id`](crate::types::UpdateClientCertificateRequest::client_certificate_id).
    pub fn client_certificate_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_certificate_id`](Self::client_certificate_id).
    pub fn set_client_certificate_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_certificate_id = input;
        self
    }
    /// See [`UpdateClientCertificateRequest::patch_operations`](crate::types::UpdateClientCertificateRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateClientCertificateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateClientCertificateRequest {
            client_certificate_id: self
                .client_certificate_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateClientCertificateRequest",
                        "client_certificate_id",
                    ),
                )?,
            patch_operations: self.patch_operations,
        })
    }
}
/// A builder for [`UpdateDeploymentRequest`](crate::types::UpdateDeploymentRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateDeploymentRequestBuilder {
    pub(crate) deployment_id: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateDeploymentRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateDeploymentRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateDeploymentRequestBuilder {
    /// See [`UpdateDeploymentRequest::deployment_id`](crate::types::UpdateDeploymentRequest::deployment_id).
    pub fn deployment_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deployment_id`](Self::deployment_id).
    pub fn set_deployment_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.deployment_id = input;
        self
    }
    /// See [`UpdateDeploymentRequest::patch_operations`](crate::types::UpdateDeploymentRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateDeploymentRequest::rest_api_id`](crate::types::UpdateDeploymentRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateDeploymentRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateDeploymentRequest {
            deployment_id: self
                .deployment_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateDeploymentRequest",
                        "deployment_id",
                    ),
                )?,
            patch_operations: self.patch_operations,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateDeploymentRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateDocumentationPartRequest`](crate::types::UpdateDocumentationPartRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateDocumentationPartRequestBuilder {
    pub(crate) documentation_part_id: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateDocumentationPartRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateDocumentationPartRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateDocumentationPartRequestBuilder {
    /// See [`UpdateDocumentationPartRequest::documentation_part_id`](crate::types::UpdateDocumentationPartRequest::documentation_part_id).
    pub fn documentation_part_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_part_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_part_id`](Self::documentation_part_id).
    pub fn set_documentation_part_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_part_id = input;
        self
    }
    /// See [`UpdateDocumentationPartRequest::patch_operations`](crate::types::UpdateDocumentationPartRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateDocumentationPartRequest::rest_api_id`](crate::types::UpdateDocumentationPartRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateDocumentationPartRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateDocumentationPartRequest {
            documentation_part_id: self
                .documentation_part_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateDocumentationPartRequest",
                        "documentation_part_id",
                    ),
                )?,
            patch_operations: self.patch_operations,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateDocumentationPartRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateDocumentationVersionRequest`](crate::types::UpdateDocumentationVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateDocumentationVersionRequestBuilder {
    pub(crate) documentation_version: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateDocumentationVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateDocumentationVersionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateDocumentationVersionRequestBuilder {
    /// See [`UpdateDocumentationVersionRequest::documentation_version`](crate::types::UpdateDocumentationVersionRequest::documentation_version).
    pub fn documentation_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.documentation_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`documentation_version`](Self::documentation_version).
    pub fn set_documentation_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.documentation_version = input;
        self
    }
    /// See [`UpdateDocumentationVersionRequest::patch_operations`](crate::types::UpdateDocumentationVersionRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateDocumentationVersionRequest::rest_api_id`](crate::types::UpdateDocumentationVersionRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateDocumentationVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateDocumentationVersionRequest {
            documentation_version: self
                .documentation_version
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateDocumentationVersionRequest",
                        "documentation_version",
                    ),
                )?,
            patch_operations: self.patch_operations,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateDocumentationVersionRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateDomainNameRequest`](crate::types::UpdateDomainNameRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateDomainNameRequestBuilder {
    pub(crate) domain_name: ::std::option::Option<::std::string::String>,
    pub(crate) domain_name_id: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
}
impl ::std::fmt::Debug for UpdateDomainNameRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateDomainNameRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateDomainNameRequestBuilder {
    /// See [`UpdateDomainNameRequest::domain_name`](crate::types::UpdateDomainNameRequest::domain_name).
    pub fn domain_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name`](Self::domain_name).
    pub fn set_domain_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name = input;
        self
    }
    /// See [`UpdateDomainNameRequest::domain_name_id`](crate::types::UpdateDomainNameRequest::domain_name_id).
    pub fn domain_name_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`domain_name_id`](Self::domain_name_id).
    pub fn set_domain_name_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.domain_name_id = input;
        self
    }
    /// See [`UpdateDomainNameRequest::patch_operations`](crate::types::UpdateDomainNameRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateDomainNameRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateDomainNameRequest {
            domain_name: self
                .domain_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateDomainNameRequest",
                        "domain_name",
                    ),
                )?,
            domain_name_id: self.domain_name_id,
            patch_operations: self.patch_operations,
        })
    }
}
/// A builder for [`UpdateGatewayResponseRequest`](crate::types::UpdateGatewayResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateGatewayResponseRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) response_type: ::std::option::Option<crate::types::GatewayResponseType>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateGatewayResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateGatewayResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateGatewayResponseRequestBuilder {
    /// See [`UpdateGatewayResponseRequest::patch_operations`](crate::types::UpdateGatewayResponseRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateGatewayResponseRequest::response_type`](crate::types::UpdateGatewayResponseRequest::response_type).
    pub fn response_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`response_type`](Self::response_type).
    pub fn set_response_type(
        mut self,
        input: ::std::option::Option<crate::types::GatewayResponseType>,
    ) -> Self {
        self.response_type = input;
        self
    }
    /// See [`UpdateGatewayResponseRequest::rest_api_id`](crate::types::UpdateGatewayResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateGatewayResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateGatewayResponseRequest {
            patch_operations: self.patch_operations,
            response_type: self
                .response_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateGatewayResponseRequest",
                        "response_type",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateGatewayResponseRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateIntegrationRequest`](crate::types::UpdateIntegrationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateIntegrationRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateIntegrationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateIntegrationRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateIntegrationRequestBuilder {
    /// See [`UpdateIntegrationRequest::http_method`](crate::types::UpdateIntegrationRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`UpdateIntegrationRequest::patch_operations`](crate::types::UpdateIntegrationRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateIntegrationRequest::resource_id`](crate::types::UpdateIntegrationRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`UpdateIntegrationRequest::rest_api_id`](crate::types::UpdateIntegrationRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateIntegrationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateIntegrationRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateIntegrationRequest",
                        "http_method",
                    ),
                )?,
            patch_operations: self.patch_operations,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateIntegrationRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateIntegrationRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateIntegrationResponseRequest`](crate::types::UpdateIntegrationResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateIntegrationResponseRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateIntegrationResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateIntegrationResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateIntegrationResponseRequestBuilder {
    /// See [`UpdateIntegrationResponseRequest::http_method`](crate::types::UpdateIntegrationResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`UpdateIntegrationResponseRequest::patch_operations`](crate::types::UpdateIntegrationResponseRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateIntegrationResponseRequest::resource_id`](crate::types::UpdateIntegrationResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`UpdateIntegrationResponseRequest::rest_api_id`](crate::types::UpdateIntegrationResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`UpdateIntegrationResponseRequest::status_code`](crate::types::UpdateIntegrationResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateIntegrationResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateIntegrationResponseRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateIntegrationResponseRequest",
                        "http_method",
                    ),
                )?,
            patch_operations: self.patch_operations,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateIntegrationResponseRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateIntegrationResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateIntegrationResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateMethodRequest`](crate::types::UpdateMethodRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateMethodRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateMethodRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMethodRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateMethodRequestBuilder {
    /// See [`UpdateMethodRequest::http_method`](crate::types::UpdateMethodRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`UpdateMethodRequest::patch_operations`](crate::types::UpdateMethodRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateMethodRequest::resource_id`](crate::types::UpdateMethodRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`UpdateMethodRequest::rest_api_id`](crate::types::UpdateMethodRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateMethodRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateMethodRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMethodRequest",
                        "http_method",
                    ),
                )?,
            patch_operations: self.patch_operations,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMethodRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMethodRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateMethodResponseRequest`](crate::types::UpdateMethodResponseRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateMethodResponseRequestBuilder {
    pub(crate) http_method: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) status_code: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateMethodResponseRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMethodResponseRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateMethodResponseRequestBuilder {
    /// See [`UpdateMethodResponseRequest::http_method`](crate::types::UpdateMethodResponseRequest::http_method).
    pub fn http_method(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_method = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`http_method`](Self::http_method).
    pub fn set_http_method(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.http_method = input;
        self
    }
    /// See [`UpdateMethodResponseRequest::patch_operations`](crate::types::UpdateMethodResponseRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateMethodResponseRequest::resource_id`](crate::types::UpdateMethodResponseRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`UpdateMethodResponseRequest::rest_api_id`](crate::types::UpdateMethodResponseRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`UpdateMethodResponseRequest::status_code`](crate::types::UpdateMethodResponseRequest::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateMethodResponseRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateMethodResponseRequest {
            http_method: self
                .http_method
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMethodResponseRequest",
                        "http_method",
                    ),
                )?,
            patch_operations: self.patch_operations,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMethodResponseRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMethodResponseRequest",
                        "rest_api_id",
                    ),
                )?,
            status_code: self
                .status_code
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateMethodResponseRequest",
                        "status_code",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateModelRequest`](crate::types::UpdateModelRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateModelRequestBuilder {
    pub(crate) model_name: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateModelRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateModelRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateModelRequestBuilder {
    /// See [`UpdateModelRequest::model_name`](crate::types::UpdateModelRequest::model_name).
    pub fn model_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`model_name`](Self::model_name).
    pub fn set_model_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.model_name = input;
        self
    }
    /// See [`UpdateModelRequest::patch_operations`](crate::types::UpdateModelRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateModelRequest::rest_api_id`](crate::types::UpdateModelRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateModelRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateModelRequest {
            model_name: self
                .model_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateModelRequest",
                        "model_name",
                    ),
                )?,
            patch_operations: self.patch_operations,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateModelRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateRequestValidatorRequest`](crate::types::UpdateRequestValidatorRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateRequestValidatorRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) request_validator_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateRequestValidatorRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateRequestValidatorRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateRequestValidatorRequestBuilder {
    /// See [`UpdateRequestValidatorRequest::patch_operations`](crate::types::UpdateRequestValidatorRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateRequestValidatorRequest::request_validator_id`](crate::types::UpdateRequestValidatorRequest::request_validator_id).
    pub fn request_validator_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_validator_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`request_validator_id`](Self::request_validator_id).
    pub fn set_request_validator_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request_validator_id = input;
        self
    }
    /// See [`UpdateRequestValidatorRequest::rest_api_id`](crate::types::UpdateRequestValidatorRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateRequestValidatorRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateRequestValidatorRequest {
            patch_operations: self.patch_operations,
            request_validator_id: self
                .request_validator_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateRequestValidatorRequest",
                        "request_validator_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateRequestValidatorRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateResourceRequest`](crate::types::UpdateResourceRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateResourceRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) resource_id: ::std::option::Option<::std::string::String>,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateResourceRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateResourceRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateResourceRequestBuilder {
    /// See [`UpdateResourceRequest::patch_operations`](crate::types::UpdateResourceRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateResourceRequest::resource_id`](crate::types::UpdateResourceRequest::resource_id).
    pub fn resource_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resource_id`](Self::resource_id).
    pub fn set_resource_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.resource_id = input;
        self
    }
    /// See [`UpdateResourceRequest::rest_api_id`](crate::types::UpdateResourceRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateResourceRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateResourceRequest {
            patch_operations: self.patch_operations,
            resource_id: self
                .resource_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateResourceRequest",
                        "resource_id",
                    ),
                )?,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateResourceRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateRestApiRequest`](crate::types::UpdateRestApiRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateRestApiRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateRestApiRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateRestApiRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateRestApiRequestBuilder {
    /// See [`UpdateRestApiRequest::patch_operations`](crate::types::UpdateRestApiRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateRestApiRequest::rest_api_id`](crate::types::UpdateRestApiRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateRestApiRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateRestApiRequest {
            patch_operations: self.patch_operations,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateRestApiRequest",
                        "rest_api_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateStageRequest`](crate::types::UpdateStageRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateStageRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) rest_api_id: ::std::option::Option<::std::string::String>,
    pub(crate) stage_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateStageRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStageRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateStageRequestBuilder {
    /// See [`UpdateStageRequest::patch_operations`](crate::types::UpdateStageRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateStageRequest::rest_api_id`](crate::types::UpdateStageRequest::rest_api_id).
    pub fn rest_api_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rest_api_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rest_api_id`](Self::rest_api_id).
    pub fn set_rest_api_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.rest_api_id = input;
        self
    }
    /// See [`UpdateStageRequest::stage_name`](crate::types::UpdateStageRequest::stage_name).
    pub fn stage_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stage_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stage_name`](Self::stage_name).
    pub fn set_stage_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stage_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateStageRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateStageRequest {
            patch_operations: self.patch_operations,
            rest_api_id: self
                .rest_api_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateStageRequest",
                        "rest_api_id",
                    ),
                )?,
            stage_name: self
                .stage_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateStageRequest",
                        "stage_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateUsagePlanRequest`](crate::types::UpdateUsagePlanRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateUsagePlanRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateUsagePlanRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateUsagePlanRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateUsagePlanRequestBuilder {
    /// See [`UpdateUsagePlanRequest::patch_operations`](crate::types::UpdateUsagePlanRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateUsagePlanRequest::usage_plan_id`](crate::types::UpdateUsagePlanRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateUsagePlanRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateUsagePlanRequest {
            patch_operations: self.patch_operations,
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateUsagePlanRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateUsageRequest`](crate::types::UpdateUsageRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateUsageRequestBuilder {
    pub(crate) key_id: ::std::option::Option<::std::string::String>,
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateUsageRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateUsageRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateUsageRequestBuilder {
    /// See [`UpdateUsageRequest::key_id`](crate::types::UpdateUsageRequest::key_id).
    pub fn key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_id`](Self::key_id).
    pub fn set_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_id = input;
        self
    }
    /// See [`UpdateUsageRequest::patch_operations`](crate::types::UpdateUsageRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateUsageRequest::usage_plan_id`](crate::types::UpdateUsageRequest::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateUsageRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateUsageRequest {
            key_id: self
                .key_id
                .ok_or(
                    crate::runtime::BuildError::missing("UpdateUsageRequest", "key_id"),
                )?,
            patch_operations: self.patch_operations,
            usage_plan_id: self
                .usage_plan_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateUsageRequest",
                        "usage_plan_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateVpcLinkRequest`](crate::types::UpdateVpcLinkRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateVpcLinkRequestBuilder {
    pub(crate) patch_operations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PatchOperation>,
    >,
    pub(crate) vpc_link_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateVpcLinkRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateVpcLinkRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateVpcLinkRequestBuilder {
    /// See [`UpdateVpcLinkRequest::patch_operations`](crate::types::UpdateVpcLinkRequest::patch_operations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn patch_operations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PatchOperation>,
    ) -> Self {
        self.patch_operations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`patch_operations`](Self::patch_operations).
    pub fn set_patch_operations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PatchOperation>>,
    ) -> Self {
        self.patch_operations = input;
        self
    }
    /// See [`UpdateVpcLinkRequest::vpc_link_id`](crate::types::UpdateVpcLinkRequest::vpc_link_id).
    pub fn vpc_link_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_link_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_link_id`](Self::vpc_link_id).
    pub fn set_vpc_link_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vpc_link_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateVpcLinkRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateVpcLinkRequest {
            patch_operations: self.patch_operations,
            vpc_link_id: self
                .vpc_link_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateVpcLinkRequest",
                        "vpc_link_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`Usage`](crate::types::Usage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UsageBuilder {
    pub(crate) end_date: ::std::option::Option<::std::string::String>,
    pub(crate) items: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::vec::Vec<i64>>,
        >,
    >,
    pub(crate) position: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<::std::string::String>,
    pub(crate) usage_plan_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UsageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UsageBuilder").finish_non_exhaustive()
    }
}
impl UsageBuilder {
    /// See [`Usage::end_date`](crate::types::Usage::end_date).
    pub fn end_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_date`](Self::end_date).
    pub fn set_end_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.end_date = input;
        self
    }
    /// See [`Usage::items`](crate::types::Usage::items).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn items(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.items
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::vec::Vec<i64>>,
            >,
        >,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`Usage::position`](crate::types::Usage::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// See [`Usage::start_date`](crate::types::Usage::start_date).
    pub fn start_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`start_date`](Self::start_date).
    pub fn set_start_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.start_date = input;
        self
    }
    /// See [`Usage::usage_plan_id`](crate::types::Usage::usage_plan_id).
    pub fn usage_plan_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage_plan_id`](Self::usage_plan_id).
    pub fn set_usage_plan_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage_plan_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Usage, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Usage {
            end_date: self.end_date,
            items: self.items,
            position: self.position,
            start_date: self.start_date,
            usage_plan_id: self.usage_plan_id,
        })
    }
}
/// A builder for [`UsagePlan`](crate::types::UsagePlan).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UsagePlanBuilder {
    pub(crate) api_stages: ::std::option::Option<
        ::std::vec::Vec<crate::types::ApiStage>,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) product_code: ::std::option::Option<::std::string::String>,
    pub(crate) quota: ::std::option::Option<crate::types::QuotaSettings>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) throttle: ::std::option::Option<crate::types::ThrottleSettings>,
}
impl ::std::fmt::Debug for UsagePlanBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UsagePlanBuilder").finish_non_exhaustive()
    }
}
impl UsagePlanBuilder {
    /// See [`UsagePlan::api_stages`](crate::types::UsagePlan::api_stages).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn api_stages(
        mut self,
        input: impl ::std::convert::Into<crate::types::ApiStage>,
    ) -> Self {
        self.api_stages.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`api_stages`](Self::api_stages).
    pub fn set_api_stages(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ApiStage>>,
    ) -> Self {
        self.api_stages = input;
        self
    }
    /// See [`UsagePlan::description`](crate::types::UsagePlan::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`UsagePlan::id`](crate::types::UsagePlan::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`UsagePlan::name`](crate::types::UsagePlan::name).
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
    /// See [`UsagePlan::product_code`](crate::types::UsagePlan::product_code).
    pub fn product_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`product_code`](Self::product_code).
    pub fn set_product_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.product_code = input;
        self
    }
    /// See [`UsagePlan::quota`](crate::types::UsagePlan::quota).
    pub fn quota(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuotaSettings>,
    ) -> Self {
        self.quota = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quota`](Self::quota).
    pub fn set_quota(
        mut self,
        input: ::std::option::Option<crate::types::QuotaSettings>,
    ) -> Self {
        self.quota = input;
        self
    }
    /// See [`UsagePlan::tags`](crate::types::UsagePlan::tags).
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
    /// See [`UsagePlan::throttle`](crate::types::UsagePlan::throttle).
    pub fn throttle(
        mut self,
        input: impl ::std::convert::Into<crate::types::ThrottleSettings>,
    ) -> Self {
        self.throttle = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`throttle`](Self::throttle).
    pub fn set_throttle(
        mut self,
        input: ::std::option::Option<crate::types::ThrottleSettings>,
    ) -> Self {
        self.throttle = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::UsagePlan, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::UsagePlan {
            api_stages: self.api_stages,
            description: self.description,
            id: self.id,
            name: self.name,
            product_code: self.product_code,
            quota: self.quota,
            tags: self.tags,
            throttle: self.throttle,
        })
    }
}
/// A builder for [`UsagePlanKey`](crate::types::UsagePlanKey).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UsagePlanKeyBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UsagePlanKeyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UsagePlanKeyBuilder").finish_non_exhaustive()
    }
}
impl UsagePlanKeyBuilder {
    /// See [`UsagePlanKey::id`](crate::types::UsagePlanKey::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`UsagePlanKey::name`](crate::types::UsagePlanKey::name).
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
    /// See [`UsagePlanKey::type`](crate::types::UsagePlanKey::type).
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
    /// See [`UsagePlanKey::value`](crate::types::UsagePlanKey::value).
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
    ) -> ::std::result::Result<crate::types::UsagePlanKey, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::UsagePlanKey {
            id: self.id,
            name: self.name,
            r#type: self.r#type,
            value: self.value,
        })
    }
}
/// A builder for [`UsagePlanKeys`](crate::types::UsagePlanKeys).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UsagePlanKeysBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::UsagePlanKey>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UsagePlanKeysBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UsagePlanKeysBuilder").finish_non_exhaustive()
    }
}
impl UsagePlanKeysBuilder {
    /// See [`UsagePlanKeys::items`](crate::types::UsagePlanKeys::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::UsagePlanKey>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::UsagePlanKey>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`UsagePlanKeys::position`](crate::types::UsagePlanKeys::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::UsagePlanKeys, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::UsagePlanKeys {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`UsagePlans`](crate::types::UsagePlans).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UsagePlansBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::UsagePlan>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UsagePlansBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UsagePlansBuilder").finish_non_exhaustive()
    }
}
impl UsagePlansBuilder {
    /// See [`UsagePlans::items`](crate::types::UsagePlans::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::UsagePlan>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::UsagePlan>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`UsagePlans::position`](crate::types::UsagePlans::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::UsagePlans, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::UsagePlans {
            items: self.items,
            position: self.position,
        })
    }
}
/// A builder for [`VpcLink`](crate::types::VpcLink).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VpcLinkBuilder {
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::VpcLinkStatus>,
    pub(crate) status_message: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) target_arns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for VpcLinkBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VpcLinkBuilder").finish_non_exhaustive()
    }
}
impl VpcLinkBuilder {
    /// See [`VpcLink::description`](crate::types::VpcLink::description).
    pub fn description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`description`](Self::description).
    pub fn set_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.description = input;
        self
    }
    /// See [`VpcLink::id`](crate::types::VpcLink::id).
    pub fn id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`id`](Self::id).
    pub fn set_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = input;
        self
    }
    /// See [`VpcLink::name`](crate::types::VpcLink::name).
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
    /// See [`VpcLink::status`](crate::types::VpcLink::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcLinkStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::VpcLinkStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`VpcLink::status_message`](crate::types::VpcLink::status_message).
    pub fn status_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_message`](Self::status_message).
    pub fn set_status_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.status_message = input;
        self
    }
    /// See [`VpcLink::tags`](crate::types::VpcLink::tags).
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
    /// See [`VpcLink::target_arns`](crate::types::VpcLink::target_arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn target_arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_arns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`target_arns`](Self::target_arns).
    pub fn set_target_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.target_arns = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::VpcLink, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::VpcLink {
            description: self.description,
            id: self.id,
            name: self.name,
            status: self.status,
            status_message: self.status_message,
            tags: self.tags,
            target_arns: self.target_arns,
        })
    }
}
/// A builder for [`VpcLinks`](crate::types::VpcLinks).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VpcLinksBuilder {
    pub(crate) items: ::std::option::Option<::std::vec::Vec<crate::types::VpcLink>>,
    pub(crate) position: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for VpcLinksBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VpcLinksBuilder").finish_non_exhaustive()
    }
}
impl VpcLinksBuilder {
    /// See [`VpcLinks::items`](crate::types::VpcLinks::items).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn items(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcLink>,
    ) -> Self {
        self.items.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`items`](Self::items).
    pub fn set_items(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::VpcLink>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// See [`VpcLinks::position`](crate::types::VpcLinks::position).
    pub fn position(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.position = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`position`](Self::position).
    pub fn set_position(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.position = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::VpcLinks, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::VpcLinks {
            items: self.items,
            position: self.position,
        })
    }
}
