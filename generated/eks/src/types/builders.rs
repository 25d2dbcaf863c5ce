//! Builders for the structures in [`types`](crate::types).
/// A builder for [`AccessConfigResponse`](crate::types::AccessConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccessConfigResponseBuilder {
    pub(crate) authentication_mode: ::std::option::Option<
        crate::types::AuthenticationMode,
    >,
    pub(crate) bootstrap_cluster_creator_admin_permissions: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for AccessConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl AccessConfigResponseBuilder {
    /// See [`AccessConfigResponse::authentication_mode`](crate::types::AccessConfigResponse::authentication_mode).
    pub fn authentication_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::AuthenticationMode>,
    ) -> Self {
        self.authentication_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authentication_mode`](Self::authentication_mode).
    pub fn set_authentication_mode(
        mut self,
        input: ::std::option::Option<crate::types::AuthenticationMode>,
    ) -> Self {
        self.authentication_mode = input;
        self
    }
    /// See [`AccessConfigResponse::bootstrap_cluster_creator_admin_permissions`](crate::types::AccessConfigResponse::bootstrap_cluster_creator_admin_permissions).
    pub fn bootstrap_cluster_creator_admin_permissions(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bootstrap_cluster_creator_admin_permissions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`bootstrap_cluster_creator_admin_permissions`](Self::bootstrap_cluster_creator_admin_permissions).
    pub fn set_bootstrap_cluster_creator_admin_permissions(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.bootstrap_cluster_creator_admin_permissions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AccessConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AccessConfigResponse {
            authentication_mode: self.authentication_mode,
            bootstrap_cluster_creator_admin_permissions: self
                .bootstrap_cluster_creator_admin_permissions,
        })
    }
}
/// A builder for [`AccessEntry`](crate::types::AccessEntry).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccessEntryBuilder {
    pub(crate) access_entry_arn: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) kubernetes_groups: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<::std::string::String>,
    pub(crate) username: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AccessEntryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessEntryBuilder").finish_non_exhaustive()
    }
}
impl AccessEntryBuilder {
    /// See [`AccessEntry::access_entry_arn`](crate::types::AccessEntry::access_entry_arn).
    pub fn access_entry_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_entry_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_entry_arn`](Self::access_entry_arn).
    pub fn set_access_entry_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.access_entry_arn = input;
        self
    }
    /// See [`AccessEntry::cluster_name`](crate::types::AccessEntry::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`AccessEntry::created_at`](crate::types::AccessEntry::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`AccessEntry::kubernetes_groups`](crate::types::AccessEntry::kubernetes_groups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn kubernetes_groups(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_groups
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`kubernetes_groups`](Self::kubernetes_groups).
    pub fn set_kubernetes_groups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.kubernetes_groups = input;
        self
    }
    /// See [`AccessEntry::modified_at`](crate::types::AccessEntry::modified_at).
    pub fn modified_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`modified_at`](Self::modified_at).
    pub fn set_modified_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = input;
        self
    }
    /// See [`AccessEntry::principal_arn`](crate::types::AccessEntry::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// See [`AccessEntry::tags`](crate::types::AccessEntry::tags).
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
    /// See [`AccessEntry::type`](crate::types::AccessEntry::type).
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
    /// See [`AccessEntry::username`](crate::types::AccessEntry::username).
    pub fn username(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`username`](Self::username).
    pub fn set_username(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.username = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AccessEntry, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AccessEntry {
            access_entry_arn: self.access_entry_arn,
            cluster_name: self.cluster_name,
            created_at: self.created_at,
            kubernetes_groups: self.kubernetes_groups,
            modified_at: self.modified_at,
            principal_arn: self.principal_arn,
            tags: self.tags,
            r#type: self.r#type,
            username: self.username,
        })
    }
}
/// A builder for [`AccessPolicy`](crate::types::AccessPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccessPolicyBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AccessPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessPolicyBuilder").finish_non_exhaustive()
    }
}
impl AccessPolicyBuilder {
    /// See [`AccessPolicy::arn`](crate::types::AccessPolicy::arn).
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
    /// See [`AccessPolicy::name`](crate::types::AccessPolicy::name).
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
    ) -> ::std::result::Result<crate::types::AccessPolicy, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AccessPolicy {
            arn: self.arn,
            name: self.name,
        })
    }
}
/// A builder for [`AccessScope`](crate::types::AccessScope).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AccessScopeBuilder {
    pub(crate) namespaces: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) r#type: ::std::option::Option<crate::types::AccessScopeType>,
}
impl ::std::fmt::Debug for AccessScopeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessScopeBuilder").finish_non_exhaustive()
    }
}
impl AccessScopeBuilder {
    /// See [`AccessScope::namespaces`](crate::types::AccessScope::namespaces).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn namespaces(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespaces.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`namespaces`](Self::namespaces).
    pub fn set_namespaces(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.namespaces = input;
        self
    }
    /// See [`AccessScope::type`](crate::types::AccessScope::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessScopeType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::AccessScopeType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AccessScope, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AccessScope {
            namespaces: self.namespaces,
            r#type: self.r#type,
        })
    }
}
/// A builder for [`AckConfigRequest`](crate::types::AckConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AckConfigRequestBuilder {
    pub(crate) disabled_services: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) enable_cross_namespace: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for AckConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AckConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl AckConfigRequestBuilder {
    /// See [`AckConfigRequest::disabled_services`](crate::types::AckConfigRequest::disabled_services).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn disabled_services(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disabled_services
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`disabled_services`](Self::disabled_services).
    pub fn set_disabled_services(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.disabled_services = input;
        self
    }
    /// See [`AckConfigRequest::enable_cross_namespace`](crate::types::AckConfigRequest::enable_cross_namespace).
    pub fn enable_cross_namespace(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.enable_cross_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enable_cross_namespace`](Self::enable_cross_namespace).
    pub fn set_enable_cross_namespace(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.enable_cross_namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AckConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AckConfigRequest {
            disabled_services: self.disabled_services,
            enable_cross_namespace: self.enable_cross_namespace,
        })
    }
}
/// A builder for [`AckConfigResponse`](crate::types::AckConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AckConfigResponseBuilder {
    pub(crate) disabled_services: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) enable_cross_namespace: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for AckConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AckConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl AckConfigResponseBuilder {
    /// See [`AckConfigResponse::disabled_services`](crate::types::AckConfigResponse::disabled_services).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn disabled_services(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disabled_services
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`disabled_services`](Self::disabled_services).
    pub fn set_disabled_services(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.disabled_services = input;
        self
    }
    /// See [`AckConfigResponse::enable_cross_namespace`](crate::types::AckConfigResponse::enable_cross_namespace).
    pub fn enable_cross_namespace(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.enable_cross_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enable_cross_namespace`](Self::enable_cross_namespace).
    pub fn set_enable_cross_namespace(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.enable_cross_namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AckConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AckConfigResponse {
            disabled_services: self.disabled_services,
            enable_cross_namespace: self.enable_cross_namespace,
        })
    }
}
/// A builder for [`ActivateCertificateAuthorityRequest`](crate::types::ActivateCertificateAuthorityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivateCertificateAuthorityRequestBuilder {
    pub(crate) certificate_authority_id: ::std::option::Option<::std::string::String>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ActivateCertificateAuthorityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivateCertificateAuthorityRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ActivateCertificateAuthorityRequestBuilder {
    /// See [`ActivateCertificateAuthorityRequest::certificate_authority_id`](crate::types::ActivateCertificateAuthorityRequest::certificate_authority_id).
    pub fn certificate_authority_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_authority_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority_id`](Self::certificate_authority_id).
    pub fn set_certificate_authority_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_authority_id = input;
        self
    }
    /// See [`ActivateCertificateAuthorityRequest::client_request_token`](crate::types::ActivateCertificateAuthorityRequest::client_request_token).
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
    /// See [`ActivateCertificateAuthorityRequest::cluster_name`](crate::types::ActivateCertificateAuthorityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ActivateCertificateAuthorityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivateCertificateAuthorityRequest {
            certificate_authority_id: self
                .certificate_authority_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ActivateCertificateAuthorityRequest",
                        "certificate_authority_id",
                    ),
                )?,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ActivateCertificateAuthorityRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`ActivateCertificateAuthorityResponse`](crate::types::ActivateCertificateAuthorityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActivateCertificateAuthorityResponseBuilder {
    pub(crate) certificate_authority: ::std::option::Option<
        crate::types::CertificateAuthoritySummary,
    >,
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for ActivateCertificateAuthorityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivateCertificateAuthorityResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ActivateCertificateAuthorityResponseBuilder {
    /// See [`ActivateCertificateAuthorityResponse::certificate_authority`](crate::types::ActivateCertificateAuthorityResponse::certificate_authority).
    pub fn certificate_authority(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthoritySummary>,
    ) -> Self {
        self.certificate_authority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority`](Self::certificate_authority).
    pub fn set_certificate_authority(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthoritySummary>,
    ) -> Self {
        self.certificate_authority = input;
        self
    }
    /// See [`ActivateCertificateAuthorityResponse::update`](crate::types::ActivateCertificateAuthorityResponse::update).
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
        crate::types::ActivateCertificateAuthorityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActivateCertificateAuthorityResponse {
            certificate_authority: self.certificate_authority,
            update: self.update,
        })
    }
}
/// A builder for [`ActiveCertificateAuthority`](crate::types::ActiveCertificateAuthority).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ActiveCertificateAuthorityBuilder {
    pub(crate) activated_by: ::std::option::Option<
        crate::types::CertificateAuthorityActivatedBy,
    >,
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ActiveCertificateAuthorityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActiveCertificateAuthorityBuilder").finish_non_exhaustive()
    }
}
impl ActiveCertificateAuthorityBuilder {
    /// See [`ActiveCertificateAuthority::activated_by`](crate::types::ActiveCertificateAuthority::activated_by).
    pub fn activated_by(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthorityActivatedBy>,
    ) -> Self {
        self.activated_by = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activated_by`](Self::activated_by).
    pub fn set_activated_by(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthorityActivatedBy>,
    ) -> Self {
        self.activated_by = input;
        self
    }
    /// See [`ActiveCertificateAuthority::id`](crate::types::ActiveCertificateAuthority::id).
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
        crate::types::ActiveCertificateAuthority,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ActiveCertificateAuthority {
            activated_by: self.activated_by,
            id: self.id,
        })
    }
}
/// A builder for [`Addon`](crate::types::Addon).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonBuilder {
    pub(crate) addon_arn: ::std::option::Option<::std::string::String>,
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) addon_version: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) configuration_values: ::std::option::Option<::std::string::String>,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) health: ::std::option::Option<crate::types::AddonHealth>,
    pub(crate) marketplace_information: ::std::option::Option<
        crate::types::MarketplaceInformation,
    >,
    pub(crate) modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) owner: ::std::option::Option<::std::string::String>,
    pub(crate) publisher: ::std::option::Option<::std::string::String>,
    pub(crate) service_account_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::AddonStatus>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) namespace_config: ::std::option::Option<
        crate::types::AddonNamespaceConfigResponse,
    >,
    pub(crate) pod_identity_associations: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for AddonBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonBuilder").finish_non_exhaustive()
    }
}
impl AddonBuilder {
    /// See [`Addon::addon_arn`](crate::types::Addon::addon_arn).
    pub fn addon_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_arn`](Self::addon_arn).
    pub fn set_addon_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_arn = input;
        self
    }
    /// See [`Addon::addon_name`](crate::types::Addon::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`Addon::addon_version`](crate::types::Addon::addon_version).
    pub fn addon_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_version`](Self::addon_version).
    pub fn set_addon_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_version = input;
        self
    }
    /// See [`Addon::cluster_name`](crate::types::Addon::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`Addon::configuration_values`](crate::types::Addon::configuration_values).
    pub fn configuration_values(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.configuration_values = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration_values`](Self::configuration_values).
    pub fn set_configuration_values(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.configuration_values = input;
        self
    }
    /// See [`Addon::created_at`](crate::types::Addon::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`Addon::health`](crate::types::Addon::health).
    pub fn health(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonHealth>,
    ) -> Self {
        self.health = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`health`](Self::health).
    pub fn set_health(
        mut self,
        input: ::std::option::Option<crate::types::AddonHealth>,
    ) -> Self {
        self.health = input;
        self
    }
    /// See [`Addon::marketplace_information`](crate::types::Addon::marketplace_information).
    pub fn marketplace_information(
        mut self,
        input: impl ::std::convert::Into<crate::types::MarketplaceInformation>,
    ) -> Self {
        self.marketplace_information = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marketplace_information`](Self::marketplace_information).
    pub fn set_marketplace_information(
        mut self,
        input: ::std::option::Option<crate::types::MarketplaceInformation>,
    ) -> Self {
        self.marketplace_information = input;
        self
    }
    /// See [`Addon::modified_at`](crate::types::Addon::modified_at).
    pub fn modified_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`modified_at`](Self::modified_at).
    pub fn set_modified_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = input;
        self
    }
    /// See [`Addon::owner`](crate::types::Addon::owner).
    pub fn owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`owner`](Self::owner).
    pub fn set_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.owner = input;
        self
    }
    /// See [`Addon::publisher`](crate::types::Addon::publisher).
    pub fn publisher(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.publisher = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publisher`](Self::publisher).
    pub fn set_publisher(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.publisher = input;
        self
    }
    /// See [`Addon::service_account_role_arn`](crate::types::Addon::service_account_role_arn).
    pub fn service_account_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account_role_arn`](Self::service_account_role_arn).
    pub fn set_service_account_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account_role_arn = input;
        self
    }
    /// See [`Addon::status`](crate::types::Addon::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::AddonStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`Addon::tags`](crate::types::Addon::tags).
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
    /// See [`Addon::namespace_config`](crate::types::Addon::namespace_config).
    pub fn namespace_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonNamespaceConfigResponse>,
    ) -> Self {
        self.namespace_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`namespace_config`](Self::namespace_config).
    pub fn set_namespace_config(
        mut self,
        input: ::std::option::Option<crate::types::AddonNamespaceConfigResponse>,
    ) -> Self {
        self.namespace_config = input;
        self
    }
    /// See [`Addon::pod_identity_associations`](crate::types::Addon::pod_identity_associations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn pod_identity_associations(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pod_identity_associations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`pod_identity_associations`](Self::pod_identity_associations).
    pub fn set_pod_identity_associations(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.pod_identity_associations = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Addon, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Addon {
            addon_arn: self.addon_arn,
            addon_name: self.addon_name,
            addon_version: self.addon_version,
            cluster_name: self.cluster_name,
            configuration_values: self.configuration_values,
            created_at: self.created_at,
            health: self.health,
            marketplace_information: self.marketplace_information,
            modified_at: self.modified_at,
            owner: self.owner,
            publisher: self.publisher,
            service_account_role_arn: self.service_account_role_arn,
            status: self.status,
            tags: self.tags,
            namespace_config: self.namespace_config,
            pod_identity_associations: self.pod_identity_associations,
        })
    }
}
/// A builder for [`AddonCompatibilityDetail`](crate::types::AddonCompatibilityDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonCompatibilityDetailBuilder {
    pub(crate) compatible_versions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddonCompatibilityDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonCompatibilityDetailBuilder").finish_non_exhaustive()
    }
}
impl AddonCompatibilityDetailBuilder {
    /// See [`AddonCompatibilityDetail::compatible_versions`](crate::types::AddonCompatibilityDetail::compatible_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatible_versions(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compatible_versions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`compatible_versions`](Self::compatible_versions).
    pub fn set_compatible_versions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.compatible_versions = input;
        self
    }
    /// See [`AddonCompatibilityDetail::name`](crate::types::AddonCompatibilityDetail::name).
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
        crate::types::AddonCompatibilityDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddonCompatibilityDetail {
            compatible_versions: self.compatible_versions,
            name: self.name,
        })
    }
}
/// A builder for [`AddonHealth`](crate::types::AddonHealth).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonHealthBuilder {
    pub(crate) issues: ::std::option::Option<::std::vec::Vec<crate::types::AddonIssue>>,
}
impl ::std::fmt::Debug for AddonHealthBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonHealthBuilder").finish_non_exhaustive()
    }
}
impl AddonHealthBuilder {
    /// See [`AddonHealth::issues`](crate::types::AddonHealth::issues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn issues(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonIssue>,
    ) -> Self {
        self.issues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`issues`](Self::issues).
    pub fn set_issues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AddonIssue>>,
    ) -> Self {
        self.issues = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AddonHealth, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AddonHealth {
            issues: self.issues,
        })
    }
}
/// A builder for [`AddonInfo`](crate::types::AddonInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonInfoBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) addon_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonVersionInfo>,
    >,
    pub(crate) marketplace_information: ::std::option::Option<
        crate::types::MarketplaceInformation,
    >,
    pub(crate) owner: ::std::option::Option<::std::string::String>,
    pub(crate) publisher: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<::std::string::String>,
    pub(crate) default_namespace: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddonInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonInfoBuilder").finish_non_exhaustive()
    }
}
impl AddonInfoBuilder {
    /// See [`AddonInfo::addon_name`](crate::types::AddonInfo::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`AddonInfo::addon_versions`](crate::types::AddonInfo::addon_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn addon_versions(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonVersionInfo>,
    ) -> Self {
        self.addon_versions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`addon_versions`](Self::addon_versions).
    pub fn set_addon_versions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AddonVersionInfo>>,
    ) -> Self {
        self.addon_versions = input;
        self
    }
    /// See [`AddonInfo::marketplace_information`](crate::types::AddonInfo::marketplace_information).
    pub fn marketplace_information(
        mut self,
        input: impl ::std::convert::Into<crate::types::MarketplaceInformation>,
    ) -> Self {
        self.marketplace_information = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marketplace_information`](Self::marketplace_information).
    pub fn set_marketplace_information(
        mut self,
        input: ::std::option::Option<crate::types::MarketplaceInformation>,
    ) -> Self {
        self.marketplace_information = input;
        self
    }
    /// See [`AddonInfo::owner`](crate::types::AddonInfo::owner).
    pub fn owner(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`owner`](Self::owner).
    pub fn set_owner(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.owner = input;
        self
    }
    /// See [`AddonInfo::publisher`](crate::types::AddonInfo::publisher).
    pub fn publisher(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.publisher = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`publisher`](Self::publisher).
    pub fn set_publisher(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.publisher = input;
        self
    }
    /// See [`AddonInfo::type`](crate::types::AddonInfo::type).
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
    /// See [`AddonInfo::default_namespace`](crate::types::AddonInfo::default_namespace).
    pub fn default_namespace(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_namespace`](Self::default_namespace).
    pub fn set_default_namespace(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.default_namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AddonInfo, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AddonInfo {
            addon_name: self.addon_name,
            addon_versions: self.addon_versions,
            marketplace_information: self.marketplace_information,
            owner: self.owner,
            publisher: self.publisher,
            r#type: self.r#type,
            default_namespace: self.default_namespace,
        })
    }
}
/// A builder for [`AddonIssue`](crate::types::AddonIssue).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonIssueBuilder {
    pub(crate) code: ::std::option::Option<crate::types::AddonIssueCode>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) resource_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for AddonIssueBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonIssueBuilder").finish_non_exhaustive()
    }
}
impl AddonIssueBuilder {
    /// See [`AddonIssue::code`](crate::types::AddonIssue::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonIssueCode>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::AddonIssueCode>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`AddonIssue::message`](crate::types::AddonIssue::message).
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
    /// See [`AddonIssue::resource_ids`](crate::types::AddonIssue::resource_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resource_ids`](Self::resource_ids).
    pub fn set_resource_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resource_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::AddonIssue, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::AddonIssue {
            code: self.code,
            message: self.message,
            resource_ids: self.resource_ids,
        })
    }
}
/// A builder for [`AddonNamespaceConfigRequest`](crate::types::AddonNamespaceConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonNamespaceConfigRequestBuilder {
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddonNamespaceConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonNamespaceConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl AddonNamespaceConfigRequestBuilder {
    /// See [`AddonNamespaceConfigRequest::namespace`](crate::types::AddonNamespaceConfigRequest::namespace).
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
    ) -> ::std::result::Result<
        crate::types::AddonNamespaceConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddonNamespaceConfigRequest {
            namespace: self.namespace,
        })
    }
}
/// A builder for [`AddonNamespaceConfigResponse`](crate::types::AddonNamespaceConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonNamespaceConfigResponseBuilder {
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddonNamespaceConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonNamespaceConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl AddonNamespaceConfigResponseBuilder {
    /// See [`AddonNamespaceConfigResponse::namespace`](crate::types::AddonNamespaceConfigResponse::namespace).
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
    ) -> ::std::result::Result<
        crate::types::AddonNamespaceConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddonNamespaceConfigResponse {
            namespace: self.namespace,
        })
    }
}
/// A builder for [`AddonPodIdentityAssociations`](crate::types::AddonPodIdentityAssociations).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonPodIdentityAssociationsBuilder {
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) service_account: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddonPodIdentityAssociationsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonPodIdentityAssociationsBuilder").finish_non_exhaustive()
    }
}
impl AddonPodIdentityAssociationsBuilder {
    /// See [`AddonPodIdentityAssociations::role_arn`](crate::types::AddonPodIdentityAssociations::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`AddonPodIdentityAssociations::service_account`](crate::types::AddonPodIdentityAssociations::service_account).
    pub fn service_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account`](Self::service_account).
    pub fn set_service_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddonPodIdentityAssociations,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddonPodIdentityAssociations {
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddonPodIdentityAssociations",
                        "role_arn",
                    ),
                )?,
            service_account: self
                .service_account
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddonPodIdentityAssociations",
                        "service_account",
                    ),
                )?,
        })
    }
}
/// A builder for [`AddonPodIdentityConfiguration`](crate::types::AddonPodIdentityConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonPodIdentityConfigurationBuilder {
    pub(crate) recommended_managed_policies: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) service_account: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddonPodIdentityConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonPodIdentityConfigurationBuilder").finish_non_exhaustive()
    }
}
impl AddonPodIdentityConfigurationBuilder {
    /// See [`AddonPodIdentityConfiguration::recommended_managed_policies`](crate::types::AddonPodIdentityConfiguration::recommended_managed_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn recommended_managed_policies(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.recommended_managed_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`recommended_managed_policies`](Self::recommended_managed_policies).
    pub fn set_recommended_managed_policies(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.recommended_managed_policies = input;
        self
    }
    /// See [`AddonPodIdentityConfiguration::service_account`](crate::types::AddonPodIdentityConfiguration::service_account).
    pub fn service_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account`](Self::service_account).
    pub fn set_service_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddonPodIdentityConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddonPodIdentityConfiguration {
            recommended_managed_policies: self.recommended_managed_policies,
            service_account: self.service_account,
        })
    }
}
/// A builder for [`AddonVersionInfo`](crate::types::AddonVersionInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddonVersionInfoBuilder {
    pub(crate) addon_version: ::std::option::Option<::std::string::String>,
    pub(crate) architecture: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) compatibilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::Compatibility>,
    >,
    pub(crate) requires_configuration: ::std::option::Option<bool>,
    pub(crate) compute_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) requires_iam_permissions: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for AddonVersionInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddonVersionInfoBuilder").finish_non_exhaustive()
    }
}
impl AddonVersionInfoBuilder {
    /// See [`AddonVersionInfo::addon_version`](crate::types::AddonVersionInfo::addon_version).
    pub fn addon_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_version`](Self::addon_version).
    pub fn set_addon_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_version = input;
        self
    }
    /// See [`AddonVersionInfo::architecture`](crate::types::AddonVersionInfo::architecture).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn architecture(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.architecture.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`architecture`](Self::architecture).
    pub fn set_architecture(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.architecture = input;
        self
    }
    /// See [`AddonVersionInfo::compatibilities`](crate::types::AddonVersionInfo::compatibilities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compatibilities(
        mut self,
        input: impl ::std::convert::Into<crate::types::Compatibility>,
    ) -> Self {
        self.compatibilities.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`compatibilities`](Self::compatibilities).
    pub fn set_compatibilities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Compatibility>>,
    ) -> Self {
        self.compatibilities = input;
        self
    }
    /// See [`AddonVersionInfo::requires_configuration`](crate::types::AddonVersionInfo::requires_configuration).
    pub fn requires_configuration(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.requires_configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`requires_configuration`](Self::requires_configuration).
    pub fn set_requires_configuration(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.requires_configuration = input;
        self
    }
    /// See [`AddonVersionInfo::compute_types`](crate::types::AddonVersionInfo::compute_types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn compute_types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.compute_types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`compute_types`](Self::compute_types).
    pub fn set_compute_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.compute_types = input;
        self
    }
    /// See [`AddonVersionInfo::requires_iam_permissions`](crate::types::AddonVersionInfo::requires_iam_permissions).
    pub fn requires_iam_permissions(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.requires_iam_permissions = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`requires_iam_permissions`](Self::requires_iam_permissions).
    pub fn set_requires_iam_permissions(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.requires_iam_permissions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddonVersionInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddonVersionInfo {
            addon_version: self.addon_version,
            architecture: self.architecture,
            compatibilities: self.compatibilities,
            requires_configuration: self.requires_configuration,
            compute_types: self.compute_types,
            requires_iam_permissions: self.requires_iam_permissions,
        })
    }
}
/// A builder for [`AllowedValuesConstraint`](crate::types::AllowedValuesConstraint).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AllowedValuesConstraintBuilder {
    pub(crate) allowed_values: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for AllowedValuesConstraintBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AllowedValuesConstraintBuilder").finish_non_exhaustive()
    }
}
impl AllowedValuesConstraintBuilder {
    /// See [`AllowedValuesConstraint::allowed_values`](crate::types::AllowedValuesConstraint::allowed_values).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn allowed_values(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allowed_values.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`allowed_values`](Self::allowed_values).
    pub fn set_allowed_values(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.allowed_values = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AllowedValuesConstraint,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AllowedValuesConstraint {
            allowed_values: self.allowed_values,
        })
    }
}
/// A builder for [`ArgoCdAwsIdcConfigRequest`](crate::types::ArgoCdAwsIdcConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArgoCdAwsIdcConfigRequestBuilder {
    pub(crate) idc_instance_arn: ::std::option::Option<::std::string::String>,
    pub(crate) idc_region: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ArgoCdAwsIdcConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArgoCdAwsIdcConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl ArgoCdAwsIdcConfigRequestBuilder {
    /// See [`ArgoCdAwsIdcConfigRequest::idc_instance_arn`](crate::types::ArgoCdAwsIdcConfigRequest::idc_instance_arn).
    pub fn idc_instance_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.idc_instance_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`idc_instance_arn`](Self::idc_instance_arn).
    pub fn set_idc_instance_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.idc_instance_arn = input;
        self
    }
    /// See [`ArgoCdAwsIdcConfigRequest::idc_region`](crate::types::ArgoCdAwsIdcConfigRequest::idc_region).
    pub fn idc_region(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.idc_region = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`idc_region`](Self::idc_region).
    pub fn set_idc_region(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.idc_region = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArgoCdAwsIdcConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArgoCdAwsIdcConfigRequest {
            idc_instance_arn: self
                .idc_instance_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ArgoCdAwsIdcConfigRequest",
                        "idc_instance_arn",
                    ),
                )?,
            idc_region: self.idc_region,
        })
    }
}
/// A builder for [`ArgoCdAwsIdcConfigResponse`](crate::types::ArgoCdAwsIdcConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArgoCdAwsIdcConfigResponseBuilder {
    pub(crate) idc_instance_arn: ::std::option::Option<::std::string::String>,
    pub(crate) idc_managed_application_arn: ::std::option::Option<::std::string::String>,
    pub(crate) idc_region: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ArgoCdAwsIdcConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArgoCdAwsIdcConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl ArgoCdAwsIdcConfigResponseBuilder {
    /// See [`ArgoCdAwsIdcConfigResponse::idc_instance_arn`](crate::types::ArgoCdAwsIdcConfigResponse::idc_instance_arn).
    pub fn idc_instance_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.idc_instance_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`idc_instance_arn`](Self::idc_instance_arn).
    pub fn set_idc_instance_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.idc_instance_arn = input;
        self
    }
    /// See [`ArgoCdAwsIdcConfigResponse::idc_managed_application_arn`](crate::types::ArgoCdAwsIdcConfigResponse::idc_managed_application_arn).
    pub fn idc_managed_application_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.idc_managed_application_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`idc_managed_application_arn`](Self::idc_managed_application_arn).
    pub fn set_idc_managed_application_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.idc_managed_application_arn = input;
        self
    }
    /// See [`ArgoCdAwsIdcConfigResponse::idc_region`](crate::types::ArgoCdAwsIdcConfigResponse::idc_region).
    pub fn idc_region(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.idc_region = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`idc_region`](Self::idc_region).
    pub fn set_idc_region(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.idc_region = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArgoCdAwsIdcConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArgoCdAwsIdcConfigResponse {
            idc_instance_arn: self.idc_instance_arn,
            idc_managed_application_arn: self.idc_managed_application_arn,
            idc_region: self.idc_region,
        })
    }
}
/// A builder for [`ArgoCdConfigRequest`](crate::types::ArgoCdConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArgoCdConfigRequestBuilder {
    pub(crate) aws_idc: ::std::option::Option<crate::types::ArgoCdAwsIdcConfigRequest>,
    pub(crate) endpoint_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
    pub(crate) network_access: ::std::option::Option<
        crate::types::ArgoCdNetworkAccessConfigRequest,
    >,
    pub(crate) rbac_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
}
impl ::std::fmt::Debug for ArgoCdConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArgoCdConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl ArgoCdConfigRequestBuilder {
    /// See [`ArgoCdConfigRequest::aws_idc`](crate::types::ArgoCdConfigRequest::aws_idc).
    pub fn aws_idc(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdAwsIdcConfigRequest>,
    ) -> Self {
        self.aws_idc = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`aws_idc`](Self::aws_idc).
    pub fn set_aws_idc(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdAwsIdcConfigRequest>,
    ) -> Self {
        self.aws_idc = input;
        self
    }
    /// See [`ArgoCdConfigRequest::endpoint_prefix`](crate::types::ArgoCdConfigRequest::endpoint_prefix).
    pub fn endpoint_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_prefix`](Self::endpoint_prefix).
    pub fn set_endpoint_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.endpoint_prefix = input;
        self
    }
    /// See [`ArgoCdConfigRequest::namespace`](crate::types::ArgoCdConfigRequest::namespace).
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
    /// See [`ArgoCdConfigRequest::network_access`](crate::types::ArgoCdConfigRequest::network_access).
    pub fn network_access(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdNetworkAccessConfigRequest>,
    ) -> Self {
        self.network_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_access`](Self::network_access).
    pub fn set_network_access(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdNetworkAccessConfigRequest>,
    ) -> Self {
        self.network_access = input;
        self
    }
    /// See [`ArgoCdConfigRequest::rbac_role_mappings`](crate::types::ArgoCdConfigRequest::rbac_role_mappings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn rbac_role_mappings(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdRoleMapping>,
    ) -> Self {
        self.rbac_role_mappings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`rbac_role_mappings`](Self::rbac_role_mappings).
    pub fn set_rbac_role_mappings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ArgoCdRoleMapping>>,
    ) -> Self {
        self.rbac_role_mappings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArgoCdConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArgoCdConfigRequest {
            aws_idc: self
                .aws_idc
                .ok_or(
                    crate::runtime::BuildError::missing("ArgoCdConfigRequest", "aws_idc"),
                )?,
            endpoint_prefix: self.endpoint_prefix,
            namespace: self.namespace,
            network_access: self.network_access,
            rbac_role_mappings: self.rbac_role_mappings,
        })
    }
}
/// A builder for [`ArgoCdConfigResponse`](crate::types::ArgoCdConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArgoCdConfigResponseBuilder {
    pub(crate) aws_idc: ::std::option::Option<crate::types::ArgoCdAwsIdcConfigResponse>,
    pub(crate) endpoint_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
    pub(crate) network_access: ::std::option::Option<
        crate::types::ArgoCdNetworkAccessConfigResponse,
    >,
    pub(crate) rbac_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
    pub(crate) server_url: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ArgoCdConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArgoCdConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl ArgoCdConfigResponseBuilder {
    /// See [`ArgoCdConfigResponse::aws_idc`](crate::types::ArgoCdConfigResponse::aws_idc).
    pub fn aws_idc(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdAwsIdcConfigResponse>,
    ) -> Self {
        self.aws_idc = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`aws_idc`](Self::aws_idc).
    pub fn set_aws_idc(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdAwsIdcConfigResponse>,
    ) -> Self {
        self.aws_idc = input;
        self
    }
    /// See [`ArgoCdConfigResponse::endpoint_prefix`](crate::types::ArgoCdConfigResponse::endpoint_prefix).
    pub fn endpoint_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_prefix`](Self::endpoint_prefix).
    pub fn set_endpoint_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.endpoint_prefix = input;
        self
    }
    /// See [`ArgoCdConfigResponse::namespace`](crate::types::ArgoCdConfigResponse::namespace).
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
    /// See [`ArgoCdConfigResponse::network_access`](crate::types::ArgoCdConfigResponse::network_access).
    pub fn network_access(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdNetworkAccessConfigResponse>,
    ) -> Self {
        self.network_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_access`](Self::network_access).
    pub fn set_network_access(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdNetworkAccessConfigResponse>,
    ) -> Self {
        self.network_access = input;
        self
    }
    /// See [`ArgoCdConfigResponse::rbac_role_mappings`](crate::types::ArgoCdConfigResponse::rbac_role_mappings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn rbac_role_mappings(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdRoleMapping>,
    ) -> Self {
        self.rbac_role_mappings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`rbac_role_mappings`](Self::rbac_role_mappings).
    pub fn set_rbac_role_mappings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ArgoCdRoleMapping>>,
    ) -> Self {
        self.rbac_role_mappings = input;
        self
    }
    /// See [`ArgoCdConfigResponse::server_url`](crate::types::ArgoCdConfigResponse::server_url).
    pub fn server_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`server_url`](Self::server_url).
    pub fn set_server_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.server_url = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArgoCdConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArgoCdConfigResponse {
            aws_idc: self.aws_idc,
            endpoint_prefix: self.endpoint_prefix,
            namespace: self.namespace,
            network_access: self.network_access,
            rbac_role_mappings: self.rbac_role_mappings,
            server_url: self.server_url,
        })
    }
}
/// A builder for [`ArgoCdNetworkAccessConfigRequest`](crate::types::ArgoCdNetworkAccessConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArgoCdNetworkAccessConfigRequestBuilder {
    pub(crate) vpce_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for ArgoCdNetworkAccessConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArgoCdNetworkAccessConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl ArgoCdNetworkAccessConfigRequestBuilder {
    /// See [`ArgoCdNetworkAccessConfigRequest::vpce_ids`](crate::types::ArgoCdNetworkAccessConfigRequest::vpce_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vpce_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpce_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`vpce_ids`](Self::vpce_ids).
    pub fn set_vpce_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.vpce_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArgoCdNetworkAccessConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArgoCdNetworkAccessConfigRequest {
            vpce_ids: self.vpce_ids,
        })
    }
}
/// A builder for [`ArgoCdNetworkAccessConfigResponse`](crate::types::ArgoCdNetworkAccessConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArgoCdNetworkAccessConfigResponseBuilder {
    pub(crate) vpce_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for ArgoCdNetworkAccessConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArgoCdNetworkAccessConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ArgoCdNetworkAccessConfigResponseBuilder {
    /// See [`ArgoCdNetworkAccessConfigResponse::vpce_ids`](crate::types::ArgoCdNetworkAccessConfigResponse::vpce_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vpce_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpce_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`vpce_ids`](Self::vpce_ids).
    pub fn set_vpce_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.vpce_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArgoCdNetworkAccessConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArgoCdNetworkAccessConfigResponse {
            vpce_ids: self.vpce_ids,
        })
    }
}
/// A builder for [`ArgoCdRoleMapping`](crate::types::ArgoCdRoleMapping).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArgoCdRoleMappingBuilder {
    pub(crate) identities: ::std::option::Option<
        ::std::vec::Vec<crate::types::SsoIdentity>,
    >,
    pub(crate) role: ::std::option::Option<crate::types::ArgoCdRole>,
}
impl ::std::fmt::Debug for ArgoCdRoleMappingBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArgoCdRoleMappingBuilder").finish_non_exhaustive()
    }
}
impl ArgoCdRoleMappingBuilder {
    /// See [`ArgoCdRoleMapping::identities`](crate::types::ArgoCdRoleMapping::identities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn identities(
        mut self,
        input: impl ::std::convert::Into<crate::types::SsoIdentity>,
    ) -> Self {
        self.identities.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`identities`](Self::identities).
    pub fn set_identities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::SsoIdentity>>,
    ) -> Self {
        self.identities = input;
        self
    }
    /// See [`ArgoCdRoleMapping::role`](crate::types::ArgoCdRoleMapping::role).
    pub fn role(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdRole>,
    ) -> Self {
        self.role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role`](Self::role).
    pub fn set_role(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdRole>,
    ) -> Self {
        self.role = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArgoCdRoleMapping,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArgoCdRoleMapping {
            identities: self
                .identities
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ArgoCdRoleMapping",
                        "identities",
                    ),
                )?,
            role: self
                .role
                .ok_or(crate::runtime::BuildError::missing("ArgoCdRoleMapping", "role"))?,
        })
    }
}
/// A builder for [`AssociateAccessPolicyRequest`](crate::types::AssociateAccessPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociateAccessPolicyRequestBuilder {
    pub(crate) access_scope: ::std::option::Option<crate::types::AccessScope>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) policy_arn: ::std::option::Option<::std::string::String>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AssociateAccessPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociateAccessPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl AssociateAccessPolicyRequestBuilder {
    /// See [`AssociateAccessPolicyRequest::access_scope`](crate::types::AssociateAccessPolicyRequest::access_scope).
    pub fn access_scope(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessScope>,
    ) -> Self {
        self.access_scope = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_scope`](Self::access_scope).
    pub fn set_access_scope(
        mut self,
        input: ::std::option::Option<crate::types::AccessScope>,
    ) -> Self {
        self.access_scope = input;
        self
    }
    /// See [`AssociateAccessPolicyRequest::cluster_name`](crate::types::AssociateAccessPolicyRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`AssociateAccessPolicyRequest::policy_arn`](crate::types::AssociateAccessPolicyRequest::policy_arn).
    pub fn policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_arn`](Self::policy_arn).
    pub fn set_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_arn = input;
        self
    }
    /// See [`AssociateAccessPolicyRequest::principal_arn`](crate::types::AssociateAccessPolicyRequest::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AssociateAccessPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociateAccessPolicyRequest {
            access_scope: self
                .access_scope
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateAccessPolicyRequest",
                        "access_scope",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateAccessPolicyRequest",
                        "cluster_name",
                    ),
                )?,
            policy_arn: self
                .policy_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateAccessPolicyRequest",
                        "policy_arn",
                    ),
                )?,
            principal_arn: self
                .principal_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateAccessPolicyRequest",
                        "principal_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`AssociateAccessPolicyResponse`](crate::types::AssociateAccessPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociateAccessPolicyResponseBuilder {
    pub(crate) associated_access_policy: ::std::option::Option<
        crate::types::AssociatedAccessPolicy,
    >,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AssociateAccessPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociateAccessPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl AssociateAccessPolicyResponseBuilder {
    /// See [`AssociateAccessPolicyResponse::associated_access_policy`](crate::types::AssociateAccessPolicyResponse::associated_access_policy).
    pub fn associated_access_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::AssociatedAccessPolicy>,
    ) -> Self {
        self.associated_access_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`associated_access_policy`](Self::associated_access_policy).
    pub fn set_associated_access_policy(
        mut self,
        input: ::std::option::Option<crate::types::AssociatedAccessPolicy>,
    ) -> Self {
        self.associated_access_policy = input;
        self
    }
    /// See [`AssociateAccessPolicyResponse::cluster_name`](crate::types::AssociateAccessPolicyResponse::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`AssociateAccessPolicyResponse::principal_arn`](crate::types::AssociateAccessPolicyResponse::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AssociateAccessPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociateAccessPolicyResponse {
            associated_access_policy: self.associated_access_policy,
            cluster_name: self.cluster_name,
            principal_arn: self.principal_arn,
        })
    }
}
/// A builder for [`AssociateEncryptionConfigRequest`](crate::types::AssociateEncryptionConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociateEncryptionConfigRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) encryption_config: ::std::option::Option<
        ::std::vec::Vec<crate::types::EncryptionConfig>,
    >,
}
impl ::std::fmt::Debug for AssociateEncryptionConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociateEncryptionConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl AssociateEncryptionConfigRequestBuilder {
    /// See [`AssociateEncryptionConfigRequest::client_request_token`](crate::types::AssociateEncryptionConfigRequest::client_request_token).
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
    /// See [`AssociateEncryptionConfigRequest::cluster_name`](crate::types::AssociateEncryptionConfigRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`AssociateEncryptionConfigRequest::encryption_config`](crate::types::AssociateEncryptionConfigRequest::encryption_config).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn encryption_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfig>,
    ) -> Self {
        self.encryption_config
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`encryption_config`](Self::encryption_config).
    pub fn set_encryption_config(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EncryptionConfig>>,
    ) -> Self {
        self.encryption_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AssociateEncryptionConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociateEncryptionConfigRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateEncryptionConfigRequest",
                        "cluster_name",
                    ),
                )?,
            encryption_config: self
                .encryption_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateEncryptionConfigRequest",
                        "encryption_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`AssociateEncryptionConfigResponse`](crate::types::AssociateEncryptionConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociateEncryptionConfigResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for AssociateEncryptionConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociateEncryptionConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl AssociateEncryptionConfigResponseBuilder {
    /// See [`AssociateEncryptionConfigResponse::update`](crate::types::AssociateEncryptionConfigResponse::update).
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
        crate::types::AssociateEncryptionConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociateEncryptionConfigResponse {
            update: self.update,
        })
    }
}
/// A builder for [`AssociateIdentityProviderConfigRequest`](crate::types::AssociateIdentityProviderConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociateIdentityProviderConfigRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) oidc: ::std::option::Option<
        crate::types::OidcIdentityProviderConfigRequest,
    >,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for AssociateIdentityProviderConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociateIdentityProviderConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl AssociateIdentityProviderConfigRequestBuilder {
    /// See [`AssociateIdentityProviderConfigRequest::client_request_token`](crate::types::AssociateIdentityProviderConfigRequest::client_request_token).
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
    /// See [`AssociateIdentityProviderConfigRequest::cluster_name`](crate::types::AssociateIdentityProviderConfigRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`AssociateIdentityProviderConfigRequest::oidc`](crate::types::AssociateIdentityProviderConfigRequest::oidc).
    pub fn oidc(
        mut self,
        input: impl ::std::convert::Into<crate::types::OidcIdentityProviderConfigRequest>,
    ) -> Self {
        self.oidc = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`oidc`](Self::oidc).
    pub fn set_oidc(
        mut self,
        input: ::std::option::Option<crate::types::OidcIdentityProviderConfigRequest>,
    ) -> Self {
        self.oidc = input;
        self
    }
    /// See [`AssociateIdentityProviderConfigRequest::tags`](crate::types::AssociateIdentityProviderConfigRequest::tags).
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
        crate::types::AssociateIdentityProviderConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociateIdentityProviderConfigRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateIdentityProviderConfigRequest",
                        "cluster_name",
                    ),
                )?,
            oidc: self
                .oidc
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AssociateIdentityProviderConfigRequest",
                        "oidc",
                    ),
                )?,
            tags: self.tags,
        })
    }
}
/// A builder for [`AssociateIdentityProviderConfigResponse`](crate::types::AssociateIdentityProviderConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociateIdentityProviderConfigResponseBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for AssociateIdentityProviderConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociateIdentityProviderConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl AssociateIdentityProviderConfigResponseBuilder {
    /// See [`AssociateIdentityProviderConfigResponse::tags`](crate::types::AssociateIdentityProviderConfigResponse::tags).
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
    /// See [`AssociateIdentityProviderConfigResponse::update`](crate::types::AssociateIdentityProviderConfigResponse::update).
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
        crate::types::AssociateIdentityProviderConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociateIdentityProviderConfigResponse {
            tags: self.tags,
            update: self.update,
        })
    }
}
/// A builder for [`AssociatedAccessPolicy`](crate::types::AssociatedAccessPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AssociatedAccessPolicyBuilder {
    pub(crate) access_scope: ::std::option::Option<crate::types::AccessScope>,
    pub(crate) associated_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) policy_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AssociatedAccessPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociatedAccessPolicyBuilder").finish_non_exhaustive()
    }
}
impl AssociatedAccessPolicyBuilder {
    /// See [`AssociatedAccessPolicy::access_scope`](crate::types::AssociatedAccessPolicy::access_scope).
    pub fn access_scope(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessScope>,
    ) -> Self {
        self.access_scope = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_scope`](Self::access_scope).
    pub fn set_access_scope(
        mut self,
        input: ::std::option::Option<crate::types::AccessScope>,
    ) -> Self {
        self.access_scope = input;
        self
    }
    /// See [`AssociatedAccessPolicy::associated_at`](crate::types::AssociatedAccessPolicy::associated_at).
    pub fn associated_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.associated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`associated_at`](Self::associated_at).
    pub fn set_associated_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.associated_at = input;
        self
    }
    /// See [`AssociatedAccessPolicy::modified_at`](crate::types::AssociatedAccessPolicy::modified_at).
    pub fn modified_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`modified_at`](Self::modified_at).
    pub fn set_modified_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = input;
        self
    }
    /// See [`AssociatedAccessPolicy::policy_arn`](crate::types::AssociatedAccessPolicy::policy_arn).
    pub fn policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_arn`](Self::policy_arn).
    pub fn set_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AssociatedAccessPolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AssociatedAccessPolicy {
            access_scope: self.access_scope,
            associated_at: self.associated_at,
            modified_at: self.modified_at,
            policy_arn: self.policy_arn,
        })
    }
}
/// A builder for [`AutoScalingGroup`](crate::types::AutoScalingGroup).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AutoScalingGroupBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AutoScalingGroupBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AutoScalingGroupBuilder").finish_non_exhaustive()
    }
}
impl AutoScalingGroupBuilder {
    /// See [`AutoScalingGroup::name`](crate::types::AutoScalingGroup::name).
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
        crate::types::AutoScalingGroup,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AutoScalingGroup {
            name: self.name,
        })
    }
}
/// A builder for [`BlockStorage`](crate::types::BlockStorage).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct BlockStorageBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for BlockStorageBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BlockStorageBuilder").finish_non_exhaustive()
    }
}
impl BlockStorageBuilder {
    /// See [`BlockStorage::enabled`](crate::types::BlockStorage::enabled).
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
    ) -> ::std::result::Result<crate::types::BlockStorage, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::BlockStorage {
            enabled: self.enabled,
        })
    }
}
/// A builder for [`CancelUpdateRequest`](crate::types::CancelUpdateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelUpdateRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) update_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CancelUpdateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelUpdateRequestBuilder").finish_non_exhaustive()
    }
}
impl CancelUpdateRequestBuilder {
    /// See [`CancelUpdateRequest::client_request_token`](crate::types::CancelUpdateRequest::client_request_token).
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
    /// See [`CancelUpdateRequest::name`](crate::types::CancelUpdateRequest::name).
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
    /// See [`CancelUpdateRequest::update_id`](crate::types::CancelUpdateRequest::update_id).
    pub fn update_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_id`](Self::update_id).
    pub fn set_update_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.update_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CancelUpdateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelUpdateRequest {
            client_request_token: self.client_request_token,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CancelUpdateRequest", "name"),
                )?,
            update_id: self
                .update_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CancelUpdateRequest",
                        "update_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`CancelUpdateResponse`](crate::types::CancelUpdateResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancelUpdateResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for CancelUpdateResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelUpdateResponseBuilder").finish_non_exhaustive()
    }
}
impl CancelUpdateResponseBuilder {
    /// See [`CancelUpdateResponse::update`](crate::types::CancelUpdateResponse::update).
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
        crate::types::CancelUpdateResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CancelUpdateResponse {
            update: self.update,
        })
    }
}
/// A builder for [`Cancellation`](crate::types::Cancellation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CancellationBuilder {
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::CancellationStatus>,
}
impl ::std::fmt::Debug for CancellationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancellationBuilder").finish_non_exhaustive()
    }
}
impl CancellationBuilder {
    /// See [`Cancellation::reason`](crate::types::Cancellation::reason).
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
    /// See [`Cancellation::status`](crate::types::Cancellation::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::CancellationStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::CancellationStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Cancellation, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Cancellation {
            reason: self.reason,
            status: self.status,
        })
    }
}
/// A builder for [`Capability`](crate::types::Capability).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapabilityBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) configuration: ::std::option::Option<
        crate::types::CapabilityConfigurationResponse,
    >,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) delete_propagation_policy: ::std::option::Option<
        crate::types::CapabilityDeletePropagationPolicy,
    >,
    pub(crate) health: ::std::option::Option<crate::types::CapabilityHealth>,
    pub(crate) modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::CapabilityStatus>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::CapabilityType>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CapabilityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapabilityBuilder").finish_non_exhaustive()
    }
}
impl CapabilityBuilder {
    /// See [`Capability::arn`](crate::types::Capability::arn).
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
    /// See [`Capability::capability_name`](crate::types::Capability::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`Capability::cluster_name`](crate::types::Capability::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`Capability::configuration`](crate::types::Capability::configuration).
    pub fn configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityConfigurationResponse>,
    ) -> Self {
        self.configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration`](Self::configuration).
    pub fn set_configuration(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityConfigurationResponse>,
    ) -> Self {
        self.configuration = input;
        self
    }
    /// See [`Capability::created_at`](crate::types::Capability::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`Capability::delete_propagation_policy`](crate::types::Capability::delete_propagation_policy).
    pub fn delete_propagation_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.delete_propagation_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete_propagation_policy`](Self::delete_propagation_policy).
    pub fn set_delete_propagation_policy(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.delete_propagation_policy = input;
        self
    }
    /// See [`Capability::health`](crate::types::Capability::health).
    pub fn health(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityHealth>,
    ) -> Self {
        self.health = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`health`](Self::health).
    pub fn set_health(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityHealth>,
    ) -> Self {
        self.health = input;
        self
    }
    /// See [`Capability::modified_at`](crate::types::Capability::modified_at).
    pub fn modified_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`modified_at`](Self::modified_at).
    pub fn set_modified_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = input;
        self
    }
    /// See [`Capability::role_arn`](crate::types::Capability::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`Capability::status`](crate::types::Capability::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`Capability::tags`](crate::types::Capability::tags).
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
    /// See [`Capability::type`](crate::types::Capability::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`Capability::version`](crate::types::Capability::version).
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
    ) -> ::std::result::Result<crate::types::Capability, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Capability {
            arn: self.arn,
            capability_name: self.capability_name,
            cluster_name: self.cluster_name,
            configuration: self.configuration,
            created_at: self.created_at,
            delete_propagation_policy: self.delete_propagation_policy,
            health: self.health,
            modified_at: self.modified_at,
            role_arn: self.role_arn,
            status: self.status,
            tags: self.tags,
            r#type: self.r#type,
            version: self.version,
        })
    }
}
/// A builder for [`CapabilityConfigurationRequest`](crate::types::CapabilityConfigurationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapabilityConfigurationRequestBuilder {
    pub(crate) ack: ::std::option::Option<crate::types::AckConfigRequest>,
    pub(crate) argo_cd: ::std::option::Option<crate::types::ArgoCdConfigRequest>,
}
impl ::std::fmt::Debug for CapabilityConfigurationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapabilityConfigurationRequestBuilder").finish_non_exhaustive()
    }
}
impl CapabilityConfigurationRequestBuilder {
    /// See [`CapabilityConfigurationRequest::ack`](crate::types::CapabilityConfigurationRequest::ack).
    pub fn ack(
        mut self,
        input: impl ::std::convert::Into<crate::types::AckConfigRequest>,
    ) -> Self {
        self.ack = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ack`](Self::ack).
    pub fn set_ack(
        mut self,
        input: ::std::option::Option<crate::types::AckConfigRequest>,
    ) -> Self {
        self.ack = input;
        self
    }
    /// See [`CapabilityConfigurationRequest::argo_cd`](crate::types::CapabilityConfigurationRequest::argo_cd).
    pub fn argo_cd(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdConfigRequest>,
    ) -> Self {
        self.argo_cd = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`argo_cd`](Self::argo_cd).
    pub fn set_argo_cd(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdConfigRequest>,
    ) -> Self {
        self.argo_cd = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapabilityConfigurationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapabilityConfigurationRequest {
            ack: self.ack,
            argo_cd: self.argo_cd,
        })
    }
}
/// A builder for [`CapabilityConfigurationResponse`](crate::types::CapabilityConfigurationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapabilityConfigurationResponseBuilder {
    pub(crate) ack: ::std::option::Option<crate::types::AckConfigResponse>,
    pub(crate) argo_cd: ::std::option::Option<crate::types::ArgoCdConfigResponse>,
}
impl ::std::fmt::Debug for CapabilityConfigurationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapabilityConfigurationResponseBuilder").finish_non_exhaustive()
    }
}
impl CapabilityConfigurationResponseBuilder {
    /// See [`CapabilityConfigurationResponse::ack`](crate::types::CapabilityConfigurationResponse::ack).
    pub fn ack(
        mut self,
        input: impl ::std::convert::Into<crate::types::AckConfigResponse>,
    ) -> Self {
        self.ack = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ack`](Self::ack).
    pub fn set_ack(
        mut self,
        input: ::std::option::Option<crate::types::AckConfigResponse>,
    ) -> Self {
        self.ack = input;
        self
    }
    /// See [`CapabilityConfigurationResponse::argo_cd`](crate::types::CapabilityConfigurationResponse::argo_cd).
    pub fn argo_cd(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdConfigResponse>,
    ) -> Self {
        self.argo_cd = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`argo_cd`](Self::argo_cd).
    pub fn set_argo_cd(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdConfigResponse>,
    ) -> Self {
        self.argo_cd = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapabilityConfigurationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapabilityConfigurationResponse {
            ack: self.ack,
            argo_cd: self.argo_cd,
        })
    }
}
/// A builder for [`CapabilityHealth`](crate::types::CapabilityHealth).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapabilityHealthBuilder {
    pub(crate) issues: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapabilityIssue>,
    >,
}
impl ::std::fmt::Debug for CapabilityHealthBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapabilityHealthBuilder").finish_non_exhaustive()
    }
}
impl CapabilityHealthBuilder {
    /// See [`CapabilityHealth::issues`](crate::types::CapabilityHealth::issues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn issues(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityIssue>,
    ) -> Self {
        self.issues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`issues`](Self::issues).
    pub fn set_issues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::CapabilityIssue>>,
    ) -> Self {
        self.issues = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CapabilityHealth,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapabilityHealth {
            issues: self.issues,
        })
    }
}
/// A builder for [`CapabilityIssue`](crate::types::CapabilityIssue).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapabilityIssueBuilder {
    pub(crate) code: ::std::option::Option<crate::types::CapabilityIssueCode>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CapabilityIssueBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapabilityIssueBuilder").finish_non_exhaustive()
    }
}
impl CapabilityIssueBuilder {
    /// See [`CapabilityIssue::code`](crate::types::CapabilityIssue::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityIssueCode>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityIssueCode>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`CapabilityIssue::message`](crate::types::CapabilityIssue::message).
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
        crate::types::CapabilityIssue,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapabilityIssue {
            code: self.code,
            message: self.message,
        })
    }
}
/// A builder for [`CapabilitySummary`](crate::types::CapabilitySummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CapabilitySummaryBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) status: ::std::option::Option<crate::types::CapabilityStatus>,
    pub(crate) r#type: ::std::option::Option<crate::types::CapabilityType>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CapabilitySummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CapabilitySummaryBuilder").finish_non_exhaustive()
    }
}
impl CapabilitySummaryBuilder {
    /// See [`CapabilitySummary::arn`](crate::types::CapabilitySummary::arn).
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
    /// See [`CapabilitySummary::capability_name`](crate::types::CapabilitySummary::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`CapabilitySummary::created_at`](crate::types::CapabilitySummary::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`CapabilitySummary::modified_at`](crate::types::CapabilitySummary::modified_at).
    pub fn modified_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`modified_at`](Self::modified_at).
    pub fn set_modified_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = input;
        self
    }
    /// See [`CapabilitySummary::status`](crate::types::CapabilitySummary::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`CapabilitySummary::type`](crate::types::CapabilitySummary::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`CapabilitySummary::version`](crate::types::CapabilitySummary::version).
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
        crate::types::CapabilitySummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CapabilitySummary {
            arn: self.arn,
            capability_name: self.capability_name,
            created_at: self.created_at,
            modified_at: self.modified_at,
            status: self.status,
            r#type: self.r#type,
            version: self.version,
        })
    }
}
/// A builder for [`Certificate`](crate::types::Certificate).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CertificateBuilder {
    pub(crate) data: ::std::option::Option<::std::string::String>,
    pub(crate) active: ::std::option::Option<crate::types::ActiveCertificateAuthority>,
}
impl ::std::fmt::Debug for CertificateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CertificateBuilder").finish_non_exhaustive()
    }
}
impl CertificateBuilder {
    /// See [`Certificate::data`](crate::types::Certificate::data).
    pub fn data(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`data`](Self::data).
    pub fn set_data(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.data = input;
        self
    }
    /// See [`Certificate::active`](crate::types::Certificate::active).
    pub fn active(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActiveCertificateAuthority>,
    ) -> Self {
        self.active = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`active`](Self::active).
    pub fn set_active(
        mut self,
        input: ::std::option::Option<crate::types::ActiveCertificateAuthority>,
    ) -> Self {
        self.active = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Certificate, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Certificate {
            data: self.data,
            active: self.active,
        })
    }
}
/// A builder for [`CertificateAuthority`](crate::types::CertificateAuthority).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CertificateAuthorityBuilder {
    pub(crate) activated_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) activated_by: ::std::option::Option<
        crate::types::CertificateAuthorityActivatedBy,
    >,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) created_by: ::std::option::Option<
        crate::types::CertificateAuthorityCreatedBy,
    >,
    pub(crate) data: ::std::option::Option<::std::string::String>,
    pub(crate) distribution_status: ::std::option::Option<
        crate::types::CertificateAuthorityDistributionStatus,
    >,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) rollback_available: ::std::option::Option<bool>,
    pub(crate) scheduled_events: ::std::option::Option<
        crate::types::CertificateAuthorityScheduledEvents,
    >,
    pub(crate) signing_status: ::std::option::Option<
        crate::types::CertificateAuthoritySigningStatus,
    >,
    pub(crate) validity: ::std::option::Option<
        crate::types::CertificateAuthorityValidity,
    >,
}
impl ::std::fmt::Debug for CertificateAuthorityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CertificateAuthorityBuilder").finish_non_exhaustive()
    }
}
impl CertificateAuthorityBuilder {
    /// See [`CertificateAuthority::activated_at`](crate::types::CertificateAuthority::activated_at).
    pub fn activated_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.activated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activated_at`](Self::activated_at).
    pub fn set_activated_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.activated_at = input;
        self
    }
    /// See [`CertificateAuthority::activated_by`](crate::types::CertificateAuthority::activated_by).
    pub fn activated_by(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthorityActivatedBy>,
    ) -> Self {
        self.activated_by = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activated_by`](Self::activated_by).
    pub fn set_activated_by(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthorityActivatedBy>,
    ) -> Self {
        self.activated_by = input;
        self
    }
    /// See [`CertificateAuthority::created_at`](crate::types::CertificateAuthority::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`CertificateAuthority::created_by`](crate::types::CertificateAuthority::created_by).
    pub fn created_by(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthorityCreatedBy>,
    ) -> Self {
        self.created_by = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_by`](Self::created_by).
    pub fn set_created_by(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthorityCreatedBy>,
    ) -> Self {
        self.created_by = input;
        self
    }
    /// See [`CertificateAuthority::data`](crate::types::CertificateAuthority::data).
    pub fn data(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`data`](Self::data).
    pub fn set_data(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.data = input;
        self
    }
    /// See [`CertificateAuthority::distribution_status`](crate::types::CertificateAuthority::distribution_status).
    pub fn distribution_status(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CertificateAuthorityDistributionStatus,
        >,
    ) -> Self {
        self.distribution_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distribution_status`](Self::distribution_status).
    pub fn set_distribution_status(
        mut self,
        input: ::std::option::Option<
            crate::types::CertificateAuthorityDistributionStatus,
        >,
    ) -> Self {
        self.distribution_status = input;
        self
    }
    /// See [`CertificateAuthority::id`](crate::types::CertificateAuthority::id).
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
    /// See [`CertificateAuthority::rollback_available`](crate::types::CertificateAuthority::rollback_available).
    pub fn rollback_available(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.rollback_available = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rollback_available`](Self::rollback_available).
    pub fn set_rollback_available(mut self, input: ::std::option::Option<bool>) -> Self {
        self.rollback_available = input;
        self
    }
    /// See [`CertificateAuthority::scheduled_events`](crate::types::CertificateAuthority::scheduled_events).
    pub fn scheduled_events(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CertificateAuthorityScheduledEvents,
        >,
    ) -> Self {
        self.scheduled_events = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scheduled_events`](Self::scheduled_events).
    pub fn set_scheduled_events(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthorityScheduledEvents>,
    ) -> Self {
        self.scheduled_events = input;
        self
    }
    /// See [`CertificateAuthority::signing_status`](crate::types::CertificateAuthority::signing_status).
    pub fn signing_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthoritySigningStatus>,
    ) -> Self {
        self.signing_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_status`](Self::signing_status).
    pub fn set_signing_status(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthoritySigningStatus>,
    ) -> Self {
        self.signing_status = input;
        self
    }
    /// See [`CertificateAuthority::validity`](crate::types::CertificateAuthority::validity).
    pub fn validity(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthorityValidity>,
    ) -> Self {
        self.validity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`validity`](Self::validity).
    pub fn set_validity(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthorityValidity>,
    ) -> Self {
        self.validity = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CertificateAuthority,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CertificateAuthority {
            activated_at: self.activated_at,
            activated_by: self.activated_by,
            created_at: self.created_at,
            created_by: self.created_by,
            data: self.data,
            distribution_status: self.distribution_status,
            id: self.id,
            rollback_available: self.rollback_available,
            scheduled_events: self.scheduled_events,
            signing_status: self.signing_status,
            validity: self.validity,
        })
    }
}
/// A builder for [`CertificateAuthorityScheduledEvents`](crate::types::CertificateAuthorityScheduledEvents).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CertificateAuthorityScheduledEventsBuilder {
    pub(crate) final_auto_activation: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) first_auto_activation: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for CertificateAuthorityScheduledEventsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CertificateAuthorityScheduledEventsBuilder")
            .finish_non_exhaustive()
    }
}
impl CertificateAuthorityScheduledEventsBuilder {
    /// See [`CertificateAuthorityScheduledEvents::final_auto_activation`](crate::types::CertificateAuthorityScheduledEvents::final_auto_activation).
    pub fn final_auto_activation(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.final_auto_activation = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`final_auto_activation`](Self::final_auto_activation).
    pub fn set_final_auto_activation(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.final_auto_activation = input;
        self
    }
    /// See [`CertificateAuthorityScheduledEvents::first_auto_activation`](crate::types::CertificateAuthorityScheduledEvents::first_auto_activation).
    pub fn first_auto_activation(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.first_auto_activation = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`first_auto_activation`](Self::first_auto_activation).
    pub fn set_first_auto_activation(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.first_auto_activation = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CertificateAuthorityScheduledEvents,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CertificateAuthorityScheduledEvents {
            final_auto_activation: self.final_auto_activation,
            first_auto_activation: self.first_auto_activation,
        })
    }
}
/// A builder for [`CertificateAuthoritySummary`](crate::types::CertificateAuthoritySummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CertificateAuthoritySummaryBuilder {
    pub(crate) activated_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) activated_by: ::std::option::Option<
        crate::types::CertificateAuthorityActivatedBy,
    >,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) created_by: ::std::option::Option<
        crate::types::CertificateAuthorityCreatedBy,
    >,
    pub(crate) distribution_status: ::std::option::Option<
        crate::types::CertificateAuthorityDistributionStatus,
    >,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) signing_status: ::std::option::Option<
        crate::types::CertificateAuthoritySigningStatus,
    >,
}
impl ::std::fmt::Debug for CertificateAuthoritySummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CertificateAuthoritySummaryBuilder").finish_non_exhaustive()
    }
}
impl CertificateAuthoritySummaryBuilder {
    /// See [`CertificateAuthoritySummary::activated_at`](crate::types::CertificateAuthoritySummary::activated_at).
    pub fn activated_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.activated_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activated_at`](Self::activated_at).
    pub fn set_activated_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.activated_at = input;
        self
    }
    /// See [`CertificateAuthoritySummary::activated_by`](crate::types::CertificateAuthoritySummary::activated_by).
    pub fn activated_by(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthorityActivatedBy>,
    ) -> Self {
        self.activated_by = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activated_by`](Self::activated_by).
    pub fn set_activated_by(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthorityActivatedBy>,
    ) -> Self {
        self.activated_by = input;
        self
    }
    /// See [`CertificateAuthoritySummary::created_at`](crate::types::CertificateAuthoritySummary::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`CertificateAuthoritySummary::created_by`](crate::types::CertificateAuthoritySummary::created_by).
    pub fn created_by(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthorityCreatedBy>,
    ) -> Self {
        self.created_by = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_by`](Self::created_by).
    pub fn set_created_by(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthorityCreatedBy>,
    ) -> Self {
        self.created_by = input;
        self
    }
    /// See [`CertificateAuthoritySummary::distribution_status`](crate::types::CertificateAuthoritySummary::distribution_status).
    pub fn distribution_status(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::CertificateAuthorityDistributionStatus,
        >,
    ) -> Self {
        self.distribution_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`distribution_status`](Self::distribution_status).
    pub fn set_distribution_status(
        mut self,
        input: ::std::option::Option<
            crate::types::CertificateAuthorityDistributionStatus,
        >,
    ) -> Self {
        self.distribution_status = input;
        self
    }
    /// See [`CertificateAuthoritySummary::id`](crate::types::CertificateAuthoritySummary::id).
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
    /// See [`CertificateAuthoritySummary::signing_status`](crate::types::CertificateAuthoritySummary::signing_status).
    pub fn signing_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthoritySigningStatus>,
    ) -> Self {
        self.signing_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`signing_status`](Self::signing_status).
    pub fn set_signing_status(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthoritySigningStatus>,
    ) -> Self {
        self.signing_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CertificateAuthoritySummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CertificateAuthoritySummary {
            activated_at: self.activated_at,
            activated_by: self.activated_by,
            created_at: self.created_at,
            created_by: self.created_by,
            distribution_status: self.distribution_status,
            id: self.id,
            signing_status: self.signing_status,
        })
    }
}
/// A builder for [`CertificateAuthorityValidity`](crate::types::CertificateAuthorityValidity).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CertificateAuthorityValidityBuilder {
    pub(crate) not_after: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) not_before: ::std::option::Option<crate::runtime::Timestamp>,
}
impl ::std::fmt::Debug for CertificateAuthorityValidityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CertificateAuthorityValidityBuilder").finish_non_exhaustive()
    }
}
impl CertificateAuthorityValidityBuilder {
    /// See [`CertificateAuthorityValidity::not_after`](crate::types::CertificateAuthorityValidity::not_after).
    pub fn not_after(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.not_after = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`not_after`](Self::not_after).
    pub fn set_not_after(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.not_after = input;
        self
    }
    /// See [`CertificateAuthorityValidity::not_before`](crate::types::CertificateAuthorityValidity::not_before).
    pub fn not_before(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.not_before = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`not_before`](Self::not_before).
    pub fn set_not_before(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.not_before = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CertificateAuthorityValidity,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CertificateAuthorityValidity {
            not_after: self.not_after,
            not_before: self.not_before,
        })
    }
}
/// A builder for [`ClientStat`](crate::types::ClientStat).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ClientStatBuilder {
    pub(crate) last_request_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) number_of_requests_last30_days: ::std::option::Option<i64>,
    pub(crate) user_agent: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ClientStatBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClientStatBuilder").finish_non_exhaustive()
    }
}
impl ClientStatBuilder {
    /// See [`ClientStat::last_request_time`](crate::types::ClientStat::last_request_time).
    pub fn last_request_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_request_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_request_time`](Self::last_request_time).
    pub fn set_last_request_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_request_time = input;
        self
    }
    /// See [`ClientStat::number_of_requests_last30_days`](crate::types::ClientStat::number_of_requests_last30_days).
    pub fn number_of_requests_last30_days(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.number_of_requests_last30_days = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`number_of_requests_last30_days`](Self::number_of_requests_last30_days).
    pub fn set_number_of_requests_last30_days(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.number_of_requests_last30_days = input;
        self
    }
    /// See [`ClientStat::user_agent`](crate::types::ClientStat::user_agent).
    pub fn user_agent(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_agent = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`user_agent`](Self::user_agent).
    pub fn set_user_agent(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.user_agent = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ClientStat, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ClientStat {
            last_request_time: self.last_request_time,
            number_of_requests_last30_days: self.number_of_requests_last30_days,
            user_agent: self.user_agent,
        })
    }
}
/// A builder for [`Cluster`](crate::types::Cluster).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ClusterBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) certificate_authority: ::std::option::Option<crate::types::Certificate>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) connector_config: ::std::option::Option<
        crate::types::ConnectorConfigResponse,
    >,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) encryption_config: ::std::option::Option<
        ::std::vec::Vec<crate::types::EncryptionConfig>,
    >,
    pub(crate) endpoint: ::std::option::Option<::std::string::String>,
    pub(crate) health: ::std::option::Option<crate::types::ClusterHealth>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) identity: ::std::option::Option<crate::types::Identity>,
    pub(crate) kubernetes_network_config: ::std::option::Option<
        crate::types::KubernetesNetworkConfigResponse,
    >,
    pub(crate) logging: ::std::option::Option<crate::types::Logging>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) outpost_config: ::std::option::Option<
        crate::types::OutpostConfigResponse,
    >,
    pub(crate) platform_version: ::std::option::Option<::std::string::String>,
    pub(crate) resources_vpc_config: ::std::option::Option<
        crate::types::VpcConfigResponse,
    >,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::ClusterStatus>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) access_config: ::std::option::Option<crate::types::AccessConfigResponse>,
    pub(crate) compute_config: ::std::option::Option<
        crate::types::ComputeConfigResponse,
    >,
    pub(crate) control_plane_scaling_config: ::std::option::Option<
        crate::types::ControlPlaneScalingConfig,
    >,
    pub(crate) deletion_protection: ::std::option::Option<bool>,
    pub(crate) kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerConfigResponse,
    >,
    pub(crate) kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerConfigResponse,
    >,
    pub(crate) kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerConfigResponse,
    >,
    pub(crate) remote_network_config: ::std::option::Option<
        crate::types::RemoteNetworkConfigResponse,
    >,
    pub(crate) storage_config: ::std::option::Option<
        crate::types::StorageConfigResponse,
    >,
    pub(crate) upgrade_policy: ::std::option::Option<
        crate::types::UpgradePolicyResponse,
    >,
    pub(crate) zonal_shift_config: ::std::option::Option<
        crate::types::ZonalShiftConfigResponse,
    >,
}
impl ::std::fmt::Debug for ClusterBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClusterBuilder").finish_non_exhaustive()
    }
}
impl ClusterBuilder {
    /// See [`Cluster::arn`](crate::types::Cluster::arn).
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
    /// See [`Cluster::certificate_authority`](crate::types::Cluster::certificate_authority).
    pub fn certificate_authority(
        mut self,
        input: impl ::std::convert::Into<crate::types::Certificate>,
    ) -> Self {
        self.certificate_authority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority`](Self::certificate_authority).
    pub fn set_certificate_authority(
        mut self,
        input: ::std::option::Option<crate::types::Certificate>,
    ) -> Self {
        self.certificate_authority = input;
        self
    }
    /// See [`Cluster::client_request_token`](crate::types::Cluster::client_request_token).
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
    /// See [`Cluster::connector_config`](crate::types::Cluster::connector_config).
    pub fn connector_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConnectorConfigResponse>,
    ) -> Self {
        self.connector_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`connector_config`](Self::connector_config).
    pub fn set_connector_config(
        mut self,
        input: ::std::option::Option<crate::types::ConnectorConfigResponse>,
    ) -> Self {
        self.connector_config = input;
        self
    }
    /// See [`Cluster::created_at`](crate::types::Cluster::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`Cluster::encryption_config`](crate::types::Cluster::encryption_config).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn encryption_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfig>,
    ) -> Self {
        self.encryption_config
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`encryption_config`](Self::encryption_config).
    pub fn set_encryption_config(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EncryptionConfig>>,
    ) -> Self {
        self.encryption_config = input;
        self
    }
    /// See [`Cluster::endpoint`](crate::types::Cluster::endpoint).
    pub fn endpoint(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint`](Self::endpoint).
    pub fn set_endpoint(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.endpoint = input;
        self
    }
    /// See [`Cluster::health`](crate::types::Cluster::health).
    pub fn health(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClusterHealth>,
    ) -> Self {
        self.health = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`health`](Self::health).
    pub fn set_health(
        mut self,
        input: ::std::option::Option<crate::types::ClusterHealth>,
    ) -> Self {
        self.health = input;
        self
    }
    /// See [`Cluster::id`](crate::types::Cluster::id).
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
    /// See [`Cluster::identity`](crate::types::Cluster::identity).
    pub fn identity(
        mut self,
        input: impl ::std::convert::Into<crate::types::Identity>,
    ) -> Self {
        self.identity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity`](Self::identity).
    pub fn set_identity(
        mut self,
        input: ::std::option::Option<crate::types::Identity>,
    ) -> Self {
        self.identity = input;
        self
    }
    /// See [`Cluster::kubernetes_network_config`](crate::types::Cluster::kubernetes_network_config).
    pub fn kubernetes_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubernetesNetworkConfigResponse>,
    ) -> Self {
        self.kubernetes_network_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_network_config`](Self::kubernetes_network_config).
    pub fn set_kubernetes_network_config(
        mut self,
        input: ::std::option::Option<crate::types::KubernetesNetworkConfigResponse>,
    ) -> Self {
        self.kubernetes_network_config = input;
        self
    }
    /// See [`Cluster::logging`](crate::types::Cluster::logging).
    pub fn logging(
        mut self,
        input: impl ::std::convert::Into<crate::types::Logging>,
    ) -> Self {
        self.logging = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging`](Self::logging).
    pub fn set_logging(
        mut self,
        input: ::std::option::Option<crate::types::Logging>,
    ) -> Self {
        self.logging = input;
        self
    }
    /// See [`Cluster::name`](crate::types::Cluster::name).
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
    /// See [`Cluster::outpost_config`](crate::types::Cluster::outpost_config).
    pub fn outpost_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutpostConfigResponse>,
    ) -> Self {
        self.outpost_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`outpost_config`](Self::outpost_config).
    pub fn set_outpost_config(
        mut self,
        input: ::std::option::Option<crate::types::OutpostConfigResponse>,
    ) -> Self {
        self.outpost_config = input;
        self
    }
    /// See [`Cluster::platform_version`](crate::types::Cluster::platform_version).
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
    /// See [`Cluster::resources_vpc_config`](crate::types::Cluster::resources_vpc_config).
    pub fn resources_vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfigResponse>,
    ) -> Self {
        self.resources_vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources_vpc_config`](Self::resources_vpc_config).
    pub fn set_resources_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfigResponse>,
    ) -> Self {
        self.resources_vpc_config = input;
        self
    }
    /// See [`Cluster::role_arn`](crate::types::Cluster::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`Cluster::status`](crate::types::Cluster::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClusterStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ClusterStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`Cluster::tags`](crate::types::Cluster::tags).
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
    /// See [`Cluster::version`](crate::types::Cluster::version).
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
    /// See [`Cluster::access_config`](crate::types::Cluster::access_config).
    pub fn access_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessConfigResponse>,
    ) -> Self {
        self.access_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_config`](Self::access_config).
    pub fn set_access_config(
        mut self,
        input: ::std::option::Option<crate::types::AccessConfigResponse>,
    ) -> Self {
        self.access_config = input;
        self
    }
    /// See [`Cluster::compute_config`](crate::types::Cluster::compute_config).
    pub fn compute_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeConfigResponse>,
    ) -> Self {
        self.compute_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_config`](Self::compute_config).
    pub fn set_compute_config(
        mut self,
        input: ::std::option::Option<crate::types::ComputeConfigResponse>,
    ) -> Self {
        self.compute_config = input;
        self
    }
    /// See [`Cluster::control_plane_scaling_config`](crate::types::Cluster::control_plane_scaling_config).
    pub fn control_plane_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.control_plane_scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_scaling_config`](Self::control_plane_scaling_config).
    pub fn set_control_plane_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.control_plane_scaling_config = input;
        self
    }
    /// See [`Cluster::deletion_protection`](crate::types::Cluster::deletion_protection).
    pub fn deletion_protection(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.deletion_protection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deletion_protection`](Self::deletion_protection).
    pub fn set_deletion_protection(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.deletion_protection = input;
        self
    }
    /// See [`Cluster::kube_api_server_config`](crate::types::Cluster::kube_api_server_config).
    pub fn kube_api_server_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeApiServerConfigResponse>,
    ) -> Self {
        self.kube_api_server_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_api_server_config`](Self::kube_api_server_config).
    pub fn set_kube_api_server_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeApiServerConfigResponse>,
    ) -> Self {
        self.kube_api_server_config = input;
        self
    }
    /// See [`Cluster::kube_controller_manager_config`](crate::types::Cluster::kube_controller_manager_config).
    pub fn kube_controller_manager_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::KubeControllerManagerConfigResponse,
        >,
    ) -> Self {
        self.kube_controller_manager_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_controller_manager_config`](Self::kube_controller_manager_config).
    pub fn set_kube_controller_manager_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeControllerManagerConfigResponse>,
    ) -> Self {
        self.kube_controller_manager_config = input;
        self
    }
    /// See [`Cluster::kube_scheduler_config`](crate::types::Cluster::kube_scheduler_config).
    pub fn kube_scheduler_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeSchedulerConfigResponse>,
    ) -> Self {
        self.kube_scheduler_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_scheduler_config`](Self::kube_scheduler_config).
    pub fn set_kube_scheduler_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeSchedulerConfigResponse>,
    ) -> Self {
        self.kube_scheduler_config = input;
        self
    }
    /// See [`Cluster::remote_network_config`](crate::types::Cluster::remote_network_config).
    pub fn remote_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteNetworkConfigResponse>,
    ) -> Self {
        self.remote_network_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`remote_network_config`](Self::remote_network_config).
    pub fn set_remote_network_config(
        mut self,
        input: ::std::option::Option<crate::types::RemoteNetworkConfigResponse>,
    ) -> Self {
        self.remote_network_config = input;
        self
    }
    /// See [`Cluster::storage_config`](crate::types::Cluster::storage_config).
    pub fn storage_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::StorageConfigResponse>,
    ) -> Self {
        self.storage_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`storage_config`](Self::storage_config).
    pub fn set_storage_config(
        mut self,
        input: ::std::option::Option<crate::types::StorageConfigResponse>,
    ) -> Self {
        self.storage_config = input;
        self
    }
    /// See [`Cluster::upgrade_policy`](crate::types::Cluster::upgrade_policy).
    pub fn upgrade_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpgradePolicyResponse>,
    ) -> Self {
        self.upgrade_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upgrade_policy`](Self::upgrade_policy).
    pub fn set_upgrade_policy(
        mut self,
        input: ::std::option::Option<crate::types::UpgradePolicyResponse>,
    ) -> Self {
        self.upgrade_policy = input;
        self
    }
    /// See [`Cluster::zonal_shift_config`](crate::types::Cluster::zonal_shift_config).
    pub fn zonal_shift_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ZonalShiftConfigResponse>,
    ) -> Self {
        self.zonal_shift_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`zonal_shift_config`](Self::zonal_shift_config).
    pub fn set_zonal_shift_config(
        mut self,
        input: ::std::option::Option<crate::types::ZonalShiftConfigResponse>,
    ) -> Self {
        self.zonal_shift_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Cluster, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Cluster {
            arn: self.arn,
            certificate_authority: self.certificate_authority,
            client_request_token: self.client_request_token,
            connector_config: self.connector_config,
            created_at: self.created_at,
            encryption_config: self.encryption_config,
            endpoint: self.endpoint,
            health: self.health,
            id: self.id,
            identity: self.identity,
            kubernetes_network_config: self.kubernetes_network_config,
            logging: self.logging,
            name: self.name,
            outpost_config: self.outpost_config,
            platform_version: self.platform_version,
            resources_vpc_config: self.resources_vpc_config,
            role_arn: self.role_arn,
            status: self.status,
            tags: self.tags,
            version: self.version,
            access_config: self.access_config,
            compute_config: self.compute_config,
            control_plane_scaling_config: self.control_plane_scaling_config,
            deletion_protection: self.deletion_protection,
            kube_api_server_config: self.kube_api_server_config,
            kube_controller_manager_config: self.kube_controller_manager_config,
            kube_scheduler_config: self.kube_scheduler_config,
            remote_network_config: self.remote_network_config,
            storage_config: self.storage_config,
            upgrade_policy: self.upgrade_policy,
            zonal_shift_config: self.zonal_shift_config,
        })
    }
}
/// A builder for [`ClusterHealth`](crate::types::ClusterHealth).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ClusterHealthBuilder {
    pub(crate) issues: ::std::option::Option<
        ::std::vec::Vec<crate::types::ClusterIssue>,
    >,
}
impl ::std::fmt::Debug for ClusterHealthBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClusterHealthBuilder").finish_non_exhaustive()
    }
}
impl ClusterHealthBuilder {
    /// See [`ClusterHealth::issues`](crate::types::ClusterHealth::issues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn issues(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClusterIssue>,
    ) -> Self {
        self.issues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`issues`](Self::issues).
    pub fn set_issues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ClusterIssue>>,
    ) -> Self {
        self.issues = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ClusterHealth, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ClusterHealth {
            issues: self.issues,
        })
    }
}
/// A builder for [`ClusterIssue`](crate::types::ClusterIssue).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ClusterIssueBuilder {
    pub(crate) code: ::std::option::Option<crate::types::ClusterIssueCode>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) resource_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ClusterIssueBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClusterIssueBuilder").finish_non_exhaustive()
    }
}
impl ClusterIssueBuilder {
    /// See [`ClusterIssue::code`](crate::types::ClusterIssue::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClusterIssueCode>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::ClusterIssueCode>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`ClusterIssue::message`](crate::types::ClusterIssue::message).
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
    /// See [`ClusterIssue::resource_ids`](crate::types::ClusterIssue::resource_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resource_ids`](Self::resource_ids).
    pub fn set_resource_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resource_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ClusterIssue, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ClusterIssue {
            code: self.code,
            message: self.message,
            resource_ids: self.resource_ids,
        })
    }
}
/// A builder for [`ClusterVersionInformation`](crate::types::ClusterVersionInformation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ClusterVersionInformationBuilder {
    pub(crate) cluster_type: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_version: ::std::option::Option<::std::string::String>,
    pub(crate) control_plane_component_config: ::std::option::Option<
        crate::types::ControlPlaneConfigInfo,
    >,
    pub(crate) control_plane_scaling_tiers: ::std::option::Option<
        ::std::vec::Vec<crate::types::ControlPlaneScalingTierInfo>,
    >,
    pub(crate) default_platform_version: ::std::option::Option<::std::string::String>,
    pub(crate) default_version: ::std::option::Option<bool>,
    pub(crate) end_of_extended_support_date: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) end_of_standard_support_date: ::std::option::Option<
        crate::runtime::Timestamp,
    >,
    pub(crate) kubernetes_patch_version: ::std::option::Option<::std::string::String>,
    pub(crate) release_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) status: ::std::option::Option<crate::types::ClusterVersionStatus>,
    pub(crate) version_status: ::std::option::Option<crate::types::VersionStatus>,
}
impl ::std::fmt::Debug for ClusterVersionInformationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClusterVersionInformationBuilder").finish_non_exhaustive()
    }
}
impl ClusterVersionInformationBuilder {
    /// See [`ClusterVersionInformation::cluster_type`](crate::types::ClusterVersionInformation::cluster_type).
    pub fn cluster_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_type`](Self::cluster_type).
    pub fn set_cluster_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_type = input;
        self
    }
    /// See [`ClusterVersionInformation::cluster_version`](crate::types::ClusterVersionInformation::cluster_version).
    pub fn cluster_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_version`](Self::cluster_version).
    pub fn set_cluster_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_version = input;
        self
    }
    /// See [`ClusterVersionInformation::control_plane_component_config`](crate::types::ClusterVersionInformation::control_plane_component_config).
    pub fn control_plane_component_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneConfigInfo>,
    ) -> Self {
        self.control_plane_component_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_component_config`](Self::control_plane_component_config).
    pub fn set_control_plane_component_config(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneConfigInfo>,
    ) -> Self {
        self.control_plane_component_config = input;
        self
    }
    /// See [`ClusterVersionInformation::control_plane_scaling_tiers`](crate::types::ClusterVersionInformation::control_plane_scaling_tiers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn control_plane_scaling_tiers(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneScalingTierInfo>,
    ) -> Self {
        self.control_plane_scaling_tiers
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`control_plane_scaling_tiers`](Self::control_plane_scaling_tiers).
    pub fn set_control_plane_scaling_tiers(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ControlPlaneScalingTierInfo>,
        >,
    ) -> Self {
        self.control_plane_scaling_tiers = input;
        self
    }
    /// See [`ClusterVersionInformation::default_platform_version`](crate::types::ClusterVersionInformation::default_platform_version).
    pub fn default_platform_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_platform_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_platform_version`](Self::default_platform_version).
    pub fn set_default_platform_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.default_platform_version = input;
        self
    }
    /// See [`ClusterVersionInformation::default_version`](crate::types::ClusterVersionInformation::default_version).
    pub fn default_version(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.default_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_version`](Self::default_version).
    pub fn set_default_version(mut self, input: ::std::option::Option<bool>) -> Self {
        self.default_version = input;
        self
    }
    /// See [`ClusterVersionInformation::end_of_extended_support_date`](crate::types::ClusterVersionInformation::end_of_extended_support_date).
    pub fn end_of_extended_support_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_of_extended_support_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_of_extended_support_date`](Self::end_of_extended_support_date).
    pub fn set_end_of_extended_support_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_of_extended_support_date = input;
        self
    }
    /// See [`ClusterVersionInformation::end_of_standard_support_date`](crate::types::ClusterVersionInformation::end_of_standard_support_date).
    pub fn end_of_standard_support_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_of_standard_support_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`end_of_standard_support_date`](Self::end_of_standard_support_date).
    pub fn set_end_of_standard_support_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.end_of_standard_support_date = input;
        self
    }
    /// See [`ClusterVersionInformation::kubernetes_patch_version`](crate::types::ClusterVersionInformation::kubernetes_patch_version).
    pub fn kubernetes_patch_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_patch_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_patch_version`](Self::kubernetes_patch_version).
    pub fn set_kubernetes_patch_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kubernetes_patch_version = input;
        self
    }
    /// See [`ClusterVersionInformation::release_date`](crate::types::ClusterVersionInformation::release_date).
    pub fn release_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.release_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`release_date`](Self::release_date).
    pub fn set_release_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.release_date = input;
        self
    }
    /// See [`ClusterVersionInformation::status`](crate::types::ClusterVersionInformation::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClusterVersionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ClusterVersionStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`ClusterVersionInformation::version_status`](crate::types::ClusterVersionInformation::version_status).
    pub fn version_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::VersionStatus>,
    ) -> Self {
        self.version_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_status`](Self::version_status).
    pub fn set_version_status(
        mut self,
        input: ::std::option::Option<crate::types::VersionStatus>,
    ) -> Self {
        self.version_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ClusterVersionInformation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ClusterVersionInformation {
            cluster_type: self.cluster_type,
            cluster_version: self.cluster_version,
            control_plane_component_config: self.control_plane_component_config,
            control_plane_scaling_tiers: self.control_plane_scaling_tiers,
            default_platform_version: self.default_platform_version,
            default_version: self.default_version,
            end_of_extended_support_date: self.end_of_extended_support_date,
            end_of_standard_support_date: self.end_of_standard_support_date,
            kubernetes_patch_version: self.kubernetes_patch_version,
            release_date: self.release_date,
            status: self.status,
            version_status: self.version_status,
        })
    }
}
/// A builder for [`Compatibility`](crate::types::Compatibility).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CompatibilityBuilder {
    pub(crate) cluster_version: ::std::option::Option<::std::string::String>,
    pub(crate) default_version: ::std::option::Option<bool>,
    pub(crate) platform_versions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CompatibilityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompatibilityBuilder").finish_non_exhaustive()
    }
}
impl CompatibilityBuilder {
    /// See [`Compatibility::cluster_version`](crate::types::Compatibility::cluster_version).
    pub fn cluster_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_version`](Self::cluster_version).
    pub fn set_cluster_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_version = input;
        self
    }
    /// See [`Compatibility::default_version`](crate::types::Compatibility::default_version).
    pub fn default_version(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.default_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_version`](Self::default_version).
    pub fn set_default_version(mut self, input: ::std::option::Option<bool>) -> Self {
        self.default_version = input;
        self
    }
    /// See [`Compatibility::platform_versions`](crate::types::Compatibility::platform_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn platform_versions(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.platform_versions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`platform_versions`](Self::platform_versions).
    pub fn set_platform_versions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.platform_versions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Compatibility, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Compatibility {
            cluster_version: self.cluster_version,
            default_version: self.default_version,
            platform_versions: self.platform_versions,
        })
    }
}
/// A builder for [`ComputeConfigRequest`](crate::types::ComputeConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ComputeConfigRequestBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) node_pools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) node_role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ComputeConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ComputeConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl ComputeConfigRequestBuilder {
    /// See [`ComputeConfigRequest::enabled`](crate::types::ComputeConfigRequest::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`ComputeConfigRequest::node_pools`](crate::types::ComputeConfigRequest::node_pools).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn node_pools(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_pools.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`node_pools`](Self::node_pools).
    pub fn set_node_pools(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.node_pools = input;
        self
    }
    /// See [`ComputeConfigRequest::node_role_arn`](crate::types::ComputeConfigRequest::node_role_arn).
    pub fn node_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_role_arn`](Self::node_role_arn).
    pub fn set_node_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ComputeConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ComputeConfigRequest {
            enabled: self.enabled,
            node_pools: self.node_pools,
            node_role_arn: self.node_role_arn,
        })
    }
}
/// A builder for [`ComputeConfigResponse`](crate::types::ComputeConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ComputeConfigResponseBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) node_pools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) node_role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ComputeConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ComputeConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl ComputeConfigResponseBuilder {
    /// See [`ComputeConfigResponse::enabled`](crate::types::ComputeConfigResponse::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`ComputeConfigResponse::node_pools`](crate::types::ComputeConfigResponse::node_pools).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn node_pools(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_pools.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`node_pools`](Self::node_pools).
    pub fn set_node_pools(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.node_pools = input;
        self
    }
    /// See [`ComputeConfigResponse::node_role_arn`](crate::types::ComputeConfigResponse::node_role_arn).
    pub fn node_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_role_arn`](Self::node_role_arn).
    pub fn set_node_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ComputeConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ComputeConfigResponse {
            enabled: self.enabled,
            node_pools: self.node_pools,
            node_role_arn: self.node_role_arn,
        })
    }
}
/// A builder for [`ConnectorConfigRequest`](crate::types::ConnectorConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConnectorConfigRequestBuilder {
    pub(crate) provider: ::std::option::Option<crate::types::ConnectorConfigProvider>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ConnectorConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConnectorConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl ConnectorConfigRequestBuilder {
    /// See [`ConnectorConfigRequest::provider`](crate::types::ConnectorConfigRequest::provider).
    pub fn provider(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConnectorConfigProvider>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provider`](Self::provider).
    pub fn set_provider(
        mut self,
        input: ::std::option::Option<crate::types::ConnectorConfigProvider>,
    ) -> Self {
        self.provider = input;
        self
    }
    /// See [`ConnectorConfigRequest::role_arn`](crate::types::ConnectorConfigRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ConnectorConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ConnectorConfigRequest {
            provider: self
                .provider
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ConnectorConfigRequest",
                        "provider",
                    ),
                )?,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ConnectorConfigRequest",
                        "role_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ConnectorConfigResponse`](crate::types::ConnectorConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ConnectorConfigResponseBuilder {
    pub(crate) activation_code: ::std::option::Option<::std::string::String>,
    pub(crate) activation_expiry: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) activation_id: ::std::option::Option<::std::string::String>,
    pub(crate) provider: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ConnectorConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConnectorConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl ConnectorConfigResponseBuilder {
    /// See [`ConnectorConfigResponse::activation_code`](crate::types::ConnectorConfigResponse::activation_code).
    pub fn activation_code(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activation_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activation_code`](Self::activation_code).
    pub fn set_activation_code(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activation_code = input;
        self
    }
    /// See [`ConnectorConfigResponse::activation_expiry`](crate::types::ConnectorConfigResponse::activation_expiry).
    pub fn activation_expiry(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.activation_expiry = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activation_expiry`](Self::activation_expiry).
    pub fn set_activation_expiry(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.activation_expiry = input;
        self
    }
    /// See [`ConnectorConfigResponse::activation_id`](crate::types::ConnectorConfigResponse::activation_id).
    pub fn activation_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activation_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`activation_id`](Self::activation_id).
    pub fn set_activation_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.activation_id = input;
        self
    }
    /// See [`ConnectorConfigResponse::provider`](crate::types::ConnectorConfigResponse::provider).
    pub fn provider(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provider`](Self::provider).
    pub fn set_provider(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.provider = input;
        self
    }
    /// See [`ConnectorConfigResponse::role_arn`](crate::types::ConnectorConfigResponse::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ConnectorConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ConnectorConfigResponse {
            activation_code: self.activation_code,
            activation_expiry: self.activation_expiry,
            activation_id: self.activation_id,
            provider: self.provider,
            role_arn: self.role_arn,
        })
    }
}
/// A builder for [`ControlPlaneConfigInfo`](crate::types::ControlPlaneConfigInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ControlPlaneConfigInfoBuilder {
    pub(crate) kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerVersionConfig,
    >,
    pub(crate) kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerVersionConfig,
    >,
    pub(crate) kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerVersionConfig,
    >,
}
impl ::std::fmt::Debug for ControlPlaneConfigInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPlaneConfigInfoBuilder").finish_non_exhaustive()
    }
}
impl ControlPlaneConfigInfoBuilder {
    /// See [`ControlPlaneConfigInfo::kube_api_server_config`](crate::types::ControlPlaneConfigInfo::kube_api_server_config).
    pub fn kube_api_server_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeApiServerVersionConfig>,
    ) -> Self {
        self.kube_api_server_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_api_server_config`](Self::kube_api_server_config).
    pub fn set_kube_api_server_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeApiServerVersionConfig>,
    ) -> Self {
        self.kube_api_server_config = input;
        self
    }
    /// See [`ControlPlaneConfigInfo::kube_controller_manager_config`](crate::types::ControlPlaneConfigInfo::kube_controller_manager_config).
    pub fn kube_controller_manager_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::KubeControllerManagerVersionConfig,
        >,
    ) -> Self {
        self.kube_controller_manager_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_controller_manager_config`](Self::kube_controller_manager_config).
    pub fn set_kube_controller_manager_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeControllerManagerVersionConfig>,
    ) -> Self {
        self.kube_controller_manager_config = input;
        self
    }
    /// See [`ControlPlaneConfigInfo::kube_scheduler_config`](crate::types::ControlPlaneConfigInfo::kube_scheduler_config).
    pub fn kube_scheduler_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeSchedulerVersionConfig>,
    ) -> Self {
        self.kube_scheduler_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_scheduler_config`](Self::kube_scheduler_config).
    pub fn set_kube_scheduler_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeSchedulerVersionConfig>,
    ) -> Self {
        self.kube_scheduler_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ControlPlaneConfigInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ControlPlaneConfigInfo {
            kube_api_server_config: self.kube_api_server_config,
            kube_controller_manager_config: self.kube_controller_manager_config,
            kube_scheduler_config: self.kube_scheduler_config,
        })
    }
}
/// A builder for [`ControlPlanePlacementRequest`](crate::types::ControlPlanePlacementRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ControlPlanePlacementRequestBuilder {
    pub(crate) group_name: ::std::option::Option<::std::string::String>,
    pub(crate) spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl ::std::fmt::Debug for ControlPlanePlacementRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPlanePlacementRequestBuilder").finish_non_exhaustive()
    }
}
impl ControlPlanePlacementRequestBuilder {
    /// See [`ControlPlanePlacementRequest::group_name`](crate::types::ControlPlanePlacementRequest::group_name).
    pub fn group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`group_name`](Self::group_name).
    pub fn set_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.group_name = input;
        self
    }
    /// See [`ControlPlanePlacementRequest::spread_level`](crate::types::ControlPlanePlacementRequest::spread_level).
    pub fn spread_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`spread_level`](Self::spread_level).
    pub fn set_spread_level(
        mut self,
        input: ::std::option::Option<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ControlPlanePlacementRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ControlPlanePlacementRequest {
            group_name: self.group_name,
            spread_level: self.spread_level,
        })
    }
}
/// A builder for [`ControlPlanePlacementResponse`](crate::types::ControlPlanePlacementResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ControlPlanePlacementResponseBuilder {
    pub(crate) group_name: ::std::option::Option<::std::string::String>,
    pub(crate) spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl ::std::fmt::Debug for ControlPlanePlacementResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPlanePlacementResponseBuilder").finish_non_exhaustive()
    }
}
impl ControlPlanePlacementResponseBuilder {
    /// See [`ControlPlanePlacementResponse::group_name`](crate::types::ControlPlanePlacementResponse::group_name).
    pub fn group_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`group_name`](Self::group_name).
    pub fn set_group_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.group_name = input;
        self
    }
    /// See [`ControlPlanePlacementResponse::spread_level`](crate::types::ControlPlanePlacementResponse::spread_level).
    pub fn spread_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`spread_level`](Self::spread_level).
    pub fn set_spread_level(
        mut self,
        input: ::std::option::Option<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ControlPlanePlacementResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ControlPlanePlacementResponse {
            group_name: self.group_name,
            spread_level: self.spread_level,
        })
    }
}
/// A builder for [`ControlPlaneScalingConfig`](crate::types::ControlPlaneScalingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ControlPlaneScalingConfigBuilder {
    pub(crate) tier: ::std::option::Option<crate::types::ProvisionedControlPlaneTier>,
}
impl ::std::fmt::Debug for ControlPlaneScalingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPlaneScalingConfigBuilder").finish_non_exhaustive()
    }
}
impl ControlPlaneScalingConfigBuilder {
    /// See [`ControlPlaneScalingConfig::tier`](crate::types::ControlPlaneScalingConfig::tier).
    pub fn tier(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedControlPlaneTier>,
    ) -> Self {
        self.tier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tier`](Self::tier).
    pub fn set_tier(
        mut self,
        input: ::std::option::Option<crate::types::ProvisionedControlPlaneTier>,
    ) -> Self {
        self.tier = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ControlPlaneScalingConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ControlPlaneScalingConfig {
            tier: self.tier,
        })
    }
}
/// A builder for [`ControlPlaneScalingTierInfo`](crate::types::ControlPlaneScalingTierInfo).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ControlPlaneScalingTierInfoBuilder {
    pub(crate) api_request_concurrency: ::std::option::Option<i64>,
    pub(crate) cluster_database_size_gb: ::std::option::Option<i64>,
    pub(crate) control_plane_component_config_overrides: ::std::option::Option<
        crate::types::ControlPlaneConfigInfo,
    >,
    pub(crate) pod_scheduling_rate_per_second: ::std::option::Option<i64>,
    pub(crate) tier_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ControlPlaneScalingTierInfoBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ControlPlaneScalingTierInfoBuilder").finish_non_exhaustive()
    }
}
impl ControlPlaneScalingTierInfoBuilder {
    /// See [`ControlPlaneScalingTierInfo::api_request_concurrency`](crate::types::ControlPlaneScalingTierInfo::api_request_concurrency).
    pub fn api_request_concurrency(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.api_request_concurrency = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`api_request_concurrency`](Self::api_request_concurrency).
    pub fn set_api_request_concurrency(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.api_request_concurrency = input;
        self
    }
    /// See [`ControlPlaneScalingTierInfo::cluster_database_size_gb`](crate::types::ControlPlaneScalingTierInfo::cluster_database_size_gb).
    pub fn cluster_database_size_gb(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.cluster_database_size_gb = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_database_size_gb`](Self::cluster_database_size_gb).
    pub fn set_cluster_database_size_gb(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.cluster_database_size_gb = input;
        self
    }
    /// See [`ControlPlaneScalingTierInfo::control_plane_component_config_overrides`](crate::types::ControlPlaneScalingTierInfo::control_plane_component_config_overrides).
    pub fn control_plane_component_config_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneConfigInfo>,
    ) -> Self {
        self.control_plane_component_config_overrides = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`control_plane_component_config_overrides`](Self::control_plane_component_config_overrides).
    pub fn set_control_plane_component_config_overrides(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneConfigInfo>,
    ) -> Self {
        self.control_plane_component_config_overrides = input;
        self
    }
    /// See [`ControlPlaneScalingTierInfo::pod_scheduling_rate_per_second`](crate::types::ControlPlaneScalingTierInfo::pod_scheduling_rate_per_second).
    pub fn pod_scheduling_rate_per_second(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.pod_scheduling_rate_per_second = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_scheduling_rate_per_second`](Self::pod_scheduling_rate_per_second).
    pub fn set_pod_scheduling_rate_per_second(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.pod_scheduling_rate_per_second = input;
        self
    }
    /// See [`ControlPlaneScalingTierInfo::tier_name`](crate::types::ControlPlaneScalingTierInfo::tier_name).
    pub fn tier_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tier_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tier_name`](Self::tier_name).
    pub fn set_tier_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.tier_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ControlPlaneScalingTierInfo,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ControlPlaneScalingTierInfo {
            api_request_concurrency: self.api_request_concurrency,
            cluster_database_size_gb: self.cluster_database_size_gb,
            control_plane_component_config_overrides: self
                .control_plane_component_config_overrides,
            pod_scheduling_rate_per_second: self.pod_scheduling_rate_per_second,
            tier_name: self.tier_name,
        })
    }
}
/// A builder for [`CrdManagementConfiguration`](crate::types::CrdManagementConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CrdManagementConfigurationBuilder {
    pub(crate) managed: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for CrdManagementConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CrdManagementConfigurationBuilder").finish_non_exhaustive()
    }
}
impl CrdManagementConfigurationBuilder {
    /// See [`CrdManagementConfiguration::managed`](crate::types::CrdManagementConfiguration::managed).
    pub fn managed(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.managed = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`managed`](Self::managed).
    pub fn set_managed(mut self, input: ::std::option::Option<bool>) -> Self {
        self.managed = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CrdManagementConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CrdManagementConfiguration {
            managed: self.managed,
        })
    }
}
/// A builder for [`CreateAccessConfigRequest`](crate::types::CreateAccessConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateAccessConfigRequestBuilder {
    pub(crate) authentication_mode: ::std::option::Option<
        crate::types::AuthenticationMode,
    >,
    pub(crate) bootstrap_cluster_creator_admin_permissions: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for CreateAccessConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAccessConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateAccessConfigRequestBuilder {
    /// See [`CreateAccessConfigRequest::authentication_mode`](crate::types::CreateAccessConfigRequest::authentication_mode).
    pub fn authentication_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::AuthenticationMode>,
    ) -> Self {
        self.authentication_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authentication_mode`](Self::authentication_mode).
    pub fn set_authentication_mode(
        mut self,
        input: ::std::option::Option<crate::types::AuthenticationMode>,
    ) -> Self {
        self.authentication_mode = input;
        self
    }
    /// See [`CreateAccessConfigRequest::bootstrap_cluster_creator_admin_permissions`](crate::types::CreateAccessConfigRequest::bootstrap_cluster_creator_admin_permissions).
    pub fn bootstrap_cluster_creator_admin_permissions(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bootstrap_cluster_creator_admin_permissions = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`bootstrap_cluster_creator_admin_permissions`](Self::bootstrap_cluster_creator_admin_permissions).
    pub fn set_bootstrap_cluster_creator_admin_permissions(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.bootstrap_cluster_creator_admin_permissions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateAccessConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateAccessConfigRequest {
            authentication_mode: self.authentication_mode,
            bootstrap_cluster_creator_admin_permissions: self
                .bootstrap_cluster_creator_admin_permissions,
        })
    }
}
/// A builder for [`CreateAccessEntryRequest`](crate::types::CreateAccessEntryRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateAccessEntryRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) kubernetes_groups: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<::std::string::String>,
    pub(crate) username: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateAccessEntryRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAccessEntryRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateAccessEntryRequestBuilder {
    /// See [`CreateAccessEntryRequest::client_request_token`](crate::types::CreateAccessEntryRequest::client_request_token).
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
    /// See [`CreateAccessEntryRequest::cluster_name`](crate::types::CreateAccessEntryRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`CreateAccessEntryRequest::kubernetes_groups`](crate::types::CreateAccessEntryRequest::kubernetes_groups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn kubernetes_groups(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_groups
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`kubernetes_groups`](Self::kubernetes_groups).
    pub fn set_kubernetes_groups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.kubernetes_groups = input;
        self
    }
    /// See [`CreateAccessEntryRequest::principal_arn`](crate::types::CreateAccessEntryRequest::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// See [`CreateAccessEntryRequest::tags`](crate::types::CreateAccessEntryRequest::tags).
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
    /// See [`CreateAccessEntryRequest::type`](crate::types::CreateAccessEntryRequest::type).
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
    /// See [`CreateAccessEntryRequest::username`](crate::types::CreateAccessEntryRequest::username).
    pub fn username(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`username`](Self::username).
    pub fn set_username(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.username = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateAccessEntryRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateAccessEntryRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAccessEntryRequest",
                        "cluster_name",
                    ),
                )?,
            kubernetes_groups: self.kubernetes_groups,
            principal_arn: self
                .principal_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAccessEntryRequest",
                        "principal_arn",
                    ),
                )?,
            tags: self.tags,
            r#type: self.r#type,
            username: self.username,
        })
    }
}
/// A builder for [`CreateAccessEntryResponse`](crate::types::CreateAccessEntryResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateAccessEntryResponseBuilder {
    pub(crate) access_entry: ::std::option::Option<crate::types::AccessEntry>,
}
impl ::std::fmt::Debug for CreateAccessEntryResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAccessEntryResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateAccessEntryResponseBuilder {
    /// See [`CreateAccessEntryResponse::access_entry`](crate::types::CreateAccessEntryResponse::access_entry).
    pub fn access_entry(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessEntry>,
    ) -> Self {
        self.access_entry = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_entry`](Self::access_entry).
    pub fn set_access_entry(
        mut self,
        input: ::std::option::Option<crate::types::AccessEntry>,
    ) -> Self {
        self.access_entry = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateAccessEntryResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateAccessEntryResponse {
            access_entry: self.access_entry,
        })
    }
}
/// A builder for [`CreateAddonRequest`](crate::types::CreateAddonRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateAddonRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) addon_version: ::std::option::Option<::std::string::String>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) configuration_values: ::std::option::Option<::std::string::String>,
    pub(crate) namespace_config: ::std::option::Option<
        crate::types::AddonNamespaceConfigRequest,
    >,
    pub(crate) pod_identity_associations: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonPodIdentityAssociations>,
    >,
    pub(crate) resolve_conflicts: ::std::option::Option<crate::types::ResolveConflicts>,
    pub(crate) service_account_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateAddonRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAddonRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateAddonRequestBuilder {
    /// See [`CreateAddonRequest::addon_name`](crate::types::CreateAddonRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`CreateAddonRequest::addon_version`](crate::types::CreateAddonRequest::addon_version).
    pub fn addon_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_version`](Self::addon_version).
    pub fn set_addon_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_version = input;
        self
    }
    /// See [`CreateAddonRequest::client_request_token`](crate::types::CreateAddonRequest::client_request_token).
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
    /// See [`CreateAddonRequest::cluster_name`](crate::types::CreateAddonRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`CreateAddonRequest::configuration_values`](crate::types::CreateAddonRequest::configuration_values).
    pub fn configuration_values(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.configuration_values = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration_values`](Self::configuration_values).
    pub fn set_configuration_values(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.configuration_values = input;
        self
    }
    /// See [`CreateAddonRequest::namespace_config`](crate::types::CreateAddonRequest::namespace_config).
    pub fn namespace_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonNamespaceConfigRequest>,
    ) -> Self {
        self.namespace_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`namespace_config`](Self::namespace_config).
    pub fn set_namespace_config(
        mut self,
        input: ::std::option::Option<crate::types::AddonNamespaceConfigRequest>,
    ) -> Self {
        self.namespace_config = input;
        self
    }
    /// See [`CreateAddonRequest::pod_identity_associations`](crate::types::CreateAddonRequest::pod_identity_associations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn pod_identity_associations(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonPodIdentityAssociations>,
    ) -> Self {
        self.pod_identity_associations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`pod_identity_associations`](Self::pod_identity_associations).
    pub fn set_pod_identity_associations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AddonPodIdentityAssociations>,
        >,
    ) -> Self {
        self.pod_identity_associations = input;
        self
    }
    /// See [`CreateAddonRequest::resolve_conflicts`](crate::types::CreateAddonRequest::resolve_conflicts).
    pub fn resolve_conflicts(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResolveConflicts>,
    ) -> Self {
        self.resolve_conflicts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resolve_conflicts`](Self::resolve_conflicts).
    pub fn set_resolve_conflicts(
        mut self,
        input: ::std::option::Option<crate::types::ResolveConflicts>,
    ) -> Self {
        self.resolve_conflicts = input;
        self
    }
    /// See [`CreateAddonRequest::service_account_role_arn`](crate::types::CreateAddonRequest::service_account_role_arn).
    pub fn service_account_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account_role_arn`](Self::service_account_role_arn).
    pub fn set_service_account_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account_role_arn = input;
        self
    }
    /// See [`CreateAddonRequest::tags`](crate::types::CreateAddonRequest::tags).
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
        crate::types::CreateAddonRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateAddonRequest {
            addon_name: self
                .addon_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAddonRequest",
                        "addon_name",
                    ),
                )?,
            addon_version: self.addon_version,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateAddonRequest",
                        "cluster_name",
                    ),
                )?,
            configuration_values: self.configuration_values,
            namespace_config: self.namespace_config,
            pod_identity_associations: self.pod_identity_associations,
            resolve_conflicts: self.resolve_conflicts,
            service_account_role_arn: self.service_account_role_arn,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateAddonResponse`](crate::types::CreateAddonResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateAddonResponseBuilder {
    pub(crate) addon: ::std::option::Option<crate::types::Addon>,
}
impl ::std::fmt::Debug for CreateAddonResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAddonResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateAddonResponseBuilder {
    /// See [`CreateAddonResponse::addon`](crate::types::CreateAddonResponse::addon).
    pub fn addon(
        mut self,
        input: impl ::std::convert::Into<crate::types::Addon>,
    ) -> Self {
        self.addon = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon`](Self::addon).
    pub fn set_addon(
        mut self,
        input: ::std::option::Option<crate::types::Addon>,
    ) -> Self {
        self.addon = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateAddonResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateAddonResponse {
            addon: self.addon,
        })
    }
}
/// A builder for [`CreateCapabilityRequest`](crate::types::CreateCapabilityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCapabilityRequestBuilder {
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) configuration: ::std::option::Option<
        crate::types::CapabilityConfigurationRequest,
    >,
    pub(crate) delete_propagation_policy: ::std::option::Option<
        crate::types::CapabilityDeletePropagationPolicy,
    >,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::CapabilityType>,
}
impl ::std::fmt::Debug for CreateCapabilityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCapabilityRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateCapabilityRequestBuilder {
    /// See [`CreateCapabilityRequest::capability_name`](crate::types::CreateCapabilityRequest::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`CreateCapabilityRequest::client_request_token`](crate::types::CreateCapabilityRequest::client_request_token).
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
    /// See [`CreateCapabilityRequest::cluster_name`](crate::types::CreateCapabilityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`CreateCapabilityRequest::configuration`](crate::types::CreateCapabilityRequest::configuration).
    pub fn configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityConfigurationRequest>,
    ) -> Self {
        self.configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration`](Self::configuration).
    pub fn set_configuration(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityConfigurationRequest>,
    ) -> Self {
        self.configuration = input;
        self
    }
    /// See [`CreateCapabilityRequest::delete_propagation_policy`](crate::types::CreateCapabilityRequest::delete_propagation_policy).
    pub fn delete_propagation_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.delete_propagation_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete_propagation_policy`](Self::delete_propagation_policy).
    pub fn set_delete_propagation_policy(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.delete_propagation_policy = input;
        self
    }
    /// See [`CreateCapabilityRequest::role_arn`](crate::types::CreateCapabilityRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`CreateCapabilityRequest::tags`](crate::types::CreateCapabilityRequest::tags).
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
    /// See [`CreateCapabilityRequest::type`](crate::types::CreateCapabilityRequest::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateCapabilityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCapabilityRequest {
            capability_name: self
                .capability_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapabilityRequest",
                        "capability_name",
                    ),
                )?,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapabilityRequest",
                        "cluster_name",
                    ),
                )?,
            configuration: self.configuration,
            delete_propagation_policy: self
                .delete_propagation_policy
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapabilityRequest",
                        "delete_propagation_policy",
                    ),
                )?,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapabilityRequest",
                        "role_arn",
                    ),
                )?,
            tags: self.tags,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCapabilityRequest",
                        "type",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateCapabilityResponse`](crate::types::CreateCapabilityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCapabilityResponseBuilder {
    pub(crate) capability: ::std::option::Option<crate::types::Capability>,
}
impl ::std::fmt::Debug for CreateCapabilityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCapabilityResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateCapabilityResponseBuilder {
    /// See [`CreateCapabilityResponse::capability`](crate::types::CreateCapabilityResponse::capability).
    pub fn capability(
        mut self,
        input: impl ::std::convert::Into<crate::types::Capability>,
    ) -> Self {
        self.capability = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability`](Self::capability).
    pub fn set_capability(
        mut self,
        input: ::std::option::Option<crate::types::Capability>,
    ) -> Self {
        self.capability = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateCapabilityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCapabilityResponse {
            capability: self.capability,
        })
    }
}
/// A builder for [`CreateCertificateAuthorityRequest`](crate::types::CreateCertificateAuthorityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCertificateAuthorityRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateCertificateAuthorityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCertificateAuthorityRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateCertificateAuthorityRequestBuilder {
    /// See [`CreateCertificateAuthorityRequest::client_request_token`](crate::types::CreateCertificateAuthorityRequest::client_request_token).
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
    /// See [`CreateCertificateAuthorityRequest::cluster_name`](crate::types::CreateCertificateAuthorityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateCertificateAuthorityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCertificateAuthorityRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateCertificateAuthorityRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateCertificateAuthorityResponse`](crate::types::CreateCertificateAuthorityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateCertificateAuthorityResponseBuilder {
    pub(crate) certificate_authority: ::std::option::Option<
        crate::types::CertificateAuthoritySummary,
    >,
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for CreateCertificateAuthorityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCertificateAuthorityResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateCertificateAuthorityResponseBuilder {
    /// See [`CreateCertificateAuthorityResponse::certificate_authority`](crate::types::CreateCertificateAuthorityResponse::certificate_authority).
    pub fn certificate_authority(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthoritySummary>,
    ) -> Self {
        self.certificate_authority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority`](Self::certificate_authority).
    pub fn set_certificate_authority(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthoritySummary>,
    ) -> Self {
        self.certificate_authority = input;
        self
    }
    /// See [`CreateCertificateAuthorityResponse::update`](crate::types::CreateCertificateAuthorityResponse::update).
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
        crate::types::CreateCertificateAuthorityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateCertificateAuthorityResponse {
            certificate_authority: self.certificate_authority,
            update: self.update,
        })
    }
}
/// A builder for [`CreateClusterRequest`](crate::types::CreateClusterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateClusterRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) encryption_config: ::std::option::Option<
        ::std::vec::Vec<crate::types::EncryptionConfig>,
    >,
    pub(crate) kubernetes_network_config: ::std::option::Option<
        crate::types::KubernetesNetworkConfigRequest,
    >,
    pub(crate) logging: ::std::option::Option<crate::types::Logging>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) outpost_config: ::std::option::Option<crate::types::OutpostConfigRequest>,
    pub(crate) resources_vpc_config: ::std::option::Option<
        crate::types::VpcConfigRequest,
    >,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) access_config: ::std::option::Option<
        crate::types::CreateAccessConfigRequest,
    >,
    pub(crate) bootstrap_self_managed_addons: ::std::option::Option<bool>,
    pub(crate) compute_config: ::std::option::Option<crate::types::ComputeConfigRequest>,
    pub(crate) control_plane_scaling_config: ::std::option::Option<
        crate::types::ControlPlaneScalingConfig,
    >,
    pub(crate) deletion_protection: ::std::option::Option<bool>,
    pub(crate) kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerConfigRequest,
    >,
    pub(crate) kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerConfigRequest,
    >,
    pub(crate) kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerConfigRequest,
    >,
    pub(crate) remote_network_config: ::std::option::Option<
        crate::types::RemoteNetworkConfigRequest,
    >,
    pub(crate) storage_config: ::std::option::Option<crate::types::StorageConfigRequest>,
    pub(crate) upgrade_policy: ::std::option::Option<crate::types::UpgradePolicyRequest>,
    pub(crate) zonal_shift_config: ::std::option::Option<
        crate::types::ZonalShiftConfigRequest,
    >,
}
impl ::std::fmt::Debug for CreateClusterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateClusterRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateClusterRequestBuilder {
    /// See [`CreateClusterRequest::client_request_token`](crate::types::CreateClusterRequest::client_request_token).
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
    /// See [`CreateClusterRequest::encryption_config`](crate::types::CreateClusterRequest::encryption_config).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn encryption_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionConfig>,
    ) -> Self {
        self.encryption_config
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`encryption_config`](Self::encryption_config).
    pub fn set_encryption_config(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::EncryptionConfig>>,
    ) -> Self {
        self.encryption_config = input;
        self
    }
    /// See [`CreateClusterRequest::kubernetes_network_config`](crate::types::CreateClusterRequest::kubernetes_network_config).
    pub fn kubernetes_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubernetesNetworkConfigRequest>,
    ) -> Self {
        self.kubernetes_network_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_network_config`](Self::kubernetes_network_config).
    pub fn set_kubernetes_network_config(
        mut self,
        input: ::std::option::Option<crate::types::KubernetesNetworkConfigRequest>,
    ) -> Self {
        self.kubernetes_network_config = input;
        self
    }
    /// See [`CreateClusterRequest::logging`](crate::types::CreateClusterRequest::logging).
    pub fn logging(
        mut self,
        input: impl ::std::convert::Into<crate::types::Logging>,
    ) -> Self {
        self.logging = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging`](Self::logging).
    pub fn set_logging(
        mut self,
        input: ::std::option::Option<crate::types::Logging>,
    ) -> Self {
        self.logging = input;
        self
    }
    /// See [`CreateClusterRequest::name`](crate::types::CreateClusterRequest::name).
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
    /// See [`CreateClusterRequest::outpost_config`](crate::types::CreateClusterRequest::outpost_config).
    pub fn outpost_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutpostConfigRequest>,
    ) -> Self {
        self.outpost_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`outpost_config`](Self::outpost_config).
    pub fn set_outpost_config(
        mut self,
        input: ::std::option::Option<crate::types::OutpostConfigRequest>,
    ) -> Self {
        self.outpost_config = input;
        self
    }
    /// See [`CreateClusterRequest::resources_vpc_config`](crate::types::CreateClusterRequest::resources_vpc_config).
    pub fn resources_vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfigRequest>,
    ) -> Self {
        self.resources_vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources_vpc_config`](Self::resources_vpc_config).
    pub fn set_resources_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfigRequest>,
    ) -> Self {
        self.resources_vpc_config = input;
        self
    }
    /// See [`CreateClusterRequest::role_arn`](crate::types::CreateClusterRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`CreateClusterRequest::tags`](crate::types::CreateClusterRequest::tags).
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
    /// See [`CreateClusterRequest::version`](crate::types::CreateClusterRequest::version).
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
    /// See [`CreateClusterRequest::access_config`](crate::types::CreateClusterRequest::access_config).
    pub fn access_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::CreateAccessConfigRequest>,
    ) -> Self {
        self.access_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_config`](Self::access_config).
    pub fn set_access_config(
        mut self,
        input: ::std::option::Option<crate::types::CreateAccessConfigRequest>,
    ) -> Self {
        self.access_config = input;
        self
    }
    /// See [`CreateClusterRequest::bootstrap_self_managed_addons`](crate::types::CreateClusterRequest::bootstrap_self_managed_addons).
    pub fn bootstrap_self_managed_addons(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bootstrap_self_managed_addons = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bootstrap_self_managed_addons`](Self::bootstrap_self_managed_addons).
    pub fn set_bootstrap_self_managed_addons(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.bootstrap_self_managed_addons = input;
        self
    }
    /// See [`CreateClusterRequest::compute_config`](crate::types::CreateClusterRequest::compute_config).
    pub fn compute_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeConfigRequest>,
    ) -> Self {
        self.compute_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_config`](Self::compute_config).
    pub fn set_compute_config(
        mut self,
        input: ::std::option::Option<crate::types::ComputeConfigRequest>,
    ) -> Self {
        self.compute_config = input;
        self
    }
    /// See [`CreateClusterRequest::control_plane_scaling_config`](crate::types::CreateClusterRequest::control_plane_scaling_config).
    pub fn control_plane_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.control_plane_scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_scaling_config`](Self::control_plane_scaling_config).
    pub fn set_control_plane_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.control_plane_scaling_config = input;
        self
    }
    /// See [`CreateClusterRequest::deletion_protection`](crate::types::CreateClusterRequest::deletion_protection).
    pub fn deletion_protection(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.deletion_protection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deletion_protection`](Self::deletion_protection).
    pub fn set_deletion_protection(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.deletion_protection = input;
        self
    }
    /// See [`CreateClusterRequest::kube_api_server_config`](crate::types::CreateClusterRequest::kube_api_server_config).
    pub fn kube_api_server_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeApiServerConfigRequest>,
    ) -> Self {
        self.kube_api_server_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_api_server_config`](Self::kube_api_server_config).
    pub fn set_kube_api_server_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeApiServerConfigRequest>,
    ) -> Self {
        self.kube_api_server_config = input;
        self
    }
    /// See [`CreateClusterRequest::kube_controller_manager_config`](crate::types::CreateClusterRequest::kube_controller_manager_config).
    pub fn kube_controller_manager_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::KubeControllerManagerConfigRequest,
        >,
    ) -> Self {
        self.kube_controller_manager_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_controller_manager_config`](Self::kube_controller_manager_config).
    pub fn set_kube_controller_manager_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeControllerManagerConfigRequest>,
    ) -> Self {
        self.kube_controller_manager_config = input;
        self
    }
    /// See [`CreateClusterRequest::kube_scheduler_config`](crate::types::CreateClusterRequest::kube_scheduler_config).
    pub fn kube_scheduler_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeSchedulerConfigRequest>,
    ) -> Self {
        self.kube_scheduler_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_scheduler_config`](Self::kube_scheduler_config).
    pub fn set_kube_scheduler_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeSchedulerConfigRequest>,
    ) -> Self {
        self.kube_scheduler_config = input;
        self
    }
    /// See [`CreateClusterRequest::remote_network_config`](crate::types::CreateClusterRequest::remote_network_config).
    pub fn remote_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteNetworkConfigRequest>,
    ) -> Self {
        self.remote_network_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`remote_network_config`](Self::remote_network_config).
    pub fn set_remote_network_config(
        mut self,
        input: ::std::option::Option<crate::types::RemoteNetworkConfigRequest>,
    ) -> Self {
        self.remote_network_config = input;
        self
    }
    /// See [`CreateClusterRequest::storage_config`](crate::types::CreateClusterRequest::storage_config).
    pub fn storage_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::StorageConfigRequest>,
    ) -> Self {
        self.storage_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`storage_config`](Self::storage_config).
    pub fn set_storage_config(
        mut self,
        input: ::std::option::Option<crate::types::StorageConfigRequest>,
    ) -> Self {
        self.storage_config = input;
        self
    }
    /// See [`CreateClusterRequest::upgrade_policy`](crate::types::CreateClusterRequest::upgrade_policy).
    pub fn upgrade_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpgradePolicyRequest>,
    ) -> Self {
        self.upgrade_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upgrade_policy`](Self::upgrade_policy).
    pub fn set_upgrade_policy(
        mut self,
        input: ::std::option::Option<crate::types::UpgradePolicyRequest>,
    ) -> Self {
        self.upgrade_policy = input;
        self
    }
    /// See [`CreateClusterRequest::zonal_shift_config`](crate::types::CreateClusterRequest::zonal_shift_config).
    pub fn zonal_shift_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ZonalShiftConfigRequest>,
    ) -> Self {
        self.zonal_shift_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`zonal_shift_config`](Self::zonal_shift_config).
    pub fn set_zonal_shift_config(
        mut self,
        input: ::std::option::Option<crate::types::ZonalShiftConfigRequest>,
    ) -> Self {
        self.zonal_shift_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateClusterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateClusterRequest {
            client_request_token: self.client_request_token,
            encryption_config: self.encryption_config,
            kubernetes_network_config: self.kubernetes_network_config,
            logging: self.logging,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateClusterRequest", "name"),
                )?,
            outpost_config: self.outpost_config,
            resources_vpc_config: self
                .resources_vpc_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateClusterRequest",
                        "resources_vpc_config",
                    ),
                )?,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateClusterRequest",
                        "role_arn",
                    ),
                )?,
            tags: self.tags,
            version: self.version,
            access_config: self.access_config,
            bootstrap_self_managed_addons: self.bootstrap_self_managed_addons,
            compute_config: self.compute_config,
            control_plane_scaling_config: self.control_plane_scaling_config,
            deletion_protection: self.deletion_protection,
            kube_api_server_config: self.kube_api_server_config,
            kube_controller_manager_config: self.kube_controller_manager_config,
            kube_scheduler_config: self.kube_scheduler_config,
            remote_network_config: self.remote_network_config,
            storage_config: self.storage_config,
            upgrade_policy: self.upgrade_policy,
            zonal_shift_config: self.zonal_shift_config,
        })
    }
}
/// A builder for [`CreateClusterResponse`](crate::types::CreateClusterResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateClusterResponseBuilder {
    pub(crate) cluster: ::std::option::Option<crate::types::Cluster>,
}
impl ::std::fmt::Debug for CreateClusterResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateClusterResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateClusterResponseBuilder {
    /// See [`CreateClusterResponse::cluster`](crate::types::CreateClusterResponse::cluster).
    pub fn cluster(
        mut self,
        input: impl ::std::convert::Into<crate::types::Cluster>,
    ) -> Self {
        self.cluster = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster`](Self::cluster).
    pub fn set_cluster(
        mut self,
        input: ::std::option::Option<crate::types::Cluster>,
    ) -> Self {
        self.cluster = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateClusterResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateClusterResponse {
            cluster: self.cluster,
        })
    }
}
/// A builder for [`CreateEksAnywhereSubscriptionRequest`](crate::types::CreateEksAnywhereSubscriptionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateEksAnywhereSubscriptionRequestBuilder {
    pub(crate) auto_renew: ::std::option::Option<bool>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) license_quantity: ::std::option::Option<i64>,
    pub(crate) license_type: ::std::option::Option<
        crate::types::EksAnywhereSubscriptionLicenseType,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) term: ::std::option::Option<crate::types::EksAnywhereSubscriptionTerm>,
}
impl ::std::fmt::Debug for CreateEksAnywhereSubscriptionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateEksAnywhereSubscriptionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateEksAnywhereSubscriptionRequestBuilder {
    /// See [`CreateEksAnywhereSubscriptionRequest::auto_renew`](crate::types::CreateEksAnywhereSubscriptionRequest::auto_renew).
    pub fn auto_renew(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.auto_renew = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auto_renew`](Self::auto_renew).
    pub fn set_auto_renew(mut self, input: ::std::option::Option<bool>) -> Self {
        self.auto_renew = input;
        self
    }
    /// See [`CreateEksAnywhereSubscriptionRequest::client_request_token`](crate::types::CreateEksAnywhereSubscriptionRequest::client_request_token).
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
    /// See [`CreateEksAnywhereSubscriptionRequest::license_quantity`](crate::types::CreateEksAnywhereSubscriptionRequest::license_quantity).
    pub fn license_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.license_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_quantity`](Self::license_quantity).
    pub fn set_license_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.license_quantity = input;
        self
    }
    /// See [`CreateEksAnywhereSubscriptionRequest::license_type`](crate::types::CreateEksAnywhereSubscriptionRequest::license_type).
    pub fn license_type(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::EksAnywhereSubscriptionLicenseType,
        >,
    ) -> Self {
        self.license_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_type`](Self::license_type).
    pub fn set_license_type(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscriptionLicenseType>,
    ) -> Self {
        self.license_type = input;
        self
    }
    /// See [`CreateEksAnywhereSubscriptionRequest::name`](crate::types::CreateEksAnywhereSubscriptionRequest::name).
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
    /// See [`CreateEksAnywhereSubscriptionRequest::tags`](crate::types::CreateEksAnywhereSubscriptionRequest::tags).
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
    /// See [`CreateEksAnywhereSubscriptionRequest::term`](crate::types::CreateEksAnywhereSubscriptionRequest::term).
    pub fn term(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscriptionTerm>,
    ) -> Self {
        self.term = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`term`](Self::term).
    pub fn set_term(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscriptionTerm>,
    ) -> Self {
        self.term = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateEksAnywhereSubscriptionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateEksAnywhereSubscriptionRequest {
            auto_renew: self.auto_renew,
            client_request_token: self.client_request_token,
            license_quantity: self.license_quantity,
            license_type: self.license_type,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateEksAnywhereSubscriptionRequest",
                        "name",
                    ),
                )?,
            tags: self.tags,
            term: self
                .term
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateEksAnywhereSubscriptionRequest",
                        "term",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateEksAnywhereSubscriptionResponse`](crate::types::CreateEksAnywhereSubscriptionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateEksAnywhereSubscriptionResponseBuilder {
    pub(crate) subscription: ::std::option::Option<
        crate::types::EksAnywhereSubscription,
    >,
}
impl ::std::fmt::Debug for CreateEksAnywhereSubscriptionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateEksAnywhereSubscriptionResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl CreateEksAnywhereSubscriptionResponseBuilder {
    /// See [`CreateEksAnywhereSubscriptionResponse::subscription`](crate::types::CreateEksAnywhereSubscriptionResponse::subscription).
    pub fn subscription(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`subscription`](Self::subscription).
    pub fn set_subscription(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateEksAnywhereSubscriptionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateEksAnywhereSubscriptionResponse {
            subscription: self.subscription,
        })
    }
}
/// A builder for [`CreateFargateProfileRequest`](crate::types::CreateFargateProfileRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateFargateProfileRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) fargate_profile_name: ::std::option::Option<::std::string::String>,
    pub(crate) pod_execution_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) selectors: ::std::option::Option<
        ::std::vec::Vec<crate::types::FargateProfileSelector>,
    >,
    pub(crate) subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for CreateFargateProfileRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateFargateProfileRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateFargateProfileRequestBuilder {
    /// See [`CreateFargateProfileRequest::client_request_token`](crate::types::CreateFargateProfileRequest::client_request_token).
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
    /// See [`CreateFargateProfileRequest::cluster_name`](crate::types::CreateFargateProfileRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`CreateFargateProfileRequest::fargate_profile_name`](crate::types::CreateFargateProfileRequest::fargate_profile_name).
    pub fn fargate_profile_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile_name`](Self::fargate_profile_name).
    pub fn set_fargate_profile_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = input;
        self
    }
    /// See [`CreateFargateProfileRequest::pod_execution_role_arn`](crate::types::CreateFargateProfileRequest::pod_execution_role_arn).
    pub fn pod_execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pod_execution_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_execution_role_arn`](Self::pod_execution_role_arn).
    pub fn set_pod_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pod_execution_role_arn = input;
        self
    }
    /// See [`CreateFargateProfileRequest::selectors`](crate::types::CreateFargateProfileRequest::selectors).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn selectors(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfileSelector>,
    ) -> Self {
        self.selectors.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`selectors`](Self::selectors).
    pub fn set_selectors(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FargateProfileSelector>,
        >,
    ) -> Self {
        self.selectors = input;
        self
    }
    /// See [`CreateFargateProfileRequest::subnets`](crate::types::CreateFargateProfileRequest::subnets).
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
    /// See [`CreateFargateProfileRequest::tags`](crate::types::CreateFargateProfileRequest::tags).
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
        crate::types::CreateFargateProfileRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateFargateProfileRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFargateProfileRequest",
                        "cluster_name",
                    ),
                )?,
            fargate_profile_name: self
                .fargate_profile_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFargateProfileRequest",
                        "fargate_profile_name",
                    ),
                )?,
            pod_execution_role_arn: self
                .pod_execution_role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateFargateProfileRequest",
                        "pod_execution_role_arn",
                    ),
                )?,
            selectors: self.selectors,
            subnets: self.subnets,
            tags: self.tags,
        })
    }
}
/// A builder for [`CreateFargateProfileResponse`](crate::types::CreateFargateProfileResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateFargateProfileResponseBuilder {
    pub(crate) fargate_profile: ::std::option::Option<crate::types::FargateProfile>,
}
impl ::std::fmt::Debug for CreateFargateProfileResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateFargateProfileResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateFargateProfileResponseBuilder {
    /// See [`CreateFargateProfileResponse::fargate_profile`](crate::types::CreateFargateProfileResponse::fargate_profile).
    pub fn fargate_profile(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfile>,
    ) -> Self {
        self.fargate_profile = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile`](Self::fargate_profile).
    pub fn set_fargate_profile(
        mut self,
        input: ::std::option::Option<crate::types::FargateProfile>,
    ) -> Self {
        self.fargate_profile = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateFargateProfileResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateFargateProfileResponse {
            fargate_profile: self.fargate_profile,
        })
    }
}
/// A builder for [`CreateNodegroupRequest`](crate::types::CreateNodegroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateNodegroupRequestBuilder {
    pub(crate) ami_type: ::std::option::Option<crate::types::AmiTypes>,
    pub(crate) capacity_type: ::std::option::Option<crate::types::CapacityTypes>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) disk_size: ::std::option::Option<i64>,
    pub(crate) instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    pub(crate) node_repair_config: ::std::option::Option<crate::types::NodeRepairConfig>,
    pub(crate) node_role: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
    pub(crate) release_version: ::std::option::Option<::std::string::String>,
    pub(crate) remote_access: ::std::option::Option<crate::types::RemoteAccessConfig>,
    pub(crate) scaling_config: ::std::option::Option<
        crate::types::NodegroupScalingConfig,
    >,
    pub(crate) subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) taints: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    pub(crate) update_config: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) warm_pool_config: ::std::option::Option<crate::types::WarmPoolConfig>,
}
impl ::std::fmt::Debug for CreateNodegroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateNodegroupRequestBuilder").finish_non_exhaustive()
    }
}
impl CreateNodegroupRequestBuilder {
    /// See [`CreateNodegroupRequest::ami_type`](crate::types::CreateNodegroupRequest::ami_type).
    pub fn ami_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AmiTypes>,
    ) -> Self {
        self.ami_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ami_type`](Self::ami_type).
    pub fn set_ami_type(
        mut self,
        input: ::std::option::Option<crate::types::AmiTypes>,
    ) -> Self {
        self.ami_type = input;
        self
    }
    /// See [`CreateNodegroupRequest::capacity_type`](crate::types::CreateNodegroupRequest::capacity_type).
    pub fn capacity_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityTypes>,
    ) -> Self {
        self.capacity_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_type`](Self::capacity_type).
    pub fn set_capacity_type(
        mut self,
        input: ::std::option::Option<crate::types::CapacityTypes>,
    ) -> Self {
        self.capacity_type = input;
        self
    }
    /// See [`CreateNodegroupRequest::client_request_token`](crate::types::CreateNodegroupRequest::client_request_token).
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
    /// See [`CreateNodegroupRequest::cluster_name`](crate::types::CreateNodegroupRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`CreateNodegroupRequest::disk_size`](crate::types::CreateNodegroupRequest::disk_size).
    pub fn disk_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.disk_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disk_size`](Self::disk_size).
    pub fn set_disk_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.disk_size = input;
        self
    }
    /// See [`CreateNodegroupRequest::instance_types`](crate::types::CreateNodegroupRequest::instance_types).
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
    /// See [`CreateNodegroupRequest::labels`](crate::types::CreateNodegroupRequest::labels).
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
    /// See [`CreateNodegroupRequest::launch_template`](crate::types::CreateNodegroupRequest::launch_template).
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
    /// See [`CreateNodegroupRequest::node_repair_config`](crate::types::CreateNodegroupRequest::node_repair_config).
    pub fn node_repair_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.node_repair_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_repair_config`](Self::node_repair_config).
    pub fn set_node_repair_config(
        mut self,
        input: ::std::option::Option<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.node_repair_config = input;
        self
    }
    /// See [`CreateNodegroupRequest::node_role`](crate::types::CreateNodegroupRequest::node_role).
    pub fn node_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_role`](Self::node_role).
    pub fn set_node_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_role = input;
        self
    }
    /// See [`CreateNodegroupRequest::nodegroup_name`](crate::types::CreateNodegroupRequest::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// See [`CreateNodegroupRequest::release_version`](crate::types::CreateNodegroupRequest::release_version).
    pub fn release_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.release_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`release_version`](Self::release_version).
    pub fn set_release_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.release_version = input;
        self
    }
    /// See [`CreateNodegroupRequest::remote_access`](crate::types::CreateNodegroupRequest::remote_access).
    pub fn remote_access(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteAccessConfig>,
    ) -> Self {
        self.remote_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`remote_access`](Self::remote_access).
    pub fn set_remote_access(
        mut self,
        input: ::std::option::Option<crate::types::RemoteAccessConfig>,
    ) -> Self {
        self.remote_access = input;
        self
    }
    /// See [`CreateNodegroupRequest::scaling_config`](crate::types::CreateNodegroupRequest::scaling_config).
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.scaling_config = input;
        self
    }
    /// See [`CreateNodegroupRequest::subnets`](crate::types::CreateNodegroupRequest::subnets).
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
    /// See [`CreateNodegroupRequest::tags`](crate::types::CreateNodegroupRequest::tags).
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
    /// See [`CreateNodegroupRequest::taints`](crate::types::CreateNodegroupRequest::taints).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn taints(
        mut self,
        input: impl ::std::convert::Into<crate::types::Taint>,
    ) -> Self {
        self.taints.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`taints`](Self::taints).
    pub fn set_taints(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    ) -> Self {
        self.taints = input;
        self
    }
    /// See [`CreateNodegroupRequest::update_config`](crate::types::CreateNodegroupRequest::update_config).
    pub fn update_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.update_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_config`](Self::update_config).
    pub fn set_update_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.update_config = input;
        self
    }
    /// See [`CreateNodegroupRequest::version`](crate::types::CreateNodegroupRequest::version).
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
    /// See [`CreateNodegroupRequest::warm_pool_config`](crate::types::CreateNodegroupRequest::warm_pool_config).
    pub fn warm_pool_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.warm_pool_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_pool_config`](Self::warm_pool_config).
    pub fn set_warm_pool_config(
        mut self,
        input: ::std::option::Option<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.warm_pool_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateNodegroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateNodegroupRequest {
            ami_type: self.ami_type,
            capacity_type: self.capacity_type,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateNodegroupRequest",
                        "cluster_name",
                    ),
                )?,
            disk_size: self.disk_size,
            instance_types: self.instance_types,
            labels: self.labels,
            launch_template: self.launch_template,
            node_repair_config: self.node_repair_config,
            node_role: self
                .node_role
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateNodegroupRequest",
                        "node_role",
                    ),
                )?,
            nodegroup_name: self
                .nodegroup_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateNodegroupRequest",
                        "nodegroup_name",
                    ),
                )?,
            release_version: self.release_version,
            remote_access: self.remote_access,
            scaling_config: self.scaling_config,
            subnets: self
                .subnets
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreateNodegroupRequest",
                        "subnets",
                    ),
                )?,
            tags: self.tags,
            taints: self.taints,
            update_config: self.update_config,
            version: self.version,
            warm_pool_config: self.warm_pool_config,
        })
    }
}
/// A builder for [`CreateNodegroupResponse`](crate::types::CreateNodegroupResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateNodegroupResponseBuilder {
    pub(crate) nodegroup: ::std::option::Option<crate::types::Nodegroup>,
}
impl ::std::fmt::Debug for CreateNodegroupResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateNodegroupResponseBuilder").finish_non_exhaustive()
    }
}
impl CreateNodegroupResponseBuilder {
    /// See [`CreateNodegroupResponse::nodegroup`](crate::types::CreateNodegroupResponse::nodegroup).
    pub fn nodegroup(
        mut self,
        input: impl ::std::convert::Into<crate::types::Nodegroup>,
    ) -> Self {
        self.nodegroup = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup`](Self::nodegroup).
    pub fn set_nodegroup(
        mut self,
        input: ::std::option::Option<crate::types::Nodegroup>,
    ) -> Self {
        self.nodegroup = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateNodegroupResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateNodegroupResponse {
            nodegroup: self.nodegroup,
        })
    }
}
/// A builder for [`CreatePodIdentityAssociationRequest`](crate::types::CreatePodIdentityAssociationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreatePodIdentityAssociationRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) disable_session_tags: ::std::option::Option<bool>,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) service_account: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) target_role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreatePodIdentityAssociationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreatePodIdentityAssociationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl CreatePodIdentityAssociationRequestBuilder {
    /// See [`CreatePodIdentityAssociationRequest::client_request_token`](crate::types::CreatePodIdentityAssociationRequest::client_request_token).
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
    /// See [`CreatePodIdentityAssociationRequest::cluster_name`](crate::types::CreatePodIdentityAssociationRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`CreatePodIdentityAssociationRequest::disable_session_tags`](crate::types::CreatePodIdentityAssociationRequest::disable_session_tags).
    pub fn disable_session_tags(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disable_session_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disable_session_tags`](Self::disable_session_tags).
    pub fn set_disable_session_tags(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.disable_session_tags = input;
        self
    }
    /// See [`CreatePodIdentityAssociationRequest::namespace`](crate::types::CreatePodIdentityAssociationRequest::namespace).
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
    /// See [`CreatePodIdentityAssociationRequest::policy`](crate::types::CreatePodIdentityAssociationRequest::policy).
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
    /// See [`CreatePodIdentityAssociationRequest::role_arn`](crate::types::CreatePodIdentityAssociationRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`CreatePodIdentityAssociationRequest::service_account`](crate::types::CreatePodIdentityAssociationRequest::service_account).
    pub fn service_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account`](Self::service_account).
    pub fn set_service_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account = input;
        self
    }
    /// See [`CreatePodIdentityAssociationRequest::tags`](crate::types::CreatePodIdentityAssociationRequest::tags).
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
    /// See [`CreatePodIdentityAssociationRequest::target_role_arn`](crate::types::CreatePodIdentityAssociationRequest::target_role_arn).
    pub fn target_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_role_arn`](Self::target_role_arn).
    pub fn set_target_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreatePodIdentityAssociationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreatePodIdentityAssociationRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreatePodIdentityAssociationRequest",
                        "cluster_name",
                    ),
                )?,
            disable_session_tags: self.disable_session_tags,
            namespace: self
                .namespace
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreatePodIdentityAssociationRequest",
                        "namespace",
                    ),
                )?,
            policy: self.policy,
            role_arn: self
                .role_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreatePodIdentityAssociationRequest",
                        "role_arn",
                    ),
                )?,
            service_account: self
                .service_account
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CreatePodIdentityAssociationRequest",
                        "service_account",
                    ),
                )?,
            tags: self.tags,
            target_role_arn: self.target_role_arn,
        })
    }
}
/// A builder for [`CreatePodIdentityAssociationResponse`](crate::types::CreatePodIdentityAssociationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreatePodIdentityAssociationResponseBuilder {
    pub(crate) association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl ::std::fmt::Debug for CreatePodIdentityAssociationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreatePodIdentityAssociationResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl CreatePodIdentityAssociationResponseBuilder {
    /// See [`CreatePodIdentityAssociationResponse::association`](crate::types::CreatePodIdentityAssociationResponse::association).
    pub fn association(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association`](Self::association).
    pub fn set_association(
        mut self,
        input: ::std::option::Option<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreatePodIdentityAssociationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreatePodIdentityAssociationResponse {
            association: self.association,
        })
    }
}
/// A builder for [`DeleteAccessEntryRequest`](crate::types::DeleteAccessEntryRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteAccessEntryRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteAccessEntryRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAccessEntryRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteAccessEntryRequestBuilder {
    /// See [`DeleteAccessEntryRequest::cluster_name`](crate::types::DeleteAccessEntryRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DeleteAccessEntryRequest::principal_arn`](crate::types::DeleteAccessEntryRequest::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteAccessEntryRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteAccessEntryRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAccessEntryRequest",
                        "cluster_name",
                    ),
                )?,
            principal_arn: self
                .principal_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAccessEntryRequest",
                        "principal_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteAccessEntryResponse`](crate::types::DeleteAccessEntryResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteAccessEntryResponseBuilder {}
impl ::std::fmt::Debug for DeleteAccessEntryResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAccessEntryResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteAccessEntryResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteAccessEntryResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteAccessEntryResponse {
        })
    }
}
/// A builder for [`DeleteAddonRequest`](crate::types::DeleteAddonRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteAddonRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) preserve: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for DeleteAddonRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAddonRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteAddonRequestBuilder {
    /// See [`DeleteAddonRequest::addon_name`](crate::types::DeleteAddonRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`DeleteAddonRequest::cluster_name`](crate::types::DeleteAddonRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DeleteAddonRequest::preserve`](crate::types::DeleteAddonRequest::preserve).
    pub fn preserve(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.preserve = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`preserve`](Self::preserve).
    pub fn set_preserve(mut self, input: ::std::option::Option<bool>) -> Self {
        self.preserve = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteAddonRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteAddonRequest {
            addon_name: self
                .addon_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAddonRequest",
                        "addon_name",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteAddonRequest",
                        "cluster_name",
                    ),
                )?,
            preserve: self.preserve,
        })
    }
}
/// A builder for [`DeleteAddonResponse`](crate::types::DeleteAddonResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteAddonResponseBuilder {
    pub(crate) addon: ::std::option::Option<crate::types::Addon>,
}
impl ::std::fmt::Debug for DeleteAddonResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteAddonResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteAddonResponseBuilder {
    /// See [`DeleteAddonResponse::addon`](crate::types::DeleteAddonResponse::addon).
    pub fn addon(
        mut self,
        input: impl ::std::convert::Into<crate::types::Addon>,
    ) -> Self {
        self.addon = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon`](Self::addon).
    pub fn set_addon(
        mut self,
        input: ::std::option::Option<crate::types::Addon>,
    ) -> Self {
        self.addon = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteAddonResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteAddonResponse {
            addon: self.addon,
        })
    }
}
/// A builder for [`DeleteCapabilityRequest`](crate::types::DeleteCapabilityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCapabilityRequestBuilder {
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteCapabilityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCapabilityRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteCapabilityRequestBuilder {
    /// See [`DeleteCapabilityRequest::capability_name`](crate::types::DeleteCapabilityRequest::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`DeleteCapabilityRequest::cluster_name`](crate::types::DeleteCapabilityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteCapabilityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCapabilityRequest {
            capability_name: self
                .capability_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteCapabilityRequest",
                        "capability_name",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteCapabilityRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteCapabilityResponse`](crate::types::DeleteCapabilityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCapabilityResponseBuilder {
    pub(crate) capability: ::std::option::Option<crate::types::Capability>,
}
impl ::std::fmt::Debug for DeleteCapabilityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCapabilityResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteCapabilityResponseBuilder {
    /// See [`DeleteCapabilityResponse::capability`](crate::types::DeleteCapabilityResponse::capability).
    pub fn capability(
        mut self,
        input: impl ::std::convert::Into<crate::types::Capability>,
    ) -> Self {
        self.capability = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability`](Self::capability).
    pub fn set_capability(
        mut self,
        input: ::std::option::Option<crate::types::Capability>,
    ) -> Self {
        self.capability = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteCapabilityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCapabilityResponse {
            capability: self.capability,
        })
    }
}
/// A builder for [`DeleteCertificateAuthorityRequest`](crate::types::DeleteCertificateAuthorityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCertificateAuthorityRequestBuilder {
    pub(crate) certificate_authority_id: ::std::option::Option<::std::string::String>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteCertificateAuthorityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCertificateAuthorityRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteCertificateAuthorityRequestBuilder {
    /// See [`DeleteCertificateAuthorityRequest::certificate_authority_id`](crate::types::DeleteCertificateAuthorityRequest::certificate_authority_id).
    pub fn certificate_authority_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_authority_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority_id`](Self::certificate_authority_id).
    pub fn set_certificate_authority_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_authority_id = input;
        self
    }
    /// See [`DeleteCertificateAuthorityRequest::client_request_token`](crate::types::DeleteCertificateAuthorityRequest::client_request_token).
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
    /// See [`DeleteCertificateAuthorityRequest::cluster_name`](crate::types::DeleteCertificateAuthorityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteCertificateAuthorityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCertificateAuthorityRequest {
            certificate_authority_id: self
                .certificate_authority_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteCertificateAuthorityRequest",
                        "certificate_authority_id",
                    ),
                )?,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteCertificateAuthorityRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteCertificateAuthorityResponse`](crate::types::DeleteCertificateAuthorityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteCertificateAuthorityResponseBuilder {
    pub(crate) certificate_authority: ::std::option::Option<
        crate::types::CertificateAuthoritySummary,
    >,
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for DeleteCertificateAuthorityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteCertificateAuthorityResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteCertificateAuthorityResponseBuilder {
    /// See [`DeleteCertificateAuthorityResponse::certificate_authority`](crate::types::DeleteCertificateAuthorityResponse::certificate_authority).
    pub fn certificate_authority(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthoritySummary>,
    ) -> Self {
        self.certificate_authority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority`](Self::certificate_authority).
    pub fn set_certificate_authority(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthoritySummary>,
    ) -> Self {
        self.certificate_authority = input;
        self
    }
    /// See [`DeleteCertificateAuthorityResponse::update`](crate::types::DeleteCertificateAuthorityResponse::update).
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
        crate::types::DeleteCertificateAuthorityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteCertificateAuthorityResponse {
            certificate_authority: self.certificate_authority,
            update: self.update,
        })
    }
}
/// A builder for [`DeleteClusterRequest`](crate::types::DeleteClusterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteClusterRequestBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteClusterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteClusterRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteClusterRequestBuilder {
    /// See [`DeleteClusterRequest::name`](crate::types::DeleteClusterRequest::name).
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
        crate::types::DeleteClusterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteClusterRequest {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("DeleteClusterRequest", "name"),
                )?,
        })
    }
}
/// A builder for [`DeleteClusterResponse`](crate::types::DeleteClusterResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteClusterResponseBuilder {
    pub(crate) cluster: ::std::option::Option<crate::types::Cluster>,
}
impl ::std::fmt::Debug for DeleteClusterResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteClusterResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteClusterResponseBuilder {
    /// See [`DeleteClusterResponse::cluster`](crate::types::DeleteClusterResponse::cluster).
    pub fn cluster(
        mut self,
        input: impl ::std::convert::Into<crate::types::Cluster>,
    ) -> Self {
        self.cluster = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster`](Self::cluster).
    pub fn set_cluster(
        mut self,
        input: ::std::option::Option<crate::types::Cluster>,
    ) -> Self {
        self.cluster = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteClusterResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteClusterResponse {
            cluster: self.cluster,
        })
    }
}
/// A builder for [`DeleteEksAnywhereSubscriptionRequest`](crate::types::DeleteEksAnywhereSubscriptionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteEksAnywhereSubscriptionRequestBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteEksAnywhereSubscriptionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteEksAnywhereSubscriptionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteEksAnywhereSubscriptionRequestBuilder {
    /// See [`DeleteEksAnywhereSubscriptionRequest::id`](crate::types::DeleteEksAnywhereSubscriptionRequest::id).
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
        crate::types::DeleteEksAnywhereSubscriptionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteEksAnywhereSubscriptionRequest {
            id: self
                .id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteEksAnywhereSubscriptionRequest",
                        "id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteEksAnywhereSubscriptionResponse`](crate::types::DeleteEksAnywhereSubscriptionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteEksAnywhereSubscriptionResponseBuilder {
    pub(crate) subscription: ::std::option::Option<
        crate::types::EksAnywhereSubscription,
    >,
}
impl ::std::fmt::Debug for DeleteEksAnywhereSubscriptionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteEksAnywhereSubscriptionResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DeleteEksAnywhereSubscriptionResponseBuilder {
    /// See [`DeleteEksAnywhereSubscriptionResponse::subscription`](crate::types::DeleteEksAnywhereSubscriptionResponse::subscription).
    pub fn subscription(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`subscription`](Self::subscription).
    pub fn set_subscription(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteEksAnywhereSubscriptionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteEksAnywhereSubscriptionResponse {
            subscription: self.subscription,
        })
    }
}
/// A builder for [`DeleteFargateProfileRequest`](crate::types::DeleteFargateProfileRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFargateProfileRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) fargate_profile_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteFargateProfileRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFargateProfileRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteFargateProfileRequestBuilder {
    /// See [`DeleteFargateProfileRequest::cluster_name`](crate::types::DeleteFargateProfileRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DeleteFargateProfileRequest::fargate_profile_name`](crate::types::DeleteFargateProfileRequest::fargate_profile_name).
    pub fn fargate_profile_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile_name`](Self::fargate_profile_name).
    pub fn set_fargate_profile_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFargateProfileRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFargateProfileRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteFargateProfileRequest",
                        "cluster_name",
                    ),
                )?,
            fargate_profile_name: self
                .fargate_profile_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteFargateProfileRequest",
                        "fargate_profile_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteFargateProfileResponse`](crate::types::DeleteFargateProfileResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteFargateProfileResponseBuilder {
    pub(crate) fargate_profile: ::std::option::Option<crate::types::FargateProfile>,
}
impl ::std::fmt::Debug for DeleteFargateProfileResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteFargateProfileResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteFargateProfileResponseBuilder {
    /// See [`DeleteFargateProfileResponse::fargate_profile`](crate::types::DeleteFargateProfileResponse::fargate_profile).
    pub fn fargate_profile(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfile>,
    ) -> Self {
        self.fargate_profile = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile`](Self::fargate_profile).
    pub fn set_fargate_profile(
        mut self,
        input: ::std::option::Option<crate::types::FargateProfile>,
    ) -> Self {
        self.fargate_profile = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteFargateProfileResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteFargateProfileResponse {
            fargate_profile: self.fargate_profile,
        })
    }
}
/// A builder for [`DeleteNodegroupRequest`](crate::types::DeleteNodegroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteNodegroupRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteNodegroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteNodegroupRequestBuilder").finish_non_exhaustive()
    }
}
impl DeleteNodegroupRequestBuilder {
    /// See [`DeleteNodegroupRequest::cluster_name`](crate::types::DeleteNodegroupRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DeleteNodegroupRequest::nodegroup_name`](crate::types::DeleteNodegroupRequest::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteNodegroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteNodegroupRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteNodegroupRequest",
                        "cluster_name",
                    ),
                )?,
            nodegroup_name: self
                .nodegroup_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteNodegroupRequest",
                        "nodegroup_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteNodegroupResponse`](crate::types::DeleteNodegroupResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteNodegroupResponseBuilder {
    pub(crate) nodegroup: ::std::option::Option<crate::types::Nodegroup>,
}
impl ::std::fmt::Debug for DeleteNodegroupResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteNodegroupResponseBuilder").finish_non_exhaustive()
    }
}
impl DeleteNodegroupResponseBuilder {
    /// See [`DeleteNodegroupResponse::nodegroup`](crate::types::DeleteNodegroupResponse::nodegroup).
    pub fn nodegroup(
        mut self,
        input: impl ::std::convert::Into<crate::types::Nodegroup>,
    ) -> Self {
        self.nodegroup = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup`](Self::nodegroup).
    pub fn set_nodegroup(
        mut self,
        input: ::std::option::Option<crate::types::Nodegroup>,
    ) -> Self {
        self.nodegroup = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteNodegroupResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteNodegroupResponse {
            nodegroup: self.nodegroup,
        })
    }
}
/// A builder for [`DeletePodIdentityAssociationRequest`](crate::types::DeletePodIdentityAssociationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeletePodIdentityAssociationRequestBuilder {
    pub(crate) association_id: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeletePodIdentityAssociationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeletePodIdentityAssociationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DeletePodIdentityAssociationRequestBuilder {
    /// See [`DeletePodIdentityAssociationRequest::association_id`](crate::types::DeletePodIdentityAssociationRequest::association_id).
    pub fn association_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.association_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association_id`](Self::association_id).
    pub fn set_association_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.association_id = input;
        self
    }
    /// See [`DeletePodIdentityAssociationRequest::cluster_name`](crate::types::DeletePodIdentityAssociationRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeletePodIdentityAssociationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeletePodIdentityAssociationRequest {
            association_id: self
                .association_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeletePodIdentityAssociationRequest",
                        "association_id",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeletePodIdentityAssociationRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeletePodIdentityAssociationResponse`](crate::types::DeletePodIdentityAssociationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeletePodIdentityAssociationResponseBuilder {
    pub(crate) association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl ::std::fmt::Debug for DeletePodIdentityAssociationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeletePodIdentityAssociationResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DeletePodIdentityAssociationResponseBuilder {
    /// See [`DeletePodIdentityAssociationResponse::association`](crate::types::DeletePodIdentityAssociationResponse::association).
    pub fn association(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association`](Self::association).
    pub fn set_association(
        mut self,
        input: ::std::option::Option<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeletePodIdentityAssociationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeletePodIdentityAssociationResponse {
            association: self.association,
        })
    }
}
/// A builder for [`DeprecationDetail`](crate::types::DeprecationDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeprecationDetailBuilder {
    pub(crate) client_stats: ::std::option::Option<
        ::std::vec::Vec<crate::types::ClientStat>,
    >,
    pub(crate) replaced_with: ::std::option::Option<::std::string::String>,
    pub(crate) start_serving_replacement_version: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) stop_serving_version: ::std::option::Option<::std::string::String>,
    pub(crate) usage: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeprecationDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeprecationDetailBuilder").finish_non_exhaustive()
    }
}
impl DeprecationDetailBuilder {
    /// See [`DeprecationDetail::client_stats`](crate::types::DeprecationDetail::client_stats).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn client_stats(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClientStat>,
    ) -> Self {
        self.client_stats.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`client_stats`](Self::client_stats).
    pub fn set_client_stats(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ClientStat>>,
    ) -> Self {
        self.client_stats = input;
        self
    }
    /// See [`DeprecationDetail::replaced_with`](crate::types::DeprecationDetail::replaced_with).
    pub fn replaced_with(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replaced_with = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`replaced_with`](Self::replaced_with).
    pub fn set_replaced_with(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.replaced_with = input;
        self
    }
    /// See [`DeprecationDetail::start_serving_replacement_version`](crate::types::DeprecationDetail::start_serving_replacement_version).
    pub fn start_serving_replacement_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_serving_replacement_version = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`start_serving_replacement_version`](Self::start_serving_replacement_version).
    pub fn set_start_serving_replacement_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.start_serving_replacement_version = input;
        self
    }
    /// See [`DeprecationDetail::stop_serving_version`](crate::types::DeprecationDetail::stop_serving_version).
    pub fn stop_serving_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stop_serving_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`stop_serving_version`](Self::stop_serving_version).
    pub fn set_stop_serving_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.stop_serving_version = input;
        self
    }
    /// See [`DeprecationDetail::usage`](crate::types::DeprecationDetail::usage).
    pub fn usage(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`usage`](Self::usage).
    pub fn set_usage(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.usage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeprecationDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeprecationDetail {
            client_stats: self.client_stats,
            replaced_with: self.replaced_with,
            start_serving_replacement_version: self.start_serving_replacement_version,
            stop_serving_version: self.stop_serving_version,
            usage: self.usage,
        })
    }
}
/// A builder for [`DeregisterClusterRequest`](crate::types::DeregisterClusterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeregisterClusterRequestBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeregisterClusterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeregisterClusterRequestBuilder").finish_non_exhaustive()
    }
}
impl DeregisterClusterRequestBuilder {
    /// See [`DeregisterClusterRequest::name`](crate::types::DeregisterClusterRequest::name).
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
        crate::types::DeregisterClusterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeregisterClusterRequest {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeregisterClusterRequest",
                        "name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeregisterClusterResponse`](crate::types::DeregisterClusterResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeregisterClusterResponseBuilder {
    pub(crate) cluster: ::std::option::Option<crate::types::Cluster>,
}
impl ::std::fmt::Debug for DeregisterClusterResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeregisterClusterResponseBuilder").finish_non_exhaustive()
    }
}
impl DeregisterClusterResponseBuilder {
    /// See [`DeregisterClusterResponse::cluster`](crate::types::DeregisterClusterResponse::cluster).
    pub fn cluster(
        mut self,
        input: impl ::std::convert::Into<crate::types::Cluster>,
    ) -> Self {
        self.cluster = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster`](Self::cluster).
    pub fn set_cluster(
        mut self,
        input: ::std::option::Option<crate::types::Cluster>,
    ) -> Self {
        self.cluster = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeregisterClusterResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeregisterClusterResponse {
            cluster: self.cluster,
        })
    }
}
/// A builder for [`DescribeAccessEntryRequest`](crate::types::DescribeAccessEntryRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAccessEntryRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeAccessEntryRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAccessEntryRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeAccessEntryRequestBuilder {
    /// See [`DescribeAccessEntryRequest::cluster_name`](crate::types::DescribeAccessEntryRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DescribeAccessEntryRequest::principal_arn`](crate::types::DescribeAccessEntryRequest::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAccessEntryRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAccessEntryRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeAccessEntryRequest",
                        "cluster_name",
                    ),
                )?,
            principal_arn: self
                .principal_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeAccessEntryRequest",
                        "principal_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeAccessEntryResponse`](crate::types::DescribeAccessEntryResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAccessEntryResponseBuilder {
    pub(crate) access_entry: ::std::option::Option<crate::types::AccessEntry>,
}
impl ::std::fmt::Debug for DescribeAccessEntryResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAccessEntryResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeAccessEntryResponseBuilder {
    /// See [`DescribeAccessEntryResponse::access_entry`](crate::types::DescribeAccessEntryResponse::access_entry).
    pub fn access_entry(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessEntry>,
    ) -> Self {
        self.access_entry = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_entry`](Self::access_entry).
    pub fn set_access_entry(
        mut self,
        input: ::std::option::Option<crate::types::AccessEntry>,
    ) -> Self {
        self.access_entry = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAccessEntryResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAccessEntryResponse {
            access_entry: self.access_entry,
        })
    }
}
/// A builder for [`DescribeAddonConfigurationRequest`](crate::types::DescribeAddonConfigurationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAddonConfigurationRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) addon_version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeAddonConfigurationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAddonConfigurationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeAddonConfigurationRequestBuilder {
    /// See [`DescribeAddonConfigurationRequest::addon_name`](crate::types::DescribeAddonConfigurationRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`DescribeAddonConfigurationRequest::addon_version`](crate::types::DescribeAddonConfigurationRequest::addon_version).
    pub fn addon_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_version`](Self::addon_version).
    pub fn set_addon_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_version = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAddonConfigurationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAddonConfigurationRequest {
            addon_name: self
                .addon_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeAddonConfigurationRequest",
                        "addon_name",
                    ),
                )?,
            addon_version: self
                .addon_version
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeAddonConfigurationRequest",
                        "addon_version",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeAddonConfigurationResponse`](crate::types::DescribeAddonConfigurationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAddonConfigurationResponseBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) addon_version: ::std::option::Option<::std::string::String>,
    pub(crate) configuration_schema: ::std::option::Option<::std::string::String>,
    pub(crate) pod_identity_configuration: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonPodIdentityConfiguration>,
    >,
}
impl ::std::fmt::Debug for DescribeAddonConfigurationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAddonConfigurationResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeAddonConfigurationResponseBuilder {
    /// See [`DescribeAddonConfigurationResponse::addon_name`](crate::types::DescribeAddonConfigurationResponse::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`DescribeAddonConfigurationResponse::addon_version`](crate::types::DescribeAddonConfigurationResponse::addon_version).
    pub fn addon_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_version`](Self::addon_version).
    pub fn set_addon_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_version = input;
        self
    }
    /// See [`DescribeAddonConfigurationResponse::configuration_schema`](crate::types::DescribeAddonConfigurationResponse::configuration_schema).
    pub fn configuration_schema(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.configuration_schema = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration_schema`](Self::configuration_schema).
    pub fn set_configuration_schema(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.configuration_schema = input;
        self
    }
    /// See [`DescribeAddonConfigurationResponse::pod_identity_configuration`](crate::types::DescribeAddonConfigurationResponse::pod_identity_configuration).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn pod_identity_configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonPodIdentityConfiguration>,
    ) -> Self {
        self.pod_identity_configuration
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`pod_identity_configuration`](Self::pod_identity_configuration).
    pub fn set_pod_identity_configuration(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AddonPodIdentityConfiguration>,
        >,
    ) -> Self {
        self.pod_identity_configuration = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAddonConfigurationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAddonConfigurationResponse {
            addon_name: self.addon_name,
            addon_version: self.addon_version,
            configuration_schema: self.configuration_schema,
            pod_identity_configuration: self.pod_identity_configuration,
        })
    }
}
/// A builder for [`DescribeAddonRequest`](crate::types::DescribeAddonRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAddonRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeAddonRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAddonRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeAddonRequestBuilder {
    /// See [`DescribeAddonRequest::addon_name`](crate::types::DescribeAddonRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`DescribeAddonRequest::cluster_name`](crate::types::DescribeAddonRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAddonRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAddonRequest {
            addon_name: self
                .addon_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeAddonRequest",
                        "addon_name",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeAddonRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeAddonResponse`](crate::types::DescribeAddonResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAddonResponseBuilder {
    pub(crate) addon: ::std::option::Option<crate::types::Addon>,
}
impl ::std::fmt::Debug for DescribeAddonResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAddonResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeAddonResponseBuilder {
    /// See [`DescribeAddonResponse::addon`](crate::types::DescribeAddonResponse::addon).
    pub fn addon(
        mut self,
        input: impl ::std::convert::Into<crate::types::Addon>,
    ) -> Self {
        self.addon = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon`](Self::addon).
    pub fn set_addon(
        mut self,
        input: ::std::option::Option<crate::types::Addon>,
    ) -> Self {
        self.addon = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAddonResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAddonResponse {
            addon: self.addon,
        })
    }
}
/// A builder for [`DescribeAddonVersionsRequest`](crate::types::DescribeAddonVersionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAddonVersionsRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) kubernetes_version: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) owners: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) publishers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for DescribeAddonVersionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAddonVersionsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeAddonVersionsRequestBuilder {
    /// See [`DescribeAddonVersionsRequest::addon_name`](crate::types::DescribeAddonVersionsRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`DescribeAddonVersionsRequest::kubernetes_version`](crate::types::DescribeAddonVersionsRequest::kubernetes_version).
    pub fn kubernetes_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_version`](Self::kubernetes_version).
    pub fn set_kubernetes_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = input;
        self
    }
    /// See [`DescribeAddonVersionsRequest::max_results`](crate::types::DescribeAddonVersionsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeAddonVersionsRequest::next_token`](crate::types::DescribeAddonVersionsRequest::next_token).
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
    /// See [`DescribeAddonVersionsRequest::owners`](crate::types::DescribeAddonVersionsRequest::owners).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn owners(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owners.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`owners`](Self::owners).
    pub fn set_owners(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.owners = input;
        self
    }
    /// See [`DescribeAddonVersionsRequest::publishers`](crate::types::DescribeAddonVersionsRequest::publishers).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn publishers(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.publishers.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`publishers`](Self::publishers).
    pub fn set_publishers(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.publishers = input;
        self
    }
    /// See [`DescribeAddonVersionsRequest::types`](crate::types::DescribeAddonVersionsRequest::types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn types(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`types`](Self::types).
    pub fn set_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.types = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeAddonVersionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAddonVersionsRequest {
            addon_name: self.addon_name,
            kubernetes_version: self.kubernetes_version,
            max_results: self.max_results,
            next_token: self.next_token,
            owners: self.owners,
            publishers: self.publishers,
            types: self.types,
        })
    }
}
/// A builder for [`DescribeAddonVersionsResponse`](crate::types::DescribeAddonVersionsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeAddonVersionsResponseBuilder {
    pub(crate) addons: ::std::option::Option<::std::vec::Vec<crate::types::AddonInfo>>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeAddonVersionsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeAddonVersionsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeAddonVersionsResponseBuilder {
    /// See [`DescribeAddonVersionsResponse::addons`](crate::types::DescribeAddonVersionsResponse::addons).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn addons(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonInfo>,
    ) -> Self {
        self.addons.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`addons`](Self::addons).
    pub fn set_addons(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AddonInfo>>,
    ) -> Self {
        self.addons = input;
        self
    }
    /// See [`DescribeAddonVersionsResponse::next_token`](crate::types::DescribeAddonVersionsResponse::next_token).
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
        crate::types::DescribeAddonVersionsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeAddonVersionsResponse {
            addons: self.addons,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeCapabilityRequest`](crate::types::DescribeCapabilityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeCapabilityRequestBuilder {
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeCapabilityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeCapabilityRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeCapabilityRequestBuilder {
    /// See [`DescribeCapabilityRequest::capability_name`](crate::types::DescribeCapabilityRequest::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`DescribeCapabilityRequest::cluster_name`](crate::types::DescribeCapabilityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeCapabilityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeCapabilityRequest {
            capability_name: self
                .capability_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeCapabilityRequest",
                        "capability_name",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeCapabilityRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeCapabilityResponse`](crate::types::DescribeCapabilityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeCapabilityResponseBuilder {
    pub(crate) capability: ::std::option::Option<crate::types::Capability>,
}
impl ::std::fmt::Debug for DescribeCapabilityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeCapabilityResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeCapabilityResponseBuilder {
    /// See [`DescribeCapabilityResponse::capability`](crate::types::DescribeCapabilityResponse::capability).
    pub fn capability(
        mut self,
        input: impl ::std::convert::Into<crate::types::Capability>,
    ) -> Self {
        self.capability = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability`](Self::capability).
    pub fn set_capability(
        mut self,
        input: ::std::option::Option<crate::types::Capability>,
    ) -> Self {
        self.capability = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeCapabilityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeCapabilityResponse {
            capability: self.capability,
        })
    }
}
/// A builder for [`DescribeCertificateAuthorityRequest`](crate::types::DescribeCertificateAuthorityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeCertificateAuthorityRequestBuilder {
    pub(crate) certificate_authority_id: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeCertificateAuthorityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeCertificateAuthorityRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeCertificateAuthorityRequestBuilder {
    /// See [`DescribeCertificateAuthorityRequest::certificate_authority_id`](crate::types::DescribeCertificateAuthorityRequest::certificate_authority_id).
    pub fn certificate_authority_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.certificate_authority_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority_id`](Self::certificate_authority_id).
    pub fn set_certificate_authority_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.certificate_authority_id = input;
        self
    }
    /// See [`DescribeCertificateAuthorityRequest::cluster_name`](crate::types::DescribeCertificateAuthorityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeCertificateAuthorityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeCertificateAuthorityRequest {
            certificate_authority_id: self
                .certificate_authority_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeCertificateAuthorityRequest",
                        "certificate_authority_id",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeCertificateAuthorityRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeCertificateAuthorityResponse`](crate::types::DescribeCertificateAuthorityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeCertificateAuthorityResponseBuilder {
    pub(crate) certificate_authority: ::std::option::Option<
        crate::types::CertificateAuthority,
    >,
}
impl ::std::fmt::Debug for DescribeCertificateAuthorityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeCertificateAuthorityResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeCertificateAuthorityResponseBuilder {
    /// See [`DescribeCertificateAuthorityResponse::certificate_authority`](crate::types::DescribeCertificateAuthorityResponse::certificate_authority).
    pub fn certificate_authority(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthority>,
    ) -> Self {
        self.certificate_authority = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`certificate_authority`](Self::certificate_authority).
    pub fn set_certificate_authority(
        mut self,
        input: ::std::option::Option<crate::types::CertificateAuthority>,
    ) -> Self {
        self.certificate_authority = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeCertificateAuthorityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeCertificateAuthorityResponse {
            certificate_authority: self.certificate_authority,
        })
    }
}
/// A builder for [`DescribeClusterRequest`](crate::types::DescribeClusterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeClusterRequestBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeClusterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeClusterRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeClusterRequestBuilder {
    /// See [`DescribeClusterRequest::name`](crate::types::DescribeClusterRequest::name).
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
        crate::types::DescribeClusterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeClusterRequest {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeClusterRequest", "name"),
                )?,
        })
    }
}
/// A builder for [`DescribeClusterResponse`](crate::types::DescribeClusterResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeClusterResponseBuilder {
    pub(crate) cluster: ::std::option::Option<crate::types::Cluster>,
}
impl ::std::fmt::Debug for DescribeClusterResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeClusterResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeClusterResponseBuilder {
    /// See [`DescribeClusterResponse::cluster`](crate::types::DescribeClusterResponse::cluster).
    pub fn cluster(
        mut self,
        input: impl ::std::convert::Into<crate::types::Cluster>,
    ) -> Self {
        self.cluster = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster`](Self::cluster).
    pub fn set_cluster(
        mut self,
        input: ::std::option::Option<crate::types::Cluster>,
    ) -> Self {
        self.cluster = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeClusterResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeClusterResponse {
            cluster: self.cluster,
        })
    }
}
/// A builder for [`DescribeClusterVersionsRequest`](crate::types::DescribeClusterVersionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeClusterVersionsRequestBuilder {
    pub(crate) cluster_type: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_versions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) default_only: ::std::option::Option<bool>,
    pub(crate) include_all: ::std::option::Option<bool>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::ClusterVersionStatus>,
    pub(crate) version_status: ::std::option::Option<crate::types::VersionStatus>,
}
impl ::std::fmt::Debug for DescribeClusterVersionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeClusterVersionsRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeClusterVersionsRequestBuilder {
    /// See [`DescribeClusterVersionsRequest::cluster_type`](crate::types::DescribeClusterVersionsRequest::cluster_type).
    pub fn cluster_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_type`](Self::cluster_type).
    pub fn set_cluster_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_type = input;
        self
    }
    /// See [`DescribeClusterVersionsRequest::cluster_versions`](crate::types::DescribeClusterVersionsRequest::cluster_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cluster_versions(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_versions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`cluster_versions`](Self::cluster_versions).
    pub fn set_cluster_versions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.cluster_versions = input;
        self
    }
    /// See [`DescribeClusterVersionsRequest::default_only`](crate::types::DescribeClusterVersionsRequest::default_only).
    pub fn default_only(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.default_only = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_only`](Self::default_only).
    pub fn set_default_only(mut self, input: ::std::option::Option<bool>) -> Self {
        self.default_only = input;
        self
    }
    /// See [`DescribeClusterVersionsRequest::include_all`](crate::types::DescribeClusterVersionsRequest::include_all).
    pub fn include_all(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.include_all = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`include_all`](Self::include_all).
    pub fn set_include_all(mut self, input: ::std::option::Option<bool>) -> Self {
        self.include_all = input;
        self
    }
    /// See [`DescribeClusterVersionsRequest::max_results`](crate::types::DescribeClusterVersionsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`DescribeClusterVersionsRequest::next_token`](crate::types::DescribeClusterVersionsRequest::next_token).
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
    /// See [`DescribeClusterVersionsRequest::status`](crate::types::DescribeClusterVersionsRequest::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClusterVersionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ClusterVersionStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`DescribeClusterVersionsRequest::version_status`](crate::types::DescribeClusterVersionsRequest::version_status).
    pub fn version_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::VersionStatus>,
    ) -> Self {
        self.version_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`version_status`](Self::version_status).
    pub fn set_version_status(
        mut self,
        input: ::std::option::Option<crate::types::VersionStatus>,
    ) -> Self {
        self.version_status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeClusterVersionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeClusterVersionsRequest {
            cluster_type: self.cluster_type,
            cluster_versions: self.cluster_versions,
            default_only: self.default_only,
            include_all: self.include_all,
            max_results: self.max_results,
            next_token: self.next_token,
            status: self.status,
            version_status: self.version_status,
        })
    }
}
/// A builder for [`DescribeClusterVersionsResponse`](crate::types::DescribeClusterVersionsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeClusterVersionsResponseBuilder {
    pub(crate) cluster_versions: ::std::option::Option<
        ::std::vec::Vec<crate::types::ClusterVersionInformation>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeClusterVersionsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeClusterVersionsResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeClusterVersionsResponseBuilder {
    /// See [`DescribeClusterVersionsResponse::cluster_versions`](crate::types::DescribeClusterVersionsResponse::cluster_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cluster_versions(
        mut self,
        input: impl ::std::convert::Into<crate::types::ClusterVersionInformation>,
    ) -> Self {
        self.cluster_versions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`cluster_versions`](Self::cluster_versions).
    pub fn set_cluster_versions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ClusterVersionInformation>,
        >,
    ) -> Self {
        self.cluster_versions = input;
        self
    }
    /// See [`DescribeClusterVersionsResponse::next_token`](crate::types::DescribeClusterVersionsResponse::next_token).
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
        crate::types::DescribeClusterVersionsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeClusterVersionsResponse {
            cluster_versions: self.cluster_versions,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`DescribeEksAnywhereSubscriptionRequest`](crate::types::DescribeEksAnywhereSubscriptionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeEksAnywhereSubscriptionRequestBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeEksAnywhereSubscriptionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeEksAnywhereSubscriptionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeEksAnywhereSubscriptionRequestBuilder {
    /// See [`DescribeEksAnywhereSubscriptionRequest::id`](crate::types::DescribeEksAnywhereSubscriptionRequest::id).
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
        crate::types::DescribeEksAnywhereSubscriptionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeEksAnywhereSubscriptionRequest {
            id: self
                .id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeEksAnywhereSubscriptionRequest",
                        "id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeEksAnywhereSubscriptionResponse`](crate::types::DescribeEksAnywhereSubscriptionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeEksAnywhereSubscriptionResponseBuilder {
    pub(crate) subscription: ::std::option::Option<
        crate::types::EksAnywhereSubscription,
    >,
}
impl ::std::fmt::Debug for DescribeEksAnywhereSubscriptionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeEksAnywhereSubscriptionResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeEksAnywhereSubscriptionResponseBuilder {
    /// See [`DescribeEksAnywhereSubscriptionResponse::subscription`](crate::types::DescribeEksAnywhereSubscriptionResponse::subscription).
    pub fn subscription(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`subscription`](Self::subscription).
    pub fn set_subscription(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeEksAnywhereSubscriptionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeEksAnywhereSubscriptionResponse {
            subscription: self.subscription,
        })
    }
}
/// A builder for [`DescribeFargateProfileRequest`](crate::types::DescribeFargateProfileRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeFargateProfileRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) fargate_profile_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeFargateProfileRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeFargateProfileRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeFargateProfileRequestBuilder {
    /// See [`DescribeFargateProfileRequest::cluster_name`](crate::types::DescribeFargateProfileRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DescribeFargateProfileRequest::fargate_profile_name`](crate::types::DescribeFargateProfileRequest::fargate_profile_name).
    pub fn fargate_profile_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile_name`](Self::fargate_profile_name).
    pub fn set_fargate_profile_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeFargateProfileRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeFargateProfileRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeFargateProfileRequest",
                        "cluster_name",
                    ),
                )?,
            fargate_profile_name: self
                .fargate_profile_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeFargateProfileRequest",
                        "fargate_profile_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeFargateProfileResponse`](crate::types::DescribeFargateProfileResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeFargateProfileResponseBuilder {
    pub(crate) fargate_profile: ::std::option::Option<crate::types::FargateProfile>,
}
impl ::std::fmt::Debug for DescribeFargateProfileResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeFargateProfileResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeFargateProfileResponseBuilder {
    /// See [`DescribeFargateProfileResponse::fargate_profile`](crate::types::DescribeFargateProfileResponse::fargate_profile).
    pub fn fargate_profile(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfile>,
    ) -> Self {
        self.fargate_profile = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile`](Self::fargate_profile).
    pub fn set_fargate_profile(
        mut self,
        input: ::std::option::Option<crate::types::FargateProfile>,
    ) -> Self {
        self.fargate_profile = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeFargateProfileResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeFargateProfileResponse {
            fargate_profile: self.fargate_profile,
        })
    }
}
/// A builder for [`DescribeIdentityProviderConfigRequest`](crate::types::DescribeIdentityProviderConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeIdentityProviderConfigRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) identity_provider_config: ::std::option::Option<
        crate::types::IdentityProviderConfig,
    >,
}
impl ::std::fmt::Debug for DescribeIdentityProviderConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeIdentityProviderConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeIdentityProviderConfigRequestBuilder {
    /// See [`DescribeIdentityProviderConfigRequest::cluster_name`](crate::types::DescribeIdentityProviderConfigRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DescribeIdentityProviderConfigRequest::identity_provider_config`](crate::types::DescribeIdentityProviderConfigRequest::identity_provider_config).
    pub fn identity_provider_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::IdentityProviderConfig>,
    ) -> Self {
        self.identity_provider_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_provider_config`](Self::identity_provider_config).
    pub fn set_identity_provider_config(
        mut self,
        input: ::std::option::Option<crate::types::IdentityProviderConfig>,
    ) -> Self {
        self.identity_provider_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeIdentityProviderConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeIdentityProviderConfigRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeIdentityProviderConfigRequest",
                        "cluster_name",
                    ),
                )?,
            identity_provider_config: self
                .identity_provider_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeIdentityProviderConfigRequest",
                        "identity_provider_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeIdentityProviderConfigResponse`](crate::types::DescribeIdentityProviderConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeIdentityProviderConfigResponseBuilder {
    pub(crate) identity_provider_config: ::std::option::Option<
        crate::types::IdentityProviderConfigResponse,
    >,
}
impl ::std::fmt::Debug for DescribeIdentityProviderConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeIdentityProviderConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribeIdentityProviderConfigResponseBuilder {
    /// See [`DescribeIdentityProviderConfigResponse::identity_provider_config`](crate::types::DescribeIdentityProviderConfigResponse::identity_provider_config).
    pub fn identity_provider_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::IdentityProviderConfigResponse>,
    ) -> Self {
        self.identity_provider_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_provider_config`](Self::identity_provider_config).
    pub fn set_identity_provider_config(
        mut self,
        input: ::std::option::Option<crate::types::IdentityProviderConfigResponse>,
    ) -> Self {
        self.identity_provider_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeIdentityProviderConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeIdentityProviderConfigResponse {
            identity_provider_config: self.identity_provider_config,
        })
    }
}
/// A builder for [`DescribeInsightRequest`](crate::types::DescribeInsightRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeInsightRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeInsightRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeInsightRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeInsightRequestBuilder {
    /// See [`DescribeInsightRequest::cluster_name`](crate::types::DescribeInsightRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DescribeInsightRequest::id`](crate::types::DescribeInsightRequest::id).
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
        crate::types::DescribeInsightRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeInsightRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeInsightRequest",
                        "cluster_name",
                    ),
                )?,
            id: self
                .id
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeInsightRequest", "id"),
                )?,
        })
    }
}
/// A builder for [`DescribeInsightResponse`](crate::types::DescribeInsightResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeInsightResponseBuilder {
    pub(crate) insight: ::std::option::Option<crate::types::Insight>,
}
impl ::std::fmt::Debug for DescribeInsightResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeInsightResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeInsightResponseBuilder {
    /// See [`DescribeInsightResponse::insight`](crate::types::DescribeInsightResponse::insight).
    pub fn insight(
        mut self,
        input: impl ::std::convert::Into<crate::types::Insight>,
    ) -> Self {
        self.insight = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`insight`](Self::insight).
    pub fn set_insight(
        mut self,
        input: ::std::option::Option<crate::types::Insight>,
    ) -> Self {
        self.insight = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeInsightResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeInsightResponse {
            insight: self.insight,
        })
    }
}
/// A builder for [`DescribeInsightsRefreshRequest`](crate::types::DescribeInsightsRefreshRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeInsightsRefreshRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeInsightsRefreshRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeInsightsRefreshRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeInsightsRefreshRequestBuilder {
    /// See [`DescribeInsightsRefreshRequest::cluster_name`](crate::types::DescribeInsightsRefreshRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeInsightsRefreshRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeInsightsRefreshRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeInsightsRefreshRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeInsightsRefreshResponse`](crate::types::DescribeInsightsRefreshResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeInsightsRefreshResponseBuilder {
    pub(crate) ended_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) started_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) status: ::std::option::Option<crate::types::InsightsRefreshStatus>,
}
impl ::std::fmt::Debug for DescribeInsightsRefreshResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeInsightsRefreshResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeInsightsRefreshResponseBuilder {
    /// See [`DescribeInsightsRefreshResponse::ended_at`](crate::types::DescribeInsightsRefreshResponse::ended_at).
    pub fn ended_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.ended_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ended_at`](Self::ended_at).
    pub fn set_ended_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.ended_at = input;
        self
    }
    /// See [`DescribeInsightsRefreshResponse::message`](crate::types::DescribeInsightsRefreshResponse::message).
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
    /// See [`DescribeInsightsRefreshResponse::started_at`](crate::types::DescribeInsightsRefreshResponse::started_at).
    pub fn started_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.started_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`started_at`](Self::started_at).
    pub fn set_started_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.started_at = input;
        self
    }
    /// See [`DescribeInsightsRefreshResponse::status`](crate::types::DescribeInsightsRefreshResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightsRefreshStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::InsightsRefreshStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeInsightsRefreshResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeInsightsRefreshResponse {
            ended_at: self.ended_at,
            message: self.message,
            started_at: self.started_at,
            status: self.status,
        })
    }
}
/// A builder for [`DescribeNodegroupRequest`](crate::types::DescribeNodegroupRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeNodegroupRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeNodegroupRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeNodegroupRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeNodegroupRequestBuilder {
    /// See [`DescribeNodegroupRequest::cluster_name`](crate::types::DescribeNodegroupRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DescribeNodegroupRequest::nodegroup_name`](crate::types::DescribeNodegroupRequest::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeNodegroupRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeNodegroupRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeNodegroupRequest",
                        "cluster_name",
                    ),
                )?,
            nodegroup_name: self
                .nodegroup_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeNodegroupRequest",
                        "nodegroup_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeNodegroupResponse`](crate::types::DescribeNodegroupResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeNodegroupResponseBuilder {
    pub(crate) nodegroup: ::std::option::Option<crate::types::Nodegroup>,
}
impl ::std::fmt::Debug for DescribeNodegroupResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeNodegroupResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeNodegroupResponseBuilder {
    /// See [`DescribeNodegroupResponse::nodegroup`](crate::types::DescribeNodegroupResponse::nodegroup).
    pub fn nodegroup(
        mut self,
        input: impl ::std::convert::Into<crate::types::Nodegroup>,
    ) -> Self {
        self.nodegroup = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup`](Self::nodegroup).
    pub fn set_nodegroup(
        mut self,
        input: ::std::option::Option<crate::types::Nodegroup>,
    ) -> Self {
        self.nodegroup = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeNodegroupResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeNodegroupResponse {
            nodegroup: self.nodegroup,
        })
    }
}
/// A builder for [`DescribePodIdentityAssociationRequest`](crate::types::DescribePodIdentityAssociationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribePodIdentityAssociationRequestBuilder {
    pub(crate) association_id: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribePodIdentityAssociationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribePodIdentityAssociationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribePodIdentityAssociationRequestBuilder {
    /// See [`DescribePodIdentityAssociationRequest::association_id`](crate::types::DescribePodIdentityAssociationRequest::association_id).
    pub fn association_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.association_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association_id`](Self::association_id).
    pub fn set_association_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.association_id = input;
        self
    }
    /// See [`DescribePodIdentityAssociationRequest::cluster_name`](crate::types::DescribePodIdentityAssociationRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribePodIdentityAssociationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribePodIdentityAssociationRequest {
            association_id: self
                .association_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribePodIdentityAssociationRequest",
                        "association_id",
                    ),
                )?,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribePodIdentityAssociationRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribePodIdentityAssociationResponse`](crate::types::DescribePodIdentityAssociationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribePodIdentityAssociationResponseBuilder {
    pub(crate) association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl ::std::fmt::Debug for DescribePodIdentityAssociationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribePodIdentityAssociationResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DescribePodIdentityAssociationResponseBuilder {
    /// See [`DescribePodIdentityAssociationResponse::association`](crate::types::DescribePodIdentityAssociationResponse::association).
    pub fn association(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association`](Self::association).
    pub fn set_association(
        mut self,
        input: ::std::option::Option<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribePodIdentityAssociationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribePodIdentityAssociationResponse {
            association: self.association,
        })
    }
}
/// A builder for [`DescribeUpdateRequest`](crate::types::DescribeUpdateRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeUpdateRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
    pub(crate) update_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeUpdateRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeUpdateRequestBuilder").finish_non_exhaustive()
    }
}
impl DescribeUpdateRequestBuilder {
    /// See [`DescribeUpdateRequest::addon_name`](crate::types::DescribeUpdateRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`DescribeUpdateRequest::capability_name`](crate::types::DescribeUpdateRequest::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`DescribeUpdateRequest::name`](crate::types::DescribeUpdateRequest::name).
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
    /// See [`DescribeUpdateRequest::nodegroup_name`](crate::types::DescribeUpdateRequest::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// See [`DescribeUpdateRequest::update_id`](crate::types::DescribeUpdateRequest::update_id).
    pub fn update_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_id`](Self::update_id).
    pub fn set_update_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.update_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeUpdateRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeUpdateRequest {
            addon_name: self.addon_name,
            capability_name: self.capability_name,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeUpdateRequest", "name"),
                )?,
            nodegroup_name: self.nodegroup_name,
            update_id: self
                .update_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeUpdateRequest",
                        "update_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeUpdateResponse`](crate::types::DescribeUpdateResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeUpdateResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for DescribeUpdateResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeUpdateResponseBuilder").finish_non_exhaustive()
    }
}
impl DescribeUpdateResponseBuilder {
    /// See [`DescribeUpdateResponse::update`](crate::types::DescribeUpdateResponse::update).
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
        crate::types::DescribeUpdateResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeUpdateResponse {
            update: self.update,
        })
    }
}
/// A builder for [`DisassociateAccessPolicyRequest`](crate::types::DisassociateAccessPolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DisassociateAccessPolicyRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) policy_arn: ::std::option::Option<::std::string::String>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DisassociateAccessPolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisassociateAccessPolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl DisassociateAccessPolicyRequestBuilder {
    /// See [`DisassociateAccessPolicyRequest::cluster_name`](crate::types::DisassociateAccessPolicyRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DisassociateAccessPolicyRequest::policy_arn`](crate::types::DisassociateAccessPolicyRequest::policy_arn).
    pub fn policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy_arn`](Self::policy_arn).
    pub fn set_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.policy_arn = input;
        self
    }
    /// See [`DisassociateAccessPolicyRequest::principal_arn`](crate::types::DisassociateAccessPolicyRequest::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DisassociateAccessPolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DisassociateAccessPolicyRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DisassociateAccessPolicyRequest",
                        "cluster_name",
                    ),
                )?,
            policy_arn: self
                .policy_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DisassociateAccessPolicyRequest",
                        "policy_arn",
                    ),
                )?,
            principal_arn: self
                .principal_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DisassociateAccessPolicyRequest",
                        "principal_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`DisassociateAccessPolicyResponse`](crate::types::DisassociateAccessPolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DisassociateAccessPolicyResponseBuilder {}
impl ::std::fmt::Debug for DisassociateAccessPolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisassociateAccessPolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl DisassociateAccessPolicyResponseBuilder {
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DisassociateAccessPolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DisassociateAccessPolicyResponse {
        })
    }
}
/// A builder for [`DisassociateIdentityProviderConfigRequest`](crate::types::DisassociateIdentityProviderConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DisassociateIdentityProviderConfigRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) identity_provider_config: ::std::option::Option<
        crate::types::IdentityProviderConfig,
    >,
}
impl ::std::fmt::Debug for DisassociateIdentityProviderConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisassociateIdentityProviderConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl DisassociateIdentityProviderConfigRequestBuilder {
    /// See [`DisassociateIdentityProviderConfigRequest::client_request_token`](crate::types::DisassociateIdentityProviderConfigRequest::client_request_token).
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
    /// See [`DisassociateIdentityProviderConfigRequest::cluster_name`](crate::types::DisassociateIdentityProviderConfigRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`DisassociateIdentityProviderConfigRequest::identity_provider_config`](crate::types::DisassociateIdentityProviderConfigRequest::identity_provider_config).
    pub fn identity_provider_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::IdentityProviderConfig>,
    ) -> Self {
        self.identity_provider_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_provider_config`](Self::identity_provider_config).
    pub fn set_identity_provider_config(
        mut self,
        input: ::std::option::Option<crate::types::IdentityProviderConfig>,
    ) -> Self {
        self.identity_provider_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DisassociateIdentityProviderConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DisassociateIdentityProviderConfigRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DisassociateIdentityProviderConfigRequest",
                        "cluster_name",
                    ),
                )?,
            identity_provider_config: self
                .identity_provider_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DisassociateIdentityProviderConfigRequest",
                        "identity_provider_config",
                    ),
                )?,
        })
    }
}
/// A builder for [`DisassociateIdentityProviderConfigResponse`](crate::types::DisassociateIdentityProviderConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DisassociateIdentityProviderConfigResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for DisassociateIdentityProviderConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DisassociateIdentityProviderConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl DisassociateIdentityProviderConfigResponseBuilder {
    /// See [`DisassociateIdentityProviderConfigResponse::update`](crate::types::DisassociateIdentityProviderConfigResponse::update).
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
        crate::types::DisassociateIdentityProviderConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DisassociateIdentityProviderConfigResponse {
            update: self.update,
        })
    }
}
/// A builder for [`DurationConstraints`](crate::types::DurationConstraints).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DurationConstraintsBuilder {
    pub(crate) max: ::std::option::Option<::std::string::String>,
    pub(crate) min: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DurationConstraintsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DurationConstraintsBuilder").finish_non_exhaustive()
    }
}
impl DurationConstraintsBuilder {
    /// See [`DurationConstraints::max`](crate::types::DurationConstraints::max).
    pub fn max(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.max = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max`](Self::max).
    pub fn set_max(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.max = input;
        self
    }
    /// See [`DurationConstraints::min`](crate::types::DurationConstraints::min).
    pub fn min(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.min = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min`](Self::min).
    pub fn set_min(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.min = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DurationConstraints,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DurationConstraints {
            max: self.max,
            min: self.min,
        })
    }
}
/// A builder for [`DurationParameterConfig`](crate::types::DurationParameterConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DurationParameterConfigBuilder {
    pub(crate) constraints: ::std::option::Option<crate::types::DurationConstraints>,
    pub(crate) default_value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DurationParameterConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DurationParameterConfigBuilder").finish_non_exhaustive()
    }
}
impl DurationParameterConfigBuilder {
    /// See [`DurationParameterConfig::constraints`](crate::types::DurationParameterConfig::constraints).
    pub fn constraints(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurationConstraints>,
    ) -> Self {
        self.constraints = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`constraints`](Self::constraints).
    pub fn set_constraints(
        mut self,
        input: ::std::option::Option<crate::types::DurationConstraints>,
    ) -> Self {
        self.constraints = input;
        self
    }
    /// See [`DurationParameterConfig::default_value`](crate::types::DurationParameterConfig::default_value).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DurationParameterConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DurationParameterConfig {
            constraints: self.constraints,
            default_value: self.default_value,
        })
    }
}
/// A builder for [`EksAnywhereSubscription`](crate::types::EksAnywhereSubscription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksAnywhereSubscriptionBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) auto_renew: ::std::option::Option<bool>,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) effective_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) expiration_date: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) license_arns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) license_quantity: ::std::option::Option<i64>,
    pub(crate) license_type: ::std::option::Option<
        crate::types::EksAnywhereSubscriptionLicenseType,
    >,
    pub(crate) licenses: ::std::option::Option<::std::vec::Vec<crate::types::License>>,
    pub(crate) status: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) term: ::std::option::Option<crate::types::EksAnywhereSubscriptionTerm>,
}
impl ::std::fmt::Debug for EksAnywhereSubscriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksAnywhereSubscriptionBuilder").finish_non_exhaustive()
    }
}
impl EksAnywhereSubscriptionBuilder {
    /// See [`EksAnywhereSubscription::arn`](crate::types::EksAnywhereSubscription::arn).
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
    /// See [`EksAnywhereSubscription::auto_renew`](crate::types::EksAnywhereSubscription::auto_renew).
    pub fn auto_renew(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.auto_renew = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auto_renew`](Self::auto_renew).
    pub fn set_auto_renew(mut self, input: ::std::option::Option<bool>) -> Self {
        self.auto_renew = input;
        self
    }
    /// See [`EksAnywhereSubscription::created_at`](crate::types::EksAnywhereSubscription::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`EksAnywhereSubscription::effective_date`](crate::types::EksAnywhereSubscription::effective_date).
    pub fn effective_date(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.effective_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`effective_date`](Self::effective_date).
    pub fn set_effective_date(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.effective_date = input;
        self
    }
    /// See [`EksAnywhereSubscription::expiration_date`](crate::types::EksAnywhereSubscription::expiration_date).
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
    /// See [`EksAnywhereSubscription::id`](crate::types::EksAnywhereSubscription::id).
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
    /// See [`EksAnywhereSubscription::license_arns`](crate::types::EksAnywhereSubscription::license_arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn license_arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.license_arns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`license_arns`](Self::license_arns).
    pub fn set_license_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.license_arns = input;
        self
    }
    /// See [`EksAnywhereSubscription::license_quantity`](crate::types::EksAnywhereSubscription::license_quantity).
    pub fn license_quantity(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.license_quantity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_quantity`](Self::license_quantity).
    pub fn set_license_quantity(mut self, input: ::std::option::Option<i64>) -> Self {
        self.license_quantity = input;
        self
    }
    /// See [`EksAnywhereSubscription::license_type`](crate::types::EksAnywhereSubscription::license_type).
    pub fn license_type(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::EksAnywhereSubscriptionLicenseType,
        >,
    ) -> Self {
        self.license_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`license_type`](Self::license_type).
    pub fn set_license_type(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscriptionLicenseType>,
    ) -> Self {
        self.license_type = input;
        self
    }
    /// See [`EksAnywhereSubscription::licenses`](crate::types::EksAnywhereSubscription::licenses).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn licenses(
        mut self,
        input: impl ::std::convert::Into<crate::types::License>,
    ) -> Self {
        self.licenses.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`licenses`](Self::licenses).
    pub fn set_licenses(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::License>>,
    ) -> Self {
        self.licenses = input;
        self
    }
    /// See [`EksAnywhereSubscription::status`](crate::types::EksAnywhereSubscription::status).
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
    /// See [`EksAnywhereSubscription::tags`](crate::types::EksAnywhereSubscription::tags).
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
    /// See [`EksAnywhereSubscription::term`](crate::types::EksAnywhereSubscription::term).
    pub fn term(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscriptionTerm>,
    ) -> Self {
        self.term = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`term`](Self::term).
    pub fn set_term(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscriptionTerm>,
    ) -> Self {
        self.term = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksAnywhereSubscription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksAnywhereSubscription {
            arn: self.arn,
            auto_renew: self.auto_renew,
            created_at: self.created_at,
            effective_date: self.effective_date,
            expiration_date: self.expiration_date,
            id: self.id,
            license_arns: self.license_arns,
            license_quantity: self.license_quantity,
            license_type: self.license_type,
            licenses: self.licenses,
            status: self.status,
            tags: self.tags,
            term: self.term,
        })
    }
}
/// A builder for [`EksAnywhereSubscriptionTerm`](crate::types::EksAnywhereSubscriptionTerm).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EksAnywhereSubscriptionTermBuilder {
    pub(crate) duration: ::std::option::Option<i64>,
    pub(crate) unit: ::std::option::Option<
        crate::types::EksAnywhereSubscriptionTermUnit,
    >,
}
impl ::std::fmt::Debug for EksAnywhereSubscriptionTermBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EksAnywhereSubscriptionTermBuilder").finish_non_exhaustive()
    }
}
impl EksAnywhereSubscriptionTermBuilder {
    /// See [`EksAnywhereSubscriptionTerm::duration`](crate::types::EksAnywhereSubscriptionTerm::duration).
    pub fn duration(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.duration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`duration`](Self::duration).
    pub fn set_duration(mut self, input: ::std::option::Option<i64>) -> Self {
        self.duration = input;
        self
    }
    /// See [`EksAnywhereSubscriptionTerm::unit`](crate::types::EksAnywhereSubscriptionTerm::unit).
    pub fn unit(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscriptionTermUnit>,
    ) -> Self {
        self.unit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`unit`](Self::unit).
    pub fn set_unit(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscriptionTermUnit>,
    ) -> Self {
        self.unit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EksAnywhereSubscriptionTerm,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EksAnywhereSubscriptionTerm {
            duration: self.duration,
            unit: self.unit,
        })
    }
}
/// A builder for [`ElasticLoadBalancing`](crate::types::ElasticLoadBalancing).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ElasticLoadBalancingBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) gateway_api: ::std::option::Option<crate::types::GatewayApiConfiguration>,
}
impl ::std::fmt::Debug for ElasticLoadBalancingBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ElasticLoadBalancingBuilder").finish_non_exhaustive()
    }
}
impl ElasticLoadBalancingBuilder {
    /// See [`ElasticLoadBalancing::enabled`](crate::types::ElasticLoadBalancing::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`ElasticLoadBalancing::gateway_api`](crate::types::ElasticLoadBalancing::gateway_api).
    pub fn gateway_api(
        mut self,
        input: impl ::std::convert::Into<crate::types::GatewayApiConfiguration>,
    ) -> Self {
        self.gateway_api = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`gateway_api`](Self::gateway_api).
    pub fn set_gateway_api(
        mut self,
        input: ::std::option::Option<crate::types::GatewayApiConfiguration>,
    ) -> Self {
        self.gateway_api = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ElasticLoadBalancing,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ElasticLoadBalancing {
            enabled: self.enabled,
            gateway_api: self.gateway_api,
        })
    }
}
/// A builder for [`EncryptionConfig`](crate::types::EncryptionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EncryptionConfigBuilder {
    pub(crate) provider: ::std::option::Option<crate::types::Provider>,
    pub(crate) resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for EncryptionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EncryptionConfigBuilder").finish_non_exhaustive()
    }
}
impl EncryptionConfigBuilder {
    /// See [`EncryptionConfig::provider`](crate::types::EncryptionConfig::provider).
    pub fn provider(
        mut self,
        input: impl ::std::convert::Into<crate::types::Provider>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`provider`](Self::provider).
    pub fn set_provider(
        mut self,
        input: ::std::option::Option<crate::types::Provider>,
    ) -> Self {
        self.provider = input;
        self
    }
    /// See [`EncryptionConfig::resources`](crate::types::EncryptionConfig::resources).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resources.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resources = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EncryptionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EncryptionConfig {
            provider: self.provider,
            resources: self.resources,
        })
    }
}
/// A builder for [`ErrorDetail`](crate::types::ErrorDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ErrorDetailBuilder {
    pub(crate) error_code: ::std::option::Option<crate::types::ErrorCode>,
    pub(crate) error_message: ::std::option::Option<::std::string::String>,
    pub(crate) resource_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ErrorDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ErrorDetailBuilder").finish_non_exhaustive()
    }
}
impl ErrorDetailBuilder {
    /// See [`ErrorDetail::error_code`](crate::types::ErrorDetail::error_code).
    pub fn error_code(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorCode>,
    ) -> Self {
        self.error_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_code`](Self::error_code).
    pub fn set_error_code(
        mut self,
        input: ::std::option::Option<crate::types::ErrorCode>,
    ) -> Self {
        self.error_code = input;
        self
    }
    /// See [`ErrorDetail::error_message`](crate::types::ErrorDetail::error_message).
    pub fn error_message(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_message = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`error_message`](Self::error_message).
    pub fn set_error_message(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.error_message = input;
        self
    }
    /// See [`ErrorDetail::resource_ids`](crate::types::ErrorDetail::resource_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resource_ids`](Self::resource_ids).
    pub fn set_resource_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resource_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ErrorDetail, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ErrorDetail {
            error_code: self.error_code,
            error_message: self.error_message,
            resource_ids: self.resource_ids,
        })
    }
}
/// A builder for [`EtcdPlacementRequest`](crate::types::EtcdPlacementRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EtcdPlacementRequestBuilder {
    pub(crate) spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl ::std::fmt::Debug for EtcdPlacementRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EtcdPlacementRequestBuilder").finish_non_exhaustive()
    }
}
impl EtcdPlacementRequestBuilder {
    /// See [`EtcdPlacementRequest::spread_level`](crate::types::EtcdPlacementRequest::spread_level).
    pub fn spread_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`spread_level`](Self::spread_level).
    pub fn set_spread_level(
        mut self,
        input: ::std::option::Option<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EtcdPlacementRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EtcdPlacementRequest {
            spread_level: self.spread_level,
        })
    }
}
/// A builder for [`EtcdPlacementResponse`](crate::types::EtcdPlacementResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EtcdPlacementResponseBuilder {
    pub(crate) spread_level: ::std::option::Option<crate::types::SpreadLevel>,
}
impl ::std::fmt::Debug for EtcdPlacementResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EtcdPlacementResponseBuilder").finish_non_exhaustive()
    }
}
impl EtcdPlacementResponseBuilder {
    /// See [`EtcdPlacementResponse::spread_level`](crate::types::EtcdPlacementResponse::spread_level).
    pub fn spread_level(
        mut self,
        input: impl ::std::convert::Into<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`spread_level`](Self::spread_level).
    pub fn set_spread_level(
        mut self,
        input: ::std::option::Option<crate::types::SpreadLevel>,
    ) -> Self {
        self.spread_level = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::EtcdPlacementResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::EtcdPlacementResponse {
            spread_level: self.spread_level,
        })
    }
}
/// A builder for [`FargateProfile`](crate::types::FargateProfile).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FargateProfileBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) fargate_profile_arn: ::std::option::Option<::std::string::String>,
    pub(crate) fargate_profile_name: ::std::option::Option<::std::string::String>,
    pub(crate) pod_execution_role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) selectors: ::std::option::Option<
        ::std::vec::Vec<crate::types::FargateProfileSelector>,
    >,
    pub(crate) status: ::std::option::Option<crate::types::FargateProfileStatus>,
    pub(crate) subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) health: ::std::option::Option<crate::types::FargateProfileHealth>,
}
impl ::std::fmt::Debug for FargateProfileBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FargateProfileBuilder").finish_non_exhaustive()
    }
}
impl FargateProfileBuilder {
    /// See [`FargateProfile::cluster_name`](crate::types::FargateProfile::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`FargateProfile::created_at`](crate::types::FargateProfile::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`FargateProfile::fargate_profile_arn`](crate::types::FargateProfile::fargate_profile_arn).
    pub fn fargate_profile_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fargate_profile_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile_arn`](Self::fargate_profile_arn).
    pub fn set_fargate_profile_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.fargate_profile_arn = input;
        self
    }
    /// See [`FargateProfile::fargate_profile_name`](crate::types::FargateProfile::fargate_profile_name).
    pub fn fargate_profile_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`fargate_profile_name`](Self::fargate_profile_name).
    pub fn set_fargate_profile_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.fargate_profile_name = input;
        self
    }
    /// See [`FargateProfile::pod_execution_role_arn`](crate::types::FargateProfile::pod_execution_role_arn).
    pub fn pod_execution_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pod_execution_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_execution_role_arn`](Self::pod_execution_role_arn).
    pub fn set_pod_execution_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.pod_execution_role_arn = input;
        self
    }
    /// See [`FargateProfile::selectors`](crate::types::FargateProfile::selectors).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn selectors(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfileSelector>,
    ) -> Self {
        self.selectors.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`selectors`](Self::selectors).
    pub fn set_selectors(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::FargateProfileSelector>,
        >,
    ) -> Self {
        self.selectors = input;
        self
    }
    /// See [`FargateProfile::status`](crate::types::FargateProfile::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfileStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::FargateProfileStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`FargateProfile::subnets`](crate::types::FargateProfile::subnets).
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
    /// See [`FargateProfile::tags`](crate::types::FargateProfile::tags).
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
    /// See [`FargateProfile::health`](crate::types::FargateProfile::health).
    pub fn health(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfileHealth>,
    ) -> Self {
        self.health = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`health`](Self::health).
    pub fn set_health(
        mut self,
        input: ::std::option::Option<crate::types::FargateProfileHealth>,
    ) -> Self {
        self.health = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FargateProfile,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FargateProfile {
            cluster_name: self.cluster_name,
            created_at: self.created_at,
            fargate_profile_arn: self.fargate_profile_arn,
            fargate_profile_name: self.fargate_profile_name,
            pod_execution_role_arn: self.pod_execution_role_arn,
            selectors: self.selectors,
            status: self.status,
            subnets: self.subnets,
            tags: self.tags,
            health: self.health,
        })
    }
}
/// A builder for [`FargateProfileHealth`](crate::types::FargateProfileHealth).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FargateProfileHealthBuilder {
    pub(crate) issues: ::std::option::Option<
        ::std::vec::Vec<crate::types::FargateProfileIssue>,
    >,
}
impl ::std::fmt::Debug for FargateProfileHealthBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FargateProfileHealthBuilder").finish_non_exhaustive()
    }
}
impl FargateProfileHealthBuilder {
    /// See [`FargateProfileHealth::issues`](crate::types::FargateProfileHealth::issues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn issues(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfileIssue>,
    ) -> Self {
        self.issues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`issues`](Self::issues).
    pub fn set_issues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::FargateProfileIssue>>,
    ) -> Self {
        self.issues = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FargateProfileHealth,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FargateProfileHealth {
            issues: self.issues,
        })
    }
}
/// A builder for [`FargateProfileIssue`](crate::types::FargateProfileIssue).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FargateProfileIssueBuilder {
    pub(crate) code: ::std::option::Option<crate::types::FargateProfileIssueCode>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) resource_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for FargateProfileIssueBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FargateProfileIssueBuilder").finish_non_exhaustive()
    }
}
impl FargateProfileIssueBuilder {
    /// See [`FargateProfileIssue::code`](crate::types::FargateProfileIssue::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::FargateProfileIssueCode>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::FargateProfileIssueCode>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`FargateProfileIssue::message`](crate::types::FargateProfileIssue::message).
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
    /// See [`FargateProfileIssue::resource_ids`](crate::types::FargateProfileIssue::resource_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resource_ids`](Self::resource_ids).
    pub fn set_resource_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resource_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::FargateProfileIssue,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FargateProfileIssue {
            code: self.code,
            message: self.message,
            resource_ids: self.resource_ids,
        })
    }
}
/// A builder for [`FargateProfileSelector`](crate::types::FargateProfileSelector).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct FargateProfileSelectorBuilder {
    pub(crate) labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for FargateProfileSelectorBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FargateProfileSelectorBuilder").finish_non_exhaustive()
    }
}
impl FargateProfileSelectorBuilder {
    /// See [`FargateProfileSelector::labels`](crate::types::FargateProfileSelector::labels).
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
    /// See [`FargateProfileSelector::namespace`](crate::types::FargateProfileSelector::namespace).
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
    ) -> ::std::result::Result<
        crate::types::FargateProfileSelector,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::FargateProfileSelector {
            labels: self.labels,
            namespace: self.namespace,
        })
    }
}
/// A builder for [`GatewayApiConfiguration`](crate::types::GatewayApiConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GatewayApiConfigurationBuilder {
    pub(crate) crds: ::std::option::Option<crate::types::CrdManagementConfiguration>,
}
impl ::std::fmt::Debug for GatewayApiConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GatewayApiConfigurationBuilder").finish_non_exhaustive()
    }
}
impl GatewayApiConfigurationBuilder {
    /// See [`GatewayApiConfiguration::crds`](crate::types::GatewayApiConfiguration::crds).
    pub fn crds(
        mut self,
        input: impl ::std::convert::Into<crate::types::CrdManagementConfiguration>,
    ) -> Self {
        self.crds = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`crds`](Self::crds).
    pub fn set_crds(
        mut self,
        input: ::std::option::Option<crate::types::CrdManagementConfiguration>,
    ) -> Self {
        self.crds = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GatewayApiConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GatewayApiConfiguration {
            crds: self.crds,
        })
    }
}
/// A builder for [`HorizontalPodAutoscalerControllerConfigRequest`](crate::types::HorizontalPodAutoscalerControllerConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct HorizontalPodAutoscalerControllerConfigRequestBuilder {
    pub(crate) horizontal_pod_autoscaler_sync_period: ::std::option::Option<
        ::std::string::String,
    >,
}
impl ::std::fmt::Debug for HorizontalPodAutoscalerControllerConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HorizontalPodAutoscalerControllerConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl HorizontalPodAutoscalerControllerConfigRequestBuilder {
    /// See [`HorizontalPodAutoscalerControllerConfigRequest::horizontal_pod_autoscaler_sync_period`](crate::types::HorizontalPodAutoscalerControllerConfigRequest::horizontal_pod_autoscaler_sync_period).
    pub fn horizontal_pod_autoscaler_sync_period(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.horizontal_pod_autoscaler_sync_period = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`horizontal_pod_autoscaler_sync_period`](Self::horizontal_pod_autoscaler_sync_period).
    pub fn set_horizontal_pod_autoscaler_sync_period(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.horizontal_pod_autoscaler_sync_period = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::HorizontalPodAutoscalerControllerConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::HorizontalPodAutoscalerControllerConfigRequest {
            horizontal_pod_autoscaler_sync_period: self
                .horizontal_pod_autoscaler_sync_period,
        })
    }
}
/// A builder for [`HorizontalPodAutoscalerControllerConfigResponse`](crate::types::HorizontalPodAutoscalerControllerConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct HorizontalPodAutoscalerControllerConfigResponseBuilder {
    pub(crate) horizontal_pod_autoscaler_sync_period: ::std::option::Option<
        ::std::string::String,
    >,
}
impl ::std::fmt::Debug for HorizontalPodAutoscalerControllerConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HorizontalPodAutoscalerControllerConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl HorizontalPodAutoscalerControllerConfigResponseBuilder {
    /// See [`HorizontalPodAutoscalerControllerConfigResponse::horizontal_pod_autoscaler_sync_period`](crate::types::HorizontalPodAutoscalerControllerConfigResponse::horizontal_pod_autoscaler_sync_period).
    pub fn horizontal_pod_autoscaler_sync_period(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.horizontal_pod_autoscaler_sync_period = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`horizontal_pod_autoscaler_sync_period`](Self::horizontal_pod_autoscaler_sync_period).
    pub fn set_horizontal_pod_autoscaler_sync_period(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.horizontal_pod_autoscaler_sync_period = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::HorizontalPodAutoscalerControllerConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::HorizontalPodAutoscalerControllerConfigResponse {
            horizontal_pod_autoscaler_sync_period: self
                .horizontal_pod_autoscaler_sync_period,
        })
    }
}
/// A builder for [`HorizontalPodAutoscalerControllerVersionConfig`](crate::types::HorizontalPodAutoscalerControllerVersionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct HorizontalPodAutoscalerControllerVersionConfigBuilder {
    pub(crate) horizontal_pod_autoscaler_sync_period: ::std::option::Option<
        crate::types::DurationParameterConfig,
    >,
}
impl ::std::fmt::Debug for HorizontalPodAutoscalerControllerVersionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HorizontalPodAutoscalerControllerVersionConfigBuilder")
            .finish_non_exhaustive()
    }
}
impl HorizontalPodAutoscalerControllerVersionConfigBuilder {
    /// See [`HorizontalPodAutoscalerControllerVersionConfig::horizontal_pod_autoscaler_sync_period`](crate::types::HorizontalPodAutoscalerControllerVersionConfig::horizontal_pod_autoscaler_sync_period).
    pub fn horizontal_pod_autoscaler_sync_period(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurationParameterConfig>,
    ) -> Self {
        self.horizontal_pod_autoscaler_sync_period = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`horizontal_pod_autoscaler_sync_period`](Self::horizontal_pod_autoscaler_sync_period).
    pub fn set_horizontal_pod_autoscaler_sync_period(
        mut self,
        input: ::std::option::Option<crate::types::DurationParameterConfig>,
    ) -> Self {
        self.horizontal_pod_autoscaler_sync_period = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::HorizontalPodAutoscalerControllerVersionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::HorizontalPodAutoscalerControllerVersionConfig {
            horizontal_pod_autoscaler_sync_period: self
                .horizontal_pod_autoscaler_sync_period,
        })
    }
}
/// A builder for [`Identity`](crate::types::Identity).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IdentityBuilder {
    pub(crate) oidc: ::std::option::Option<crate::types::Oidc>,
}
impl ::std::fmt::Debug for IdentityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IdentityBuilder").finish_non_exhaustive()
    }
}
impl IdentityBuilder {
    /// See [`Identity::oidc`](crate::types::Identity::oidc).
    pub fn oidc(mut self, input: impl ::std::convert::Into<crate::types::Oidc>) -> Self {
        self.oidc = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`oidc`](Self::oidc).
    pub fn set_oidc(mut self, input: ::std::option::Option<crate::types::Oidc>) -> Self {
        self.oidc = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Identity, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Identity {
            oidc: self.oidc,
        })
    }
}
/// A builder for [`IdentityProviderConfig`](crate::types::IdentityProviderConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IdentityProviderConfigBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for IdentityProviderConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IdentityProviderConfigBuilder").finish_non_exhaustive()
    }
}
impl IdentityProviderConfigBuilder {
    /// See [`IdentityProviderConfig::name`](crate::types::IdentityProviderConfig::name).
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
    /// See [`IdentityProviderConfig::type`](crate::types::IdentityProviderConfig::type).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::IdentityProviderConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::IdentityProviderConfig {
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("IdentityProviderConfig", "name"),
                )?,
            r#type: self
                .r#type
                .ok_or(
                    crate::runtime::BuildError::missing("IdentityProviderConfig", "type"),
                )?,
        })
    }
}
/// A builder for [`IdentityProviderConfigResponse`](crate::types::IdentityProviderConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IdentityProviderConfigResponseBuilder {
    pub(crate) oidc: ::std::option::Option<crate::types::OidcIdentityProviderConfig>,
}
impl ::std::fmt::Debug for IdentityProviderConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IdentityProviderConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl IdentityProviderConfigResponseBuilder {
    /// See [`IdentityProviderConfigResponse::oidc`](crate::types::IdentityProviderConfigResponse::oidc).
    pub fn oidc(
        mut self,
        input: impl ::std::convert::Into<crate::types::OidcIdentityProviderConfig>,
    ) -> Self {
        self.oidc = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`oidc`](Self::oidc).
    pub fn set_oidc(
        mut self,
        input: ::std::option::Option<crate::types::OidcIdentityProviderConfig>,
    ) -> Self {
        self.oidc = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::IdentityProviderConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::IdentityProviderConfigResponse {
            oidc: self.oidc,
        })
    }
}
/// A builder for [`Insight`](crate::types::Insight).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InsightBuilder {
    pub(crate) additional_info: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) category: ::std::option::Option<crate::types::Category>,
    pub(crate) category_specific_summary: ::std::option::Option<
        crate::types::InsightCategorySpecificSummary,
    >,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) insight_status: ::std::option::Option<crate::types::InsightStatus>,
    pub(crate) kubernetes_version: ::std::option::Option<::std::string::String>,
    pub(crate) last_refresh_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) last_transition_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) recommendation: ::std::option::Option<::std::string::String>,
    pub(crate) resources: ::std::option::Option<
        ::std::vec::Vec<crate::types::InsightResourceDetail>,
    >,
}
impl ::std::fmt::Debug for InsightBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InsightBuilder").finish_non_exhaustive()
    }
}
impl InsightBuilder {
    /// See [`Insight::additional_info`](crate::types::Insight::additional_info).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn additional_info(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.additional_info
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`additional_info`](Self::additional_info).
    pub fn set_additional_info(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.additional_info = input;
        self
    }
    /// See [`Insight::category`](crate::types::Insight::category).
    pub fn category(
        mut self,
        input: impl ::std::convert::Into<crate::types::Category>,
    ) -> Self {
        self.category = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`category`](Self::category).
    pub fn set_category(
        mut self,
        input: ::std::option::Option<crate::types::Category>,
    ) -> Self {
        self.category = input;
        self
    }
    /// See [`Insight::category_specific_summary`](crate::types::Insight::category_specific_summary).
    pub fn category_specific_summary(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightCategorySpecificSummary>,
    ) -> Self {
        self.category_specific_summary = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`category_specific_summary`](Self::category_specific_summary).
    pub fn set_category_specific_summary(
        mut self,
        input: ::std::option::Option<crate::types::InsightCategorySpecificSummary>,
    ) -> Self {
        self.category_specific_summary = input;
        self
    }
    /// See [`Insight::description`](crate::types::Insight::description).
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
    /// See [`Insight::id`](crate::types::Insight::id).
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
    /// See [`Insight::insight_status`](crate::types::Insight::insight_status).
    pub fn insight_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightStatus>,
    ) -> Self {
        self.insight_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`insight_status`](Self::insight_status).
    pub fn set_insight_status(
        mut self,
        input: ::std::option::Option<crate::types::InsightStatus>,
    ) -> Self {
        self.insight_status = input;
        self
    }
    /// See [`Insight::kubernetes_version`](crate::types::Insight::kubernetes_version).
    pub fn kubernetes_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_version`](Self::kubernetes_version).
    pub fn set_kubernetes_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = input;
        self
    }
    /// See [`Insight::last_refresh_time`](crate::types::Insight::last_refresh_time).
    pub fn last_refresh_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_refresh_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_refresh_time`](Self::last_refresh_time).
    pub fn set_last_refresh_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_refresh_time = input;
        self
    }
    /// See [`Insight::last_transition_time`](crate::types::Insight::last_transition_time).
    pub fn last_transition_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_transition_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_transition_time`](Self::last_transition_time).
    pub fn set_last_transition_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_transition_time = input;
        self
    }
    /// See [`Insight::name`](crate::types::Insight::name).
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
    /// See [`Insight::recommendation`](crate::types::Insight::recommendation).
    pub fn recommendation(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.recommendation = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`recommendation`](Self::recommendation).
    pub fn set_recommendation(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.recommendation = input;
        self
    }
    /// See [`Insight::resources`](crate::types::Insight::resources).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightResourceDetail>,
    ) -> Self {
        self.resources.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::InsightResourceDetail>,
        >,
    ) -> Self {
        self.resources = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Insight, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Insight {
            additional_info: self.additional_info,
            category: self.category,
            category_specific_summary: self.category_specific_summary,
            description: self.description,
            id: self.id,
            insight_status: self.insight_status,
            kubernetes_version: self.kubernetes_version,
            last_refresh_time: self.last_refresh_time,
            last_transition_time: self.last_transition_time,
            name: self.name,
            recommendation: self.recommendation,
            resources: self.resources,
        })
    }
}
/// A builder for [`InsightCategorySpecificSummary`](crate::types::InsightCategorySpecificSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InsightCategorySpecificSummaryBuilder {
    pub(crate) addon_compatibility_details: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonCompatibilityDetail>,
    >,
    pub(crate) deprecation_details: ::std::option::Option<
        ::std::vec::Vec<crate::types::DeprecationDetail>,
    >,
}
impl ::std::fmt::Debug for InsightCategorySpecificSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InsightCategorySpecificSummaryBuilder").finish_non_exhaustive()
    }
}
impl InsightCategorySpecificSummaryBuilder {
    /// See [`InsightCategorySpecificSummary::addon_compatibility_details`](crate::types::InsightCategorySpecificSummary::addon_compatibility_details).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn addon_compatibility_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonCompatibilityDetail>,
    ) -> Self {
        self.addon_compatibility_details
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`addon_compatibility_details`](Self::addon_compatibility_details).
    pub fn set_addon_compatibility_details(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AddonCompatibilityDetail>,
        >,
    ) -> Self {
        self.addon_compatibility_details = input;
        self
    }
    /// See [`InsightCategorySpecificSummary::deprecation_details`](crate::types::InsightCategorySpecificSummary::deprecation_details).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn deprecation_details(
        mut self,
        input: impl ::std::convert::Into<crate::types::DeprecationDetail>,
    ) -> Self {
        self.deprecation_details
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`deprecation_details`](Self::deprecation_details).
    pub fn set_deprecation_details(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DeprecationDetail>>,
    ) -> Self {
        self.deprecation_details = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InsightCategorySpecificSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InsightCategorySpecificSummary {
            addon_compatibility_details: self.addon_compatibility_details,
            deprecation_details: self.deprecation_details,
        })
    }
}
/// A builder for [`InsightResourceDetail`](crate::types::InsightResourceDetail).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InsightResourceDetailBuilder {
    pub(crate) arn: ::std::option::Option<::std::string::String>,
    pub(crate) insight_status: ::std::option::Option<crate::types::InsightStatus>,
    pub(crate) kubernetes_resource_uri: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InsightResourceDetailBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InsightResourceDetailBuilder").finish_non_exhaustive()
    }
}
impl InsightResourceDetailBuilder {
    /// See [`InsightResourceDetail::arn`](crate::types::InsightResourceDetail::arn).
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
    /// See [`InsightResourceDetail::insight_status`](crate::types::InsightResourceDetail::insight_status).
    pub fn insight_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightStatus>,
    ) -> Self {
        self.insight_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`insight_status`](Self::insight_status).
    pub fn set_insight_status(
        mut self,
        input: ::std::option::Option<crate::types::InsightStatus>,
    ) -> Self {
        self.insight_status = input;
        self
    }
    /// See [`InsightResourceDetail::kubernetes_resource_uri`](crate::types::InsightResourceDetail::kubernetes_resource_uri).
    pub fn kubernetes_resource_uri(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_resource_uri = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_resource_uri`](Self::kubernetes_resource_uri).
    pub fn set_kubernetes_resource_uri(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kubernetes_resource_uri = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InsightResourceDetail,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InsightResourceDetail {
            arn: self.arn,
            insight_status: self.insight_status,
            kubernetes_resource_uri: self.kubernetes_resource_uri,
        })
    }
}
/// A builder for [`InsightStatus`](crate::types::InsightStatus).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InsightStatusBuilder {
    pub(crate) reason: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::InsightStatusValue>,
}
impl ::std::fmt::Debug for InsightStatusBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InsightStatusBuilder").finish_non_exhaustive()
    }
}
impl InsightStatusBuilder {
    /// See [`InsightStatus::reason`](crate::types::InsightStatus::reason).
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
    /// See [`InsightStatus::status`](crate::types::InsightStatus::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightStatusValue>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::InsightStatusValue>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::InsightStatus, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::InsightStatus {
            reason: self.reason,
            status: self.status,
        })
    }
}
/// A builder for [`InsightSummary`](crate::types::InsightSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InsightSummaryBuilder {
    pub(crate) category: ::std::option::Option<crate::types::Category>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) insight_status: ::std::option::Option<crate::types::InsightStatus>,
    pub(crate) kubernetes_version: ::std::option::Option<::std::string::String>,
    pub(crate) last_refresh_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) last_transition_time: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InsightSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InsightSummaryBuilder").finish_non_exhaustive()
    }
}
impl InsightSummaryBuilder {
    /// See [`InsightSummary::category`](crate::types::InsightSummary::category).
    pub fn category(
        mut self,
        input: impl ::std::convert::Into<crate::types::Category>,
    ) -> Self {
        self.category = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`category`](Self::category).
    pub fn set_category(
        mut self,
        input: ::std::option::Option<crate::types::Category>,
    ) -> Self {
        self.category = input;
        self
    }
    /// See [`InsightSummary::description`](crate::types::InsightSummary::description).
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
    /// See [`InsightSummary::id`](crate::types::InsightSummary::id).
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
    /// See [`InsightSummary::insight_status`](crate::types::InsightSummary::insight_status).
    pub fn insight_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightStatus>,
    ) -> Self {
        self.insight_status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`insight_status`](Self::insight_status).
    pub fn set_insight_status(
        mut self,
        input: ::std::option::Option<crate::types::InsightStatus>,
    ) -> Self {
        self.insight_status = input;
        self
    }
    /// See [`InsightSummary::kubernetes_version`](crate::types::InsightSummary::kubernetes_version).
    pub fn kubernetes_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_version`](Self::kubernetes_version).
    pub fn set_kubernetes_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = input;
        self
    }
    /// See [`InsightSummary::last_refresh_time`](crate::types::InsightSummary::last_refresh_time).
    pub fn last_refresh_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_refresh_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_refresh_time`](Self::last_refresh_time).
    pub fn set_last_refresh_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_refresh_time = input;
        self
    }
    /// See [`InsightSummary::last_transition_time`](crate::types::InsightSummary::last_transition_time).
    pub fn last_transition_time(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_transition_time = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_transition_time`](Self::last_transition_time).
    pub fn set_last_transition_time(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.last_transition_time = input;
        self
    }
    /// See [`InsightSummary::name`](crate::types::InsightSummary::name).
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
        crate::types::InsightSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InsightSummary {
            category: self.category,
            description: self.description,
            id: self.id,
            insight_status: self.insight_status,
            kubernetes_version: self.kubernetes_version,
            last_refresh_time: self.last_refresh_time,
            last_transition_time: self.last_transition_time,
            name: self.name,
        })
    }
}
/// A builder for [`InsightsFilter`](crate::types::InsightsFilter).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InsightsFilterBuilder {
    pub(crate) categories: ::std::option::Option<
        ::std::vec::Vec<crate::types::Category>,
    >,
    pub(crate) kubernetes_versions: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) statuses: ::std::option::Option<
        ::std::vec::Vec<crate::types::InsightStatusValue>,
    >,
}
impl ::std::fmt::Debug for InsightsFilterBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InsightsFilterBuilder").finish_non_exhaustive()
    }
}
impl InsightsFilterBuilder {
    /// See [`InsightsFilter::categories`](crate::types::InsightsFilter::categories).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn categories(
        mut self,
        input: impl ::std::convert::Into<crate::types::Category>,
    ) -> Self {
        self.categories.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`categories`](Self::categories).
    pub fn set_categories(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Category>>,
    ) -> Self {
        self.categories = input;
        self
    }
    /// See [`InsightsFilter::kubernetes_versions`](crate::types::InsightsFilter::kubernetes_versions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn kubernetes_versions(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_versions
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`kubernetes_versions`](Self::kubernetes_versions).
    pub fn set_kubernetes_versions(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.kubernetes_versions = input;
        self
    }
    /// See [`InsightsFilter::statuses`](crate::types::InsightsFilter::statuses).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn statuses(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightStatusValue>,
    ) -> Self {
        self.statuses.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`statuses`](Self::statuses).
    pub fn set_statuses(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::InsightStatusValue>>,
    ) -> Self {
        self.statuses = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InsightsFilter,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InsightsFilter {
            categories: self.categories,
            kubernetes_versions: self.kubernetes_versions,
            statuses: self.statuses,
        })
    }
}
/// A builder for [`IntegerConstraints`](crate::types::IntegerConstraints).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IntegerConstraintsBuilder {
    pub(crate) max: ::std::option::Option<i64>,
    pub(crate) min: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for IntegerConstraintsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IntegerConstraintsBuilder").finish_non_exhaustive()
    }
}
impl IntegerConstraintsBuilder {
    /// See [`IntegerConstraints::max`](crate::types::IntegerConstraints::max).
    pub fn max(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max`](Self::max).
    pub fn set_max(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max = input;
        self
    }
    /// See [`IntegerConstraints::min`](crate::types::IntegerConstraints::min).
    pub fn min(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.min = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min`](Self::min).
    pub fn set_min(mut self, input: ::std::option::Option<i64>) -> Self {
        self.min = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::IntegerConstraints,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::IntegerConstraints {
            max: self.max,
            min: self.min,
        })
    }
}
/// A builder for [`IntegerParameterConfig`](crate::types::IntegerParameterConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IntegerParameterConfigBuilder {
    pub(crate) constraints: ::std::option::Option<crate::types::IntegerConstraints>,
    pub(crate) default_value: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for IntegerParameterConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IntegerParameterConfigBuilder").finish_non_exhaustive()
    }
}
impl IntegerParameterConfigBuilder {
    /// See [`IntegerParameterConfig::constraints`](crate::types::IntegerParameterConfig::constraints).
    pub fn constraints(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegerConstraints>,
    ) -> Self {
        self.constraints = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`constraints`](Self::constraints).
    pub fn set_constraints(
        mut self,
        input: ::std::option::Option<crate::types::IntegerConstraints>,
    ) -> Self {
        self.constraints = input;
        self
    }
    /// See [`IntegerParameterConfig::default_value`](crate::types::IntegerParameterConfig::default_value).
    pub fn default_value(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.default_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_value`](Self::default_value).
    pub fn set_default_value(mut self, input: ::std::option::Option<i64>) -> Self {
        self.default_value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::IntegerParameterConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::IntegerParameterConfig {
            constraints: self.constraints,
            default_value: self.default_value,
        })
    }
}
/// A builder for [`IntegerRangeConstraint`](crate::types::IntegerRangeConstraint).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IntegerRangeConstraintBuilder {
    pub(crate) max: ::std::option::Option<i64>,
    pub(crate) min: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for IntegerRangeConstraintBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IntegerRangeConstraintBuilder").finish_non_exhaustive()
    }
}
impl IntegerRangeConstraintBuilder {
    /// See [`IntegerRangeConstraint::max`](crate::types::IntegerRangeConstraint::max).
    pub fn max(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max`](Self::max).
    pub fn set_max(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max = input;
        self
    }
    /// See [`IntegerRangeConstraint::min`](crate::types::IntegerRangeConstraint::min).
    pub fn min(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.min = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min`](Self::min).
    pub fn set_min(mut self, input: ::std::option::Option<i64>) -> Self {
        self.min = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::IntegerRangeConstraint,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::IntegerRangeConstraint {
            max: self.max,
            min: self.min,
        })
    }
}
/// A builder for [`Issue`](crate::types::Issue).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct IssueBuilder {
    pub(crate) code: ::std::option::Option<crate::types::NodegroupIssueCode>,
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) resource_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for IssueBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("IssueBuilder").finish_non_exhaustive()
    }
}
impl IssueBuilder {
    /// See [`Issue::code`](crate::types::Issue::code).
    pub fn code(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupIssueCode>,
    ) -> Self {
        self.code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`code`](Self::code).
    pub fn set_code(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupIssueCode>,
    ) -> Self {
        self.code = input;
        self
    }
    /// See [`Issue::message`](crate::types::Issue::message).
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
    /// See [`Issue::resource_ids`](crate::types::Issue::resource_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resource_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resource_ids`](Self::resource_ids).
    pub fn set_resource_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.resource_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Issue, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Issue {
            code: self.code,
            message: self.message,
            resource_ids: self.resource_ids,
        })
    }
}
/// A builder for [`KubeApiServerConfigRequest`](crate::types::KubeApiServerConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeApiServerConfigRequestBuilder {
    pub(crate) event_ttl: ::std::option::Option<::std::string::String>,
    pub(crate) service_node_port_range: ::std::option::Option<
        crate::types::ServiceNodePortRange,
    >,
}
impl ::std::fmt::Debug for KubeApiServerConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeApiServerConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl KubeApiServerConfigRequestBuilder {
    /// See [`KubeApiServerConfigRequest::event_ttl`](crate::types::KubeApiServerConfigRequest::event_ttl).
    pub fn event_ttl(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_ttl = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_ttl`](Self::event_ttl).
    pub fn set_event_ttl(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_ttl = input;
        self
    }
    /// See [`KubeApiServerConfigRequest::service_node_port_range`](crate::types::KubeApiServerConfigRequest::service_node_port_range).
    pub fn service_node_port_range(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceNodePortRange>,
    ) -> Self {
        self.service_node_port_range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_node_port_range`](Self::service_node_port_range).
    pub fn set_service_node_port_range(
        mut self,
        input: ::std::option::Option<crate::types::ServiceNodePortRange>,
    ) -> Self {
        self.service_node_port_range = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeApiServerConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeApiServerConfigRequest {
            event_ttl: self.event_ttl,
            service_node_port_range: self.service_node_port_range,
        })
    }
}
/// A builder for [`KubeApiServerConfigResponse`](crate::types::KubeApiServerConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeApiServerConfigResponseBuilder {
    pub(crate) event_ttl: ::std::option::Option<::std::string::String>,
    pub(crate) service_node_port_range: ::std::option::Option<
        crate::types::ServiceNodePortRange,
    >,
}
impl ::std::fmt::Debug for KubeApiServerConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeApiServerConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl KubeApiServerConfigResponseBuilder {
    /// See [`KubeApiServerConfigResponse::event_ttl`](crate::types::KubeApiServerConfigResponse::event_ttl).
    pub fn event_ttl(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_ttl = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_ttl`](Self::event_ttl).
    pub fn set_event_ttl(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.event_ttl = input;
        self
    }
    /// See [`KubeApiServerConfigResponse::service_node_port_range`](crate::types::KubeApiServerConfigResponse::service_node_port_range).
    pub fn service_node_port_range(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceNodePortRange>,
    ) -> Self {
        self.service_node_port_range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_node_port_range`](Self::service_node_port_range).
    pub fn set_service_node_port_range(
        mut self,
        input: ::std::option::Option<crate::types::ServiceNodePortRange>,
    ) -> Self {
        self.service_node_port_range = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeApiServerConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeApiServerConfigResponse {
            event_ttl: self.event_ttl,
            service_node_port_range: self.service_node_port_range,
        })
    }
}
/// A builder for [`KubeApiServerVersionConfig`](crate::types::KubeApiServerVersionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeApiServerVersionConfigBuilder {
    pub(crate) event_ttl: ::std::option::Option<crate::types::DurationParameterConfig>,
    pub(crate) service_node_port_range: ::std::option::Option<
        crate::types::PortRangeParameterConfig,
    >,
}
impl ::std::fmt::Debug for KubeApiServerVersionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeApiServerVersionConfigBuilder").finish_non_exhaustive()
    }
}
impl KubeApiServerVersionConfigBuilder {
    /// See [`KubeApiServerVersionConfig::event_ttl`](crate::types::KubeApiServerVersionConfig::event_ttl).
    pub fn event_ttl(
        mut self,
        input: impl ::std::convert::Into<crate::types::DurationParameterConfig>,
    ) -> Self {
        self.event_ttl = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`event_ttl`](Self::event_ttl).
    pub fn set_event_ttl(
        mut self,
        input: ::std::option::Option<crate::types::DurationParameterConfig>,
    ) -> Self {
        self.event_ttl = input;
        self
    }
    /// See [`KubeApiServerVersionConfig::service_node_port_range`](crate::types::KubeApiServerVersionConfig::service_node_port_range).
    pub fn service_node_port_range(
        mut self,
        input: impl ::std::convert::Into<crate::types::PortRangeParameterConfig>,
    ) -> Self {
        self.service_node_port_range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_node_port_range`](Self::service_node_port_range).
    pub fn set_service_node_port_range(
        mut self,
        input: ::std::option::Option<crate::types::PortRangeParameterConfig>,
    ) -> Self {
        self.service_node_port_range = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeApiServerVersionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeApiServerVersionConfig {
            event_ttl: self.event_ttl,
            service_node_port_range: self.service_node_port_range,
        })
    }
}
/// A builder for [`KubeControllerManagerConfigRequest`](crate::types::KubeControllerManagerConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeControllerManagerConfigRequestBuilder {
    pub(crate) horizontal_pod_autoscaler_controller_config: ::std::option::Option<
        crate::types::HorizontalPodAutoscalerControllerConfigRequest,
    >,
    pub(crate) pod_gc_controller_config: ::std::option::Option<
        crate::types::PodGcControllerConfigRequest,
    >,
}
impl ::std::fmt::Debug for KubeControllerManagerConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeControllerManagerConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl KubeControllerManagerConfigRequestBuilder {
    /// See [`KubeControllerManagerConfigRequest::horizontal_pod_autoscaler_controller_config`](crate::types::KubeControllerManagerConfigRequest::horizontal_pod_autoscaler_controller_config).
    pub fn horizontal_pod_autoscaler_controller_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::HorizontalPodAutoscalerControllerConfigRequest,
        >,
    ) -> Self {
        self.horizontal_pod_autoscaler_controller_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`horizontal_pod_autoscaler_controller_config`](Self::horizontal_pod_autoscaler_controller_config).
    pub fn set_horizontal_pod_autoscaler_controller_config(
        mut self,
        input: ::std::option::Option<
            crate::types::HorizontalPodAutoscalerControllerConfigRequest,
        >,
    ) -> Self {
        self.horizontal_pod_autoscaler_controller_config = input;
        self
    }
    /// See [`KubeControllerManagerConfigRequest::pod_gc_controller_config`](crate::types::KubeControllerManagerConfigRequest::pod_gc_controller_config).
    pub fn pod_gc_controller_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodGcControllerConfigRequest>,
    ) -> Self {
        self.pod_gc_controller_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_gc_controller_config`](Self::pod_gc_controller_config).
    pub fn set_pod_gc_controller_config(
        mut self,
        input: ::std::option::Option<crate::types::PodGcControllerConfigRequest>,
    ) -> Self {
        self.pod_gc_controller_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeControllerManagerConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeControllerManagerConfigRequest {
            horizontal_pod_autoscaler_controller_config: self
                .horizontal_pod_autoscaler_controller_config,
            pod_gc_controller_config: self.pod_gc_controller_config,
        })
    }
}
/// A builder for [`KubeControllerManagerConfigResponse`](crate::types::KubeControllerManagerConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeControllerManagerConfigResponseBuilder {
    pub(crate) horizontal_pod_autoscaler_controller_config: ::std::option::Option<
        crate::types::HorizontalPodAutoscalerControllerConfigResponse,
    >,
    pub(crate) pod_gc_controller_config: ::std::option::Option<
        crate::types::PodGcControllerConfigResponse,
    >,
}
impl ::std::fmt::Debug for KubeControllerManagerConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeControllerManagerConfigResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl KubeControllerManagerConfigResponseBuilder {
    /// See [`KubeControllerManagerConfigResponse::horizontal_pod_autoscaler_controller_config`](crate::types::KubeControllerManagerConfigResponse::horizontal_pod_autoscaler_controller_config).
    pub fn horizontal_pod_autoscaler_controller_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::HorizontalPodAutoscalerControllerConfigResponse,
        >,
    ) -> Self {
        self.horizontal_pod_autoscaler_controller_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`horizontal_pod_autoscaler_controller_config`](Self::horizontal_pod_autoscaler_controller_config).
    pub fn set_horizontal_pod_autoscaler_controller_config(
        mut self,
        input: ::std::option::Option<
            crate::types::HorizontalPodAutoscalerControllerConfigResponse,
        >,
    ) -> Self {
        self.horizontal_pod_autoscaler_controller_config = input;
        self
    }
    /// See [`KubeControllerManagerConfigResponse::pod_gc_controller_config`](crate::types::KubeControllerManagerConfigResponse::pod_gc_controller_config).
    pub fn pod_gc_controller_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodGcControllerConfigResponse>,
    ) -> Self {
        self.pod_gc_controller_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_gc_controller_config`](Self::pod_gc_controller_config).
    pub fn set_pod_gc_controller_config(
        mut self,
        input: ::std::option::Option<crate::types::PodGcControllerConfigResponse>,
    ) -> Self {
        self.pod_gc_controller_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeControllerManagerConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeControllerManagerConfigResponse {
            horizontal_pod_autoscaler_controller_config: self
                .horizontal_pod_autoscaler_controller_config,
            pod_gc_controller_config: self.pod_gc_controller_config,
        })
    }
}
/// A builder for [`KubeControllerManagerVersionConfig`](crate::types::KubeControllerManagerVersionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeControllerManagerVersionConfigBuilder {
    pub(crate) horizontal_pod_autoscaler_controller_config: ::std::option::Option<
        crate::types::HorizontalPodAutoscalerControllerVersionConfig,
    >,
    pub(crate) pod_gc_controller_config: ::std::option::Option<
        crate::types::PodGcControllerVersionConfig,
    >,
}
impl ::std::fmt::Debug for KubeControllerManagerVersionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeControllerManagerVersionConfigBuilder")
            .finish_non_exhaustive()
    }
}
impl KubeControllerManagerVersionConfigBuilder {
    /// See [`KubeControllerManagerVersionConfig::horizontal_pod_autoscaler_controller_config`](crate::types::KubeControllerManagerVersionConfig::horizontal_pod_autoscaler_controller_config).
    pub fn horizontal_pod_autoscaler_controller_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::HorizontalPodAutoscalerControllerVersionConfig,
        >,
    ) -> Self {
        self.horizontal_pod_autoscaler_controller_config = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`horizontal_pod_autoscaler_controller_config`](Self::horizontal_pod_autoscaler_controller_config).
    pub fn set_horizontal_pod_autoscaler_controller_config(
        mut self,
        input: ::std::option::Option<
            crate::types::HorizontalPodAutoscalerControllerVersionConfig,
        >,
    ) -> Self {
        self.horizontal_pod_autoscaler_controller_config = input;
        self
    }
    /// See [`KubeControllerManagerVersionConfig::pod_gc_controller_config`](crate::types::KubeControllerManagerVersionConfig::pod_gc_controller_config).
    pub fn pod_gc_controller_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodGcControllerVersionConfig>,
    ) -> Self {
        self.pod_gc_controller_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pod_gc_controller_config`](Self::pod_gc_controller_config).
    pub fn set_pod_gc_controller_config(
        mut self,
        input: ::std::option::Option<crate::types::PodGcControllerVersionConfig>,
    ) -> Self {
        self.pod_gc_controller_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeControllerManagerVersionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeControllerManagerVersionConfig {
            horizontal_pod_autoscaler_controller_config: self
                .horizontal_pod_autoscaler_controller_config,
            pod_gc_controller_config: self.pod_gc_controller_config,
        })
    }
}
/// A builder for [`KubeSchedulerConfigRequest`](crate::types::KubeSchedulerConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeSchedulerConfigRequestBuilder {
    pub(crate) node_resources_fit: ::std::option::Option<
        crate::types::NodeResourcesFitConfig,
    >,
}
impl ::std::fmt::Debug for KubeSchedulerConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeSchedulerConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl KubeSchedulerConfigRequestBuilder {
    /// See [`KubeSchedulerConfigRequest::node_resources_fit`](crate::types::KubeSchedulerConfigRequest::node_resources_fit).
    pub fn node_resources_fit(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeResourcesFitConfig>,
    ) -> Self {
        self.node_resources_fit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_resources_fit`](Self::node_resources_fit).
    pub fn set_node_resources_fit(
        mut self,
        input: ::std::option::Option<crate::types::NodeResourcesFitConfig>,
    ) -> Self {
        self.node_resources_fit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeSchedulerConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeSchedulerConfigRequest {
            node_resources_fit: self.node_resources_fit,
        })
    }
}
/// A builder for [`KubeSchedulerConfigResponse`](crate::types::KubeSchedulerConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeSchedulerConfigResponseBuilder {
    pub(crate) node_resources_fit: ::std::option::Option<
        crate::types::NodeResourcesFitConfig,
    >,
}
impl ::std::fmt::Debug for KubeSchedulerConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeSchedulerConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl KubeSchedulerConfigResponseBuilder {
    /// See [`KubeSchedulerConfigResponse::node_resources_fit`](crate::types::KubeSchedulerConfigResponse::node_resources_fit).
    pub fn node_resources_fit(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeResourcesFitConfig>,
    ) -> Self {
        self.node_resources_fit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_resources_fit`](Self::node_resources_fit).
    pub fn set_node_resources_fit(
        mut self,
        input: ::std::option::Option<crate::types::NodeResourcesFitConfig>,
    ) -> Self {
        self.node_resources_fit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeSchedulerConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeSchedulerConfigResponse {
            node_resources_fit: self.node_resources_fit,
        })
    }
}
/// A builder for [`KubeSchedulerVersionConfig`](crate::types::KubeSchedulerVersionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubeSchedulerVersionConfigBuilder {
    pub(crate) node_resources_fit: ::std::option::Option<
        crate::types::NodeResourcesFitVersionConfig,
    >,
}
impl ::std::fmt::Debug for KubeSchedulerVersionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubeSchedulerVersionConfigBuilder").finish_non_exhaustive()
    }
}
impl KubeSchedulerVersionConfigBuilder {
    /// See [`KubeSchedulerVersionConfig::node_resources_fit`](crate::types::KubeSchedulerVersionConfig::node_resources_fit).
    pub fn node_resources_fit(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeResourcesFitVersionConfig>,
    ) -> Self {
        self.node_resources_fit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_resources_fit`](Self::node_resources_fit).
    pub fn set_node_resources_fit(
        mut self,
        input: ::std::option::Option<crate::types::NodeResourcesFitVersionConfig>,
    ) -> Self {
        self.node_resources_fit = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubeSchedulerVersionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubeSchedulerVersionConfig {
            node_resources_fit: self.node_resources_fit,
        })
    }
}
/// A builder for [`KubernetesNetworkConfigRequest`](crate::types::KubernetesNetworkConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubernetesNetworkConfigRequestBuilder {
    pub(crate) ip_family: ::std::option::Option<crate::types::IpFamily>,
    pub(crate) service_ipv4_cidr: ::std::option::Option<::std::string::String>,
    pub(crate) elastic_load_balancing: ::std::option::Option<
        crate::types::ElasticLoadBalancing,
    >,
}
impl ::std::fmt::Debug for KubernetesNetworkConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubernetesNetworkConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl KubernetesNetworkConfigRequestBuilder {
    /// See [`KubernetesNetworkConfigRequest::ip_family`](crate::types::KubernetesNetworkConfigRequest::ip_family).
    pub fn ip_family(
        mut self,
        input: impl ::std::convert::Into<crate::types::IpFamily>,
    ) -> Self {
        self.ip_family = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ip_family`](Self::ip_family).
    pub fn set_ip_family(
        mut self,
        input: ::std::option::Option<crate::types::IpFamily>,
    ) -> Self {
        self.ip_family = input;
        self
    }
    /// See [`KubernetesNetworkConfigRequest::service_ipv4_cidr`](crate::types::KubernetesNetworkConfigRequest::service_ipv4_cidr).
    pub fn service_ipv4_cidr(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_ipv4_cidr = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_ipv4_cidr`](Self::service_ipv4_cidr).
    pub fn set_service_ipv4_cidr(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_ipv4_cidr = input;
        self
    }
    /// See [`KubernetesNetworkConfigRequest::elastic_load_balancing`](crate::types::KubernetesNetworkConfigRequest::elastic_load_balancing).
    pub fn elastic_load_balancing(
        mut self,
        input: impl ::std::convert::Into<crate::types::ElasticLoadBalancing>,
    ) -> Self {
        self.elastic_load_balancing = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`elastic_load_balancing`](Self::elastic_load_balancing).
    pub fn set_elastic_load_balancing(
        mut self,
        input: ::std::option::Option<crate::types::ElasticLoadBalancing>,
    ) -> Self {
        self.elastic_load_balancing = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubernetesNetworkConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubernetesNetworkConfigRequest {
            ip_family: self.ip_family,
            service_ipv4_cidr: self.service_ipv4_cidr,
            elastic_load_balancing: self.elastic_load_balancing,
        })
    }
}
/// A builder for [`KubernetesNetworkConfigResponse`](crate::types::KubernetesNetworkConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct KubernetesNetworkConfigResponseBuilder {
    pub(crate) ip_family: ::std::option::Option<crate::types::IpFamily>,
    pub(crate) service_ipv4_cidr: ::std::option::Option<::std::string::String>,
    pub(crate) service_ipv6_cidr: ::std::option::Option<::std::string::String>,
    pub(crate) elastic_load_balancing: ::std::option::Option<
        crate::types::ElasticLoadBalancing,
    >,
}
impl ::std::fmt::Debug for KubernetesNetworkConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KubernetesNetworkConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl KubernetesNetworkConfigResponseBuilder {
    /// See [`KubernetesNetworkConfigResponse::ip_family`](crate::types::KubernetesNetworkConfigResponse::ip_family).
    pub fn ip_family(
        mut self,
        input: impl ::std::convert::Into<crate::types::IpFamily>,
    ) -> Self {
        self.ip_family = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ip_family`](Self::ip_family).
    pub fn set_ip_family(
        mut self,
        input: ::std::option::Option<crate::types::IpFamily>,
    ) -> Self {
        self.ip_family = input;
        self
    }
    /// See [`KubernetesNetworkConfigResponse::service_ipv4_cidr`](crate::types::KubernetesNetworkConfigResponse::service_ipv4_cidr).
    pub fn service_ipv4_cidr(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_ipv4_cidr = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_ipv4_cidr`](Self::service_ipv4_cidr).
    pub fn set_service_ipv4_cidr(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_ipv4_cidr = input;
        self
    }
    /// See [`KubernetesNetworkConfigResponse::service_ipv6_cidr`](crate::types::KubernetesNetworkConfigResponse::service_ipv6_cidr).
    pub fn service_ipv6_cidr(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_ipv6_cidr = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_ipv6_cidr`](Self::service_ipv6_cidr).
    pub fn set_service_ipv6_cidr(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_ipv6_cidr = input;
        self
    }
    /// See [`KubernetesNetworkConfigResponse::elastic_load_balancing`](crate::types::KubernetesNetworkConfigResponse::elastic_load_balancing).
    pub fn elastic_load_balancing(
        mut self,
        input: impl ::std::convert::Into<crate::types::ElasticLoadBalancing>,
    ) -> Self {
        self.elastic_load_balancing = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`elastic_load_balancing`](Self::elastic_load_balancing).
    pub fn set_elastic_load_balancing(
        mut self,
        input: ::std::option::Option<crate::types::ElasticLoadBalancing>,
    ) -> Self {
        self.elastic_load_balancing = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::KubernetesNetworkConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::KubernetesNetworkConfigResponse {
            ip_family: self.ip_family,
            service_ipv4_cidr: self.service_ipv4_cidr,
            service_ipv6_cidr: self.service_ipv6_cidr,
            elastic_load_balancing: self.elastic_load_balancing,
        })
    }
}
/// A builder for [`LaunchTemplateSpecification`](crate::types::LaunchTemplateSpecification).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LaunchTemplateSpecificationBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LaunchTemplateSpecificationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LaunchTemplateSpecificationBuilder").finish_non_exhaustive()
    }
}
impl LaunchTemplateSpecificationBuilder {
    /// See [`LaunchTemplateSpecification::id`](crate::types::LaunchTemplateSpecification::id).
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
    /// See [`LaunchTemplateSpecification::name`](crate::types::LaunchTemplateSpecification::name).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::LaunchTemplateSpecification,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::LaunchTemplateSpecification {
            id: self.id,
            name: self.name,
            version: self.version,
        })
    }
}
/// A builder for [`License`](crate::types::License).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LicenseBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LicenseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LicenseBuilder").finish_non_exhaustive()
    }
}
impl LicenseBuilder {
    /// See [`License::id`](crate::types::License::id).
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
    /// See [`License::token`](crate::types::License::token).
    pub fn token(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`token`](Self::token).
    pub fn set_token(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.token = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::License, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::License {
            id: self.id,
            token: self.token,
        })
    }
}
/// A builder for [`ListAccessEntriesRequest`](crate::types::ListAccessEntriesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAccessEntriesRequestBuilder {
    pub(crate) associated_policy_arn: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAccessEntriesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccessEntriesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListAccessEntriesRequestBuilder {
    /// See [`ListAccessEntriesRequest::associated_policy_arn`](crate::types::ListAccessEntriesRequest::associated_policy_arn).
    pub fn associated_policy_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.associated_policy_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`associated_policy_arn`](Self::associated_policy_arn).
    pub fn set_associated_policy_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.associated_policy_arn = input;
        self
    }
    /// See [`ListAccessEntriesRequest::cluster_name`](crate::types::ListAccessEntriesRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListAccessEntriesRequest::max_results`](crate::types::ListAccessEntriesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListAccessEntriesRequest::next_token`](crate::types::ListAccessEntriesRequest::next_token).
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
        crate::types::ListAccessEntriesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAccessEntriesRequest {
            associated_policy_arn: self.associated_policy_arn,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListAccessEntriesRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListAccessEntriesResponse`](crate::types::ListAccessEntriesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAccessEntriesResponseBuilder {
    pub(crate) access_entries: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAccessEntriesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccessEntriesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListAccessEntriesResponseBuilder {
    /// See [`ListAccessEntriesResponse::access_entries`](crate::types::ListAccessEntriesResponse::access_entries).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn access_entries(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_entries.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`access_entries`](Self::access_entries).
    pub fn set_access_entries(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.access_entries = input;
        self
    }
    /// See [`ListAccessEntriesResponse::next_token`](crate::types::ListAccessEntriesResponse::next_token).
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
        crate::types::ListAccessEntriesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAccessEntriesResponse {
            access_entries: self.access_entries,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListAccessPoliciesRequest`](crate::types::ListAccessPoliciesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAccessPoliciesRequestBuilder {
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAccessPoliciesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccessPoliciesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListAccessPoliciesRequestBuilder {
    /// See [`ListAccessPoliciesRequest::max_results`](crate::types::ListAccessPoliciesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListAccessPoliciesRequest::next_token`](crate::types::ListAccessPoliciesRequest::next_token).
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
        crate::types::ListAccessPoliciesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAccessPoliciesRequest {
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListAccessPoliciesResponse`](crate::types::ListAccessPoliciesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAccessPoliciesResponseBuilder {
    pub(crate) access_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AccessPolicy>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAccessPoliciesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAccessPoliciesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListAccessPoliciesResponseBuilder {
    /// See [`ListAccessPoliciesResponse::access_policies`](crate::types::ListAccessPoliciesResponse::access_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn access_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessPolicy>,
    ) -> Self {
        self.access_policies.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`access_policies`](Self::access_policies).
    pub fn set_access_policies(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AccessPolicy>>,
    ) -> Self {
        self.access_policies = input;
        self
    }
    /// See [`ListAccessPoliciesResponse::next_token`](crate::types::ListAccessPoliciesResponse::next_token).
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
        crate::types::ListAccessPoliciesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAccessPoliciesResponse {
            access_policies: self.access_policies,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListAddonsRequest`](crate::types::ListAddonsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAddonsRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAddonsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAddonsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListAddonsRequestBuilder {
    /// See [`ListAddonsRequest::cluster_name`](crate::types::ListAddonsRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListAddonsRequest::max_results`](crate::types::ListAddonsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListAddonsRequest::next_token`](crate::types::ListAddonsRequest::next_token).
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
        crate::types::ListAddonsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAddonsRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListAddonsRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListAddonsResponse`](crate::types::ListAddonsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAddonsResponseBuilder {
    pub(crate) addons: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAddonsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAddonsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListAddonsResponseBuilder {
    /// See [`ListAddonsResponse::addons`](crate::types::ListAddonsResponse::addons).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn addons(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addons.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`addons`](Self::addons).
    pub fn set_addons(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.addons = input;
        self
    }
    /// See [`ListAddonsResponse::next_token`](crate::types::ListAddonsResponse::next_token).
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
        crate::types::ListAddonsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAddonsResponse {
            addons: self.addons,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListAssociatedAccessPoliciesRequest`](crate::types::ListAssociatedAccessPoliciesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAssociatedAccessPoliciesRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAssociatedAccessPoliciesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAssociatedAccessPoliciesRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListAssociatedAccessPoliciesRequestBuilder {
    /// See [`ListAssociatedAccessPoliciesRequest::cluster_name`](crate::types::ListAssociatedAccessPoliciesRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListAssociatedAccessPoliciesRequest::max_results`](crate::types::ListAssociatedAccessPoliciesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListAssociatedAccessPoliciesRequest::next_token`](crate::types::ListAssociatedAccessPoliciesRequest::next_token).
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
    /// See [`ListAssociatedAccessPoliciesRequest::principal_arn`](crate::types::ListAssociatedAccessPoliciesRequest::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListAssociatedAccessPoliciesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAssociatedAccessPoliciesRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListAssociatedAccessPoliciesRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
            principal_arn: self
                .principal_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListAssociatedAccessPoliciesRequest",
                        "principal_arn",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListAssociatedAccessPoliciesResponse`](crate::types::ListAssociatedAccessPoliciesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListAssociatedAccessPoliciesResponseBuilder {
    pub(crate) associated_access_policies: ::std::option::Option<
        ::std::vec::Vec<crate::types::AssociatedAccessPolicy>,
    >,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListAssociatedAccessPoliciesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListAssociatedAccessPoliciesResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListAssociatedAccessPoliciesResponseBuilder {
    /// See [`ListAssociatedAccessPoliciesResponse::associated_access_policies`](crate::types::ListAssociatedAccessPoliciesResponse::associated_access_policies).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn associated_access_policies(
        mut self,
        input: impl ::std::convert::Into<crate::types::AssociatedAccessPolicy>,
    ) -> Self {
        self.associated_access_policies
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`associated_access_policies`](Self::associated_access_policies).
    pub fn set_associated_access_policies(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AssociatedAccessPolicy>,
        >,
    ) -> Self {
        self.associated_access_policies = input;
        self
    }
    /// See [`ListAssociatedAccessPoliciesResponse::cluster_name`](crate::types::ListAssociatedAccessPoliciesResponse::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListAssociatedAccessPoliciesResponse::next_token`](crate::types::ListAssociatedAccessPoliciesResponse::next_token).
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
    /// See [`ListAssociatedAccessPoliciesResponse::principal_arn`](crate::types::ListAssociatedAccessPoliciesResponse::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListAssociatedAccessPoliciesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListAssociatedAccessPoliciesResponse {
            associated_access_policies: self.associated_access_policies,
            cluster_name: self.cluster_name,
            next_token: self.next_token,
            principal_arn: self.principal_arn,
        })
    }
}
/// A builder for [`ListCapabilitiesRequest`](crate::types::ListCapabilitiesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCapabilitiesRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListCapabilitiesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCapabilitiesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListCapabilitiesRequestBuilder {
    /// See [`ListCapabilitiesRequest::cluster_name`](crate::types::ListCapabilitiesRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListCapabilitiesRequest::max_results`](crate::types::ListCapabilitiesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListCapabilitiesRequest::next_token`](crate::types::ListCapabilitiesRequest::next_token).
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
        crate::types::ListCapabilitiesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCapabilitiesRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListCapabilitiesRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListCapabilitiesResponse`](crate::types::ListCapabilitiesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCapabilitiesResponseBuilder {
    pub(crate) capabilities: ::std::option::Option<
        ::std::vec::Vec<crate::types::CapabilitySummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListCapabilitiesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCapabilitiesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListCapabilitiesResponseBuilder {
    /// See [`ListCapabilitiesResponse::capabilities`](crate::types::ListCapabilitiesResponse::capabilities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn capabilities(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilitySummary>,
    ) -> Self {
        self.capabilities.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`capabilities`](Self::capabilities).
    pub fn set_capabilities(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::CapabilitySummary>>,
    ) -> Self {
        self.capabilities = input;
        self
    }
    /// See [`ListCapabilitiesResponse::next_token`](crate::types::ListCapabilitiesResponse::next_token).
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
        crate::types::ListCapabilitiesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCapabilitiesResponse {
            capabilities: self.capabilities,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListCertificateAuthoritiesRequest`](crate::types::ListCertificateAuthoritiesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCertificateAuthoritiesRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListCertificateAuthoritiesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCertificateAuthoritiesRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListCertificateAuthoritiesRequestBuilder {
    /// See [`ListCertificateAuthoritiesRequest::cluster_name`](crate::types::ListCertificateAuthoritiesRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListCertificateAuthoritiesRequest::max_results`](crate::types::ListCertificateAuthoritiesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListCertificateAuthoritiesRequest::next_token`](crate::types::ListCertificateAuthoritiesRequest::next_token).
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
        crate::types::ListCertificateAuthoritiesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCertificateAuthoritiesRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListCertificateAuthoritiesRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListCertificateAuthoritiesResponse`](crate::types::ListCertificateAuthoritiesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListCertificateAuthoritiesResponseBuilder {
    pub(crate) certificate_authorities: ::std::option::Option<
        ::std::vec::Vec<crate::types::CertificateAuthoritySummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListCertificateAuthoritiesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListCertificateAuthoritiesResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListCertificateAuthoritiesResponseBuilder {
    /// See [`ListCertificateAuthoritiesResponse::certificate_authorities`](crate::types::ListCertificateAuthoritiesResponse::certificate_authorities).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn certificate_authorities(
        mut self,
        input: impl ::std::convert::Into<crate::types::CertificateAuthoritySummary>,
    ) -> Self {
        self.certificate_authorities
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`certificate_authorities`](Self::certificate_authorities).
    pub fn set_certificate_authorities(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::CertificateAuthoritySummary>,
        >,
    ) -> Self {
        self.certificate_authorities = input;
        self
    }
    /// See [`ListCertificateAuthoritiesResponse::next_token`](crate::types::ListCertificateAuthoritiesResponse::next_token).
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
        crate::types::ListCertificateAuthoritiesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListCertificateAuthoritiesResponse {
            certificate_authorities: self.certificate_authorities,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListClustersRequest`](crate::types::ListClustersRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListClustersRequestBuilder {
    pub(crate) include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListClustersRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListClustersRequestBuilder").finish_non_exhaustive()
    }
}
impl ListClustersRequestBuilder {
    /// See [`ListClustersRequest::include`](crate::types::ListClustersRequest::include).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn include(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.include.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`include`](Self::include).
    pub fn set_include(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.include = input;
        self
    }
    /// See [`ListClustersRequest::max_results`](crate::types::ListClustersRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListClustersRequest::next_token`](crate::types::ListClustersRequest::next_token).
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
        crate::types::ListClustersRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListClustersRequest {
            include: self.include,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListClustersResponse`](crate::types::ListClustersResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListClustersResponseBuilder {
    pub(crate) clusters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListClustersResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListClustersResponseBuilder").finish_non_exhaustive()
    }
}
impl ListClustersResponseBuilder {
    /// See [`ListClustersResponse::clusters`](crate::types::ListClustersResponse::clusters).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn clusters(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clusters.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`clusters`](Self::clusters).
    pub fn set_clusters(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.clusters = input;
        self
    }
    /// See [`ListClustersResponse::next_token`](crate::types::ListClustersResponse::next_token).
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
        crate::types::ListClustersResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListClustersResponse {
            clusters: self.clusters,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListEksAnywhereSubscriptionsRequest`](crate::types::ListEksAnywhereSubscriptionsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListEksAnywhereSubscriptionsRequestBuilder {
    pub(crate) include_status: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAnywhereSubscriptionStatus>,
    >,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListEksAnywhereSubscriptionsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListEksAnywhereSubscriptionsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListEksAnywhereSubscriptionsRequestBuilder {
    /// See [`ListEksAnywhereSubscriptionsRequest::include_status`](crate::types::ListEksAnywhereSubscriptionsRequest::include_status).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn include_status(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscriptionStatus>,
    ) -> Self {
        self.include_status.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`include_status`](Self::include_status).
    pub fn set_include_status(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksAnywhereSubscriptionStatus>,
        >,
    ) -> Self {
        self.include_status = input;
        self
    }
    /// See [`ListEksAnywhereSubscriptionsRequest::max_results`](crate::types::ListEksAnywhereSubscriptionsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListEksAnywhereSubscriptionsRequest::next_token`](crate::types::ListEksAnywhereSubscriptionsRequest::next_token).
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
        crate::types::ListEksAnywhereSubscriptionsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListEksAnywhereSubscriptionsRequest {
            include_status: self.include_status,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListEksAnywhereSubscriptionsResponse`](crate::types::ListEksAnywhereSubscriptionsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListEksAnywhereSubscriptionsResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) subscriptions: ::std::option::Option<
        ::std::vec::Vec<crate::types::EksAnywhereSubscription>,
    >,
}
impl ::std::fmt::Debug for ListEksAnywhereSubscriptionsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListEksAnywhereSubscriptionsResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListEksAnywhereSubscriptionsResponseBuilder {
    /// See [`ListEksAnywhereSubscriptionsResponse::next_token`](crate::types::ListEksAnywhereSubscriptionsResponse::next_token).
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
    /// See [`ListEksAnywhereSubscriptionsResponse::subscriptions`](crate::types::ListEksAnywhereSubscriptionsResponse::subscriptions).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subscriptions(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscriptions.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subscriptions`](Self::subscriptions).
    pub fn set_subscriptions(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::EksAnywhereSubscription>,
        >,
    ) -> Self {
        self.subscriptions = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListEksAnywhereSubscriptionsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListEksAnywhereSubscriptionsResponse {
            next_token: self.next_token,
            subscriptions: self.subscriptions,
        })
    }
}
/// A builder for [`ListFargateProfilesRequest`](crate::types::ListFargateProfilesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFargateProfilesRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListFargateProfilesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFargateProfilesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListFargateProfilesRequestBuilder {
    /// See [`ListFargateProfilesRequest::cluster_name`](crate::types::ListFargateProfilesRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListFargateProfilesRequest::max_results`](crate::types::ListFargateProfilesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListFargateProfilesRequest::next_token`](crate::types::ListFargateProfilesRequest::next_token).
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
        crate::types::ListFargateProfilesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFargateProfilesRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListFargateProfilesRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListFargateProfilesResponse`](crate::types::ListFargateProfilesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListFargateProfilesResponseBuilder {
    pub(crate) fargate_profile_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListFargateProfilesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListFargateProfilesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListFargateProfilesResponseBuilder {
    /// See [`ListFargateProfilesResponse::fargate_profile_names`](crate::types::ListFargateProfilesResponse::fargate_profile_names).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn fargate_profile_names(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fargate_profile_names
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`fargate_profile_names`](Self::fargate_profile_names).
    pub fn set_fargate_profile_names(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.fargate_profile_names = input;
        self
    }
    /// See [`ListFargateProfilesResponse::next_token`](crate::types::ListFargateProfilesResponse::next_token).
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
        crate::types::ListFargateProfilesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListFargateProfilesResponse {
            fargate_profile_names: self.fargate_profile_names,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListIdentityProviderConfigsRequest`](crate::types::ListIdentityProviderConfigsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListIdentityProviderConfigsRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListIdentityProviderConfigsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListIdentityProviderConfigsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListIdentityProviderConfigsRequestBuilder {
    /// See [`ListIdentityProviderConfigsRequest::cluster_name`](crate::types::ListIdentityProviderConfigsRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListIdentityProviderConfigsRequest::max_results`](crate::types::ListIdentityProviderConfigsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListIdentityProviderConfigsRequest::next_token`](crate::types::ListIdentityProviderConfigsRequest::next_token).
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
        crate::types::ListIdentityProviderConfigsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListIdentityProviderConfigsRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListIdentityProviderConfigsRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListIdentityProviderConfigsResponse`](crate::types::ListIdentityProviderConfigsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListIdentityProviderConfigsResponseBuilder {
    pub(crate) identity_provider_configs: ::std::option::Option<
        ::std::vec::Vec<crate::types::IdentityProviderConfig>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListIdentityProviderConfigsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListIdentityProviderConfigsResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListIdentityProviderConfigsResponseBuilder {
    /// See [`ListIdentityProviderConfigsResponse::identity_provider_configs`](crate::types::ListIdentityProviderConfigsResponse::identity_provider_configs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn identity_provider_configs(
        mut self,
        input: impl ::std::convert::Into<crate::types::IdentityProviderConfig>,
    ) -> Self {
        self.identity_provider_configs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`identity_provider_configs`](Self::identity_provider_configs).
    pub fn set_identity_provider_configs(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::IdentityProviderConfig>,
        >,
    ) -> Self {
        self.identity_provider_configs = input;
        self
    }
    /// See [`ListIdentityProviderConfigsResponse::next_token`](crate::types::ListIdentityProviderConfigsResponse::next_token).
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
        crate::types::ListIdentityProviderConfigsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListIdentityProviderConfigsResponse {
            identity_provider_configs: self.identity_provider_configs,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListInsightsRequest`](crate::types::ListInsightsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListInsightsRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) filter: ::std::option::Option<crate::types::InsightsFilter>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListInsightsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListInsightsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListInsightsRequestBuilder {
    /// See [`ListInsightsRequest::cluster_name`](crate::types::ListInsightsRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListInsightsRequest::filter`](crate::types::ListInsightsRequest::filter).
    pub fn filter(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightsFilter>,
    ) -> Self {
        self.filter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`filter`](Self::filter).
    pub fn set_filter(
        mut self,
        input: ::std::option::Option<crate::types::InsightsFilter>,
    ) -> Self {
        self.filter = input;
        self
    }
    /// See [`ListInsightsRequest::max_results`](crate::types::ListInsightsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListInsightsRequest::next_token`](crate::types::ListInsightsRequest::next_token).
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
        crate::types::ListInsightsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListInsightsRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListInsightsRequest",
                        "cluster_name",
                    ),
                )?,
            filter: self.filter,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListInsightsResponse`](crate::types::ListInsightsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListInsightsResponseBuilder {
    pub(crate) insights: ::std::option::Option<
        ::std::vec::Vec<crate::types::InsightSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListInsightsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListInsightsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListInsightsResponseBuilder {
    /// See [`ListInsightsResponse::insights`](crate::types::ListInsightsResponse::insights).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn insights(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightSummary>,
    ) -> Self {
        self.insights.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`insights`](Self::insights).
    pub fn set_insights(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::InsightSummary>>,
    ) -> Self {
        self.insights = input;
        self
    }
    /// See [`ListInsightsResponse::next_token`](crate::types::ListInsightsResponse::next_token).
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
        crate::types::ListInsightsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListInsightsResponse {
            insights: self.insights,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListNodegroupsRequest`](crate::types::ListNodegroupsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListNodegroupsRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListNodegroupsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListNodegroupsRequestBuilder").finish_non_exhaustive()
    }
}
impl ListNodegroupsRequestBuilder {
    /// See [`ListNodegroupsRequest::cluster_name`](crate::types::ListNodegroupsRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListNodegroupsRequest::max_results`](crate::types::ListNodegroupsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListNodegroupsRequest::next_token`](crate::types::ListNodegroupsRequest::next_token).
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
        crate::types::ListNodegroupsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListNodegroupsRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListNodegroupsRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            next_token: self.next_token,
        })
    }
}
/// A builder for [`ListNodegroupsResponse`](crate::types::ListNodegroupsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListNodegroupsResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for ListNodegroupsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListNodegroupsResponseBuilder").finish_non_exhaustive()
    }
}
impl ListNodegroupsResponseBuilder {
    /// See [`ListNodegroupsResponse::next_token`](crate::types::ListNodegroupsResponse::next_token).
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
    /// See [`ListNodegroupsResponse::nodegroups`](crate::types::ListNodegroupsResponse::nodegroups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn nodegroups(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroups.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`nodegroups`](Self::nodegroups).
    pub fn set_nodegroups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.nodegroups = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListNodegroupsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListNodegroupsResponse {
            next_token: self.next_token,
            nodegroups: self.nodegroups,
        })
    }
}
/// A builder for [`ListPodIdentityAssociationsRequest`](crate::types::ListPodIdentityAssociationsRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListPodIdentityAssociationsRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) service_account: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListPodIdentityAssociationsRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPodIdentityAssociationsRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl ListPodIdentityAssociationsRequestBuilder {
    /// See [`ListPodIdentityAssociationsRequest::cluster_name`](crate::types::ListPodIdentityAssociationsRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`ListPodIdentityAssociationsRequest::max_results`](crate::types::ListPodIdentityAssociationsRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListPodIdentityAssociationsRequest::namespace`](crate::types::ListPodIdentityAssociationsRequest::namespace).
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
    /// See [`ListPodIdentityAssociationsRequest::next_token`](crate::types::ListPodIdentityAssociationsRequest::next_token).
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
    /// See [`ListPodIdentityAssociationsRequest::service_account`](crate::types::ListPodIdentityAssociationsRequest::service_account).
    pub fn service_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account`](Self::service_account).
    pub fn set_service_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListPodIdentityAssociationsRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListPodIdentityAssociationsRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListPodIdentityAssociationsRequest",
                        "cluster_name",
                    ),
                )?,
            max_results: self.max_results,
            namespace: self.namespace,
            next_token: self.next_token,
            service_account: self.service_account,
        })
    }
}
/// A builder for [`ListPodIdentityAssociationsResponse`](crate::types::ListPodIdentityAssociationsResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListPodIdentityAssociationsResponseBuilder {
    pub(crate) associations: ::std::option::Option<
        ::std::vec::Vec<crate::types::PodIdentityAssociationSummary>,
    >,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListPodIdentityAssociationsResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPodIdentityAssociationsResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl ListPodIdentityAssociationsResponseBuilder {
    /// See [`ListPodIdentityAssociationsResponse::associations`](crate::types::ListPodIdentityAssociationsResponse::associations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn associations(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodIdentityAssociationSummary>,
    ) -> Self {
        self.associations.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`associations`](Self::associations).
    pub fn set_associations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::PodIdentityAssociationSummary>,
        >,
    ) -> Self {
        self.associations = input;
        self
    }
    /// See [`ListPodIdentityAssociationsResponse::next_token`](crate::types::ListPodIdentityAssociationsResponse::next_token).
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
        crate::types::ListPodIdentityAssociationsResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListPodIdentityAssociationsResponse {
            associations: self.associations,
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
/// A builder for [`ListUpdatesRequest`](crate::types::ListUpdatesRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListUpdatesRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) max_results: ::std::option::Option<i64>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListUpdatesRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListUpdatesRequestBuilder").finish_non_exhaustive()
    }
}
impl ListUpdatesRequestBuilder {
    /// See [`ListUpdatesRequest::addon_name`](crate::types::ListUpdatesRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`ListUpdatesRequest::capability_name`](crate::types::ListUpdatesRequest::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`ListUpdatesRequest::max_results`](crate::types::ListUpdatesRequest::max_results).
    pub fn max_results(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_results = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_results`](Self::max_results).
    pub fn set_max_results(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_results = input;
        self
    }
    /// See [`ListUpdatesRequest::name`](crate::types::ListUpdatesRequest::name).
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
    /// See [`ListUpdatesRequest::next_token`](crate::types::ListUpdatesRequest::next_token).
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
    /// See [`ListUpdatesRequest::nodegroup_name`](crate::types::ListUpdatesRequest::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListUpdatesRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListUpdatesRequest {
            addon_name: self.addon_name,
            capability_name: self.capability_name,
            max_results: self.max_results,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("ListUpdatesRequest", "name"),
                )?,
            next_token: self.next_token,
            nodegroup_name: self.nodegroup_name,
        })
    }
}
/// A builder for [`ListUpdatesResponse`](crate::types::ListUpdatesResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListUpdatesResponseBuilder {
    pub(crate) next_token: ::std::option::Option<::std::string::String>,
    pub(crate) update_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for ListUpdatesResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListUpdatesResponseBuilder").finish_non_exhaustive()
    }
}
impl ListUpdatesResponseBuilder {
    /// See [`ListUpdatesResponse::next_token`](crate::types::ListUpdatesResponse::next_token).
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
    /// See [`ListUpdatesResponse::update_ids`](crate::types::ListUpdatesResponse::update_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn update_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`update_ids`](Self::update_ids).
    pub fn set_update_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.update_ids = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListUpdatesResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListUpdatesResponse {
            next_token: self.next_token,
            update_ids: self.update_ids,
        })
    }
}
/// A builder for [`LogSetup`](crate::types::LogSetup).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LogSetupBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) types: ::std::option::Option<::std::vec::Vec<crate::types::LogType>>,
}
impl ::std::fmt::Debug for LogSetupBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LogSetupBuilder").finish_non_exhaustive()
    }
}
impl LogSetupBuilder {
    /// See [`LogSetup::enabled`](crate::types::LogSetup::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`LogSetup::types`](crate::types::LogSetup::types).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn types(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogType>,
    ) -> Self {
        self.types.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`types`](Self::types).
    pub fn set_types(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LogType>>,
    ) -> Self {
        self.types = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::LogSetup, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::LogSetup {
            enabled: self.enabled,
            types: self.types,
        })
    }
}
/// A builder for [`Logging`](crate::types::Logging).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct LoggingBuilder {
    pub(crate) cluster_logging: ::std::option::Option<
        ::std::vec::Vec<crate::types::LogSetup>,
    >,
}
impl ::std::fmt::Debug for LoggingBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LoggingBuilder").finish_non_exhaustive()
    }
}
impl LoggingBuilder {
    /// See [`Logging::cluster_logging`](crate::types::Logging::cluster_logging).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cluster_logging(
        mut self,
        input: impl ::std::convert::Into<crate::types::LogSetup>,
    ) -> Self {
        self.cluster_logging.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`cluster_logging`](Self::cluster_logging).
    pub fn set_cluster_logging(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::LogSetup>>,
    ) -> Self {
        self.cluster_logging = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Logging, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Logging {
            cluster_logging: self.cluster_logging,
        })
    }
}
/// A builder for [`MarketplaceInformation`](crate::types::MarketplaceInformation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct MarketplaceInformationBuilder {
    pub(crate) product_id: ::std::option::Option<::std::string::String>,
    pub(crate) product_url: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for MarketplaceInformationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MarketplaceInformationBuilder").finish_non_exhaustive()
    }
}
impl MarketplaceInformationBuilder {
    /// See [`MarketplaceInformation::product_id`](crate::types::MarketplaceInformation::product_id).
    pub fn product_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`product_id`](Self::product_id).
    pub fn set_product_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.product_id = input;
        self
    }
    /// See [`MarketplaceInformation::product_url`](crate::types::MarketplaceInformation::product_url).
    pub fn product_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`product_url`](Self::product_url).
    pub fn set_product_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.product_url = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::MarketplaceInformation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::MarketplaceInformation {
            product_id: self.product_id,
            product_url: self.product_url,
        })
    }
}
/// A builder for [`NodeRepairConfig`](crate::types::NodeRepairConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodeRepairConfigBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) max_parallel_nodes_repaired_count: ::std::option::Option<i64>,
    pub(crate) max_parallel_nodes_repaired_percentage: ::std::option::Option<i64>,
    pub(crate) max_unhealthy_node_threshold_count: ::std::option::Option<i64>,
    pub(crate) max_unhealthy_node_threshold_percentage: ::std::option::Option<i64>,
    pub(crate) node_repair_config_overrides: ::std::option::Option<
        ::std::vec::Vec<crate::types::NodeRepairConfigOverrides>,
    >,
}
impl ::std::fmt::Debug for NodeRepairConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeRepairConfigBuilder").finish_non_exhaustive()
    }
}
impl NodeRepairConfigBuilder {
    /// See [`NodeRepairConfig::enabled`](crate::types::NodeRepairConfig::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`NodeRepairConfig::max_parallel_nodes_repaired_count`](crate::types::NodeRepairConfig::max_parallel_nodes_repaired_count).
    pub fn max_parallel_nodes_repaired_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_parallel_nodes_repaired_count = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`max_parallel_nodes_repaired_count`](Self::max_parallel_nodes_repaired_count).
    pub fn set_max_parallel_nodes_repaired_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_parallel_nodes_repaired_count = input;
        self
    }
    /// See [`NodeRepairConfig::max_parallel_nodes_repaired_percentage`](crate::types::NodeRepairConfig::max_parallel_nodes_repaired_percentage).
    pub fn max_parallel_nodes_repaired_percentage(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_parallel_nodes_repaired_percentage = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`max_parallel_nodes_repaired_percentage`](Self::max_parallel_nodes_repaired_percentage).
    pub fn set_max_parallel_nodes_repaired_percentage(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_parallel_nodes_repaired_percentage = input;
        self
    }
    /// See [`NodeRepairConfig::max_unhealthy_node_threshold_count`](crate::types::NodeRepairConfig::max_unhealthy_node_threshold_count).
    pub fn max_unhealthy_node_threshold_count(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_unhealthy_node_threshold_count = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`max_unhealthy_node_threshold_count`](Self::max_unhealthy_node_threshold_count).
    pub fn set_max_unhealthy_node_threshold_count(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_unhealthy_node_threshold_count = input;
        self
    }
    /// See [`NodeRepairConfig::max_unhealthy_node_threshold_percentage`](crate::types::NodeRepairConfig::max_unhealthy_node_threshold_percentage).
    pub fn max_unhealthy_node_threshold_percentage(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_unhealthy_node_threshold_percentage = ::std::option::Option::Some(
            input.into(),
        );
        self
    }
    /// Sets or clears [`max_unhealthy_node_threshold_percentage`](Self::max_unhealthy_node_threshold_percentage).
    pub fn set_max_unhealthy_node_threshold_percentage(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_unhealthy_node_threshold_percentage = input;
        self
    }
    /// See [`NodeRepairConfig::node_repair_config_overrides`](crate::types::NodeRepairConfig::node_repair_config_overrides).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn node_repair_config_overrides(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeRepairConfigOverrides>,
    ) -> Self {
        self.node_repair_config_overrides
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`node_repair_config_overrides`](Self::node_repair_config_overrides).
    pub fn set_node_repair_config_overrides(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::NodeRepairConfigOverrides>,
        >,
    ) -> Self {
        self.node_repair_config_overrides = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodeRepairConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodeRepairConfig {
            enabled: self.enabled,
            max_parallel_nodes_repaired_count: self.max_parallel_nodes_repaired_count,
            max_parallel_nodes_repaired_percentage: self
                .max_parallel_nodes_repaired_percentage,
            max_unhealthy_node_threshold_count: self.max_unhealthy_node_threshold_count,
            max_unhealthy_node_threshold_percentage: self
                .max_unhealthy_node_threshold_percentage,
            node_repair_config_overrides: self.node_repair_config_overrides,
        })
    }
}
/// A builder for [`NodeRepairConfigOverrides`](crate::types::NodeRepairConfigOverrides).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodeRepairConfigOverridesBuilder {
    pub(crate) min_repair_wait_time_mins: ::std::option::Option<i64>,
    pub(crate) node_monitoring_condition: ::std::option::Option<::std::string::String>,
    pub(crate) node_unhealthy_reason: ::std::option::Option<::std::string::String>,
    pub(crate) repair_action: ::std::option::Option<crate::types::RepairAction>,
}
impl ::std::fmt::Debug for NodeRepairConfigOverridesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeRepairConfigOverridesBuilder").finish_non_exhaustive()
    }
}
impl NodeRepairConfigOverridesBuilder {
    /// See [`NodeRepairConfigOverrides::min_repair_wait_time_mins`](crate::types::NodeRepairConfigOverrides::min_repair_wait_time_mins).
    pub fn min_repair_wait_time_mins(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.min_repair_wait_time_mins = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min_repair_wait_time_mins`](Self::min_repair_wait_time_mins).
    pub fn set_min_repair_wait_time_mins(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.min_repair_wait_time_mins = input;
        self
    }
    /// See [`NodeRepairConfigOverrides::node_monitoring_condition`](crate::types::NodeRepairConfigOverrides::node_monitoring_condition).
    pub fn node_monitoring_condition(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_monitoring_condition = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_monitoring_condition`](Self::node_monitoring_condition).
    pub fn set_node_monitoring_condition(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_monitoring_condition = input;
        self
    }
    /// See [`NodeRepairConfigOverrides::node_unhealthy_reason`](crate::types::NodeRepairConfigOverrides::node_unhealthy_reason).
    pub fn node_unhealthy_reason(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_unhealthy_reason = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_unhealthy_reason`](Self::node_unhealthy_reason).
    pub fn set_node_unhealthy_reason(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_unhealthy_reason = input;
        self
    }
    /// See [`NodeRepairConfigOverrides::repair_action`](crate::types::NodeRepairConfigOverrides::repair_action).
    pub fn repair_action(
        mut self,
        input: impl ::std::convert::Into<crate::types::RepairAction>,
    ) -> Self {
        self.repair_action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`repair_action`](Self::repair_action).
    pub fn set_repair_action(
        mut self,
        input: ::std::option::Option<crate::types::RepairAction>,
    ) -> Self {
        self.repair_action = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodeRepairConfigOverrides,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodeRepairConfigOverrides {
            min_repair_wait_time_mins: self.min_repair_wait_time_mins,
            node_monitoring_condition: self.node_monitoring_condition,
            node_unhealthy_reason: self.node_unhealthy_reason,
            repair_action: self.repair_action,
        })
    }
}
/// A builder for [`NodeResourcesFitConfig`](crate::types::NodeResourcesFitConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodeResourcesFitConfigBuilder {
    pub(crate) scoring_strategy: ::std::option::Option<crate::types::ScoringStrategy>,
}
impl ::std::fmt::Debug for NodeResourcesFitConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeResourcesFitConfigBuilder").finish_non_exhaustive()
    }
}
impl NodeResourcesFitConfigBuilder {
    /// See [`NodeResourcesFitConfig::scoring_strategy`](crate::types::NodeResourcesFitConfig::scoring_strategy).
    pub fn scoring_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScoringStrategy>,
    ) -> Self {
        self.scoring_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scoring_strategy`](Self::scoring_strategy).
    pub fn set_scoring_strategy(
        mut self,
        input: ::std::option::Option<crate::types::ScoringStrategy>,
    ) -> Self {
        self.scoring_strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodeResourcesFitConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodeResourcesFitConfig {
            scoring_strategy: self.scoring_strategy,
        })
    }
}
/// A builder for [`NodeResourcesFitVersionConfig`](crate::types::NodeResourcesFitVersionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodeResourcesFitVersionConfigBuilder {
    pub(crate) scoring_strategy: ::std::option::Option<
        crate::types::ScoringStrategyConfig,
    >,
}
impl ::std::fmt::Debug for NodeResourcesFitVersionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeResourcesFitVersionConfigBuilder").finish_non_exhaustive()
    }
}
impl NodeResourcesFitVersionConfigBuilder {
    /// See [`NodeResourcesFitVersionConfig::scoring_strategy`](crate::types::NodeResourcesFitVersionConfig::scoring_strategy).
    pub fn scoring_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScoringStrategyConfig>,
    ) -> Self {
        self.scoring_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scoring_strategy`](Self::scoring_strategy).
    pub fn set_scoring_strategy(
        mut self,
        input: ::std::option::Option<crate::types::ScoringStrategyConfig>,
    ) -> Self {
        self.scoring_strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodeResourcesFitVersionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodeResourcesFitVersionConfig {
            scoring_strategy: self.scoring_strategy,
        })
    }
}
/// A builder for [`Nodegroup`](crate::types::Nodegroup).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodegroupBuilder {
    pub(crate) ami_type: ::std::option::Option<crate::types::AmiTypes>,
    pub(crate) capacity_type: ::std::option::Option<crate::types::CapacityTypes>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) disk_size: ::std::option::Option<i64>,
    pub(crate) health: ::std::option::Option<crate::types::NodegroupHealth>,
    pub(crate) instance_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    pub(crate) modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) node_role: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroup_arn: ::std::option::Option<::std::string::String>,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
    pub(crate) release_version: ::std::option::Option<::std::string::String>,
    pub(crate) remote_access: ::std::option::Option<crate::types::RemoteAccessConfig>,
    pub(crate) resources: ::std::option::Option<crate::types::NodegroupResources>,
    pub(crate) scaling_config: ::std::option::Option<
        crate::types::NodegroupScalingConfig,
    >,
    pub(crate) status: ::std::option::Option<crate::types::NodegroupStatus>,
    pub(crate) subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) taints: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    pub(crate) update_config: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
    pub(crate) node_repair_config: ::std::option::Option<crate::types::NodeRepairConfig>,
    pub(crate) warm_pool_config: ::std::option::Option<crate::types::WarmPoolConfig>,
}
impl ::std::fmt::Debug for NodegroupBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodegroupBuilder").finish_non_exhaustive()
    }
}
impl NodegroupBuilder {
    /// See [`Nodegroup::ami_type`](crate::types::Nodegroup::ami_type).
    pub fn ami_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::AmiTypes>,
    ) -> Self {
        self.ami_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ami_type`](Self::ami_type).
    pub fn set_ami_type(
        mut self,
        input: ::std::option::Option<crate::types::AmiTypes>,
    ) -> Self {
        self.ami_type = input;
        self
    }
    /// See [`Nodegroup::capacity_type`](crate::types::Nodegroup::capacity_type).
    pub fn capacity_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapacityTypes>,
    ) -> Self {
        self.capacity_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_type`](Self::capacity_type).
    pub fn set_capacity_type(
        mut self,
        input: ::std::option::Option<crate::types::CapacityTypes>,
    ) -> Self {
        self.capacity_type = input;
        self
    }
    /// See [`Nodegroup::cluster_name`](crate::types::Nodegroup::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`Nodegroup::created_at`](crate::types::Nodegroup::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`Nodegroup::disk_size`](crate::types::Nodegroup::disk_size).
    pub fn disk_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.disk_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disk_size`](Self::disk_size).
    pub fn set_disk_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.disk_size = input;
        self
    }
    /// See [`Nodegroup::health`](crate::types::Nodegroup::health).
    pub fn health(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupHealth>,
    ) -> Self {
        self.health = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`health`](Self::health).
    pub fn set_health(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupHealth>,
    ) -> Self {
        self.health = input;
        self
    }
    /// See [`Nodegroup::instance_types`](crate::types::Nodegroup::instance_types).
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
    /// See [`Nodegroup::labels`](crate::types::Nodegroup::labels).
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
    /// See [`Nodegroup::launch_template`](crate::types::Nodegroup::launch_template).
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
    /// See [`Nodegroup::modified_at`](crate::types::Nodegroup::modified_at).
    pub fn modified_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`modified_at`](Self::modified_at).
    pub fn set_modified_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = input;
        self
    }
    /// See [`Nodegroup::node_role`](crate::types::Nodegroup::node_role).
    pub fn node_role(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_role = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_role`](Self::node_role).
    pub fn set_node_role(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.node_role = input;
        self
    }
    /// See [`Nodegroup::nodegroup_arn`](crate::types::Nodegroup::nodegroup_arn).
    pub fn nodegroup_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_arn`](Self::nodegroup_arn).
    pub fn set_nodegroup_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_arn = input;
        self
    }
    /// See [`Nodegroup::nodegroup_name`](crate::types::Nodegroup::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// See [`Nodegroup::release_version`](crate::types::Nodegroup::release_version).
    pub fn release_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.release_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`release_version`](Self::release_version).
    pub fn set_release_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.release_version = input;
        self
    }
    /// See [`Nodegroup::remote_access`](crate::types::Nodegroup::remote_access).
    pub fn remote_access(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteAccessConfig>,
    ) -> Self {
        self.remote_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`remote_access`](Self::remote_access).
    pub fn set_remote_access(
        mut self,
        input: ::std::option::Option<crate::types::RemoteAccessConfig>,
    ) -> Self {
        self.remote_access = input;
        self
    }
    /// See [`Nodegroup::resources`](crate::types::Nodegroup::resources).
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupResources>,
    ) -> Self {
        self.resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupResources>,
    ) -> Self {
        self.resources = input;
        self
    }
    /// See [`Nodegroup::scaling_config`](crate::types::Nodegroup::scaling_config).
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.scaling_config = input;
        self
    }
    /// See [`Nodegroup::status`](crate::types::Nodegroup::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`Nodegroup::subnets`](crate::types::Nodegroup::subnets).
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
    /// See [`Nodegroup::tags`](crate::types::Nodegroup::tags).
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
    /// See [`Nodegroup::taints`](crate::types::Nodegroup::taints).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn taints(
        mut self,
        input: impl ::std::convert::Into<crate::types::Taint>,
    ) -> Self {
        self.taints.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`taints`](Self::taints).
    pub fn set_taints(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    ) -> Self {
        self.taints = input;
        self
    }
    /// See [`Nodegroup::update_config`](crate::types::Nodegroup::update_config).
    pub fn update_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.update_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_config`](Self::update_config).
    pub fn set_update_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.update_config = input;
        self
    }
    /// See [`Nodegroup::version`](crate::types::Nodegroup::version).
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
    /// See [`Nodegroup::node_repair_config`](crate::types::Nodegroup::node_repair_config).
    pub fn node_repair_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.node_repair_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_repair_config`](Self::node_repair_config).
    pub fn set_node_repair_config(
        mut self,
        input: ::std::option::Option<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.node_repair_config = input;
        self
    }
    /// See [`Nodegroup::warm_pool_config`](crate::types::Nodegroup::warm_pool_config).
    pub fn warm_pool_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.warm_pool_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_pool_config`](Self::warm_pool_config).
    pub fn set_warm_pool_config(
        mut self,
        input: ::std::option::Option<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.warm_pool_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Nodegroup, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Nodegroup {
            ami_type: self.ami_type,
            capacity_type: self.capacity_type,
            cluster_name: self.cluster_name,
            created_at: self.created_at,
            disk_size: self.disk_size,
            health: self.health,
            instance_types: self.instance_types,
            labels: self.labels,
            launch_template: self.launch_template,
            modified_at: self.modified_at,
            node_role: self.node_role,
            nodegroup_arn: self.nodegroup_arn,
            nodegroup_name: self.nodegroup_name,
            release_version: self.release_version,
            remote_access: self.remote_access,
            resources: self.resources,
            scaling_config: self.scaling_config,
            status: self.status,
            subnets: self.subnets,
            tags: self.tags,
            taints: self.taints,
            update_config: self.update_config,
            version: self.version,
            node_repair_config: self.node_repair_config,
            warm_pool_config: self.warm_pool_config,
        })
    }
}
/// A builder for [`NodegroupHealth`](crate::types::NodegroupHealth).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodegroupHealthBuilder {
    pub(crate) issues: ::std::option::Option<::std::vec::Vec<crate::types::Issue>>,
}
impl ::std::fmt::Debug for NodegroupHealthBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodegroupHealthBuilder").finish_non_exhaustive()
    }
}
impl NodegroupHealthBuilder {
    /// See [`NodegroupHealth::issues`](crate::types::NodegroupHealth::issues).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn issues(
        mut self,
        input: impl ::std::convert::Into<crate::types::Issue>,
    ) -> Self {
        self.issues.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`issues`](Self::issues).
    pub fn set_issues(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Issue>>,
    ) -> Self {
        self.issues = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodegroupHealth,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodegroupHealth {
            issues: self.issues,
        })
    }
}
/// A builder for [`NodegroupResources`](crate::types::NodegroupResources).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodegroupResourcesBuilder {
    pub(crate) auto_scaling_groups: ::std::option::Option<
        ::std::vec::Vec<crate::types::AutoScalingGroup>,
    >,
    pub(crate) remote_access_security_group: ::std::option::Option<
        ::std::string::String,
    >,
}
impl ::std::fmt::Debug for NodegroupResourcesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodegroupResourcesBuilder").finish_non_exhaustive()
    }
}
impl NodegroupResourcesBuilder {
    /// See [`NodegroupResources::auto_scaling_groups`](crate::types::NodegroupResources::auto_scaling_groups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn auto_scaling_groups(
        mut self,
        input: impl ::std::convert::Into<crate::types::AutoScalingGroup>,
    ) -> Self {
        self.auto_scaling_groups
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`auto_scaling_groups`](Self::auto_scaling_groups).
    pub fn set_auto_scaling_groups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::AutoScalingGroup>>,
    ) -> Self {
        self.auto_scaling_groups = input;
        self
    }
    /// See [`NodegroupResources::remote_access_security_group`](crate::types::NodegroupResources::remote_access_security_group).
    pub fn remote_access_security_group(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_access_security_group = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`remote_access_security_group`](Self::remote_access_security_group).
    pub fn set_remote_access_security_group(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.remote_access_security_group = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodegroupResources,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodegroupResources {
            auto_scaling_groups: self.auto_scaling_groups,
            remote_access_security_group: self.remote_access_security_group,
        })
    }
}
/// A builder for [`NodegroupScalingConfig`](crate::types::NodegroupScalingConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodegroupScalingConfigBuilder {
    pub(crate) desired_size: ::std::option::Option<i64>,
    pub(crate) max_size: ::std::option::Option<i64>,
    pub(crate) min_size: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for NodegroupScalingConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodegroupScalingConfigBuilder").finish_non_exhaustive()
    }
}
impl NodegroupScalingConfigBuilder {
    /// See [`NodegroupScalingConfig::desired_size`](crate::types::NodegroupScalingConfig::desired_size).
    pub fn desired_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.desired_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`desired_size`](Self::desired_size).
    pub fn set_desired_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.desired_size = input;
        self
    }
    /// See [`NodegroupScalingConfig::max_size`](crate::types::NodegroupScalingConfig::max_size).
    pub fn max_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_size`](Self::max_size).
    pub fn set_max_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_size = input;
        self
    }
    /// See [`NodegroupScalingConfig::min_size`](crate::types::NodegroupScalingConfig::min_size).
    pub fn min_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.min_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min_size`](Self::min_size).
    pub fn set_min_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.min_size = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodegroupScalingConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodegroupScalingConfig {
            desired_size: self.desired_size,
            max_size: self.max_size,
            min_size: self.min_size,
        })
    }
}
/// A builder for [`NodegroupUpdateConfig`](crate::types::NodegroupUpdateConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct NodegroupUpdateConfigBuilder {
    pub(crate) max_unavailable: ::std::option::Option<i64>,
    pub(crate) max_unavailable_percentage: ::std::option::Option<i64>,
    pub(crate) update_strategy: ::std::option::Option<
        crate::types::NodegroupUpdateStrategies,
    >,
}
impl ::std::fmt::Debug for NodegroupUpdateConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodegroupUpdateConfigBuilder").finish_non_exhaustive()
    }
}
impl NodegroupUpdateConfigBuilder {
    /// See [`NodegroupUpdateConfig::max_unavailable`](crate::types::NodegroupUpdateConfig::max_unavailable).
    pub fn max_unavailable(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_unavailable = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_unavailable`](Self::max_unavailable).
    pub fn set_max_unavailable(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_unavailable = input;
        self
    }
    /// See [`NodegroupUpdateConfig::max_unavailable_percentage`](crate::types::NodegroupUpdateConfig::max_unavailable_percentage).
    pub fn max_unavailable_percentage(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_unavailable_percentage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_unavailable_percentage`](Self::max_unavailable_percentage).
    pub fn set_max_unavailable_percentage(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_unavailable_percentage = input;
        self
    }
    /// See [`NodegroupUpdateConfig::update_strategy`](crate::types::NodegroupUpdateConfig::update_strategy).
    pub fn update_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupUpdateStrategies>,
    ) -> Self {
        self.update_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_strategy`](Self::update_strategy).
    pub fn set_update_strategy(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupUpdateStrategies>,
    ) -> Self {
        self.update_strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::NodegroupUpdateConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::NodegroupUpdateConfig {
            max_unavailable: self.max_unavailable,
            max_unavailable_percentage: self.max_unavailable_percentage,
            update_strategy: self.update_strategy,
        })
    }
}
/// A builder for [`Oidc`](crate::types::Oidc).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OidcBuilder {
    pub(crate) issuer: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for OidcBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OidcBuilder").finish_non_exhaustive()
    }
}
impl OidcBuilder {
    /// See [`Oidc::issuer`](crate::types::Oidc::issuer).
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
    ) -> ::std::result::Result<crate::types::Oidc, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Oidc {
            issuer: self.issuer,
        })
    }
}
/// A builder for [`OidcIdentityProviderConfig`](crate::types::OidcIdentityProviderConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OidcIdentityProviderConfigBuilder {
    pub(crate) client_id: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) groups_claim: ::std::option::Option<::std::string::String>,
    pub(crate) groups_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) identity_provider_config_arn: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) identity_provider_config_name: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) issuer_url: ::std::option::Option<::std::string::String>,
    pub(crate) required_claims: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) status: ::std::option::Option<crate::types::ConfigStatus>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) username_claim: ::std::option::Option<::std::string::String>,
    pub(crate) username_prefix: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for OidcIdentityProviderConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OidcIdentityProviderConfigBuilder").finish_non_exhaustive()
    }
}
impl OidcIdentityProviderConfigBuilder {
    /// See [`OidcIdentityProviderConfig::client_id`](crate::types::OidcIdentityProviderConfig::client_id).
    pub fn client_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_id`](Self::client_id).
    pub fn set_client_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_id = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::cluster_name`](crate::types::OidcIdentityProviderConfig::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::groups_claim`](crate::types::OidcIdentityProviderConfig::groups_claim).
    pub fn groups_claim(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.groups_claim = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`groups_claim`](Self::groups_claim).
    pub fn set_groups_claim(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.groups_claim = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::groups_prefix`](crate::types::OidcIdentityProviderConfig::groups_prefix).
    pub fn groups_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.groups_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`groups_prefix`](Self::groups_prefix).
    pub fn set_groups_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.groups_prefix = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::identity_provider_config_arn`](crate::types::OidcIdentityProviderConfig::identity_provider_config_arn).
    pub fn identity_provider_config_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity_provider_config_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_provider_config_arn`](Self::identity_provider_config_arn).
    pub fn set_identity_provider_config_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.identity_provider_config_arn = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::identity_provider_config_name`](crate::types::OidcIdentityProviderConfig::identity_provider_config_name).
    pub fn identity_provider_config_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity_provider_config_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_provider_config_name`](Self::identity_provider_config_name).
    pub fn set_identity_provider_config_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.identity_provider_config_name = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::issuer_url`](crate::types::OidcIdentityProviderConfig::issuer_url).
    pub fn issuer_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuer_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`issuer_url`](Self::issuer_url).
    pub fn set_issuer_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.issuer_url = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::required_claims`](crate::types::OidcIdentityProviderConfig::required_claims).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn required_claims(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.required_claims
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`required_claims`](Self::required_claims).
    pub fn set_required_claims(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.required_claims = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::status`](crate::types::OidcIdentityProviderConfig::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConfigStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::ConfigStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::tags`](crate::types::OidcIdentityProviderConfig::tags).
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
    /// See [`OidcIdentityProviderConfig::username_claim`](crate::types::OidcIdentityProviderConfig::username_claim).
    pub fn username_claim(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username_claim = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`username_claim`](Self::username_claim).
    pub fn set_username_claim(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.username_claim = input;
        self
    }
    /// See [`OidcIdentityProviderConfig::username_prefix`](crate::types::OidcIdentityProviderConfig::username_prefix).
    pub fn username_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`username_prefix`](Self::username_prefix).
    pub fn set_username_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.username_prefix = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OidcIdentityProviderConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OidcIdentityProviderConfig {
            client_id: self.client_id,
            cluster_name: self.cluster_name,
            groups_claim: self.groups_claim,
            groups_prefix: self.groups_prefix,
            identity_provider_config_arn: self.identity_provider_config_arn,
            identity_provider_config_name: self.identity_provider_config_name,
            issuer_url: self.issuer_url,
            required_claims: self.required_claims,
            status: self.status,
            tags: self.tags,
            username_claim: self.username_claim,
            username_prefix: self.username_prefix,
        })
    }
}
/// A builder for [`OidcIdentityProviderConfigRequest`](crate::types::OidcIdentityProviderConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OidcIdentityProviderConfigRequestBuilder {
    pub(crate) client_id: ::std::option::Option<::std::string::String>,
    pub(crate) groups_claim: ::std::option::Option<::std::string::String>,
    pub(crate) groups_prefix: ::std::option::Option<::std::string::String>,
    pub(crate) identity_provider_config_name: ::std::option::Option<
        ::std::string::String,
    >,
    pub(crate) issuer_url: ::std::option::Option<::std::string::String>,
    pub(crate) required_claims: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) username_claim: ::std::option::Option<::std::string::String>,
    pub(crate) username_prefix: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for OidcIdentityProviderConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OidcIdentityProviderConfigRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl OidcIdentityProviderConfigRequestBuilder {
    /// See [`OidcIdentityProviderConfigRequest::client_id`](crate::types::OidcIdentityProviderConfigRequest::client_id).
    pub fn client_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`client_id`](Self::client_id).
    pub fn set_client_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.client_id = input;
        self
    }
    /// See [`OidcIdentityProviderConfigRequest::groups_claim`](crate::types::OidcIdentityProviderConfigRequest::groups_claim).
    pub fn groups_claim(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.groups_claim = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`groups_claim`](Self::groups_claim).
    pub fn set_groups_claim(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.groups_claim = input;
        self
    }
    /// See [`OidcIdentityProviderConfigRequest::groups_prefix`](crate::types::OidcIdentityProviderConfigRequest::groups_prefix).
    pub fn groups_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.groups_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`groups_prefix`](Self::groups_prefix).
    pub fn set_groups_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.groups_prefix = input;
        self
    }
    /// See [`OidcIdentityProviderConfigRequest::identity_provider_config_name`](crate::types::OidcIdentityProviderConfigRequest::identity_provider_config_name).
    pub fn identity_provider_config_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identity_provider_config_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`identity_provider_config_name`](Self::identity_provider_config_name).
    pub fn set_identity_provider_config_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.identity_provider_config_name = input;
        self
    }
    /// See [`OidcIdentityProviderConfigRequest::issuer_url`](crate::types::OidcIdentityProviderConfigRequest::issuer_url).
    pub fn issuer_url(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuer_url = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`issuer_url`](Self::issuer_url).
    pub fn set_issuer_url(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.issuer_url = input;
        self
    }
    /// See [`OidcIdentityProviderConfigRequest::required_claims`](crate::types::OidcIdentityProviderConfigRequest::required_claims).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn required_claims(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.required_claims
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`required_claims`](Self::required_claims).
    pub fn set_required_claims(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.required_claims = input;
        self
    }
    /// See [`OidcIdentityProviderConfigRequest::username_claim`](crate::types::OidcIdentityProviderConfigRequest::username_claim).
    pub fn username_claim(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username_claim = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`username_claim`](Self::username_claim).
    pub fn set_username_claim(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.username_claim = input;
        self
    }
    /// See [`OidcIdentityProviderConfigRequest::username_prefix`](crate::types::OidcIdentityProviderConfigRequest::username_prefix).
    pub fn username_prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username_prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`username_prefix`](Self::username_prefix).
    pub fn set_username_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.username_prefix = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OidcIdentityProviderConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OidcIdentityProviderConfigRequest {
            client_id: self
                .client_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OidcIdentityProviderConfigRequest",
                        "client_id",
                    ),
                )?,
            groups_claim: self.groups_claim,
            groups_prefix: self.groups_prefix,
            identity_provider_config_name: self
                .identity_provider_config_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OidcIdentityProviderConfigRequest",
                        "identity_provider_config_name",
                    ),
                )?,
            issuer_url: self
                .issuer_url
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OidcIdentityProviderConfigRequest",
                        "issuer_url",
                    ),
                )?,
            required_claims: self.required_claims,
            username_claim: self.username_claim,
            username_prefix: self.username_prefix,
        })
    }
}
/// A builder for [`OutpostConfigRequest`](crate::types::OutpostConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OutpostConfigRequestBuilder {
    pub(crate) control_plane_instance_type: ::std::option::Option<::std::string::String>,
    pub(crate) control_plane_placement: ::std::option::Option<
        crate::types::ControlPlanePlacementRequest,
    >,
    pub(crate) outpost_arns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) etcd_instance_type: ::std::option::Option<::std::string::String>,
    pub(crate) etcd_placement: ::std::option::Option<crate::types::EtcdPlacementRequest>,
}
impl ::std::fmt::Debug for OutpostConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OutpostConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl OutpostConfigRequestBuilder {
    /// See [`OutpostConfigRequest::control_plane_instance_type`](crate::types::OutpostConfigRequest::control_plane_instance_type).
    pub fn control_plane_instance_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.control_plane_instance_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_instance_type`](Self::control_plane_instance_type).
    pub fn set_control_plane_instance_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.control_plane_instance_type = input;
        self
    }
    /// See [`OutpostConfigRequest::control_plane_placement`](crate::types::OutpostConfigRequest::control_plane_placement).
    pub fn control_plane_placement(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlanePlacementRequest>,
    ) -> Self {
        self.control_plane_placement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_placement`](Self::control_plane_placement).
    pub fn set_control_plane_placement(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlanePlacementRequest>,
    ) -> Self {
        self.control_plane_placement = input;
        self
    }
    /// See [`OutpostConfigRequest::outpost_arns`](crate::types::OutpostConfigRequest::outpost_arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn outpost_arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.outpost_arns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`outpost_arns`](Self::outpost_arns).
    pub fn set_outpost_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.outpost_arns = input;
        self
    }
    /// See [`OutpostConfigRequest::etcd_instance_type`](crate::types::OutpostConfigRequest::etcd_instance_type).
    pub fn etcd_instance_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.etcd_instance_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`etcd_instance_type`](Self::etcd_instance_type).
    pub fn set_etcd_instance_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.etcd_instance_type = input;
        self
    }
    /// See [`OutpostConfigRequest::etcd_placement`](crate::types::OutpostConfigRequest::etcd_placement).
    pub fn etcd_placement(
        mut self,
        input: impl ::std::convert::Into<crate::types::EtcdPlacementRequest>,
    ) -> Self {
        self.etcd_placement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`etcd_placement`](Self::etcd_placement).
    pub fn set_etcd_placement(
        mut self,
        input: ::std::option::Option<crate::types::EtcdPlacementRequest>,
    ) -> Self {
        self.etcd_placement = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OutpostConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OutpostConfigRequest {
            control_plane_instance_type: self
                .control_plane_instance_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OutpostConfigRequest",
                        "control_plane_instance_type",
                    ),
                )?,
            control_plane_placement: self.control_plane_placement,
            outpost_arns: self
                .outpost_arns
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OutpostConfigRequest",
                        "outpost_arns",
                    ),
                )?,
            etcd_instance_type: self.etcd_instance_type,
            etcd_placement: self.etcd_placement,
        })
    }
}
/// A builder for [`OutpostConfigResponse`](crate::types::OutpostConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OutpostConfigResponseBuilder {
    pub(crate) control_plane_instance_type: ::std::option::Option<::std::string::String>,
    pub(crate) control_plane_placement: ::std::option::Option<
        crate::types::ControlPlanePlacementResponse,
    >,
    pub(crate) outpost_arns: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) etcd_instance_type: ::std::option::Option<::std::string::String>,
    pub(crate) etcd_placement: ::std::option::Option<
        crate::types::EtcdPlacementResponse,
    >,
}
impl ::std::fmt::Debug for OutpostConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OutpostConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl OutpostConfigResponseBuilder {
    /// See [`OutpostConfigResponse::control_plane_instance_type`](crate::types::OutpostConfigResponse::control_plane_instance_type).
    pub fn control_plane_instance_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.control_plane_instance_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_instance_type`](Self::control_plane_instance_type).
    pub fn set_control_plane_instance_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.control_plane_instance_type = input;
        self
    }
    /// See [`OutpostConfigResponse::control_plane_placement`](crate::types::OutpostConfigResponse::control_plane_placement).
    pub fn control_plane_placement(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlanePlacementResponse>,
    ) -> Self {
        self.control_plane_placement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_placement`](Self::control_plane_placement).
    pub fn set_control_plane_placement(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlanePlacementResponse>,
    ) -> Self {
        self.control_plane_placement = input;
        self
    }
    /// See [`OutpostConfigResponse::outpost_arns`](crate::types::OutpostConfigResponse::outpost_arns).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn outpost_arns(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.outpost_arns.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`outpost_arns`](Self::outpost_arns).
    pub fn set_outpost_arns(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.outpost_arns = input;
        self
    }
    /// See [`OutpostConfigResponse::etcd_instance_type`](crate::types::OutpostConfigResponse::etcd_instance_type).
    pub fn etcd_instance_type(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.etcd_instance_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`etcd_instance_type`](Self::etcd_instance_type).
    pub fn set_etcd_instance_type(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.etcd_instance_type = input;
        self
    }
    /// See [`OutpostConfigResponse::etcd_placement`](crate::types::OutpostConfigResponse::etcd_placement).
    pub fn etcd_placement(
        mut self,
        input: impl ::std::convert::Into<crate::types::EtcdPlacementResponse>,
    ) -> Self {
        self.etcd_placement = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`etcd_placement`](Self::etcd_placement).
    pub fn set_etcd_placement(
        mut self,
        input: ::std::option::Option<crate::types::EtcdPlacementResponse>,
    ) -> Self {
        self.etcd_placement = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OutpostConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OutpostConfigResponse {
            control_plane_instance_type: self
                .control_plane_instance_type
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OutpostConfigResponse",
                        "control_plane_instance_type",
                    ),
                )?,
            control_plane_placement: self.control_plane_placement,
            outpost_arns: self
                .outpost_arns
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "OutpostConfigResponse",
                        "outpost_arns",
                    ),
                )?,
            etcd_instance_type: self.etcd_instance_type,
            etcd_placement: self.etcd_placement,
        })
    }
}
/// A builder for [`PodGcControllerConfigRequest`](crate::types::PodGcControllerConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PodGcControllerConfigRequestBuilder {
    pub(crate) terminated_pod_gc_threshold: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for PodGcControllerConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PodGcControllerConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl PodGcControllerConfigRequestBuilder {
    /// See [`PodGcControllerConfigRequest::terminated_pod_gc_threshold`](crate::types::PodGcControllerConfigRequest::terminated_pod_gc_threshold).
    pub fn terminated_pod_gc_threshold(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.terminated_pod_gc_threshold = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`terminated_pod_gc_threshold`](Self::terminated_pod_gc_threshold).
    pub fn set_terminated_pod_gc_threshold(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.terminated_pod_gc_threshold = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PodGcControllerConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PodGcControllerConfigRequest {
            terminated_pod_gc_threshold: self.terminated_pod_gc_threshold,
        })
    }
}
/// A builder for [`PodGcControllerConfigResponse`](crate::types::PodGcControllerConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PodGcControllerConfigResponseBuilder {
    pub(crate) terminated_pod_gc_threshold: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for PodGcControllerConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PodGcControllerConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl PodGcControllerConfigResponseBuilder {
    /// See [`PodGcControllerConfigResponse::terminated_pod_gc_threshold`](crate::types::PodGcControllerConfigResponse::terminated_pod_gc_threshold).
    pub fn terminated_pod_gc_threshold(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.terminated_pod_gc_threshold = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`terminated_pod_gc_threshold`](Self::terminated_pod_gc_threshold).
    pub fn set_terminated_pod_gc_threshold(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.terminated_pod_gc_threshold = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PodGcControllerConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PodGcControllerConfigResponse {
            terminated_pod_gc_threshold: self.terminated_pod_gc_threshold,
        })
    }
}
/// A builder for [`PodGcControllerVersionConfig`](crate::types::PodGcControllerVersionConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PodGcControllerVersionConfigBuilder {
    pub(crate) terminated_pod_gc_threshold: ::std::option::Option<
        crate::types::IntegerParameterConfig,
    >,
}
impl ::std::fmt::Debug for PodGcControllerVersionConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PodGcControllerVersionConfigBuilder").finish_non_exhaustive()
    }
}
impl PodGcControllerVersionConfigBuilder {
    /// See [`PodGcControllerVersionConfig::terminated_pod_gc_threshold`](crate::types::PodGcControllerVersionConfig::terminated_pod_gc_threshold).
    pub fn terminated_pod_gc_threshold(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegerParameterConfig>,
    ) -> Self {
        self.terminated_pod_gc_threshold = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`terminated_pod_gc_threshold`](Self::terminated_pod_gc_threshold).
    pub fn set_terminated_pod_gc_threshold(
        mut self,
        input: ::std::option::Option<crate::types::IntegerParameterConfig>,
    ) -> Self {
        self.terminated_pod_gc_threshold = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PodGcControllerVersionConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PodGcControllerVersionConfig {
            terminated_pod_gc_threshold: self.terminated_pod_gc_threshold,
        })
    }
}
/// A builder for [`PodIdentityAssociation`](crate::types::PodIdentityAssociation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PodIdentityAssociationBuilder {
    pub(crate) association_arn: ::std::option::Option<::std::string::String>,
    pub(crate) association_id: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) disable_session_tags: ::std::option::Option<bool>,
    pub(crate) external_id: ::std::option::Option<::std::string::String>,
    pub(crate) modified_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
    pub(crate) owner_arn: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) service_account: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) target_role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PodIdentityAssociationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PodIdentityAssociationBuilder").finish_non_exhaustive()
    }
}
impl PodIdentityAssociationBuilder {
    /// See [`PodIdentityAssociation::association_arn`](crate::types::PodIdentityAssociation::association_arn).
    pub fn association_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.association_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association_arn`](Self::association_arn).
    pub fn set_association_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.association_arn = input;
        self
    }
    /// See [`PodIdentityAssociation::association_id`](crate::types::PodIdentityAssociation::association_id).
    pub fn association_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.association_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association_id`](Self::association_id).
    pub fn set_association_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.association_id = input;
        self
    }
    /// See [`PodIdentityAssociation::cluster_name`](crate::types::PodIdentityAssociation::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`PodIdentityAssociation::created_at`](crate::types::PodIdentityAssociation::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`PodIdentityAssociation::disable_session_tags`](crate::types::PodIdentityAssociation::disable_session_tags).
    pub fn disable_session_tags(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disable_session_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disable_session_tags`](Self::disable_session_tags).
    pub fn set_disable_session_tags(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.disable_session_tags = input;
        self
    }
    /// See [`PodIdentityAssociation::external_id`](crate::types::PodIdentityAssociation::external_id).
    pub fn external_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`external_id`](Self::external_id).
    pub fn set_external_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.external_id = input;
        self
    }
    /// See [`PodIdentityAssociation::modified_at`](crate::types::PodIdentityAssociation::modified_at).
    pub fn modified_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`modified_at`](Self::modified_at).
    pub fn set_modified_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.modified_at = input;
        self
    }
    /// See [`PodIdentityAssociation::namespace`](crate::types::PodIdentityAssociation::namespace).
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
    /// See [`PodIdentityAssociation::owner_arn`](crate::types::PodIdentityAssociation::owner_arn).
    pub fn owner_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`owner_arn`](Self::owner_arn).
    pub fn set_owner_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.owner_arn = input;
        self
    }
    /// See [`PodIdentityAssociation::policy`](crate::types::PodIdentityAssociation::policy).
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
    /// See [`PodIdentityAssociation::role_arn`](crate::types::PodIdentityAssociation::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`PodIdentityAssociation::service_account`](crate::types::PodIdentityAssociation::service_account).
    pub fn service_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account`](Self::service_account).
    pub fn set_service_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account = input;
        self
    }
    /// See [`PodIdentityAssociation::tags`](crate::types::PodIdentityAssociation::tags).
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
    /// See [`PodIdentityAssociation::target_role_arn`](crate::types::PodIdentityAssociation::target_role_arn).
    pub fn target_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_role_arn`](Self::target_role_arn).
    pub fn set_target_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PodIdentityAssociation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PodIdentityAssociation {
            association_arn: self.association_arn,
            association_id: self.association_id,
            cluster_name: self.cluster_name,
            created_at: self.created_at,
            disable_session_tags: self.disable_session_tags,
            external_id: self.external_id,
            modified_at: self.modified_at,
            namespace: self.namespace,
            owner_arn: self.owner_arn,
            policy: self.policy,
            role_arn: self.role_arn,
            service_account: self.service_account,
            tags: self.tags,
            target_role_arn: self.target_role_arn,
        })
    }
}
/// A builder for [`PodIdentityAssociationSummary`](crate::types::PodIdentityAssociationSummary).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PodIdentityAssociationSummaryBuilder {
    pub(crate) association_arn: ::std::option::Option<::std::string::String>,
    pub(crate) association_id: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) namespace: ::std::option::Option<::std::string::String>,
    pub(crate) owner_arn: ::std::option::Option<::std::string::String>,
    pub(crate) service_account: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PodIdentityAssociationSummaryBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PodIdentityAssociationSummaryBuilder").finish_non_exhaustive()
    }
}
impl PodIdentityAssociationSummaryBuilder {
    /// See [`PodIdentityAssociationSummary::association_arn`](crate::types::PodIdentityAssociationSummary::association_arn).
    pub fn association_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.association_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association_arn`](Self::association_arn).
    pub fn set_association_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.association_arn = input;
        self
    }
    /// See [`PodIdentityAssociationSummary::association_id`](crate::types::PodIdentityAssociationSummary::association_id).
    pub fn association_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.association_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association_id`](Self::association_id).
    pub fn set_association_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.association_id = input;
        self
    }
    /// See [`PodIdentityAssociationSummary::cluster_name`](crate::types::PodIdentityAssociationSummary::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`PodIdentityAssociationSummary::namespace`](crate::types::PodIdentityAssociationSummary::namespace).
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
    /// See [`PodIdentityAssociationSummary::owner_arn`](crate::types::PodIdentityAssociationSummary::owner_arn).
    pub fn owner_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.owner_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`owner_arn`](Self::owner_arn).
    pub fn set_owner_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.owner_arn = input;
        self
    }
    /// See [`PodIdentityAssociationSummary::service_account`](crate::types::PodIdentityAssociationSummary::service_account).
    pub fn service_account(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account`](Self::service_account).
    pub fn set_service_account(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PodIdentityAssociationSummary,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PodIdentityAssociationSummary {
            association_arn: self.association_arn,
            association_id: self.association_id,
            cluster_name: self.cluster_name,
            namespace: self.namespace,
            owner_arn: self.owner_arn,
            service_account: self.service_account,
        })
    }
}
/// A builder for [`PortRangeConstraints`](crate::types::PortRangeConstraints).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PortRangeConstraintsBuilder {
    pub(crate) max_port: ::std::option::Option<crate::types::IntegerRangeConstraint>,
    pub(crate) min_port: ::std::option::Option<crate::types::IntegerRangeConstraint>,
}
impl ::std::fmt::Debug for PortRangeConstraintsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PortRangeConstraintsBuilder").finish_non_exhaustive()
    }
}
impl PortRangeConstraintsBuilder {
    /// See [`PortRangeConstraints::max_port`](crate::types::PortRangeConstraints::max_port).
    pub fn max_port(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegerRangeConstraint>,
    ) -> Self {
        self.max_port = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_port`](Self::max_port).
    pub fn set_max_port(
        mut self,
        input: ::std::option::Option<crate::types::IntegerRangeConstraint>,
    ) -> Self {
        self.max_port = input;
        self
    }
    /// See [`PortRangeConstraints::min_port`](crate::types::PortRangeConstraints::min_port).
    pub fn min_port(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegerRangeConstraint>,
    ) -> Self {
        self.min_port = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min_port`](Self::min_port).
    pub fn set_min_port(
        mut self,
        input: ::std::option::Option<crate::types::IntegerRangeConstraint>,
    ) -> Self {
        self.min_port = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PortRangeConstraints,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PortRangeConstraints {
            max_port: self.max_port,
            min_port: self.min_port,
        })
    }
}
/// A builder for [`PortRangeParameterConfig`](crate::types::PortRangeParameterConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PortRangeParameterConfigBuilder {
    pub(crate) constraints: ::std::option::Option<crate::types::PortRangeConstraints>,
    pub(crate) default_value: ::std::option::Option<crate::types::ServiceNodePortRange>,
}
impl ::std::fmt::Debug for PortRangeParameterConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PortRangeParameterConfigBuilder").finish_non_exhaustive()
    }
}
impl PortRangeParameterConfigBuilder {
    /// See [`PortRangeParameterConfig::constraints`](crate::types::PortRangeParameterConfig::constraints).
    pub fn constraints(
        mut self,
        input: impl ::std::convert::Into<crate::types::PortRangeConstraints>,
    ) -> Self {
        self.constraints = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`constraints`](Self::constraints).
    pub fn set_constraints(
        mut self,
        input: ::std::option::Option<crate::types::PortRangeConstraints>,
    ) -> Self {
        self.constraints = input;
        self
    }
    /// See [`PortRangeParameterConfig::default_value`](crate::types::PortRangeParameterConfig::default_value).
    pub fn default_value(
        mut self,
        input: impl ::std::convert::Into<crate::types::ServiceNodePortRange>,
    ) -> Self {
        self.default_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_value`](Self::default_value).
    pub fn set_default_value(
        mut self,
        input: ::std::option::Option<crate::types::ServiceNodePortRange>,
    ) -> Self {
        self.default_value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PortRangeParameterConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PortRangeParameterConfig {
            constraints: self.constraints,
            default_value: self.default_value,
        })
    }
}
/// A builder for [`Provider`](crate::types::Provider).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProviderBuilder {
    pub(crate) key_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ProviderBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProviderBuilder").finish_non_exhaustive()
    }
}
impl ProviderBuilder {
    /// See [`Provider::key_arn`](crate::types::Provider::key_arn).
    pub fn key_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`key_arn`](Self::key_arn).
    pub fn set_key_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.key_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Provider, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Provider {
            key_arn: self.key_arn,
        })
    }
}
/// A builder for [`RegisterClusterRequest`](crate::types::RegisterClusterRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RegisterClusterRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) connector_config: ::std::option::Option<
        crate::types::ConnectorConfigRequest,
    >,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for RegisterClusterRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterClusterRequestBuilder").finish_non_exhaustive()
    }
}
impl RegisterClusterRequestBuilder {
    /// See [`RegisterClusterRequest::client_request_token`](crate::types::RegisterClusterRequest::client_request_token).
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
    /// See [`RegisterClusterRequest::connector_config`](crate::types::RegisterClusterRequest::connector_config).
    pub fn connector_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ConnectorConfigRequest>,
    ) -> Self {
        self.connector_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`connector_config`](Self::connector_config).
    pub fn set_connector_config(
        mut self,
        input: ::std::option::Option<crate::types::ConnectorConfigRequest>,
    ) -> Self {
        self.connector_config = input;
        self
    }
    /// See [`RegisterClusterRequest::name`](crate::types::RegisterClusterRequest::name).
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
    /// See [`RegisterClusterRequest::tags`](crate::types::RegisterClusterRequest::tags).
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
        crate::types::RegisterClusterRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RegisterClusterRequest {
            client_request_token: self.client_request_token,
            connector_config: self
                .connector_config
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RegisterClusterRequest",
                        "connector_config",
                    ),
                )?,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing("RegisterClusterRequest", "name"),
                )?,
            tags: self.tags,
        })
    }
}
/// A builder for [`RegisterClusterResponse`](crate::types::RegisterClusterResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RegisterClusterResponseBuilder {
    pub(crate) cluster: ::std::option::Option<crate::types::Cluster>,
}
impl ::std::fmt::Debug for RegisterClusterResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterClusterResponseBuilder").finish_non_exhaustive()
    }
}
impl RegisterClusterResponseBuilder {
    /// See [`RegisterClusterResponse::cluster`](crate::types::RegisterClusterResponse::cluster).
    pub fn cluster(
        mut self,
        input: impl ::std::convert::Into<crate::types::Cluster>,
    ) -> Self {
        self.cluster = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster`](Self::cluster).
    pub fn set_cluster(
        mut self,
        input: ::std::option::Option<crate::types::Cluster>,
    ) -> Self {
        self.cluster = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RegisterClusterResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RegisterClusterResponse {
            cluster: self.cluster,
        })
    }
}
/// A builder for [`RemoteAccessConfig`](crate::types::RemoteAccessConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemoteAccessConfigBuilder {
    pub(crate) ec2_ssh_key: ::std::option::Option<::std::string::String>,
    pub(crate) source_security_groups: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for RemoteAccessConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoteAccessConfigBuilder").finish_non_exhaustive()
    }
}
impl RemoteAccessConfigBuilder {
    /// See [`RemoteAccessConfig::ec2_ssh_key`](crate::types::RemoteAccessConfig::ec2_ssh_key).
    pub fn ec2_ssh_key(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ec2_ssh_key = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ec2_ssh_key`](Self::ec2_ssh_key).
    pub fn set_ec2_ssh_key(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.ec2_ssh_key = input;
        self
    }
    /// See [`RemoteAccessConfig::source_security_groups`](crate::types::RemoteAccessConfig::source_security_groups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn source_security_groups(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_security_groups
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`source_security_groups`](Self::source_security_groups).
    pub fn set_source_security_groups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.source_security_groups = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemoteAccessConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemoteAccessConfig {
            ec2_ssh_key: self.ec2_ssh_key,
            source_security_groups: self.source_security_groups,
        })
    }
}
/// A builder for [`RemoteNetworkConfigRequest`](crate::types::RemoteNetworkConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemoteNetworkConfigRequestBuilder {
    pub(crate) remote_node_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemoteNodeNetwork>,
    >,
    pub(crate) remote_pod_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemotePodNetwork>,
    >,
}
impl ::std::fmt::Debug for RemoteNetworkConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoteNetworkConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl RemoteNetworkConfigRequestBuilder {
    /// See [`RemoteNetworkConfigRequest::remote_node_networks`](crate::types::RemoteNetworkConfigRequest::remote_node_networks).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn remote_node_networks(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteNodeNetwork>,
    ) -> Self {
        self.remote_node_networks
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`remote_node_networks`](Self::remote_node_networks).
    pub fn set_remote_node_networks(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::RemoteNodeNetwork>>,
    ) -> Self {
        self.remote_node_networks = input;
        self
    }
    /// See [`RemoteNetworkConfigRequest::remote_pod_networks`](crate::types::RemoteNetworkConfigRequest::remote_pod_networks).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn remote_pod_networks(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemotePodNetwork>,
    ) -> Self {
        self.remote_pod_networks
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`remote_pod_networks`](Self::remote_pod_networks).
    pub fn set_remote_pod_networks(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::RemotePodNetwork>>,
    ) -> Self {
        self.remote_pod_networks = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemoteNetworkConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemoteNetworkConfigRequest {
            remote_node_networks: self.remote_node_networks,
            remote_pod_networks: self.remote_pod_networks,
        })
    }
}
/// A builder for [`RemoteNetworkConfigResponse`](crate::types::RemoteNetworkConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemoteNetworkConfigResponseBuilder {
    pub(crate) remote_node_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemoteNodeNetwork>,
    >,
    pub(crate) remote_pod_networks: ::std::option::Option<
        ::std::vec::Vec<crate::types::RemotePodNetwork>,
    >,
}
impl ::std::fmt::Debug for RemoteNetworkConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoteNetworkConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl RemoteNetworkConfigResponseBuilder {
    /// See [`RemoteNetworkConfigResponse::remote_node_networks`](crate::types::RemoteNetworkConfigResponse::remote_node_networks).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn remote_node_networks(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteNodeNetwork>,
    ) -> Self {
        self.remote_node_networks
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`remote_node_networks`](Self::remote_node_networks).
    pub fn set_remote_node_networks(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::RemoteNodeNetwork>>,
    ) -> Self {
        self.remote_node_networks = input;
        self
    }
    /// See [`RemoteNetworkConfigResponse::remote_pod_networks`](crate::types::RemoteNetworkConfigResponse::remote_pod_networks).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn remote_pod_networks(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemotePodNetwork>,
    ) -> Self {
        self.remote_pod_networks
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`remote_pod_networks`](Self::remote_pod_networks).
    pub fn set_remote_pod_networks(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::RemotePodNetwork>>,
    ) -> Self {
        self.remote_pod_networks = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemoteNetworkConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemoteNetworkConfigResponse {
            remote_node_networks: self.remote_node_networks,
            remote_pod_networks: self.remote_pod_networks,
        })
    }
}
/// A builder for [`RemoteNodeNetwork`](crate::types::RemoteNodeNetwork).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemoteNodeNetworkBuilder {
    pub(crate) cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for RemoteNodeNetworkBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoteNodeNetworkBuilder").finish_non_exhaustive()
    }
}
impl RemoteNodeNetworkBuilder {
    /// See [`RemoteNodeNetwork::cidrs`](crate::types::RemoteNodeNetwork::cidrs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cidrs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cidrs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`cidrs`](Self::cidrs).
    pub fn set_cidrs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.cidrs = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemoteNodeNetwork,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemoteNodeNetwork {
            cidrs: self.cidrs,
        })
    }
}
/// A builder for [`RemotePodNetwork`](crate::types::RemotePodNetwork).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemotePodNetworkBuilder {
    pub(crate) cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::fmt::Debug for RemotePodNetworkBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemotePodNetworkBuilder").finish_non_exhaustive()
    }
}
impl RemotePodNetworkBuilder {
    /// See [`RemotePodNetwork::cidrs`](crate::types::RemotePodNetwork::cidrs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn cidrs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cidrs.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`cidrs`](Self::cidrs).
    pub fn set_cidrs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.cidrs = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemotePodNetwork,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemotePodNetwork {
            cidrs: self.cidrs,
        })
    }
}
/// A builder for [`ResourceConstraints`](crate::types::ResourceConstraints).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResourceConstraintsBuilder {
    pub(crate) name: ::std::option::Option<crate::types::AllowedValuesConstraint>,
    pub(crate) weight: ::std::option::Option<crate::types::IntegerRangeConstraint>,
}
impl ::std::fmt::Debug for ResourceConstraintsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceConstraintsBuilder").finish_non_exhaustive()
    }
}
impl ResourceConstraintsBuilder {
    /// See [`ResourceConstraints::name`](crate::types::ResourceConstraints::name).
    pub fn name(
        mut self,
        input: impl ::std::convert::Into<crate::types::AllowedValuesConstraint>,
    ) -> Self {
        self.name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`name`](Self::name).
    pub fn set_name(
        mut self,
        input: ::std::option::Option<crate::types::AllowedValuesConstraint>,
    ) -> Self {
        self.name = input;
        self
    }
    /// See [`ResourceConstraints::weight`](crate::types::ResourceConstraints::weight).
    pub fn weight(
        mut self,
        input: impl ::std::convert::Into<crate::types::IntegerRangeConstraint>,
    ) -> Self {
        self.weight = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`weight`](Self::weight).
    pub fn set_weight(
        mut self,
        input: ::std::option::Option<crate::types::IntegerRangeConstraint>,
    ) -> Self {
        self.weight = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ResourceConstraints,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ResourceConstraints {
            name: self.name,
            weight: self.weight,
        })
    }
}
/// A builder for [`ResourceWeight`](crate::types::ResourceWeight).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ResourceWeightBuilder {
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) weight: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ResourceWeightBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResourceWeightBuilder").finish_non_exhaustive()
    }
}
impl ResourceWeightBuilder {
    /// See [`ResourceWeight::name`](crate::types::ResourceWeight::name).
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
    /// See [`ResourceWeight::weight`](crate::types::ResourceWeight::weight).
    pub fn weight(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.weight = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`weight`](Self::weight).
    pub fn set_weight(mut self, input: ::std::option::Option<i64>) -> Self {
        self.weight = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ResourceWeight,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ResourceWeight {
            name: self.name,
            weight: self.weight,
        })
    }
}
/// A builder for [`RollbackConfig`](crate::types::RollbackConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RollbackConfigBuilder {
    pub(crate) timeout_minutes: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for RollbackConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RollbackConfigBuilder").finish_non_exhaustive()
    }
}
impl RollbackConfigBuilder {
    /// See [`RollbackConfig::timeout_minutes`](crate::types::RollbackConfig::timeout_minutes).
    pub fn timeout_minutes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.timeout_minutes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`timeout_minutes`](Self::timeout_minutes).
    pub fn set_timeout_minutes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.timeout_minutes = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RollbackConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RollbackConfig {
            timeout_minutes: self.timeout_minutes,
        })
    }
}
/// A builder for [`ScoringStrategy`](crate::types::ScoringStrategy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ScoringStrategyBuilder {
    pub(crate) resources: ::std::option::Option<
        ::std::vec::Vec<crate::types::ResourceWeight>,
    >,
    pub(crate) r#type: ::std::option::Option<crate::types::ScoringStrategyType>,
}
impl ::std::fmt::Debug for ScoringStrategyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ScoringStrategyBuilder").finish_non_exhaustive()
    }
}
impl ScoringStrategyBuilder {
    /// See [`ScoringStrategy::resources`](crate::types::ScoringStrategy::resources).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceWeight>,
    ) -> Self {
        self.resources.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ResourceWeight>>,
    ) -> Self {
        self.resources = input;
        self
    }
    /// See [`ScoringStrategy::type`](crate::types::ScoringStrategy::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScoringStrategyType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::ScoringStrategyType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ScoringStrategy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ScoringStrategy {
            resources: self.resources,
            r#type: self.r#type,
        })
    }
}
/// A builder for [`ScoringStrategyConfig`](crate::types::ScoringStrategyConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ScoringStrategyConfigBuilder {
    pub(crate) constraints: ::std::option::Option<
        crate::types::ScoringStrategyConstraints,
    >,
    pub(crate) default_value: ::std::option::Option<crate::types::ScoringStrategy>,
}
impl ::std::fmt::Debug for ScoringStrategyConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ScoringStrategyConfigBuilder").finish_non_exhaustive()
    }
}
impl ScoringStrategyConfigBuilder {
    /// See [`ScoringStrategyConfig::constraints`](crate::types::ScoringStrategyConfig::constraints).
    pub fn constraints(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScoringStrategyConstraints>,
    ) -> Self {
        self.constraints = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`constraints`](Self::constraints).
    pub fn set_constraints(
        mut self,
        input: ::std::option::Option<crate::types::ScoringStrategyConstraints>,
    ) -> Self {
        self.constraints = input;
        self
    }
    /// See [`ScoringStrategyConfig::default_value`](crate::types::ScoringStrategyConfig::default_value).
    pub fn default_value(
        mut self,
        input: impl ::std::convert::Into<crate::types::ScoringStrategy>,
    ) -> Self {
        self.default_value = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`default_value`](Self::default_value).
    pub fn set_default_value(
        mut self,
        input: ::std::option::Option<crate::types::ScoringStrategy>,
    ) -> Self {
        self.default_value = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ScoringStrategyConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ScoringStrategyConfig {
            constraints: self.constraints,
            default_value: self.default_value,
        })
    }
}
/// A builder for [`ScoringStrategyConstraints`](crate::types::ScoringStrategyConstraints).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ScoringStrategyConstraintsBuilder {
    pub(crate) resources: ::std::option::Option<crate::types::ResourceConstraints>,
    pub(crate) scoring_strategy: ::std::option::Option<
        crate::types::AllowedValuesConstraint,
    >,
}
impl ::std::fmt::Debug for ScoringStrategyConstraintsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ScoringStrategyConstraintsBuilder").finish_non_exhaustive()
    }
}
impl ScoringStrategyConstraintsBuilder {
    /// See [`ScoringStrategyConstraints::resources`](crate::types::ScoringStrategyConstraints::resources).
    pub fn resources(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResourceConstraints>,
    ) -> Self {
        self.resources = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources`](Self::resources).
    pub fn set_resources(
        mut self,
        input: ::std::option::Option<crate::types::ResourceConstraints>,
    ) -> Self {
        self.resources = input;
        self
    }
    /// See [`ScoringStrategyConstraints::scoring_strategy`](crate::types::ScoringStrategyConstraints::scoring_strategy).
    pub fn scoring_strategy(
        mut self,
        input: impl ::std::convert::Into<crate::types::AllowedValuesConstraint>,
    ) -> Self {
        self.scoring_strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scoring_strategy`](Self::scoring_strategy).
    pub fn set_scoring_strategy(
        mut self,
        input: ::std::option::Option<crate::types::AllowedValuesConstraint>,
    ) -> Self {
        self.scoring_strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ScoringStrategyConstraints,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ScoringStrategyConstraints {
            resources: self.resources,
            scoring_strategy: self.scoring_strategy,
        })
    }
}
/// A builder for [`ServiceNodePortRange`](crate::types::ServiceNodePortRange).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ServiceNodePortRangeBuilder {
    pub(crate) max_port: ::std::option::Option<i64>,
    pub(crate) min_port: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for ServiceNodePortRangeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceNodePortRangeBuilder").finish_non_exhaustive()
    }
}
impl ServiceNodePortRangeBuilder {
    /// See [`ServiceNodePortRange::max_port`](crate::types::ServiceNodePortRange::max_port).
    pub fn max_port(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.max_port = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_port`](Self::max_port).
    pub fn set_max_port(mut self, input: ::std::option::Option<i64>) -> Self {
        self.max_port = input;
        self
    }
    /// See [`ServiceNodePortRange::min_port`](crate::types::ServiceNodePortRange::min_port).
    pub fn min_port(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.min_port = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min_port`](Self::min_port).
    pub fn set_min_port(mut self, input: ::std::option::Option<i64>) -> Self {
        self.min_port = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ServiceNodePortRange,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ServiceNodePortRange {
            max_port: self.max_port,
            min_port: self.min_port,
        })
    }
}
/// A builder for [`SsoIdentity`](crate::types::SsoIdentity).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SsoIdentityBuilder {
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::SsoIdentityType>,
}
impl ::std::fmt::Debug for SsoIdentityBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SsoIdentityBuilder").finish_non_exhaustive()
    }
}
impl SsoIdentityBuilder {
    /// See [`SsoIdentity::id`](crate::types::SsoIdentity::id).
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
    /// See [`SsoIdentity::type`](crate::types::SsoIdentity::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::SsoIdentityType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::SsoIdentityType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::SsoIdentity, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::SsoIdentity {
            id: self.id.ok_or(crate::runtime::BuildError::missing("SsoIdentity", "id"))?,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("SsoIdentity", "type"))?,
        })
    }
}
/// A builder for [`StartInsightsRefreshRequest`](crate::types::StartInsightsRefreshRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartInsightsRefreshRequestBuilder {
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for StartInsightsRefreshRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartInsightsRefreshRequestBuilder").finish_non_exhaustive()
    }
}
impl StartInsightsRefreshRequestBuilder {
    /// See [`StartInsightsRefreshRequest::cluster_name`](crate::types::StartInsightsRefreshRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartInsightsRefreshRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartInsightsRefreshRequest {
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "StartInsightsRefreshRequest",
                        "cluster_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`StartInsightsRefreshResponse`](crate::types::StartInsightsRefreshResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StartInsightsRefreshResponseBuilder {
    pub(crate) message: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<crate::types::InsightsRefreshStatus>,
}
impl ::std::fmt::Debug for StartInsightsRefreshResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartInsightsRefreshResponseBuilder").finish_non_exhaustive()
    }
}
impl StartInsightsRefreshResponseBuilder {
    /// See [`StartInsightsRefreshResponse::message`](crate::types::StartInsightsRefreshResponse::message).
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
    /// See [`StartInsightsRefreshResponse::status`](crate::types::StartInsightsRefreshResponse::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::InsightsRefreshStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::InsightsRefreshStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StartInsightsRefreshResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StartInsightsRefreshResponse {
            message: self.message,
            status: self.status,
        })
    }
}
/// A builder for [`StorageConfigRequest`](crate::types::StorageConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StorageConfigRequestBuilder {
    pub(crate) block_storage: ::std::option::Option<crate::types::BlockStorage>,
}
impl ::std::fmt::Debug for StorageConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StorageConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl StorageConfigRequestBuilder {
    /// See [`StorageConfigRequest::block_storage`](crate::types::StorageConfigRequest::block_storage).
    pub fn block_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::BlockStorage>,
    ) -> Self {
        self.block_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`block_storage`](Self::block_storage).
    pub fn set_block_storage(
        mut self,
        input: ::std::option::Option<crate::types::BlockStorage>,
    ) -> Self {
        self.block_storage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StorageConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StorageConfigRequest {
            block_storage: self.block_storage,
        })
    }
}
/// A builder for [`StorageConfigResponse`](crate::types::StorageConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct StorageConfigResponseBuilder {
    pub(crate) block_storage: ::std::option::Option<crate::types::BlockStorage>,
}
impl ::std::fmt::Debug for StorageConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StorageConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl StorageConfigResponseBuilder {
    /// See [`StorageConfigResponse::block_storage`](crate::types::StorageConfigResponse::block_storage).
    pub fn block_storage(
        mut self,
        input: impl ::std::convert::Into<crate::types::BlockStorage>,
    ) -> Self {
        self.block_storage = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`block_storage`](Self::block_storage).
    pub fn set_block_storage(
        mut self,
        input: ::std::option::Option<crate::types::BlockStorage>,
    ) -> Self {
        self.block_storage = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::StorageConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::StorageConfigResponse {
            block_storage: self.block_storage,
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
/// A builder for [`Taint`](crate::types::Taint).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct TaintBuilder {
    pub(crate) effect: ::std::option::Option<crate::types::TaintEffect>,
    pub(crate) key: ::std::option::Option<::std::string::String>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for TaintBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaintBuilder").finish_non_exhaustive()
    }
}
impl TaintBuilder {
    /// See [`Taint::effect`](crate::types::Taint::effect).
    pub fn effect(
        mut self,
        input: impl ::std::convert::Into<crate::types::TaintEffect>,
    ) -> Self {
        self.effect = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`effect`](Self::effect).
    pub fn set_effect(
        mut self,
        input: ::std::option::Option<crate::types::TaintEffect>,
    ) -> Self {
        self.effect = input;
        self
    }
    /// See [`Taint::key`](crate::types::Taint::key).
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
    /// See [`Taint::value`](crate::types::Taint::value).
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
    ) -> ::std::result::Result<crate::types::Taint, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Taint {
            effect: self.effect,
            key: self.key,
            value: self.value,
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
/// A builder for [`Update`](crate::types::Update).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateBuilder {
    pub(crate) created_at: ::std::option::Option<crate::runtime::Timestamp>,
    pub(crate) errors: ::std::option::Option<::std::vec::Vec<crate::types::ErrorDetail>>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) params: ::std::option::Option<::std::vec::Vec<crate::types::UpdateParam>>,
    pub(crate) status: ::std::option::Option<crate::types::UpdateStatus>,
    pub(crate) r#type: ::std::option::Option<crate::types::UpdateType>,
    pub(crate) cancellation: ::std::option::Option<crate::types::Cancellation>,
}
impl ::std::fmt::Debug for UpdateBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateBuilder").finish_non_exhaustive()
    }
}
impl UpdateBuilder {
    /// See [`Update::created_at`](crate::types::Update::created_at).
    pub fn created_at(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`created_at`](Self::created_at).
    pub fn set_created_at(
        mut self,
        input: ::std::option::Option<crate::runtime::Timestamp>,
    ) -> Self {
        self.created_at = input;
        self
    }
    /// See [`Update::errors`](crate::types::Update::errors).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn errors(
        mut self,
        input: impl ::std::convert::Into<crate::types::ErrorDetail>,
    ) -> Self {
        self.errors.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`errors`](Self::errors).
    pub fn set_errors(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ErrorDetail>>,
    ) -> Self {
        self.errors = input;
        self
    }
    /// See [`Update::id`](crate::types::Update::id).
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
    /// See [`Update::params`](crate::types::Update::params).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn params(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateParam>,
    ) -> Self {
        self.params.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`params`](Self::params).
    pub fn set_params(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::UpdateParam>>,
    ) -> Self {
        self.params = input;
        self
    }
    /// See [`Update::status`](crate::types::Update::status).
    pub fn status(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status`](Self::status).
    pub fn set_status(
        mut self,
        input: ::std::option::Option<crate::types::UpdateStatus>,
    ) -> Self {
        self.status = input;
        self
    }
    /// See [`Update::type`](crate::types::Update::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::UpdateType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`Update::cancellation`](crate::types::Update::cancellation).
    pub fn cancellation(
        mut self,
        input: impl ::std::convert::Into<crate::types::Cancellation>,
    ) -> Self {
        self.cancellation = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cancellation`](Self::cancellation).
    pub fn set_cancellation(
        mut self,
        input: ::std::option::Option<crate::types::Cancellation>,
    ) -> Self {
        self.cancellation = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Update, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Update {
            created_at: self.created_at,
            errors: self.errors,
            id: self.id,
            params: self.params,
            status: self.status,
            r#type: self.r#type,
            cancellation: self.cancellation,
        })
    }
}
/// A builder for [`UpdateAccessConfigRequest`](crate::types::UpdateAccessConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAccessConfigRequestBuilder {
    pub(crate) authentication_mode: ::std::option::Option<
        crate::types::AuthenticationMode,
    >,
}
impl ::std::fmt::Debug for UpdateAccessConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAccessConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateAccessConfigRequestBuilder {
    /// See [`UpdateAccessConfigRequest::authentication_mode`](crate::types::UpdateAccessConfigRequest::authentication_mode).
    pub fn authentication_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::AuthenticationMode>,
    ) -> Self {
        self.authentication_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`authentication_mode`](Self::authentication_mode).
    pub fn set_authentication_mode(
        mut self,
        input: ::std::option::Option<crate::types::AuthenticationMode>,
    ) -> Self {
        self.authentication_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAccessConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAccessConfigRequest {
            authentication_mode: self.authentication_mode,
        })
    }
}
/// A builder for [`UpdateAccessEntryRequest`](crate::types::UpdateAccessEntryRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAccessEntryRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) kubernetes_groups: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) principal_arn: ::std::option::Option<::std::string::String>,
    pub(crate) username: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateAccessEntryRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAccessEntryRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateAccessEntryRequestBuilder {
    /// See [`UpdateAccessEntryRequest::client_request_token`](crate::types::UpdateAccessEntryRequest::client_request_token).
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
    /// See [`UpdateAccessEntryRequest::cluster_name`](crate::types::UpdateAccessEntryRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`UpdateAccessEntryRequest::kubernetes_groups`](crate::types::UpdateAccessEntryRequest::kubernetes_groups).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn kubernetes_groups(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_groups
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`kubernetes_groups`](Self::kubernetes_groups).
    pub fn set_kubernetes_groups(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.kubernetes_groups = input;
        self
    }
    /// See [`UpdateAccessEntryRequest::principal_arn`](crate::types::UpdateAccessEntryRequest::principal_arn).
    pub fn principal_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`principal_arn`](Self::principal_arn).
    pub fn set_principal_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.principal_arn = input;
        self
    }
    /// See [`UpdateAccessEntryRequest::username`](crate::types::UpdateAccessEntryRequest::username).
    pub fn username(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`username`](Self::username).
    pub fn set_username(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.username = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAccessEntryRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAccessEntryRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateAccessEntryRequest",
                        "cluster_name",
                    ),
                )?,
            kubernetes_groups: self.kubernetes_groups,
            principal_arn: self
                .principal_arn
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateAccessEntryRequest",
                        "principal_arn",
                    ),
                )?,
            username: self.username,
        })
    }
}
/// A builder for [`UpdateAccessEntryResponse`](crate::types::UpdateAccessEntryResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAccessEntryResponseBuilder {
    pub(crate) access_entry: ::std::option::Option<crate::types::AccessEntry>,
}
impl ::std::fmt::Debug for UpdateAccessEntryResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAccessEntryResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateAccessEntryResponseBuilder {
    /// See [`UpdateAccessEntryResponse::access_entry`](crate::types::UpdateAccessEntryResponse::access_entry).
    pub fn access_entry(
        mut self,
        input: impl ::std::convert::Into<crate::types::AccessEntry>,
    ) -> Self {
        self.access_entry = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_entry`](Self::access_entry).
    pub fn set_access_entry(
        mut self,
        input: ::std::option::Option<crate::types::AccessEntry>,
    ) -> Self {
        self.access_entry = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAccessEntryResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAccessEntryResponse {
            access_entry: self.access_entry,
        })
    }
}
/// A builder for [`UpdateAckConfig`](crate::types::UpdateAckConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAckConfigBuilder {
    pub(crate) disabled_services: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) enable_cross_namespace: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for UpdateAckConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAckConfigBuilder").finish_non_exhaustive()
    }
}
impl UpdateAckConfigBuilder {
    /// See [`UpdateAckConfig::disabled_services`](crate::types::UpdateAckConfig::disabled_services).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn disabled_services(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disabled_services
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`disabled_services`](Self::disabled_services).
    pub fn set_disabled_services(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.disabled_services = input;
        self
    }
    /// See [`UpdateAckConfig::enable_cross_namespace`](crate::types::UpdateAckConfig::enable_cross_namespace).
    pub fn enable_cross_namespace(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.enable_cross_namespace = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enable_cross_namespace`](Self::enable_cross_namespace).
    pub fn set_enable_cross_namespace(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.enable_cross_namespace = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAckConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAckConfig {
            disabled_services: self.disabled_services,
            enable_cross_namespace: self.enable_cross_namespace,
        })
    }
}
/// A builder for [`UpdateAddonRequest`](crate::types::UpdateAddonRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAddonRequestBuilder {
    pub(crate) addon_name: ::std::option::Option<::std::string::String>,
    pub(crate) addon_version: ::std::option::Option<::std::string::String>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) configuration_values: ::std::option::Option<::std::string::String>,
    pub(crate) pod_identity_associations: ::std::option::Option<
        ::std::vec::Vec<crate::types::AddonPodIdentityAssociations>,
    >,
    pub(crate) resolve_conflicts: ::std::option::Option<crate::types::ResolveConflicts>,
    pub(crate) service_account_role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateAddonRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAddonRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateAddonRequestBuilder {
    /// See [`UpdateAddonRequest::addon_name`](crate::types::UpdateAddonRequest::addon_name).
    pub fn addon_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_name`](Self::addon_name).
    pub fn set_addon_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_name = input;
        self
    }
    /// See [`UpdateAddonRequest::addon_version`](crate::types::UpdateAddonRequest::addon_version).
    pub fn addon_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addon_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`addon_version`](Self::addon_version).
    pub fn set_addon_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.addon_version = input;
        self
    }
    /// See [`UpdateAddonRequest::client_request_token`](crate::types::UpdateAddonRequest::client_request_token).
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
    /// See [`UpdateAddonRequest::cluster_name`](crate::types::UpdateAddonRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`UpdateAddonRequest::configuration_values`](crate::types::UpdateAddonRequest::configuration_values).
    pub fn configuration_values(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.configuration_values = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration_values`](Self::configuration_values).
    pub fn set_configuration_values(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.configuration_values = input;
        self
    }
    /// See [`UpdateAddonRequest::pod_identity_associations`](crate::types::UpdateAddonRequest::pod_identity_associations).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn pod_identity_associations(
        mut self,
        input: impl ::std::convert::Into<crate::types::AddonPodIdentityAssociations>,
    ) -> Self {
        self.pod_identity_associations
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`pod_identity_associations`](Self::pod_identity_associations).
    pub fn set_pod_identity_associations(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::AddonPodIdentityAssociations>,
        >,
    ) -> Self {
        self.pod_identity_associations = input;
        self
    }
    /// See [`UpdateAddonRequest::resolve_conflicts`](crate::types::UpdateAddonRequest::resolve_conflicts).
    pub fn resolve_conflicts(
        mut self,
        input: impl ::std::convert::Into<crate::types::ResolveConflicts>,
    ) -> Self {
        self.resolve_conflicts = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resolve_conflicts`](Self::resolve_conflicts).
    pub fn set_resolve_conflicts(
        mut self,
        input: ::std::option::Option<crate::types::ResolveConflicts>,
    ) -> Self {
        self.resolve_conflicts = input;
        self
    }
    /// See [`UpdateAddonRequest::service_account_role_arn`](crate::types::UpdateAddonRequest::service_account_role_arn).
    pub fn service_account_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_account_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`service_account_role_arn`](Self::service_account_role_arn).
    pub fn set_service_account_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.service_account_role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateAddonRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAddonRequest {
            addon_name: self
                .addon_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateAddonRequest",
                        "addon_name",
                    ),
                )?,
            addon_version: self.addon_version,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateAddonRequest",
                        "cluster_name",
                    ),
                )?,
            configuration_values: self.configuration_values,
            pod_identity_associations: self.pod_identity_associations,
            resolve_conflicts: self.resolve_conflicts,
            service_account_role_arn: self.service_account_role_arn,
        })
    }
}
/// A builder for [`UpdateAddonResponse`](crate::types::UpdateAddonResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateAddonResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for UpdateAddonResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAddonResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateAddonResponseBuilder {
    /// See [`UpdateAddonResponse::update`](crate::types::UpdateAddonResponse::update).
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
        crate::types::UpdateAddonResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateAddonResponse {
            update: self.update,
        })
    }
}
/// A builder for [`UpdateArgoCdConfig`](crate::types::UpdateArgoCdConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateArgoCdConfigBuilder {
    pub(crate) network_access: ::std::option::Option<
        crate::types::ArgoCdNetworkAccessConfigRequest,
    >,
    pub(crate) rbac_role_mappings: ::std::option::Option<
        crate::types::UpdateRoleMappings,
    >,
}
impl ::std::fmt::Debug for UpdateArgoCdConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateArgoCdConfigBuilder").finish_non_exhaustive()
    }
}
impl UpdateArgoCdConfigBuilder {
    /// See [`UpdateArgoCdConfig::network_access`](crate::types::UpdateArgoCdConfig::network_access).
    pub fn network_access(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdNetworkAccessConfigRequest>,
    ) -> Self {
        self.network_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`network_access`](Self::network_access).
    pub fn set_network_access(
        mut self,
        input: ::std::option::Option<crate::types::ArgoCdNetworkAccessConfigRequest>,
    ) -> Self {
        self.network_access = input;
        self
    }
    /// See [`UpdateArgoCdConfig::rbac_role_mappings`](crate::types::UpdateArgoCdConfig::rbac_role_mappings).
    pub fn rbac_role_mappings(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateRoleMappings>,
    ) -> Self {
        self.rbac_role_mappings = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rbac_role_mappings`](Self::rbac_role_mappings).
    pub fn set_rbac_role_mappings(
        mut self,
        input: ::std::option::Option<crate::types::UpdateRoleMappings>,
    ) -> Self {
        self.rbac_role_mappings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateArgoCdConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateArgoCdConfig {
            network_access: self.network_access,
            rbac_role_mappings: self.rbac_role_mappings,
        })
    }
}
/// A builder for [`UpdateCapabilityConfiguration`](crate::types::UpdateCapabilityConfiguration).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateCapabilityConfigurationBuilder {
    pub(crate) ack: ::std::option::Option<crate::types::UpdateAckConfig>,
    pub(crate) argo_cd: ::std::option::Option<crate::types::UpdateArgoCdConfig>,
}
impl ::std::fmt::Debug for UpdateCapabilityConfigurationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCapabilityConfigurationBuilder").finish_non_exhaustive()
    }
}
impl UpdateCapabilityConfigurationBuilder {
    /// See [`UpdateCapabilityConfiguration::ack`](crate::types::UpdateCapabilityConfiguration::ack).
    pub fn ack(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateAckConfig>,
    ) -> Self {
        self.ack = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`ack`](Self::ack).
    pub fn set_ack(
        mut self,
        input: ::std::option::Option<crate::types::UpdateAckConfig>,
    ) -> Self {
        self.ack = input;
        self
    }
    /// See [`UpdateCapabilityConfiguration::argo_cd`](crate::types::UpdateCapabilityConfiguration::argo_cd).
    pub fn argo_cd(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateArgoCdConfig>,
    ) -> Self {
        self.argo_cd = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`argo_cd`](Self::argo_cd).
    pub fn set_argo_cd(
        mut self,
        input: ::std::option::Option<crate::types::UpdateArgoCdConfig>,
    ) -> Self {
        self.argo_cd = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateCapabilityConfiguration,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateCapabilityConfiguration {
            ack: self.ack,
            argo_cd: self.argo_cd,
        })
    }
}
/// A builder for [`UpdateCapabilityRequest`](crate::types::UpdateCapabilityRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateCapabilityRequestBuilder {
    pub(crate) capability_name: ::std::option::Option<::std::string::String>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) configuration: ::std::option::Option<
        crate::types::UpdateCapabilityConfiguration,
    >,
    pub(crate) delete_propagation_policy: ::std::option::Option<
        crate::types::CapabilityDeletePropagationPolicy,
    >,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateCapabilityRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCapabilityRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateCapabilityRequestBuilder {
    /// See [`UpdateCapabilityRequest::capability_name`](crate::types::UpdateCapabilityRequest::capability_name).
    pub fn capability_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capability_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capability_name`](Self::capability_name).
    pub fn set_capability_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capability_name = input;
        self
    }
    /// See [`UpdateCapabilityRequest::client_request_token`](crate::types::UpdateCapabilityRequest::client_request_token).
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
    /// See [`UpdateCapabilityRequest::cluster_name`](crate::types::UpdateCapabilityRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`UpdateCapabilityRequest::configuration`](crate::types::UpdateCapabilityRequest::configuration).
    pub fn configuration(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateCapabilityConfiguration>,
    ) -> Self {
        self.configuration = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`configuration`](Self::configuration).
    pub fn set_configuration(
        mut self,
        input: ::std::option::Option<crate::types::UpdateCapabilityConfiguration>,
    ) -> Self {
        self.configuration = input;
        self
    }
    /// See [`UpdateCapabilityRequest::delete_propagation_policy`](crate::types::UpdateCapabilityRequest::delete_propagation_policy).
    pub fn delete_propagation_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.delete_propagation_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`delete_propagation_policy`](Self::delete_propagation_policy).
    pub fn set_delete_propagation_policy(
        mut self,
        input: ::std::option::Option<crate::types::CapabilityDeletePropagationPolicy>,
    ) -> Self {
        self.delete_propagation_policy = input;
        self
    }
    /// See [`UpdateCapabilityRequest::role_arn`](crate::types::UpdateCapabilityRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateCapabilityRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateCapabilityRequest {
            capability_name: self
                .capability_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateCapabilityRequest",
                        "capability_name",
                    ),
                )?,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateCapabilityRequest",
                        "cluster_name",
                    ),
                )?,
            configuration: self.configuration,
            delete_propagation_policy: self.delete_propagation_policy,
            role_arn: self.role_arn,
        })
    }
}
/// A builder for [`UpdateCapabilityResponse`](crate::types::UpdateCapabilityResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateCapabilityResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for UpdateCapabilityResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateCapabilityResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateCapabilityResponseBuilder {
    /// See [`UpdateCapabilityResponse::update`](crate::types::UpdateCapabilityResponse::update).
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
        crate::types::UpdateCapabilityResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateCapabilityResponse {
            update: self.update,
        })
    }
}
/// A builder for [`UpdateClusterConfigRequest`](crate::types::UpdateClusterConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateClusterConfigRequestBuilder {
    pub(crate) access_config: ::std::option::Option<
        crate::types::UpdateAccessConfigRequest,
    >,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) compute_config: ::std::option::Option<crate::types::ComputeConfigRequest>,
    pub(crate) control_plane_scaling_config: ::std::option::Option<
        crate::types::ControlPlaneScalingConfig,
    >,
    pub(crate) deletion_protection: ::std::option::Option<bool>,
    pub(crate) kube_api_server_config: ::std::option::Option<
        crate::types::KubeApiServerConfigRequest,
    >,
    pub(crate) kube_controller_manager_config: ::std::option::Option<
        crate::types::KubeControllerManagerConfigRequest,
    >,
    pub(crate) kube_scheduler_config: ::std::option::Option<
        crate::types::KubeSchedulerConfigRequest,
    >,
    pub(crate) kubernetes_network_config: ::std::option::Option<
        crate::types::KubernetesNetworkConfigRequest,
    >,
    pub(crate) logging: ::std::option::Option<crate::types::Logging>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) remote_network_config: ::std::option::Option<
        crate::types::RemoteNetworkConfigRequest,
    >,
    pub(crate) resources_vpc_config: ::std::option::Option<
        crate::types::VpcConfigRequest,
    >,
    pub(crate) storage_config: ::std::option::Option<crate::types::StorageConfigRequest>,
    pub(crate) upgrade_policy: ::std::option::Option<crate::types::UpgradePolicyRequest>,
    pub(crate) zonal_shift_config: ::std::option::Option<
        crate::types::ZonalShiftConfigRequest,
    >,
}
impl ::std::fmt::Debug for UpdateClusterConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateClusterConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateClusterConfigRequestBuilder {
    /// See [`UpdateClusterConfigRequest::access_config`](crate::types::UpdateClusterConfigRequest::access_config).
    pub fn access_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateAccessConfigRequest>,
    ) -> Self {
        self.access_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`access_config`](Self::access_config).
    pub fn set_access_config(
        mut self,
        input: ::std::option::Option<crate::types::UpdateAccessConfigRequest>,
    ) -> Self {
        self.access_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::client_request_token`](crate::types::UpdateClusterConfigRequest::client_request_token).
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
    /// See [`UpdateClusterConfigRequest::compute_config`](crate::types::UpdateClusterConfigRequest::compute_config).
    pub fn compute_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ComputeConfigRequest>,
    ) -> Self {
        self.compute_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`compute_config`](Self::compute_config).
    pub fn set_compute_config(
        mut self,
        input: ::std::option::Option<crate::types::ComputeConfigRequest>,
    ) -> Self {
        self.compute_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::control_plane_scaling_config`](crate::types::UpdateClusterConfigRequest::control_plane_scaling_config).
    pub fn control_plane_scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.control_plane_scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_scaling_config`](Self::control_plane_scaling_config).
    pub fn set_control_plane_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneScalingConfig>,
    ) -> Self {
        self.control_plane_scaling_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::deletion_protection`](crate::types::UpdateClusterConfigRequest::deletion_protection).
    pub fn deletion_protection(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.deletion_protection = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`deletion_protection`](Self::deletion_protection).
    pub fn set_deletion_protection(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.deletion_protection = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::kube_api_server_config`](crate::types::UpdateClusterConfigRequest::kube_api_server_config).
    pub fn kube_api_server_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeApiServerConfigRequest>,
    ) -> Self {
        self.kube_api_server_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_api_server_config`](Self::kube_api_server_config).
    pub fn set_kube_api_server_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeApiServerConfigRequest>,
    ) -> Self {
        self.kube_api_server_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::kube_controller_manager_config`](crate::types::UpdateClusterConfigRequest::kube_controller_manager_config).
    pub fn kube_controller_manager_config(
        mut self,
        input: impl ::std::convert::Into<
            crate::types::KubeControllerManagerConfigRequest,
        >,
    ) -> Self {
        self.kube_controller_manager_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_controller_manager_config`](Self::kube_controller_manager_config).
    pub fn set_kube_controller_manager_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeControllerManagerConfigRequest>,
    ) -> Self {
        self.kube_controller_manager_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::kube_scheduler_config`](crate::types::UpdateClusterConfigRequest::kube_scheduler_config).
    pub fn kube_scheduler_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubeSchedulerConfigRequest>,
    ) -> Self {
        self.kube_scheduler_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kube_scheduler_config`](Self::kube_scheduler_config).
    pub fn set_kube_scheduler_config(
        mut self,
        input: ::std::option::Option<crate::types::KubeSchedulerConfigRequest>,
    ) -> Self {
        self.kube_scheduler_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::kubernetes_network_config`](crate::types::UpdateClusterConfigRequest::kubernetes_network_config).
    pub fn kubernetes_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::KubernetesNetworkConfigRequest>,
    ) -> Self {
        self.kubernetes_network_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kubernetes_network_config`](Self::kubernetes_network_config).
    pub fn set_kubernetes_network_config(
        mut self,
        input: ::std::option::Option<crate::types::KubernetesNetworkConfigRequest>,
    ) -> Self {
        self.kubernetes_network_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::logging`](crate::types::UpdateClusterConfigRequest::logging).
    pub fn logging(
        mut self,
        input: impl ::std::convert::Into<crate::types::Logging>,
    ) -> Self {
        self.logging = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`logging`](Self::logging).
    pub fn set_logging(
        mut self,
        input: ::std::option::Option<crate::types::Logging>,
    ) -> Self {
        self.logging = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::name`](crate::types::UpdateClusterConfigRequest::name).
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
    /// See [`UpdateClusterConfigRequest::remote_network_config`](crate::types::UpdateClusterConfigRequest::remote_network_config).
    pub fn remote_network_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::RemoteNetworkConfigRequest>,
    ) -> Self {
        self.remote_network_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`remote_network_config`](Self::remote_network_config).
    pub fn set_remote_network_config(
        mut self,
        input: ::std::option::Option<crate::types::RemoteNetworkConfigRequest>,
    ) -> Self {
        self.remote_network_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::resources_vpc_config`](crate::types::UpdateClusterConfigRequest::resources_vpc_config).
    pub fn resources_vpc_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VpcConfigRequest>,
    ) -> Self {
        self.resources_vpc_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`resources_vpc_config`](Self::resources_vpc_config).
    pub fn set_resources_vpc_config(
        mut self,
        input: ::std::option::Option<crate::types::VpcConfigRequest>,
    ) -> Self {
        self.resources_vpc_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::storage_config`](crate::types::UpdateClusterConfigRequest::storage_config).
    pub fn storage_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::StorageConfigRequest>,
    ) -> Self {
        self.storage_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`storage_config`](Self::storage_config).
    pub fn set_storage_config(
        mut self,
        input: ::std::option::Option<crate::types::StorageConfigRequest>,
    ) -> Self {
        self.storage_config = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::upgrade_policy`](crate::types::UpdateClusterConfigRequest::upgrade_policy).
    pub fn upgrade_policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpgradePolicyRequest>,
    ) -> Self {
        self.upgrade_policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upgrade_policy`](Self::upgrade_policy).
    pub fn set_upgrade_policy(
        mut self,
        input: ::std::option::Option<crate::types::UpgradePolicyRequest>,
    ) -> Self {
        self.upgrade_policy = input;
        self
    }
    /// See [`UpdateClusterConfigRequest::zonal_shift_config`](crate::types::UpdateClusterConfigRequest::zonal_shift_config).
    pub fn zonal_shift_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::ZonalShiftConfigRequest>,
    ) -> Self {
        self.zonal_shift_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`zonal_shift_config`](Self::zonal_shift_config).
    pub fn set_zonal_shift_config(
        mut self,
        input: ::std::option::Option<crate::types::ZonalShiftConfigRequest>,
    ) -> Self {
        self.zonal_shift_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateClusterConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateClusterConfigRequest {
            access_config: self.access_config,
            client_request_token: self.client_request_token,
            compute_config: self.compute_config,
            control_plane_scaling_config: self.control_plane_scaling_config,
            deletion_protection: self.deletion_protection,
            kube_api_server_config: self.kube_api_server_config,
            kube_controller_manager_config: self.kube_controller_manager_config,
            kube_scheduler_config: self.kube_scheduler_config,
            kubernetes_network_config: self.kubernetes_network_config,
            logging: self.logging,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateClusterConfigRequest",
                        "name",
                    ),
                )?,
            remote_network_config: self.remote_network_config,
            resources_vpc_config: self.resources_vpc_config,
            storage_config: self.storage_config,
            upgrade_policy: self.upgrade_policy,
            zonal_shift_config: self.zonal_shift_config,
        })
    }
}
/// A builder for [`UpdateClusterConfigResponse`](crate::types::UpdateClusterConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateClusterConfigResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for UpdateClusterConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateClusterConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateClusterConfigResponseBuilder {
    /// See [`UpdateClusterConfigResponse::update`](crate::types::UpdateClusterConfigResponse::update).
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
        crate::types::UpdateClusterConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateClusterConfigResponse {
            update: self.update,
        })
    }
}
/// A builder for [`UpdateClusterVersionRequest`](crate::types::UpdateClusterVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateClusterVersionRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) force: ::std::option::Option<bool>,
    pub(crate) name: ::std::option::Option<::std::string::String>,
    pub(crate) rollback_config: ::std::option::Option<crate::types::RollbackConfig>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateClusterVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateClusterVersionRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateClusterVersionRequestBuilder {
    /// See [`UpdateClusterVersionRequest::client_request_token`](crate::types::UpdateClusterVersionRequest::client_request_token).
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
    /// See [`UpdateClusterVersionRequest::force`](crate::types::UpdateClusterVersionRequest::force).
    pub fn force(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.force = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`force`](Self::force).
    pub fn set_force(mut self, input: ::std::option::Option<bool>) -> Self {
        self.force = input;
        self
    }
    /// See [`UpdateClusterVersionRequest::name`](crate::types::UpdateClusterVersionRequest::name).
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
    /// See [`UpdateClusterVersionRequest::rollback_config`](crate::types::UpdateClusterVersionRequest::rollback_config).
    pub fn rollback_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::RollbackConfig>,
    ) -> Self {
        self.rollback_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`rollback_config`](Self::rollback_config).
    pub fn set_rollback_config(
        mut self,
        input: ::std::option::Option<crate::types::RollbackConfig>,
    ) -> Self {
        self.rollback_config = input;
        self
    }
    /// See [`UpdateClusterVersionRequest::version`](crate::types::UpdateClusterVersionRequest::version).
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
        crate::types::UpdateClusterVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateClusterVersionRequest {
            client_request_token: self.client_request_token,
            force: self.force,
            name: self
                .name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateClusterVersionRequest",
                        "name",
                    ),
                )?,
            rollback_config: self.rollback_config,
            version: self
                .version
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateClusterVersionRequest",
                        "version",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateClusterVersionResponse`](crate::types::UpdateClusterVersionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateClusterVersionResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for UpdateClusterVersionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateClusterVersionResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateClusterVersionResponseBuilder {
    /// See [`UpdateClusterVersionResponse::update`](crate::types::UpdateClusterVersionResponse::update).
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
        crate::types::UpdateClusterVersionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateClusterVersionResponse {
            update: self.update,
        })
    }
}
/// A builder for [`UpdateEksAnywhereSubscriptionRequest`](crate::types::UpdateEksAnywhereSubscriptionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateEksAnywhereSubscriptionRequestBuilder {
    pub(crate) auto_renew: ::std::option::Option<bool>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateEksAnywhereSubscriptionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateEksAnywhereSubscriptionRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateEksAnywhereSubscriptionRequestBuilder {
    /// See [`UpdateEksAnywhereSubscriptionRequest::auto_renew`](crate::types::UpdateEksAnywhereSubscriptionRequest::auto_renew).
    pub fn auto_renew(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.auto_renew = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`auto_renew`](Self::auto_renew).
    pub fn set_auto_renew(mut self, input: ::std::option::Option<bool>) -> Self {
        self.auto_renew = input;
        self
    }
    /// See [`UpdateEksAnywhereSubscriptionRequest::client_request_token`](crate::types::UpdateEksAnywhereSubscriptionRequest::client_request_token).
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
    /// See [`UpdateEksAnywhereSubscriptionRequest::id`](crate::types::UpdateEksAnywhereSubscriptionRequest::id).
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
        crate::types::UpdateEksAnywhereSubscriptionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateEksAnywhereSubscriptionRequest {
            auto_renew: self
                .auto_renew
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateEksAnywhereSubscriptionRequest",
                        "auto_renew",
                    ),
                )?,
            client_request_token: self.client_request_token,
            id: self
                .id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateEksAnywhereSubscriptionRequest",
                        "id",
                    ),
                )?,
        })
    }
}
/// A builder for [`UpdateEksAnywhereSubscriptionResponse`](crate::types::UpdateEksAnywhereSubscriptionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateEksAnywhereSubscriptionResponseBuilder {
    pub(crate) subscription: ::std::option::Option<
        crate::types::EksAnywhereSubscription,
    >,
}
impl ::std::fmt::Debug for UpdateEksAnywhereSubscriptionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateEksAnywhereSubscriptionResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdateEksAnywhereSubscriptionResponseBuilder {
    /// See [`UpdateEksAnywhereSubscriptionResponse::subscription`](crate::types::UpdateEksAnywhereSubscriptionResponse::subscription).
    pub fn subscription(
        mut self,
        input: impl ::std::convert::Into<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`subscription`](Self::subscription).
    pub fn set_subscription(
        mut self,
        input: ::std::option::Option<crate::types::EksAnywhereSubscription>,
    ) -> Self {
        self.subscription = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateEksAnywhereSubscriptionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateEksAnywhereSubscriptionResponse {
            subscription: self.subscription,
        })
    }
}
/// A builder for [`UpdateLabelsPayload`](crate::types::UpdateLabelsPayload).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateLabelsPayloadBuilder {
    pub(crate) add_or_update_labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) remove_labels: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
impl ::std::fmt::Debug for UpdateLabelsPayloadBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateLabelsPayloadBuilder").finish_non_exhaustive()
    }
}
impl UpdateLabelsPayloadBuilder {
    /// See [`UpdateLabelsPayload::add_or_update_labels`](crate::types::UpdateLabelsPayload::add_or_update_labels).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn add_or_update_labels(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.add_or_update_labels
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`add_or_update_labels`](Self::add_or_update_labels).
    pub fn set_add_or_update_labels(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.add_or_update_labels = input;
        self
    }
    /// See [`UpdateLabelsPayload::remove_labels`](crate::types::UpdateLabelsPayload::remove_labels).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn remove_labels(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remove_labels.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`remove_labels`](Self::remove_labels).
    pub fn set_remove_labels(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.remove_labels = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateLabelsPayload,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateLabelsPayload {
            add_or_update_labels: self.add_or_update_labels,
            remove_labels: self.remove_labels,
        })
    }
}
/// A builder for [`UpdateNodegroupConfigRequest`](crate::types::UpdateNodegroupConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateNodegroupConfigRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) labels: ::std::option::Option<crate::types::UpdateLabelsPayload>,
    pub(crate) node_repair_config: ::std::option::Option<crate::types::NodeRepairConfig>,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
    pub(crate) scaling_config: ::std::option::Option<
        crate::types::NodegroupScalingConfig,
    >,
    pub(crate) taints: ::std::option::Option<crate::types::UpdateTaintsPayload>,
    pub(crate) update_config: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    pub(crate) warm_pool_config: ::std::option::Option<crate::types::WarmPoolConfig>,
}
impl ::std::fmt::Debug for UpdateNodegroupConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateNodegroupConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateNodegroupConfigRequestBuilder {
    /// See [`UpdateNodegroupConfigRequest::client_request_token`](crate::types::UpdateNodegroupConfigRequest::client_request_token).
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
    /// See [`UpdateNodegroupConfigRequest::cluster_name`](crate::types::UpdateNodegroupConfigRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`UpdateNodegroupConfigRequest::labels`](crate::types::UpdateNodegroupConfigRequest::labels).
    pub fn labels(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateLabelsPayload>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`labels`](Self::labels).
    pub fn set_labels(
        mut self,
        input: ::std::option::Option<crate::types::UpdateLabelsPayload>,
    ) -> Self {
        self.labels = input;
        self
    }
    /// See [`UpdateNodegroupConfigRequest::node_repair_config`](crate::types::UpdateNodegroupConfigRequest::node_repair_config).
    pub fn node_repair_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.node_repair_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`node_repair_config`](Self::node_repair_config).
    pub fn set_node_repair_config(
        mut self,
        input: ::std::option::Option<crate::types::NodeRepairConfig>,
    ) -> Self {
        self.node_repair_config = input;
        self
    }
    /// See [`UpdateNodegroupConfigRequest::nodegroup_name`](crate::types::UpdateNodegroupConfigRequest::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// See [`UpdateNodegroupConfigRequest::scaling_config`](crate::types::UpdateNodegroupConfigRequest::scaling_config).
    pub fn scaling_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.scaling_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`scaling_config`](Self::scaling_config).
    pub fn set_scaling_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupScalingConfig>,
    ) -> Self {
        self.scaling_config = input;
        self
    }
    /// See [`UpdateNodegroupConfigRequest::taints`](crate::types::UpdateNodegroupConfigRequest::taints).
    pub fn taints(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateTaintsPayload>,
    ) -> Self {
        self.taints = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`taints`](Self::taints).
    pub fn set_taints(
        mut self,
        input: ::std::option::Option<crate::types::UpdateTaintsPayload>,
    ) -> Self {
        self.taints = input;
        self
    }
    /// See [`UpdateNodegroupConfigRequest::update_config`](crate::types::UpdateNodegroupConfigRequest::update_config).
    pub fn update_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.update_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`update_config`](Self::update_config).
    pub fn set_update_config(
        mut self,
        input: ::std::option::Option<crate::types::NodegroupUpdateConfig>,
    ) -> Self {
        self.update_config = input;
        self
    }
    /// See [`UpdateNodegroupConfigRequest::warm_pool_config`](crate::types::UpdateNodegroupConfigRequest::warm_pool_config).
    pub fn warm_pool_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.warm_pool_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`warm_pool_config`](Self::warm_pool_config).
    pub fn set_warm_pool_config(
        mut self,
        input: ::std::option::Option<crate::types::WarmPoolConfig>,
    ) -> Self {
        self.warm_pool_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateNodegroupConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateNodegroupConfigRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateNodegroupConfigRequest",
                        "cluster_name",
                    ),
                )?,
            labels: self.labels,
            node_repair_config: self.node_repair_config,
            nodegroup_name: self
                .nodegroup_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateNodegroupConfigRequest",
                        "nodegroup_name",
                    ),
                )?,
            scaling_config: self.scaling_config,
            taints: self.taints,
            update_config: self.update_config,
            warm_pool_config: self.warm_pool_config,
        })
    }
}
/// A builder for [`UpdateNodegroupConfigResponse`](crate::types::UpdateNodegroupConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateNodegroupConfigResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for UpdateNodegroupConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateNodegroupConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateNodegroupConfigResponseBuilder {
    /// See [`UpdateNodegroupConfigResponse::update`](crate::types::UpdateNodegroupConfigResponse::update).
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
        crate::types::UpdateNodegroupConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateNodegroupConfigResponse {
            update: self.update,
        })
    }
}
/// A builder for [`UpdateNodegroupVersionRequest`](crate::types::UpdateNodegroupVersionRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateNodegroupVersionRequestBuilder {
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) force: ::std::option::Option<bool>,
    pub(crate) launch_template: ::std::option::Option<
        crate::types::LaunchTemplateSpecification,
    >,
    pub(crate) nodegroup_name: ::std::option::Option<::std::string::String>,
    pub(crate) release_version: ::std::option::Option<::std::string::String>,
    pub(crate) version: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateNodegroupVersionRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateNodegroupVersionRequestBuilder").finish_non_exhaustive()
    }
}
impl UpdateNodegroupVersionRequestBuilder {
    /// See [`UpdateNodegroupVersionRequest::client_request_token`](crate::types::UpdateNodegroupVersionRequest::client_request_token).
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
    /// See [`UpdateNodegroupVersionRequest::cluster_name`](crate::types::UpdateNodegroupVersionRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`UpdateNodegroupVersionRequest::force`](crate::types::UpdateNodegroupVersionRequest::force).
    pub fn force(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.force = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`force`](Self::force).
    pub fn set_force(mut self, input: ::std::option::Option<bool>) -> Self {
        self.force = input;
        self
    }
    /// See [`UpdateNodegroupVersionRequest::launch_template`](crate::types::UpdateNodegroupVersionRequest::launch_template).
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
    /// See [`UpdateNodegroupVersionRequest::nodegroup_name`](crate::types::UpdateNodegroupVersionRequest::nodegroup_name).
    pub fn nodegroup_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`nodegroup_name`](Self::nodegroup_name).
    pub fn set_nodegroup_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.nodegroup_name = input;
        self
    }
    /// See [`UpdateNodegroupVersionRequest::release_version`](crate::types::UpdateNodegroupVersionRequest::release_version).
    pub fn release_version(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.release_version = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`release_version`](Self::release_version).
    pub fn set_release_version(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.release_version = input;
        self
    }
    /// See [`UpdateNodegroupVersionRequest::version`](crate::types::UpdateNodegroupVersionRequest::version).
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
        crate::types::UpdateNodegroupVersionRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateNodegroupVersionRequest {
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateNodegroupVersionRequest",
                        "cluster_name",
                    ),
                )?,
            force: self.force,
            launch_template: self.launch_template,
            nodegroup_name: self
                .nodegroup_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdateNodegroupVersionRequest",
                        "nodegroup_name",
                    ),
                )?,
            release_version: self.release_version,
            version: self.version,
        })
    }
}
/// A builder for [`UpdateNodegroupVersionResponse`](crate::types::UpdateNodegroupVersionResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateNodegroupVersionResponseBuilder {
    pub(crate) update: ::std::option::Option<crate::types::Update>,
}
impl ::std::fmt::Debug for UpdateNodegroupVersionResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateNodegroupVersionResponseBuilder").finish_non_exhaustive()
    }
}
impl UpdateNodegroupVersionResponseBuilder {
    /// See [`UpdateNodegroupVersionResponse::update`](crate::types::UpdateNodegroupVersionResponse::update).
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
        crate::types::UpdateNodegroupVersionResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateNodegroupVersionResponse {
            update: self.update,
        })
    }
}
/// A builder for [`UpdateParam`](crate::types::UpdateParam).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateParamBuilder {
    pub(crate) r#type: ::std::option::Option<crate::types::UpdateParamType>,
    pub(crate) value: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdateParamBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateParamBuilder").finish_non_exhaustive()
    }
}
impl UpdateParamBuilder {
    /// See [`UpdateParam::type`](crate::types::UpdateParam::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::UpdateParamType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(
        mut self,
        input: ::std::option::Option<crate::types::UpdateParamType>,
    ) -> Self {
        self.r#type = input;
        self
    }
    /// See [`UpdateParam::value`](crate::types::UpdateParam::value).
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
    ) -> ::std::result::Result<crate::types::UpdateParam, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::UpdateParam {
            r#type: self.r#type,
            value: self.value,
        })
    }
}
/// A builder for [`UpdatePodIdentityAssociationRequest`](crate::types::UpdatePodIdentityAssociationRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdatePodIdentityAssociationRequestBuilder {
    pub(crate) association_id: ::std::option::Option<::std::string::String>,
    pub(crate) client_request_token: ::std::option::Option<::std::string::String>,
    pub(crate) cluster_name: ::std::option::Option<::std::string::String>,
    pub(crate) disable_session_tags: ::std::option::Option<bool>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) role_arn: ::std::option::Option<::std::string::String>,
    pub(crate) target_role_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UpdatePodIdentityAssociationRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdatePodIdentityAssociationRequestBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdatePodIdentityAssociationRequestBuilder {
    /// See [`UpdatePodIdentityAssociationRequest::association_id`](crate::types::UpdatePodIdentityAssociationRequest::association_id).
    pub fn association_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.association_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association_id`](Self::association_id).
    pub fn set_association_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.association_id = input;
        self
    }
    /// See [`UpdatePodIdentityAssociationRequest::client_request_token`](crate::types::UpdatePodIdentityAssociationRequest::client_request_token).
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
    /// See [`UpdatePodIdentityAssociationRequest::cluster_name`](crate::types::UpdatePodIdentityAssociationRequest::cluster_name).
    pub fn cluster_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_name`](Self::cluster_name).
    pub fn set_cluster_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_name = input;
        self
    }
    /// See [`UpdatePodIdentityAssociationRequest::disable_session_tags`](crate::types::UpdatePodIdentityAssociationRequest::disable_session_tags).
    pub fn disable_session_tags(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disable_session_tags = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`disable_session_tags`](Self::disable_session_tags).
    pub fn set_disable_session_tags(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.disable_session_tags = input;
        self
    }
    /// See [`UpdatePodIdentityAssociationRequest::policy`](crate::types::UpdatePodIdentityAssociationRequest::policy).
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
    /// See [`UpdatePodIdentityAssociationRequest::role_arn`](crate::types::UpdatePodIdentityAssociationRequest::role_arn).
    pub fn role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`role_arn`](Self::role_arn).
    pub fn set_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.role_arn = input;
        self
    }
    /// See [`UpdatePodIdentityAssociationRequest::target_role_arn`](crate::types::UpdatePodIdentityAssociationRequest::target_role_arn).
    pub fn target_role_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_role_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`target_role_arn`](Self::target_role_arn).
    pub fn set_target_role_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.target_role_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdatePodIdentityAssociationRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdatePodIdentityAssociationRequest {
            association_id: self
                .association_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdatePodIdentityAssociationRequest",
                        "association_id",
                    ),
                )?,
            client_request_token: self.client_request_token,
            cluster_name: self
                .cluster_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UpdatePodIdentityAssociationRequest",
                        "cluster_name",
                    ),
                )?,
            disable_session_tags: self.disable_session_tags,
            policy: self.policy,
            role_arn: self.role_arn,
            target_role_arn: self.target_role_arn,
        })
    }
}
/// A builder for [`UpdatePodIdentityAssociationResponse`](crate::types::UpdatePodIdentityAssociationResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdatePodIdentityAssociationResponseBuilder {
    pub(crate) association: ::std::option::Option<crate::types::PodIdentityAssociation>,
}
impl ::std::fmt::Debug for UpdatePodIdentityAssociationResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdatePodIdentityAssociationResponseBuilder")
            .finish_non_exhaustive()
    }
}
impl UpdatePodIdentityAssociationResponseBuilder {
    /// See [`UpdatePodIdentityAssociationResponse::association`](crate::types::UpdatePodIdentityAssociationResponse::association).
    pub fn association(
        mut self,
        input: impl ::std::convert::Into<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`association`](Self::association).
    pub fn set_association(
        mut self,
        input: ::std::option::Option<crate::types::PodIdentityAssociation>,
    ) -> Self {
        self.association = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdatePodIdentityAssociationResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdatePodIdentityAssociationResponse {
            association: self.association,
        })
    }
}
/// A builder for [`UpdateRoleMappings`](crate::types::UpdateRoleMappings).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateRoleMappingsBuilder {
    pub(crate) add_or_update_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
    pub(crate) remove_role_mappings: ::std::option::Option<
        ::std::vec::Vec<crate::types::ArgoCdRoleMapping>,
    >,
}
impl ::std::fmt::Debug for UpdateRoleMappingsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateRoleMappingsBuilder").finish_non_exhaustive()
    }
}
impl UpdateRoleMappingsBuilder {
    /// See [`UpdateRoleMappings::add_or_update_role_mappings`](crate::types::UpdateRoleMappings::add_or_update_role_mappings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn add_or_update_role_mappings(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdRoleMapping>,
    ) -> Self {
        self.add_or_update_role_mappings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`add_or_update_role_mappings`](Self::add_or_update_role_mappings).
    pub fn set_add_or_update_role_mappings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ArgoCdRoleMapping>>,
    ) -> Self {
        self.add_or_update_role_mappings = input;
        self
    }
    /// See [`UpdateRoleMappings::remove_role_mappings`](crate::types::UpdateRoleMappings::remove_role_mappings).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn remove_role_mappings(
        mut self,
        input: impl ::std::convert::Into<crate::types::ArgoCdRoleMapping>,
    ) -> Self {
        self.remove_role_mappings
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`remove_role_mappings`](Self::remove_role_mappings).
    pub fn set_remove_role_mappings(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::ArgoCdRoleMapping>>,
    ) -> Self {
        self.remove_role_mappings = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateRoleMappings,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateRoleMappings {
            add_or_update_role_mappings: self.add_or_update_role_mappings,
            remove_role_mappings: self.remove_role_mappings,
        })
    }
}
/// A builder for [`UpdateTaintsPayload`](crate::types::UpdateTaintsPayload).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpdateTaintsPayloadBuilder {
    pub(crate) add_or_update_taints: ::std::option::Option<
        ::std::vec::Vec<crate::types::Taint>,
    >,
    pub(crate) remove_taints: ::std::option::Option<
        ::std::vec::Vec<crate::types::Taint>,
    >,
}
impl ::std::fmt::Debug for UpdateTaintsPayloadBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateTaintsPayloadBuilder").finish_non_exhaustive()
    }
}
impl UpdateTaintsPayloadBuilder {
    /// See [`UpdateTaintsPayload::add_or_update_taints`](crate::types::UpdateTaintsPayload::add_or_update_taints).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn add_or_update_taints(
        mut self,
        input: impl ::std::convert::Into<crate::types::Taint>,
    ) -> Self {
        self.add_or_update_taints
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`add_or_update_taints`](Self::add_or_update_taints).
    pub fn set_add_or_update_taints(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    ) -> Self {
        self.add_or_update_taints = input;
        self
    }
    /// See [`UpdateTaintsPayload::remove_taints`](crate::types::UpdateTaintsPayload::remove_taints).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn remove_taints(
        mut self,
        input: impl ::std::convert::Into<crate::types::Taint>,
    ) -> Self {
        self.remove_taints.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`remove_taints`](Self::remove_taints).
    pub fn set_remove_taints(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Taint>>,
    ) -> Self {
        self.remove_taints = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpdateTaintsPayload,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpdateTaintsPayload {
            add_or_update_taints: self.add_or_update_taints,
            remove_taints: self.remove_taints,
        })
    }
}
/// A builder for [`UpgradePolicyRequest`](crate::types::UpgradePolicyRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpgradePolicyRequestBuilder {
    pub(crate) support_type: ::std::option::Option<crate::types::SupportType>,
}
impl ::std::fmt::Debug for UpgradePolicyRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpgradePolicyRequestBuilder").finish_non_exhaustive()
    }
}
impl UpgradePolicyRequestBuilder {
    /// See [`UpgradePolicyRequest::support_type`](crate::types::UpgradePolicyRequest::support_type).
    pub fn support_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::SupportType>,
    ) -> Self {
        self.support_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`support_type`](Self::support_type).
    pub fn set_support_type(
        mut self,
        input: ::std::option::Option<crate::types::SupportType>,
    ) -> Self {
        self.support_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpgradePolicyRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpgradePolicyRequest {
            support_type: self.support_type,
        })
    }
}
/// A builder for [`UpgradePolicyResponse`](crate::types::UpgradePolicyResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UpgradePolicyResponseBuilder {
    pub(crate) support_type: ::std::option::Option<crate::types::SupportType>,
}
impl ::std::fmt::Debug for UpgradePolicyResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpgradePolicyResponseBuilder").finish_non_exhaustive()
    }
}
impl UpgradePolicyResponseBuilder {
    /// See [`UpgradePolicyResponse::support_type`](crate::types::UpgradePolicyResponse::support_type).
    pub fn support_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::SupportType>,
    ) -> Self {
        self.support_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`support_type`](Self::support_type).
    pub fn set_support_type(
        mut self,
        input: ::std::option::Option<crate::types::SupportType>,
    ) -> Self {
        self.support_type = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UpgradePolicyResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UpgradePolicyResponse {
            support_type: self.support_type,
        })
    }
}
/// A builder for [`VpcConfigRequest`](crate::types::VpcConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VpcConfigRequestBuilder {
    pub(crate) endpoint_private_access: ::std::option::Option<bool>,
    pub(crate) endpoint_public_access: ::std::option::Option<bool>,
    pub(crate) public_access_cidrs: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) control_plane_egress_mode: ::std::option::Option<
        crate::types::ControlPlaneEgressModeType,
    >,
}
impl ::std::fmt::Debug for VpcConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VpcConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl VpcConfigRequestBuilder {
    /// See [`VpcConfigRequest::endpoint_private_access`](crate::types::VpcConfigRequest::endpoint_private_access).
    pub fn endpoint_private_access(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.endpoint_private_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_private_access`](Self::endpoint_private_access).
    pub fn set_endpoint_private_access(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.endpoint_private_access = input;
        self
    }
    /// See [`VpcConfigRequest::endpoint_public_access`](crate::types::VpcConfigRequest::endpoint_public_access).
    pub fn endpoint_public_access(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.endpoint_public_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_public_access`](Self::endpoint_public_access).
    pub fn set_endpoint_public_access(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.endpoint_public_access = input;
        self
    }
    /// See [`VpcConfigRequest::public_access_cidrs`](crate::types::VpcConfigRequest::public_access_cidrs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn public_access_cidrs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_access_cidrs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`public_access_cidrs`](Self::public_access_cidrs).
    pub fn set_public_access_cidrs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.public_access_cidrs = input;
        self
    }
    /// See [`VpcConfigRequest::security_group_ids`](crate::types::VpcConfigRequest::security_group_ids).
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
    /// See [`VpcConfigRequest::subnet_ids`](crate::types::VpcConfigRequest::subnet_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnet_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnet_ids`](Self::subnet_ids).
    pub fn set_subnet_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnet_ids = input;
        self
    }
    /// See [`VpcConfigRequest::control_plane_egress_mode`](crate::types::VpcConfigRequest::control_plane_egress_mode).
    pub fn control_plane_egress_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneEgressModeType>,
    ) -> Self {
        self.control_plane_egress_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_egress_mode`](Self::control_plane_egress_mode).
    pub fn set_control_plane_egress_mode(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneEgressModeType>,
    ) -> Self {
        self.control_plane_egress_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VpcConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VpcConfigRequest {
            endpoint_private_access: self.endpoint_private_access,
            endpoint_public_access: self.endpoint_public_access,
            public_access_cidrs: self.public_access_cidrs,
            security_group_ids: self.security_group_ids,
            subnet_ids: self.subnet_ids,
            control_plane_egress_mode: self.control_plane_egress_mode,
        })
    }
}
/// A builder for [`VpcConfigResponse`](crate::types::VpcConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VpcConfigResponseBuilder {
    pub(crate) cluster_security_group_id: ::std::option::Option<::std::string::String>,
    pub(crate) endpoint_private_access: ::std::option::Option<bool>,
    pub(crate) endpoint_public_access: ::std::option::Option<bool>,
    pub(crate) public_access_cidrs: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) security_group_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub(crate) subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) vpc_id: ::std::option::Option<::std::string::String>,
    pub(crate) control_plane_egress_mode: ::std::option::Option<
        crate::types::ControlPlaneEgressModeType,
    >,
}
impl ::std::fmt::Debug for VpcConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VpcConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl VpcConfigResponseBuilder {
    /// See [`VpcConfigResponse::cluster_security_group_id`](crate::types::VpcConfigResponse::cluster_security_group_id).
    pub fn cluster_security_group_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_security_group_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`cluster_security_group_id`](Self::cluster_security_group_id).
    pub fn set_cluster_security_group_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.cluster_security_group_id = input;
        self
    }
    /// See [`VpcConfigResponse::endpoint_private_access`](crate::types::VpcConfigResponse::endpoint_private_access).
    pub fn endpoint_private_access(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.endpoint_private_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_private_access`](Self::endpoint_private_access).
    pub fn set_endpoint_private_access(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.endpoint_private_access = input;
        self
    }
    /// See [`VpcConfigResponse::endpoint_public_access`](crate::types::VpcConfigResponse::endpoint_public_access).
    pub fn endpoint_public_access(
        mut self,
        input: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.endpoint_public_access = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`endpoint_public_access`](Self::endpoint_public_access).
    pub fn set_endpoint_public_access(
        mut self,
        input: ::std::option::Option<bool>,
    ) -> Self {
        self.endpoint_public_access = input;
        self
    }
    /// See [`VpcConfigResponse::public_access_cidrs`](crate::types::VpcConfigResponse::public_access_cidrs).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn public_access_cidrs(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_access_cidrs
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`public_access_cidrs`](Self::public_access_cidrs).
    pub fn set_public_access_cidrs(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.public_access_cidrs = input;
        self
    }
    /// See [`VpcConfigResponse::security_group_ids`](crate::types::VpcConfigResponse::security_group_ids).
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
    /// See [`VpcConfigResponse::subnet_ids`](crate::types::VpcConfigResponse::subnet_ids).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn subnet_ids(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_ids.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`subnet_ids`](Self::subnet_ids).
    pub fn set_subnet_ids(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnet_ids = input;
        self
    }
    /// See [`VpcConfigResponse::vpc_id`](crate::types::VpcConfigResponse::vpc_id).
    pub fn vpc_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vpc_id`](Self::vpc_id).
    pub fn set_vpc_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vpc_id = input;
        self
    }
    /// See [`VpcConfigResponse::control_plane_egress_mode`](crate::types::VpcConfigResponse::control_plane_egress_mode).
    pub fn control_plane_egress_mode(
        mut self,
        input: impl ::std::convert::Into<crate::types::ControlPlaneEgressModeType>,
    ) -> Self {
        self.control_plane_egress_mode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`control_plane_egress_mode`](Self::control_plane_egress_mode).
    pub fn set_control_plane_egress_mode(
        mut self,
        input: ::std::option::Option<crate::types::ControlPlaneEgressModeType>,
    ) -> Self {
        self.control_plane_egress_mode = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VpcConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VpcConfigResponse {
            cluster_security_group_id: self.cluster_security_group_id,
            endpoint_private_access: self.endpoint_private_access,
            endpoint_public_access: self.endpoint_public_access,
            public_access_cidrs: self.public_access_cidrs,
            security_group_ids: self.security_group_ids,
            subnet_ids: self.subnet_ids,
            vpc_id: self.vpc_id,
            control_plane_egress_mode: self.control_plane_egress_mode,
        })
    }
}
/// A builder for [`WarmPoolConfig`](crate::types::WarmPoolConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct WarmPoolConfigBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
    pub(crate) max_group_prepared_capacity: ::std::option::Option<i64>,
    pub(crate) min_size: ::std::option::Option<i64>,
    pub(crate) pool_state: ::std::option::Option<crate::types::WarmPoolState>,
    pub(crate) reuse_on_scale_in: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for WarmPoolConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WarmPoolConfigBuilder").finish_non_exhaustive()
    }
}
impl WarmPoolConfigBuilder {
    /// See [`WarmPoolConfig::enabled`](crate::types::WarmPoolConfig::enabled).
    pub fn enabled(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, input: ::std::option::Option<bool>) -> Self {
        self.enabled = input;
        self
    }
    /// See [`WarmPoolConfig::max_group_prepared_capacity`](crate::types::WarmPoolConfig::max_group_prepared_capacity).
    pub fn max_group_prepared_capacity(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.max_group_prepared_capacity = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`max_group_prepared_capacity`](Self::max_group_prepared_capacity).
    pub fn set_max_group_prepared_capacity(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.max_group_prepared_capacity = input;
        self
    }
    /// See [`WarmPoolConfig::min_size`](crate::types::WarmPoolConfig::min_size).
    pub fn min_size(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.min_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`min_size`](Self::min_size).
    pub fn set_min_size(mut self, input: ::std::option::Option<i64>) -> Self {
        self.min_size = input;
        self
    }
    /// See [`WarmPoolConfig::pool_state`](crate::types::WarmPoolConfig::pool_state).
    pub fn pool_state(
        mut self,
        input: impl ::std::convert::Into<crate::types::WarmPoolState>,
    ) -> Self {
        self.pool_state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`pool_state`](Self::pool_state).
    pub fn set_pool_state(
        mut self,
        input: ::std::option::Option<crate::types::WarmPoolState>,
    ) -> Self {
        self.pool_state = input;
        self
    }
    /// See [`WarmPoolConfig::reuse_on_scale_in`](crate::types::WarmPoolConfig::reuse_on_scale_in).
    pub fn reuse_on_scale_in(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.reuse_on_scale_in = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`reuse_on_scale_in`](Self::reuse_on_scale_in).
    pub fn set_reuse_on_scale_in(mut self, input: ::std::option::Option<bool>) -> Self {
        self.reuse_on_scale_in = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::WarmPoolConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::WarmPoolConfig {
            enabled: self.enabled,
            max_group_prepared_capacity: self.max_group_prepared_capacity,
            min_size: self.min_size,
            pool_state: self.pool_state,
            reuse_on_scale_in: self.reuse_on_scale_in,
        })
    }
}
/// A builder for [`ZonalShiftConfigRequest`](crate::types::ZonalShiftConfigRequest).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ZonalShiftConfigRequestBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for ZonalShiftConfigRequestBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ZonalShiftConfigRequestBuilder").finish_non_exhaustive()
    }
}
impl ZonalShiftConfigRequestBuilder {
    /// See [`ZonalShiftConfigRequest::enabled`](crate::types::ZonalShiftConfigRequest::enabled).
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
        crate::types::ZonalShiftConfigRequest,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ZonalShiftConfigRequest {
            enabled: self.enabled,
        })
    }
}
/// A builder for [`ZonalShiftConfigResponse`](crate::types::ZonalShiftConfigResponse).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ZonalShiftConfigResponseBuilder {
    pub(crate) enabled: ::std::option::Option<bool>,
}
impl ::std::fmt::Debug for ZonalShiftConfigResponseBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ZonalShiftConfigResponseBuilder").finish_non_exhaustive()
    }
}
impl ZonalShiftConfigResponseBuilder {
    /// See [`ZonalShiftConfigResponse::enabled`](crate::types::ZonalShiftConfigResponse::enabled).
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
        crate::types::ZonalShiftConfigResponse,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ZonalShiftConfigResponse {
            enabled: self.enabled,
        })
    }
}
