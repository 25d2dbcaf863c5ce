//! Builders for the structures in [`types`](crate::types).
/// A builder for [`AbortMultipartUploadInput`](crate::types::AbortMultipartUploadInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AbortMultipartUploadInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) upload_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AbortMultipartUploadInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AbortMultipartUploadInputBuilder").finish_non_exhaustive()
    }
}
impl AbortMultipartUploadInputBuilder {
    /// See [`AbortMultipartUploadInput::account_id`](crate::types::AbortMultipartUploadInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`AbortMultipartUploadInput::upload_id`](crate::types::AbortMultipartUploadInput::upload_id).
    pub fn upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upload_id`](Self::upload_id).
    pub fn set_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.upload_id = input;
        self
    }
    /// See [`AbortMultipartUploadInput::vault_name`](crate::types::AbortMultipartUploadInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AbortMultipartUploadInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AbortMultipartUploadInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AbortMultipartUploadInput",
                        "account_id",
                    ),
                )?,
            upload_id: self
                .upload_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AbortMultipartUploadInput",
                        "upload_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AbortMultipartUploadInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`AbortVaultLockInput`](crate::types::AbortVaultLockInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AbortVaultLockInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AbortVaultLockInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AbortVaultLockInputBuilder").finish_non_exhaustive()
    }
}
impl AbortVaultLockInputBuilder {
    /// See [`AbortVaultLockInput::account_id`](crate::types::AbortVaultLockInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`AbortVaultLockInput::vault_name`](crate::types::AbortVaultLockInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AbortVaultLockInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AbortVaultLockInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AbortVaultLockInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AbortVaultLockInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`AddTagsToVaultInput`](crate::types::AddTagsToVaultInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct AddTagsToVaultInputBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for AddTagsToVaultInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddTagsToVaultInputBuilder").finish_non_exhaustive()
    }
}
impl AddTagsToVaultInputBuilder {
    /// See [`AddTagsToVaultInput::tags`](crate::types::AddTagsToVaultInput::tags).
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
    /// See [`AddTagsToVaultInput::account_id`](crate::types::AddTagsToVaultInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`AddTagsToVaultInput::vault_name`](crate::types::AddTagsToVaultInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::AddTagsToVaultInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::AddTagsToVaultInput {
            tags: self.tags,
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddTagsToVaultInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "AddTagsToVaultInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`ArchiveCreationOutput`](crate::types::ArchiveCreationOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ArchiveCreationOutputBuilder {
    pub(crate) archive_id: ::std::option::Option<::std::string::String>,
    pub(crate) checksum: ::std::option::Option<::std::string::String>,
    pub(crate) location: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ArchiveCreationOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ArchiveCreationOutputBuilder").finish_non_exhaustive()
    }
}
impl ArchiveCreationOutputBuilder {
    /// See [`ArchiveCreationOutput::archive_id`](crate::types::ArchiveCreationOutput::archive_id).
    pub fn archive_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_id`](Self::archive_id).
    pub fn set_archive_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_id = input;
        self
    }
    /// See [`ArchiveCreationOutput::checksum`](crate::types::ArchiveCreationOutput::checksum).
    pub fn checksum(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checksum = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checksum`](Self::checksum).
    pub fn set_checksum(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checksum = input;
        self
    }
    /// See [`ArchiveCreationOutput::location`](crate::types::ArchiveCreationOutput::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.location = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ArchiveCreationOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ArchiveCreationOutput {
            archive_id: self.archive_id,
            checksum: self.checksum,
            location: self.location,
        })
    }
}
/// A builder for [`CsvInput`](crate::types::CsvInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CsvInputBuilder {
    pub(crate) comments: ::std::option::Option<::std::string::String>,
    pub(crate) field_delimiter: ::std::option::Option<::std::string::String>,
    pub(crate) file_header_info: ::std::option::Option<crate::types::FileHeaderInfo>,
    pub(crate) quote_character: ::std::option::Option<::std::string::String>,
    pub(crate) quote_escape_character: ::std::option::Option<::std::string::String>,
    pub(crate) record_delimiter: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CsvInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CsvInputBuilder").finish_non_exhaustive()
    }
}
impl CsvInputBuilder {
    /// See [`CsvInput::comments`](crate::types::CsvInput::comments).
    pub fn comments(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.comments = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`comments`](Self::comments).
    pub fn set_comments(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.comments = input;
        self
    }
    /// See [`CsvInput::field_delimiter`](crate::types::CsvInput::field_delimiter).
    pub fn field_delimiter(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.field_delimiter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`field_delimiter`](Self::field_delimiter).
    pub fn set_field_delimiter(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.field_delimiter = input;
        self
    }
    /// See [`CsvInput::file_header_info`](crate::types::CsvInput::file_header_info).
    pub fn file_header_info(
        mut self,
        input: impl ::std::convert::Into<crate::types::FileHeaderInfo>,
    ) -> Self {
        self.file_header_info = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`file_header_info`](Self::file_header_info).
    pub fn set_file_header_info(
        mut self,
        input: ::std::option::Option<crate::types::FileHeaderInfo>,
    ) -> Self {
        self.file_header_info = input;
        self
    }
    /// See [`CsvInput::quote_character`](crate::types::CsvInput::quote_character).
    pub fn quote_character(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quote_character = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quote_character`](Self::quote_character).
    pub fn set_quote_character(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quote_character = input;
        self
    }
    /// See [`CsvInput::quote_escape_character`](crate::types::CsvInput::quote_escape_character).
    pub fn quote_escape_character(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quote_escape_character = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quote_escape_character`](Self::quote_escape_character).
    pub fn set_quote_escape_character(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quote_escape_character = input;
        self
    }
    /// See [`CsvInput::record_delimiter`](crate::types::CsvInput::record_delimiter).
    pub fn record_delimiter(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.record_delimiter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`record_delimiter`](Self::record_delimiter).
    pub fn set_record_delimiter(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.record_delimiter = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::CsvInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::CsvInput {
            comments: self.comments,
            field_delimiter: self.field_delimiter,
            file_header_info: self.file_header_info,
            quote_character: self.quote_character,
            quote_escape_character: self.quote_escape_character,
            record_delimiter: self.record_delimiter,
        })
    }
}
/// A builder for [`CsvOutput`](crate::types::CsvOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CsvOutputBuilder {
    pub(crate) field_delimiter: ::std::option::Option<::std::string::String>,
    pub(crate) quote_character: ::std::option::Option<::std::string::String>,
    pub(crate) quote_escape_character: ::std::option::Option<::std::string::String>,
    pub(crate) quote_fields: ::std::option::Option<crate::types::QuoteFields>,
    pub(crate) record_delimiter: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CsvOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CsvOutputBuilder").finish_non_exhaustive()
    }
}
impl CsvOutputBuilder {
    /// See [`CsvOutput::field_delimiter`](crate::types::CsvOutput::field_delimiter).
    pub fn field_delimiter(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.field_delimiter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`field_delimiter`](Self::field_delimiter).
    pub fn set_field_delimiter(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.field_delimiter = input;
        self
    }
    /// See [`CsvOutput::quote_character`](crate::types::CsvOutput::quote_character).
    pub fn quote_character(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quote_character = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quote_character`](Self::quote_character).
    pub fn set_quote_character(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quote_character = input;
        self
    }
    /// See [`CsvOutput::quote_escape_character`](crate::types::CsvOutput::quote_escape_character).
    pub fn quote_escape_character(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.quote_escape_character = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quote_escape_character`](Self::quote_escape_character).
    pub fn set_quote_escape_character(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.quote_escape_character = input;
        self
    }
    /// See [`CsvOutput::quote_fields`](crate::types::CsvOutput::quote_fields).
    pub fn quote_fields(
        mut self,
        input: impl ::std::convert::Into<crate::types::QuoteFields>,
    ) -> Self {
        self.quote_fields = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`quote_fields`](Self::quote_fields).
    pub fn set_quote_fields(
        mut self,
        input: ::std::option::Option<crate::types::QuoteFields>,
    ) -> Self {
        self.quote_fields = input;
        self
    }
    /// See [`CsvOutput::record_delimiter`](crate::types::CsvOutput::record_delimiter).
    pub fn record_delimiter(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.record_delimiter = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`record_delimiter`](Self::record_delimiter).
    pub fn set_record_delimiter(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.record_delimiter = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::CsvOutput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::CsvOutput {
            field_delimiter: self.field_delimiter,
            quote_character: self.quote_character,
            quote_escape_character: self.quote_escape_character,
            quote_fields: self.quote_fields,
            record_delimiter: self.record_delimiter,
        })
    }
}
/// A builder for [`CompleteMultipartUploadInput`](crate::types::CompleteMultipartUploadInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CompleteMultipartUploadInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) archive_size: ::std::option::Option<::std::string::String>,
    pub(crate) checksum: ::std::option::Option<::std::string::String>,
    pub(crate) upload_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CompleteMultipartUploadInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteMultipartUploadInputBuilder").finish_non_exhaustive()
    }
}
impl CompleteMultipartUploadInputBuilder {
    /// See [`CompleteMultipartUploadInput::account_id`](crate::types::CompleteMultipartUploadInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`CompleteMultipartUploadInput::archive_size`](crate::types::CompleteMultipartUploadInput::archive_size).
    pub fn archive_size(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_size`](Self::archive_size).
    pub fn set_archive_size(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_size = input;
        self
    }
    /// See [`CompleteMultipartUploadInput::checksum`](crate::types::CompleteMultipartUploadInput::checksum).
    pub fn checksum(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checksum = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checksum`](Self::checksum).
    pub fn set_checksum(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checksum = input;
        self
    }
    /// See [`CompleteMultipartUploadInput::upload_id`](crate::types::CompleteMultipartUploadInput::upload_id).
    pub fn upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upload_id`](Self::upload_id).
    pub fn set_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.upload_id = input;
        self
    }
    /// See [`CompleteMultipartUploadInput::vault_name`](crate::types::CompleteMultipartUploadInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CompleteMultipartUploadInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CompleteMultipartUploadInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CompleteMultipartUploadInput",
                        "account_id",
                    ),
                )?,
            archive_size: self.archive_size,
            checksum: self.checksum,
            upload_id: self
                .upload_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CompleteMultipartUploadInput",
                        "upload_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CompleteMultipartUploadInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CompleteVaultLockInput`](crate::types::CompleteVaultLockInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CompleteVaultLockInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) lock_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CompleteVaultLockInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteVaultLockInputBuilder").finish_non_exhaustive()
    }
}
impl CompleteVaultLockInputBuilder {
    /// See [`CompleteVaultLockInput::account_id`](crate::types::CompleteVaultLockInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`CompleteVaultLockInput::lock_id`](crate::types::CompleteVaultLockInput::lock_id).
    pub fn lock_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lock_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`lock_id`](Self::lock_id).
    pub fn set_lock_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.lock_id = input;
        self
    }
    /// See [`CompleteVaultLockInput::vault_name`](crate::types::CompleteVaultLockInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CompleteVaultLockInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CompleteVaultLockInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CompleteVaultLockInput",
                        "account_id",
                    ),
                )?,
            lock_id: self
                .lock_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CompleteVaultLockInput",
                        "lock_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "CompleteVaultLockInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`CreateVaultInput`](crate::types::CreateVaultInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateVaultInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateVaultInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateVaultInputBuilder").finish_non_exhaustive()
    }
}
impl CreateVaultInputBuilder {
    /// See [`CreateVaultInput::account_id`](crate::types::CreateVaultInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`CreateVaultInput::vault_name`](crate::types::CreateVaultInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateVaultInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateVaultInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing("CreateVaultInput", "account_id"),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing("CreateVaultInput", "vault_name"),
                )?,
        })
    }
}
/// A builder for [`CreateVaultOutput`](crate::types::CreateVaultOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct CreateVaultOutputBuilder {
    pub(crate) location: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for CreateVaultOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateVaultOutputBuilder").finish_non_exhaustive()
    }
}
impl CreateVaultOutputBuilder {
    /// See [`CreateVaultOutput::location`](crate::types::CreateVaultOutput::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.location = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::CreateVaultOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::CreateVaultOutput {
            location: self.location,
        })
    }
}
/// A builder for [`DataRetrievalPolicy`](crate::types::DataRetrievalPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DataRetrievalPolicyBuilder {
    pub(crate) rules: ::std::option::Option<
        ::std::vec::Vec<crate::types::DataRetrievalRule>,
    >,
}
impl ::std::fmt::Debug for DataRetrievalPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DataRetrievalPolicyBuilder").finish_non_exhaustive()
    }
}
impl DataRetrievalPolicyBuilder {
    /// See [`DataRetrievalPolicy::rules`](crate::types::DataRetrievalPolicy::rules).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn rules(
        mut self,
        input: impl ::std::convert::Into<crate::types::DataRetrievalRule>,
    ) -> Self {
        self.rules.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`rules`](Self::rules).
    pub fn set_rules(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DataRetrievalRule>>,
    ) -> Self {
        self.rules = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DataRetrievalPolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DataRetrievalPolicy {
            rules: self.rules,
        })
    }
}
/// A builder for [`DataRetrievalRule`](crate::types::DataRetrievalRule).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DataRetrievalRuleBuilder {
    pub(crate) bytes_per_hour: ::std::option::Option<i64>,
    pub(crate) strategy: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DataRetrievalRuleBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DataRetrievalRuleBuilder").finish_non_exhaustive()
    }
}
impl DataRetrievalRuleBuilder {
    /// See [`DataRetrievalRule::bytes_per_hour`](crate::types::DataRetrievalRule::bytes_per_hour).
    pub fn bytes_per_hour(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.bytes_per_hour = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bytes_per_hour`](Self::bytes_per_hour).
    pub fn set_bytes_per_hour(mut self, input: ::std::option::Option<i64>) -> Self {
        self.bytes_per_hour = input;
        self
    }
    /// See [`DataRetrievalRule::strategy`](crate::types::DataRetrievalRule::strategy).
    pub fn strategy(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.strategy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`strategy`](Self::strategy).
    pub fn set_strategy(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.strategy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DataRetrievalRule,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DataRetrievalRule {
            bytes_per_hour: self.bytes_per_hour,
            strategy: self.strategy,
        })
    }
}
/// A builder for [`DeleteArchiveInput`](crate::types::DeleteArchiveInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteArchiveInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) archive_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteArchiveInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteArchiveInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteArchiveInputBuilder {
    /// See [`DeleteArchiveInput::account_id`](crate::types::DeleteArchiveInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`DeleteArchiveInput::archive_id`](crate::types::DeleteArchiveInput::archive_id).
    pub fn archive_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_id`](Self::archive_id).
    pub fn set_archive_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_id = input;
        self
    }
    /// See [`DeleteArchiveInput::vault_name`](crate::types::DeleteArchiveInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteArchiveInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteArchiveInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteArchiveInput",
                        "account_id",
                    ),
                )?,
            archive_id: self
                .archive_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteArchiveInput",
                        "archive_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteArchiveInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteVaultAccessPolicyInput`](crate::types::DeleteVaultAccessPolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteVaultAccessPolicyInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteVaultAccessPolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteVaultAccessPolicyInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteVaultAccessPolicyInputBuilder {
    /// See [`DeleteVaultAccessPolicyInput::account_id`](crate::types::DeleteVaultAccessPolicyInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`DeleteVaultAccessPolicyInput::vault_name`](crate::types::DeleteVaultAccessPolicyInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteVaultAccessPolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteVaultAccessPolicyInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteVaultAccessPolicyInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteVaultAccessPolicyInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DeleteVaultInput`](crate::types::DeleteVaultInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteVaultInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteVaultInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteVaultInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteVaultInputBuilder {
    /// See [`DeleteVaultInput::account_id`](crate::types::DeleteVaultInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`DeleteVaultInput::vault_name`](crate::types::DeleteVaultInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteVaultInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteVaultInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing("DeleteVaultInput", "account_id"),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing("DeleteVaultInput", "vault_name"),
                )?,
        })
    }
}
/// A builder for [`DeleteVaultNotificationsInput`](crate::types::DeleteVaultNotificationsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DeleteVaultNotificationsInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DeleteVaultNotificationsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteVaultNotificationsInputBuilder").finish_non_exhaustive()
    }
}
impl DeleteVaultNotificationsInputBuilder {
    /// See [`DeleteVaultNotificationsInput::account_id`](crate::types::DeleteVaultNotificationsInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`DeleteVaultNotificationsInput::vault_name`](crate::types::DeleteVaultNotificationsInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DeleteVaultNotificationsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DeleteVaultNotificationsInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteVaultNotificationsInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DeleteVaultNotificationsInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeJobInput`](crate::types::DescribeJobInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeJobInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeJobInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeJobInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeJobInputBuilder {
    /// See [`DescribeJobInput::account_id`](crate::types::DescribeJobInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`DescribeJobInput::job_id`](crate::types::DescribeJobInput::job_id).
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
    /// See [`DescribeJobInput::vault_name`](crate::types::DescribeJobInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeJobInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeJobInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeJobInput", "account_id"),
                )?,
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeJobInput", "job_id"),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing("DescribeJobInput", "vault_name"),
                )?,
        })
    }
}
/// A builder for [`DescribeVaultInput`](crate::types::DescribeVaultInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeVaultInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeVaultInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeVaultInputBuilder").finish_non_exhaustive()
    }
}
impl DescribeVaultInputBuilder {
    /// See [`DescribeVaultInput::account_id`](crate::types::DescribeVaultInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`DescribeVaultInput::vault_name`](crate::types::DescribeVaultInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeVaultInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeVaultInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeVaultInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "DescribeVaultInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`DescribeVaultOutput`](crate::types::DescribeVaultOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct DescribeVaultOutputBuilder {
    pub(crate) creation_date: ::std::option::Option<::std::string::String>,
    pub(crate) last_inventory_date: ::std::option::Option<::std::string::String>,
    pub(crate) number_of_archives: ::std::option::Option<i64>,
    pub(crate) size_in_bytes: ::std::option::Option<i64>,
    pub(crate) vault_arn: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for DescribeVaultOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeVaultOutputBuilder").finish_non_exhaustive()
    }
}
impl DescribeVaultOutputBuilder {
    /// See [`DescribeVaultOutput::creation_date`](crate::types::DescribeVaultOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`DescribeVaultOutput::last_inventory_date`](crate::types::DescribeVaultOutput::last_inventory_date).
    pub fn last_inventory_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_inventory_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`last_inventory_date`](Self::last_inventory_date).
    pub fn set_last_inventory_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.last_inventory_date = input;
        self
    }
    /// See [`DescribeVaultOutput::number_of_archives`](crate::types::DescribeVaultOutput::number_of_archives).
    pub fn number_of_archives(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.number_of_archives = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`number_of_archives`](Self::number_of_archives).
    pub fn set_number_of_archives(mut self, input: ::std::option::Option<i64>) -> Self {
        self.number_of_archives = input;
        self
    }
    /// See [`DescribeVaultOutput::size_in_bytes`](crate::types::DescribeVaultOutput::size_in_bytes).
    pub fn size_in_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.size_in_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`size_in_bytes`](Self::size_in_bytes).
    pub fn set_size_in_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.size_in_bytes = input;
        self
    }
    /// See [`DescribeVaultOutput::vault_arn`](crate::types::DescribeVaultOutput::vault_arn).
    pub fn vault_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_arn`](Self::vault_arn).
    pub fn set_vault_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_arn = input;
        self
    }
    /// See [`DescribeVaultOutput::vault_name`](crate::types::DescribeVaultOutput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::DescribeVaultOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::DescribeVaultOutput {
            creation_date: self.creation_date,
            last_inventory_date: self.last_inventory_date,
            number_of_archives: self.number_of_archives,
            size_in_bytes: self.size_in_bytes,
            vault_arn: self.vault_arn,
            vault_name: self.vault_name,
        })
    }
}
/// A builder for [`Encryption`](crate::types::Encryption).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct EncryptionBuilder {
    pub(crate) encryption_type: ::std::option::Option<crate::types::EncryptionType>,
    pub(crate) kms_context: ::std::option::Option<::std::string::String>,
    pub(crate) kms_key_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for EncryptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EncryptionBuilder").finish_non_exhaustive()
    }
}
impl EncryptionBuilder {
    /// See [`Encryption::encryption_type`](crate::types::Encryption::encryption_type).
    pub fn encryption_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::EncryptionType>,
    ) -> Self {
        self.encryption_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption_type`](Self::encryption_type).
    pub fn set_encryption_type(
        mut self,
        input: ::std::option::Option<crate::types::EncryptionType>,
    ) -> Self {
        self.encryption_type = input;
        self
    }
    /// See [`Encryption::kms_context`](crate::types::Encryption::kms_context).
    pub fn kms_context(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_context = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_context`](Self::kms_context).
    pub fn set_kms_context(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_context = input;
        self
    }
    /// See [`Encryption::kms_key_id`](crate::types::Encryption::kms_key_id).
    pub fn kms_key_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kms_key_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`kms_key_id`](Self::kms_key_id).
    pub fn set_kms_key_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.kms_key_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Encryption, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Encryption {
            encryption_type: self.encryption_type,
            kms_context: self.kms_context,
            kms_key_id: self.kms_key_id,
        })
    }
}
/// A builder for [`GetDataRetrievalPolicyInput`](crate::types::GetDataRetrievalPolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDataRetrievalPolicyInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetDataRetrievalPolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDataRetrievalPolicyInputBuilder").finish_non_exhaustive()
    }
}
impl GetDataRetrievalPolicyInputBuilder {
    /// See [`GetDataRetrievalPolicyInput::account_id`](crate::types::GetDataRetrievalPolicyInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDataRetrievalPolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDataRetrievalPolicyInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetDataRetrievalPolicyInput",
                        "account_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetDataRetrievalPolicyOutput`](crate::types::GetDataRetrievalPolicyOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetDataRetrievalPolicyOutputBuilder {
    pub(crate) policy: ::std::option::Option<crate::types::DataRetrievalPolicy>,
}
impl ::std::fmt::Debug for GetDataRetrievalPolicyOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDataRetrievalPolicyOutputBuilder").finish_non_exhaustive()
    }
}
impl GetDataRetrievalPolicyOutputBuilder {
    /// See [`GetDataRetrievalPolicyOutput::policy`](crate::types::GetDataRetrievalPolicyOutput::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::DataRetrievalPolicy>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<crate::types::DataRetrievalPolicy>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetDataRetrievalPolicyOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetDataRetrievalPolicyOutput {
            policy: self.policy,
        })
    }
}
/// A builder for [`GetJobOutputInput`](crate::types::GetJobOutputInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetJobOutputInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) range: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetJobOutputInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetJobOutputInputBuilder").finish_non_exhaustive()
    }
}
impl GetJobOutputInputBuilder {
    /// See [`GetJobOutputInput::account_id`](crate::types::GetJobOutputInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`GetJobOutputInput::job_id`](crate::types::GetJobOutputInput::job_id).
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
    /// See [`GetJobOutputInput::range`](crate::types::GetJobOutputInput::range).
    pub fn range(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`range`](Self::range).
    pub fn set_range(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.range = input;
        self
    }
    /// See [`GetJobOutputInput::vault_name`](crate::types::GetJobOutputInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetJobOutputInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetJobOutputInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetJobOutputInput",
                        "account_id",
                    ),
                )?,
            job_id: self
                .job_id
                .ok_or(
                    crate::runtime::BuildError::missing("GetJobOutputInput", "job_id"),
                )?,
            range: self.range,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetJobOutputInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetJobOutputOutput`](crate::types::GetJobOutputOutput).
#[derive(::std::default::Default)]
pub struct GetJobOutputOutputBuilder {
    pub(crate) accept_ranges: ::std::option::Option<::std::string::String>,
    pub(crate) archive_description: ::std::option::Option<::std::string::String>,
    pub(crate) body: ::std::option::Option<crate::runtime::ByteStream>,
    pub(crate) checksum: ::std::option::Option<::std::string::String>,
    pub(crate) content_range: ::std::option::Option<::std::string::String>,
    pub(crate) content_type: ::std::option::Option<::std::string::String>,
    pub(crate) status: ::std::option::Option<i64>,
}
impl ::std::fmt::Debug for GetJobOutputOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetJobOutputOutputBuilder").finish_non_exhaustive()
    }
}
impl GetJobOutputOutputBuilder {
    /// See [`GetJobOutputOutput::accept_ranges`](crate::types::GetJobOutputOutput::accept_ranges).
    pub fn accept_ranges(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_ranges = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`accept_ranges`](Self::accept_ranges).
    pub fn set_accept_ranges(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.accept_ranges = input;
        self
    }
    /// See [`GetJobOutputOutput::archive_description`](crate::types::GetJobOutputOutput::archive_description).
    pub fn archive_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_description`](Self::archive_description).
    pub fn set_archive_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_description = input;
        self
    }
    /// See [`GetJobOutputOutput::body`](crate::types::GetJobOutputOutput::body).
    pub fn body(
        mut self,
        input: impl ::std::convert::Into<crate::runtime::ByteStream>,
    ) -> Self {
        self.body = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`body`](Self::body).
    pub fn set_body(
        mut self,
        input: ::std::option::Option<crate::runtime::ByteStream>,
    ) -> Self {
        self.body = input;
        self
    }
    /// See [`GetJobOutputOutput::checksum`](crate::types::GetJobOutputOutput::checksum).
    pub fn checksum(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checksum = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checksum`](Self::checksum).
    pub fn set_checksum(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checksum = input;
        self
    }
    /// See [`GetJobOutputOutput::content_range`](crate::types::GetJobOutputOutput::content_range).
    pub fn content_range(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`content_range`](Self::content_range).
    pub fn set_content_range(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.content_range = input;
        self
    }
    /// See [`GetJobOutputOutput::content_type`](crate::types::GetJobOutputOutput::content_type).
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
    /// See [`GetJobOutputOutput::status`](crate::types::GetJobOutputOutput::status).
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
        crate::types::GetJobOutputOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetJobOutputOutput {
            accept_ranges: self.accept_ranges,
            archive_description: self.archive_description,
            body: self
                .body
                .ok_or(
                    crate::runtime::BuildError::missing("GetJobOutputOutput", "body"),
                )?,
            checksum: self.checksum,
            content_range: self.content_range,
            content_type: self.content_type,
            status: self.status,
        })
    }
}
/// A builder for [`GetVaultAccessPolicyInput`](crate::types::GetVaultAccessPolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVaultAccessPolicyInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetVaultAccessPolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVaultAccessPolicyInputBuilder").finish_non_exhaustive()
    }
}
impl GetVaultAccessPolicyInputBuilder {
    /// See [`GetVaultAccessPolicyInput::account_id`](crate::types::GetVaultAccessPolicyInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`GetVaultAccessPolicyInput::vault_name`](crate::types::GetVaultAccessPolicyInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVaultAccessPolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVaultAccessPolicyInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetVaultAccessPolicyInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetVaultAccessPolicyInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetVaultAccessPolicyOutput`](crate::types::GetVaultAccessPolicyOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVaultAccessPolicyOutputBuilder {
    pub(crate) policy: ::std::option::Option<crate::types::VaultAccessPolicy>,
}
impl ::std::fmt::Debug for GetVaultAccessPolicyOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVaultAccessPolicyOutputBuilder").finish_non_exhaustive()
    }
}
impl GetVaultAccessPolicyOutputBuilder {
    /// See [`GetVaultAccessPolicyOutput::policy`](crate::types::GetVaultAccessPolicyOutput::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::VaultAccessPolicy>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<crate::types::VaultAccessPolicy>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVaultAccessPolicyOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVaultAccessPolicyOutput {
            policy: self.policy,
        })
    }
}
/// A builder for [`GetVaultLockInput`](crate::types::GetVaultLockInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVaultLockInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetVaultLockInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVaultLockInputBuilder").finish_non_exhaustive()
    }
}
impl GetVaultLockInputBuilder {
    /// See [`GetVaultLockInput::account_id`](crate::types::GetVaultLockInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`GetVaultLockInput::vault_name`](crate::types::GetVaultLockInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVaultLockInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVaultLockInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetVaultLockInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetVaultLockInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetVaultLockOutput`](crate::types::GetVaultLockOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVaultLockOutputBuilder {
    pub(crate) creation_date: ::std::option::Option<::std::string::String>,
    pub(crate) expiration_date: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<::std::string::String>,
    pub(crate) state: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetVaultLockOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVaultLockOutputBuilder").finish_non_exhaustive()
    }
}
impl GetVaultLockOutputBuilder {
    /// See [`GetVaultLockOutput::creation_date`](crate::types::GetVaultLockOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`GetVaultLockOutput::expiration_date`](crate::types::GetVaultLockOutput::expiration_date).
    pub fn expiration_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expiration_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expiration_date`](Self::expiration_date).
    pub fn set_expiration_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.expiration_date = input;
        self
    }
    /// See [`GetVaultLockOutput::policy`](crate::types::GetVaultLockOutput::policy).
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
    /// See [`GetVaultLockOutput::state`](crate::types::GetVaultLockOutput::state).
    pub fn state(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`state`](Self::state).
    pub fn set_state(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.state = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVaultLockOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVaultLockOutput {
            creation_date: self.creation_date,
            expiration_date: self.expiration_date,
            policy: self.policy,
            state: self.state,
        })
    }
}
/// A builder for [`GetVaultNotificationsInput`](crate::types::GetVaultNotificationsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVaultNotificationsInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GetVaultNotificationsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVaultNotificationsInputBuilder").finish_non_exhaustive()
    }
}
impl GetVaultNotificationsInputBuilder {
    /// See [`GetVaultNotificationsInput::account_id`](crate::types::GetVaultNotificationsInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`GetVaultNotificationsInput::vault_name`](crate::types::GetVaultNotificationsInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVaultNotificationsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVaultNotificationsInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetVaultNotificationsInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "GetVaultNotificationsInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`GetVaultNotificationsOutput`](crate::types::GetVaultNotificationsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GetVaultNotificationsOutputBuilder {
    pub(crate) vault_notification_config: ::std::option::Option<
        crate::types::VaultNotificationConfig,
    >,
}
impl ::std::fmt::Debug for GetVaultNotificationsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetVaultNotificationsOutputBuilder").finish_non_exhaustive()
    }
}
impl GetVaultNotificationsOutputBuilder {
    /// See [`GetVaultNotificationsOutput::vault_notification_config`](crate::types::GetVaultNotificationsOutput::vault_notification_config).
    pub fn vault_notification_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VaultNotificationConfig>,
    ) -> Self {
        self.vault_notification_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_notification_config`](Self::vault_notification_config).
    pub fn set_vault_notification_config(
        mut self,
        input: ::std::option::Option<crate::types::VaultNotificationConfig>,
    ) -> Self {
        self.vault_notification_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GetVaultNotificationsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GetVaultNotificationsOutput {
            vault_notification_config: self.vault_notification_config,
        })
    }
}
/// A builder for [`GlacierJobDescription`](crate::types::GlacierJobDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GlacierJobDescriptionBuilder {
    pub(crate) action: ::std::option::Option<crate::types::ActionCode>,
    pub(crate) archive_id: ::std::option::Option<::std::string::String>,
    pub(crate) archive_sha256_tree_hash: ::std::option::Option<::std::string::String>,
    pub(crate) archive_size_in_bytes: ::std::option::Option<i64>,
    pub(crate) completed: ::std::option::Option<bool>,
    pub(crate) completion_date: ::std::option::Option<::std::string::String>,
    pub(crate) creation_date: ::std::option::Option<::std::string::String>,
    pub(crate) inventory_retrieval_parameters: ::std::option::Option<
        crate::types::InventoryRetrievalJobDescription,
    >,
    pub(crate) inventory_size_in_bytes: ::std::option::Option<i64>,
    pub(crate) job_description: ::std::option::Option<::std::string::String>,
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_output_path: ::std::option::Option<::std::string::String>,
    pub(crate) output_location: ::std::option::Option<crate::types::OutputLocation>,
    pub(crate) retrieval_byte_range: ::std::option::Option<::std::string::String>,
    pub(crate) sha256_tree_hash: ::std::option::Option<::std::string::String>,
    pub(crate) sns_topic: ::std::option::Option<::std::string::String>,
    pub(crate) select_parameters: ::std::option::Option<crate::types::SelectParameters>,
    pub(crate) status_code: ::std::option::Option<crate::types::StatusCode>,
    pub(crate) status_message: ::std::option::Option<::std::string::String>,
    pub(crate) tier: ::std::option::Option<::std::string::String>,
    pub(crate) vault_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GlacierJobDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GlacierJobDescriptionBuilder").finish_non_exhaustive()
    }
}
impl GlacierJobDescriptionBuilder {
    /// See [`GlacierJobDescription::action`](crate::types::GlacierJobDescription::action).
    pub fn action(
        mut self,
        input: impl ::std::convert::Into<crate::types::ActionCode>,
    ) -> Self {
        self.action = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`action`](Self::action).
    pub fn set_action(
        mut self,
        input: ::std::option::Option<crate::types::ActionCode>,
    ) -> Self {
        self.action = input;
        self
    }
    /// See [`GlacierJobDescription::archive_id`](crate::types::GlacierJobDescription::archive_id).
    pub fn archive_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_id`](Self::archive_id).
    pub fn set_archive_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_id = input;
        self
    }
    /// See [`GlacierJobDescription::archive_sha256_tree_hash`](crate::types::GlacierJobDescription::archive_sha256_tree_hash).
    pub fn archive_sha256_tree_hash(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_sha256_tree_hash = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_sha256_tree_hash`](Self::archive_sha256_tree_hash).
    pub fn set_archive_sha256_tree_hash(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_sha256_tree_hash = input;
        self
    }
    /// See [`GlacierJobDescription::archive_size_in_bytes`](crate::types::GlacierJobDescription::archive_size_in_bytes).
    pub fn archive_size_in_bytes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.archive_size_in_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_size_in_bytes`](Self::archive_size_in_bytes).
    pub fn set_archive_size_in_bytes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.archive_size_in_bytes = input;
        self
    }
    /// See [`GlacierJobDescription::completed`](crate::types::GlacierJobDescription::completed).
    pub fn completed(mut self, input: impl ::std::convert::Into<bool>) -> Self {
        self.completed = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`completed`](Self::completed).
    pub fn set_completed(mut self, input: ::std::option::Option<bool>) -> Self {
        self.completed = input;
        self
    }
    /// See [`GlacierJobDescription::completion_date`](crate::types::GlacierJobDescription::completion_date).
    pub fn completion_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.completion_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`completion_date`](Self::completion_date).
    pub fn set_completion_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.completion_date = input;
        self
    }
    /// See [`GlacierJobDescription::creation_date`](crate::types::GlacierJobDescription::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`GlacierJobDescription::inventory_retrieval_parameters`](crate::types::GlacierJobDescription::inventory_retrieval_parameters).
    pub fn inventory_retrieval_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::InventoryRetrievalJobDescription>,
    ) -> Self {
        self.inventory_retrieval_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`inventory_retrieval_parameters`](Self::inventory_retrieval_parameters).
    pub fn set_inventory_retrieval_parameters(
        mut self,
        input: ::std::option::Option<crate::types::InventoryRetrievalJobDescription>,
    ) -> Self {
        self.inventory_retrieval_parameters = input;
        self
    }
    /// See [`GlacierJobDescription::inventory_size_in_bytes`](crate::types::GlacierJobDescription::inventory_size_in_bytes).
    pub fn inventory_size_in_bytes(
        mut self,
        input: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.inventory_size_in_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`inventory_size_in_bytes`](Self::inventory_size_in_bytes).
    pub fn set_inventory_size_in_bytes(
        mut self,
        input: ::std::option::Option<i64>,
    ) -> Self {
        self.inventory_size_in_bytes = input;
        self
    }
    /// See [`GlacierJobDescription::job_description`](crate::types::GlacierJobDescription::job_description).
    pub fn job_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_description`](Self::job_description).
    pub fn set_job_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_description = input;
        self
    }
    /// See [`GlacierJobDescription::job_id`](crate::types::GlacierJobDescription::job_id).
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
    /// See [`GlacierJobDescription::job_output_path`](crate::types::GlacierJobDescription::job_output_path).
    pub fn job_output_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_output_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_output_path`](Self::job_output_path).
    pub fn set_job_output_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_output_path = input;
        self
    }
    /// See [`GlacierJobDescription::output_location`](crate::types::GlacierJobDescription::output_location).
    pub fn output_location(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputLocation>,
    ) -> Self {
        self.output_location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_location`](Self::output_location).
    pub fn set_output_location(
        mut self,
        input: ::std::option::Option<crate::types::OutputLocation>,
    ) -> Self {
        self.output_location = input;
        self
    }
    /// See [`GlacierJobDescription::retrieval_byte_range`](crate::types::GlacierJobDescription::retrieval_byte_range).
    pub fn retrieval_byte_range(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.retrieval_byte_range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retrieval_byte_range`](Self::retrieval_byte_range).
    pub fn set_retrieval_byte_range(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.retrieval_byte_range = input;
        self
    }
    /// See [`GlacierJobDescription::sha256_tree_hash`](crate::types::GlacierJobDescription::sha256_tree_hash).
    pub fn sha256_tree_hash(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sha256_tree_hash = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sha256_tree_hash`](Self::sha256_tree_hash).
    pub fn set_sha256_tree_hash(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sha256_tree_hash = input;
        self
    }
    /// See [`GlacierJobDescription::sns_topic`](crate::types::GlacierJobDescription::sns_topic).
    pub fn sns_topic(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sns_topic = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sns_topic`](Self::sns_topic).
    pub fn set_sns_topic(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sns_topic = input;
        self
    }
    /// See [`GlacierJobDescription::select_parameters`](crate::types::GlacierJobDescription::select_parameters).
    pub fn select_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelectParameters>,
    ) -> Self {
        self.select_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`select_parameters`](Self::select_parameters).
    pub fn set_select_parameters(
        mut self,
        input: ::std::option::Option<crate::types::SelectParameters>,
    ) -> Self {
        self.select_parameters = input;
        self
    }
    /// See [`GlacierJobDescription::status_code`](crate::types::GlacierJobDescription::status_code).
    pub fn status_code(
        mut self,
        input: impl ::std::convert::Into<crate::types::StatusCode>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`status_code`](Self::status_code).
    pub fn set_status_code(
        mut self,
        input: ::std::option::Option<crate::types::StatusCode>,
    ) -> Self {
        self.status_code = input;
        self
    }
    /// See [`GlacierJobDescription::status_message`](crate::types::GlacierJobDescription::status_message).
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
    /// See [`GlacierJobDescription::tier`](crate::types::GlacierJobDescription::tier).
    pub fn tier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tier`](Self::tier).
    pub fn set_tier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.tier = input;
        self
    }
    /// See [`GlacierJobDescription::vault_arn`](crate::types::GlacierJobDescription::vault_arn).
    pub fn vault_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_arn`](Self::vault_arn).
    pub fn set_vault_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::GlacierJobDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::GlacierJobDescription {
            action: self.action,
            archive_id: self.archive_id,
            archive_sha256_tree_hash: self.archive_sha256_tree_hash,
            archive_size_in_bytes: self.archive_size_in_bytes,
            completed: self.completed,
            completion_date: self.completion_date,
            creation_date: self.creation_date,
            inventory_retrieval_parameters: self.inventory_retrieval_parameters,
            inventory_size_in_bytes: self.inventory_size_in_bytes,
            job_description: self.job_description,
            job_id: self.job_id,
            job_output_path: self.job_output_path,
            output_location: self.output_location,
            retrieval_byte_range: self.retrieval_byte_range,
            sha256_tree_hash: self.sha256_tree_hash,
            sns_topic: self.sns_topic,
            select_parameters: self.select_parameters,
            status_code: self.status_code,
            status_message: self.status_message,
            tier: self.tier,
            vault_arn: self.vault_arn,
        })
    }
}
/// A builder for [`Grant`](crate::types::Grant).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GrantBuilder {
    pub(crate) grantee: ::std::option::Option<crate::types::Grantee>,
    pub(crate) permission: ::std::option::Option<crate::types::Permission>,
}
impl ::std::fmt::Debug for GrantBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GrantBuilder").finish_non_exhaustive()
    }
}
impl GrantBuilder {
    /// See [`Grant::grantee`](crate::types::Grant::grantee).
    pub fn grantee(
        mut self,
        input: impl ::std::convert::Into<crate::types::Grantee>,
    ) -> Self {
        self.grantee = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`grantee`](Self::grantee).
    pub fn set_grantee(
        mut self,
        input: ::std::option::Option<crate::types::Grantee>,
    ) -> Self {
        self.grantee = input;
        self
    }
    /// See [`Grant::permission`](crate::types::Grant::permission).
    pub fn permission(
        mut self,
        input: impl ::std::convert::Into<crate::types::Permission>,
    ) -> Self {
        self.permission = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`permission`](Self::permission).
    pub fn set_permission(
        mut self,
        input: ::std::option::Option<crate::types::Permission>,
    ) -> Self {
        self.permission = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::Grant, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Grant {
            grantee: self.grantee,
            permission: self.permission,
        })
    }
}
/// A builder for [`Grantee`](crate::types::Grantee).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct GranteeBuilder {
    pub(crate) display_name: ::std::option::Option<::std::string::String>,
    pub(crate) email_address: ::std::option::Option<::std::string::String>,
    pub(crate) id: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<crate::types::Type>,
    pub(crate) uri: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for GranteeBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GranteeBuilder").finish_non_exhaustive()
    }
}
impl GranteeBuilder {
    /// See [`Grantee::display_name`](crate::types::Grantee::display_name).
    pub fn display_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`display_name`](Self::display_name).
    pub fn set_display_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.display_name = input;
        self
    }
    /// See [`Grantee::email_address`](crate::types::Grantee::email_address).
    pub fn email_address(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email_address = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`email_address`](Self::email_address).
    pub fn set_email_address(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.email_address = input;
        self
    }
    /// See [`Grantee::id`](crate::types::Grantee::id).
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
    /// See [`Grantee::type`](crate::types::Grantee::type).
    pub fn r#type(
        mut self,
        input: impl ::std::convert::Into<crate::types::Type>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`type`](Self::type).
    pub fn set_type(mut self, input: ::std::option::Option<crate::types::Type>) -> Self {
        self.r#type = input;
        self
    }
    /// See [`Grantee::uri`](crate::types::Grantee::uri).
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
    ) -> ::std::result::Result<crate::types::Grantee, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::Grantee {
            display_name: self.display_name,
            email_address: self.email_address,
            id: self.id,
            r#type: self
                .r#type
                .ok_or(crate::runtime::BuildError::missing("Grantee", "type"))?,
            uri: self.uri,
        })
    }
}
/// A builder for [`InitiateJobInput`](crate::types::InitiateJobInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InitiateJobInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_parameters: ::std::option::Option<crate::types::JobParameters>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InitiateJobInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitiateJobInputBuilder").finish_non_exhaustive()
    }
}
impl InitiateJobInputBuilder {
    /// See [`InitiateJobInput::account_id`](crate::types::InitiateJobInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`InitiateJobInput::job_parameters`](crate::types::InitiateJobInput::job_parameters).
    pub fn job_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::JobParameters>,
    ) -> Self {
        self.job_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_parameters`](Self::job_parameters).
    pub fn set_job_parameters(
        mut self,
        input: ::std::option::Option<crate::types::JobParameters>,
    ) -> Self {
        self.job_parameters = input;
        self
    }
    /// See [`InitiateJobInput::vault_name`](crate::types::InitiateJobInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InitiateJobInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InitiateJobInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing("InitiateJobInput", "account_id"),
                )?,
            job_parameters: self.job_parameters,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing("InitiateJobInput", "vault_name"),
                )?,
        })
    }
}
/// A builder for [`InitiateJobOutput`](crate::types::InitiateJobOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InitiateJobOutputBuilder {
    pub(crate) job_id: ::std::option::Option<::std::string::String>,
    pub(crate) job_output_path: ::std::option::Option<::std::string::String>,
    pub(crate) location: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InitiateJobOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitiateJobOutputBuilder").finish_non_exhaustive()
    }
}
impl InitiateJobOutputBuilder {
    /// See [`InitiateJobOutput::job_id`](crate::types::InitiateJobOutput::job_id).
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
    /// See [`InitiateJobOutput::job_output_path`](crate::types::InitiateJobOutput::job_output_path).
    pub fn job_output_path(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_output_path = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`job_output_path`](Self::job_output_path).
    pub fn set_job_output_path(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.job_output_path = input;
        self
    }
    /// See [`InitiateJobOutput::location`](crate::types::InitiateJobOutput::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.location = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InitiateJobOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InitiateJobOutput {
            job_id: self.job_id,
            job_output_path: self.job_output_path,
            location: self.location,
        })
    }
}
/// A builder for [`InitiateMultipartUploadInput`](crate::types::InitiateMultipartUploadInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InitiateMultipartUploadInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) archive_description: ::std::option::Option<::std::string::String>,
    pub(crate) part_size: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InitiateMultipartUploadInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitiateMultipartUploadInputBuilder").finish_non_exhaustive()
    }
}
impl InitiateMultipartUploadInputBuilder {
    /// See [`InitiateMultipartUploadInput::account_id`](crate::types::InitiateMultipartUploadInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`InitiateMultipartUploadInput::archive_description`](crate::types::InitiateMultipartUploadInput::archive_description).
    pub fn archive_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_description`](Self::archive_description).
    pub fn set_archive_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_description = input;
        self
    }
    /// See [`InitiateMultipartUploadInput::part_size`](crate::types::InitiateMultipartUploadInput::part_size).
    pub fn part_size(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.part_size = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`part_size`](Self::part_size).
    pub fn set_part_size(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.part_size = input;
        self
    }
    /// See [`InitiateMultipartUploadInput::vault_name`](crate::types::InitiateMultipartUploadInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InitiateMultipartUploadInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InitiateMultipartUploadInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InitiateMultipartUploadInput",
                        "account_id",
                    ),
                )?,
            archive_description: self.archive_description,
            part_size: self.part_size,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InitiateMultipartUploadInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`InitiateMultipartUploadOutput`](crate::types::InitiateMultipartUploadOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InitiateMultipartUploadOutputBuilder {
    pub(crate) location: ::std::option::Option<::std::string::String>,
    pub(crate) upload_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InitiateMultipartUploadOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitiateMultipartUploadOutputBuilder").finish_non_exhaustive()
    }
}
impl InitiateMultipartUploadOutputBuilder {
    /// See [`InitiateMultipartUploadOutput::location`](crate::types::InitiateMultipartUploadOutput::location).
    pub fn location(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`location`](Self::location).
    pub fn set_location(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.location = input;
        self
    }
    /// See [`InitiateMultipartUploadOutput::upload_id`](crate::types::InitiateMultipartUploadOutput::upload_id).
    pub fn upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upload_id`](Self::upload_id).
    pub fn set_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.upload_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InitiateMultipartUploadOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InitiateMultipartUploadOutput {
            location: self.location,
            upload_id: self.upload_id,
        })
    }
}
/// A builder for [`InitiateVaultLockInput`](crate::types::InitiateVaultLockInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InitiateVaultLockInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<crate::types::VaultLockPolicy>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InitiateVaultLockInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitiateVaultLockInputBuilder").finish_non_exhaustive()
    }
}
impl InitiateVaultLockInputBuilder {
    /// See [`InitiateVaultLockInput::account_id`](crate::types::InitiateVaultLockInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`InitiateVaultLockInput::policy`](crate::types::InitiateVaultLockInput::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::VaultLockPolicy>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<crate::types::VaultLockPolicy>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`InitiateVaultLockInput::vault_name`](crate::types::InitiateVaultLockInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InitiateVaultLockInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InitiateVaultLockInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InitiateVaultLockInput",
                        "account_id",
                    ),
                )?,
            policy: self.policy,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "InitiateVaultLockInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`InitiateVaultLockOutput`](crate::types::InitiateVaultLockOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InitiateVaultLockOutputBuilder {
    pub(crate) lock_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InitiateVaultLockOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InitiateVaultLockOutputBuilder").finish_non_exhaustive()
    }
}
impl InitiateVaultLockOutputBuilder {
    /// See [`InitiateVaultLockOutput::lock_id`](crate::types::InitiateVaultLockOutput::lock_id).
    pub fn lock_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lock_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`lock_id`](Self::lock_id).
    pub fn set_lock_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.lock_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InitiateVaultLockOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InitiateVaultLockOutput {
            lock_id: self.lock_id,
        })
    }
}
/// A builder for [`InputSerialization`](crate::types::InputSerialization).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InputSerializationBuilder {
    pub(crate) csv: ::std::option::Option<crate::types::CsvInput>,
}
impl ::std::fmt::Debug for InputSerializationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InputSerializationBuilder").finish_non_exhaustive()
    }
}
impl InputSerializationBuilder {
    /// See [`InputSerialization::csv`](crate::types::InputSerialization::csv).
    pub fn csv(
        mut self,
        input: impl ::std::convert::Into<crate::types::CsvInput>,
    ) -> Self {
        self.csv = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`csv`](Self::csv).
    pub fn set_csv(
        mut self,
        input: ::std::option::Option<crate::types::CsvInput>,
    ) -> Self {
        self.csv = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InputSerialization,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InputSerialization {
            csv: self.csv,
        })
    }
}
/// A builder for [`InventoryRetrievalJobDescription`](crate::types::InventoryRetrievalJobDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InventoryRetrievalJobDescriptionBuilder {
    pub(crate) end_date: ::std::option::Option<::std::string::String>,
    pub(crate) format: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InventoryRetrievalJobDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InventoryRetrievalJobDescriptionBuilder").finish_non_exhaustive()
    }
}
impl InventoryRetrievalJobDescriptionBuilder {
    /// See [`InventoryRetrievalJobDescription::end_date`](crate::types::InventoryRetrievalJobDescription::end_date).
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
    /// See [`InventoryRetrievalJobDescription::format`](crate::types::InventoryRetrievalJobDescription::format).
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
    /// See [`InventoryRetrievalJobDescription::limit`](crate::types::InventoryRetrievalJobDescription::limit).
    pub fn limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.limit = input;
        self
    }
    /// See [`InventoryRetrievalJobDescription::marker`](crate::types::InventoryRetrievalJobDescription::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`InventoryRetrievalJobDescription::start_date`](crate::types::InventoryRetrievalJobDescription::start_date).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InventoryRetrievalJobDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InventoryRetrievalJobDescription {
            end_date: self.end_date,
            format: self.format,
            limit: self.limit,
            marker: self.marker,
            start_date: self.start_date,
        })
    }
}
/// A builder for [`InventoryRetrievalJobInput`](crate::types::InventoryRetrievalJobInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct InventoryRetrievalJobInputBuilder {
    pub(crate) end_date: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for InventoryRetrievalJobInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InventoryRetrievalJobInputBuilder").finish_non_exhaustive()
    }
}
impl InventoryRetrievalJobInputBuilder {
    /// See [`InventoryRetrievalJobInput::end_date`](crate::types::InventoryRetrievalJobInput::end_date).
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
    /// See [`InventoryRetrievalJobInput::limit`](crate::types::InventoryRetrievalJobInput::limit).
    pub fn limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.limit = input;
        self
    }
    /// See [`InventoryRetrievalJobInput::marker`](crate::types::InventoryRetrievalJobInput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`InventoryRetrievalJobInput::start_date`](crate::types::InventoryRetrievalJobInput::start_date).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::InventoryRetrievalJobInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::InventoryRetrievalJobInput {
            end_date: self.end_date,
            limit: self.limit,
            marker: self.marker,
            start_date: self.start_date,
        })
    }
}
/// A builder for [`JobParameters`](crate::types::JobParameters).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct JobParametersBuilder {
    pub(crate) archive_id: ::std::option::Option<::std::string::String>,
    pub(crate) description: ::std::option::Option<::std::string::String>,
    pub(crate) format: ::std::option::Option<::std::string::String>,
    pub(crate) inventory_retrieval_parameters: ::std::option::Option<
        crate::types::InventoryRetrievalJobInput,
    >,
    pub(crate) output_location: ::std::option::Option<crate::types::OutputLocation>,
    pub(crate) retrieval_byte_range: ::std::option::Option<::std::string::String>,
    pub(crate) sns_topic: ::std::option::Option<::std::string::String>,
    pub(crate) select_parameters: ::std::option::Option<crate::types::SelectParameters>,
    pub(crate) tier: ::std::option::Option<::std::string::String>,
    pub(crate) r#type: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for JobParametersBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("JobParametersBuilder").finish_non_exhaustive()
    }
}
impl JobParametersBuilder {
    /// See [`JobParameters::archive_id`](crate::types::JobParameters::archive_id).
    pub fn archive_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_id`](Self::archive_id).
    pub fn set_archive_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_id = input;
        self
    }
    /// See [`JobParameters::description`](crate::types::JobParameters::description).
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
    /// See [`JobParameters::format`](crate::types::JobParameters::format).
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
    /// See [`JobParameters::inventory_retrieval_parameters`](crate::types::JobParameters::inventory_retrieval_parameters).
    pub fn inventory_retrieval_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::InventoryRetrievalJobInput>,
    ) -> Self {
        self.inventory_retrieval_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`inventory_retrieval_parameters`](Self::inventory_retrieval_parameters).
    pub fn set_inventory_retrieval_parameters(
        mut self,
        input: ::std::option::Option<crate::types::InventoryRetrievalJobInput>,
    ) -> Self {
        self.inventory_retrieval_parameters = input;
        self
    }
    /// See [`JobParameters::output_location`](crate::types::JobParameters::output_location).
    pub fn output_location(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputLocation>,
    ) -> Self {
        self.output_location = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_location`](Self::output_location).
    pub fn set_output_location(
        mut self,
        input: ::std::option::Option<crate::types::OutputLocation>,
    ) -> Self {
        self.output_location = input;
        self
    }
    /// See [`JobParameters::retrieval_byte_range`](crate::types::JobParameters::retrieval_byte_range).
    pub fn retrieval_byte_range(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.retrieval_byte_range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`retrieval_byte_range`](Self::retrieval_byte_range).
    pub fn set_retrieval_byte_range(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.retrieval_byte_range = input;
        self
    }
    /// See [`JobParameters::sns_topic`](crate::types::JobParameters::sns_topic).
    pub fn sns_topic(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sns_topic = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sns_topic`](Self::sns_topic).
    pub fn set_sns_topic(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sns_topic = input;
        self
    }
    /// See [`JobParameters::select_parameters`](crate::types::JobParameters::select_parameters).
    pub fn select_parameters(
        mut self,
        input: impl ::std::convert::Into<crate::types::SelectParameters>,
    ) -> Self {
        self.select_parameters = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`select_parameters`](Self::select_parameters).
    pub fn set_select_parameters(
        mut self,
        input: ::std::option::Option<crate::types::SelectParameters>,
    ) -> Self {
        self.select_parameters = input;
        self
    }
    /// See [`JobParameters::tier`](crate::types::JobParameters::tier).
    pub fn tier(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tier = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`tier`](Self::tier).
    pub fn set_tier(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.tier = input;
        self
    }
    /// See [`JobParameters::type`](crate::types::JobParameters::type).
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
    ) -> ::std::result::Result<crate::types::JobParameters, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::JobParameters {
            archive_id: self.archive_id,
            description: self.description,
            format: self.format,
            inventory_retrieval_parameters: self.inventory_retrieval_parameters,
            output_location: self.output_location,
            retrieval_byte_range: self.retrieval_byte_range,
            sns_topic: self.sns_topic,
            select_parameters: self.select_parameters,
            tier: self.tier,
            r#type: self.r#type,
        })
    }
}
/// A builder for [`ListJobsInput`](crate::types::ListJobsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListJobsInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) completed: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) statuscode: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListJobsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListJobsInputBuilder").finish_non_exhaustive()
    }
}
impl ListJobsInputBuilder {
    /// See [`ListJobsInput::account_id`](crate::types::ListJobsInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`ListJobsInput::completed`](crate::types::ListJobsInput::completed).
    pub fn completed(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.completed = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`completed`](Self::completed).
    pub fn set_completed(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.completed = input;
        self
    }
    /// See [`ListJobsInput::limit`](crate::types::ListJobsInput::limit).
    pub fn limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.limit = input;
        self
    }
    /// See [`ListJobsInput::marker`](crate::types::ListJobsInput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListJobsInput::statuscode`](crate::types::ListJobsInput::statuscode).
    pub fn statuscode(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statuscode = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`statuscode`](Self::statuscode).
    pub fn set_statuscode(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.statuscode = input;
        self
    }
    /// See [`ListJobsInput::vault_name`](crate::types::ListJobsInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::ListJobsInput, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::ListJobsInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing("ListJobsInput", "account_id"),
                )?,
            completed: self.completed,
            limit: self.limit,
            marker: self.marker,
            statuscode: self.statuscode,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing("ListJobsInput", "vault_name"),
                )?,
        })
    }
}
/// A builder for [`ListJobsOutput`](crate::types::ListJobsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListJobsOutputBuilder {
    pub(crate) job_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlacierJobDescription>,
    >,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListJobsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListJobsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListJobsOutputBuilder {
    /// See [`ListJobsOutput::job_list`](crate::types::ListJobsOutput::job_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn job_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::GlacierJobDescription>,
    ) -> Self {
        self.job_list.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`job_list`](Self::job_list).
    pub fn set_job_list(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::GlacierJobDescription>,
        >,
    ) -> Self {
        self.job_list = input;
        self
    }
    /// See [`ListJobsOutput::marker`](crate::types::ListJobsOutput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListJobsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListJobsOutput {
            job_list: self.job_list,
            marker: self.marker,
        })
    }
}
/// A builder for [`ListMultipartUploadsInput`](crate::types::ListMultipartUploadsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListMultipartUploadsInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListMultipartUploadsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListMultipartUploadsInputBuilder").finish_non_exhaustive()
    }
}
impl ListMultipartUploadsInputBuilder {
    /// See [`ListMultipartUploadsInput::account_id`](crate::types::ListMultipartUploadsInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`ListMultipartUploadsInput::limit`](crate::types::ListMultipartUploadsInput::limit).
    pub fn limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.limit = input;
        self
    }
    /// See [`ListMultipartUploadsInput::marker`](crate::types::ListMultipartUploadsInput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListMultipartUploadsInput::vault_name`](crate::types::ListMultipartUploadsInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListMultipartUploadsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListMultipartUploadsInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListMultipartUploadsInput",
                        "account_id",
                    ),
                )?,
            limit: self.limit,
            marker: self.marker,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListMultipartUploadsInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListMultipartUploadsOutput`](crate::types::ListMultipartUploadsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListMultipartUploadsOutputBuilder {
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) uploads_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::UploadListElement>,
    >,
}
impl ::std::fmt::Debug for ListMultipartUploadsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListMultipartUploadsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListMultipartUploadsOutputBuilder {
    /// See [`ListMultipartUploadsOutput::marker`](crate::types::ListMultipartUploadsOutput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListMultipartUploadsOutput::uploads_list`](crate::types::ListMultipartUploadsOutput::uploads_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn uploads_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::UploadListElement>,
    ) -> Self {
        self.uploads_list.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`uploads_list`](Self::uploads_list).
    pub fn set_uploads_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::UploadListElement>>,
    ) -> Self {
        self.uploads_list = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListMultipartUploadsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListMultipartUploadsOutput {
            marker: self.marker,
            uploads_list: self.uploads_list,
        })
    }
}
/// A builder for [`ListPartsInput`](crate::types::ListPartsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListPartsInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) upload_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListPartsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPartsInputBuilder").finish_non_exhaustive()
    }
}
impl ListPartsInputBuilder {
    /// See [`ListPartsInput::account_id`](crate::types::ListPartsInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`ListPartsInput::limit`](crate::types::ListPartsInput::limit).
    pub fn limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.limit = input;
        self
    }
    /// See [`ListPartsInput::marker`](crate::types::ListPartsInput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListPartsInput::upload_id`](crate::types::ListPartsInput::upload_id).
    pub fn upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upload_id`](Self::upload_id).
    pub fn set_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.upload_id = input;
        self
    }
    /// See [`ListPartsInput::vault_name`](crate::types::ListPartsInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListPartsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListPartsInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing("ListPartsInput", "account_id"),
                )?,
            limit: self.limit,
            marker: self.marker,
            upload_id: self
                .upload_id
                .ok_or(
                    crate::runtime::BuildError::missing("ListPartsInput", "upload_id"),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing("ListPartsInput", "vault_name"),
                )?,
        })
    }
}
/// A builder for [`ListPartsOutput`](crate::types::ListPartsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListPartsOutputBuilder {
    pub(crate) archive_description: ::std::option::Option<::std::string::String>,
    pub(crate) creation_date: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) multipart_upload_id: ::std::option::Option<::std::string::String>,
    pub(crate) part_size_in_bytes: ::std::option::Option<i64>,
    pub(crate) parts: ::std::option::Option<
        ::std::vec::Vec<crate::types::PartListElement>,
    >,
    pub(crate) vault_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListPartsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPartsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListPartsOutputBuilder {
    /// See [`ListPartsOutput::archive_description`](crate::types::ListPartsOutput::archive_description).
    pub fn archive_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_description`](Self::archive_description).
    pub fn set_archive_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_description = input;
        self
    }
    /// See [`ListPartsOutput::creation_date`](crate::types::ListPartsOutput::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`ListPartsOutput::marker`](crate::types::ListPartsOutput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListPartsOutput::multipart_upload_id`](crate::types::ListPartsOutput::multipart_upload_id).
    pub fn multipart_upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.multipart_upload_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`multipart_upload_id`](Self::multipart_upload_id).
    pub fn set_multipart_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.multipart_upload_id = input;
        self
    }
    /// See [`ListPartsOutput::part_size_in_bytes`](crate::types::ListPartsOutput::part_size_in_bytes).
    pub fn part_size_in_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.part_size_in_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`part_size_in_bytes`](Self::part_size_in_bytes).
    pub fn set_part_size_in_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.part_size_in_bytes = input;
        self
    }
    /// See [`ListPartsOutput::parts`](crate::types::ListPartsOutput::parts).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn parts(
        mut self,
        input: impl ::std::convert::Into<crate::types::PartListElement>,
    ) -> Self {
        self.parts.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`parts`](Self::parts).
    pub fn set_parts(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::PartListElement>>,
    ) -> Self {
        self.parts = input;
        self
    }
    /// See [`ListPartsOutput::vault_arn`](crate::types::ListPartsOutput::vault_arn).
    pub fn vault_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_arn`](Self::vault_arn).
    pub fn set_vault_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListPartsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListPartsOutput {
            archive_description: self.archive_description,
            creation_date: self.creation_date,
            marker: self.marker,
            multipart_upload_id: self.multipart_upload_id,
            part_size_in_bytes: self.part_size_in_bytes,
            parts: self.parts,
            vault_arn: self.vault_arn,
        })
    }
}
/// A builder for [`ListProvisionedCapacityInput`](crate::types::ListProvisionedCapacityInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListProvisionedCapacityInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListProvisionedCapacityInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListProvisionedCapacityInputBuilder").finish_non_exhaustive()
    }
}
impl ListProvisionedCapacityInputBuilder {
    /// See [`ListProvisionedCapacityInput::account_id`](crate::types::ListProvisionedCapacityInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListProvisionedCapacityInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListProvisionedCapacityInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListProvisionedCapacityInput",
                        "account_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListProvisionedCapacityOutput`](crate::types::ListProvisionedCapacityOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListProvisionedCapacityOutputBuilder {
    pub(crate) provisioned_capacity_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::ProvisionedCapacityDescription>,
    >,
}
impl ::std::fmt::Debug for ListProvisionedCapacityOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListProvisionedCapacityOutputBuilder").finish_non_exhaustive()
    }
}
impl ListProvisionedCapacityOutputBuilder {
    /// See [`ListProvisionedCapacityOutput::provisioned_capacity_list`](crate::types::ListProvisionedCapacityOutput::provisioned_capacity_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn provisioned_capacity_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::ProvisionedCapacityDescription>,
    ) -> Self {
        self.provisioned_capacity_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`provisioned_capacity_list`](Self::provisioned_capacity_list).
    pub fn set_provisioned_capacity_list(
        mut self,
        input: ::std::option::Option<
            ::std::vec::Vec<crate::types::ProvisionedCapacityDescription>,
        >,
    ) -> Self {
        self.provisioned_capacity_list = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListProvisionedCapacityOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListProvisionedCapacityOutput {
            provisioned_capacity_list: self.provisioned_capacity_list,
        })
    }
}
/// A builder for [`ListTagsForVaultInput`](crate::types::ListTagsForVaultInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForVaultInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListTagsForVaultInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForVaultInputBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForVaultInputBuilder {
    /// See [`ListTagsForVaultInput::account_id`](crate::types::ListTagsForVaultInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`ListTagsForVaultInput::vault_name`](crate::types::ListTagsForVaultInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListTagsForVaultInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForVaultInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListTagsForVaultInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "ListTagsForVaultInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`ListTagsForVaultOutput`](crate::types::ListTagsForVaultOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListTagsForVaultOutputBuilder {
    pub(crate) tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for ListTagsForVaultOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTagsForVaultOutputBuilder").finish_non_exhaustive()
    }
}
impl ListTagsForVaultOutputBuilder {
    /// See [`ListTagsForVaultOutput::tags`](crate::types::ListTagsForVaultOutput::tags).
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
        crate::types::ListTagsForVaultOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListTagsForVaultOutput {
            tags: self.tags,
        })
    }
}
/// A builder for [`ListVaultsInput`](crate::types::ListVaultsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListVaultsInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) limit: ::std::option::Option<::std::string::String>,
    pub(crate) marker: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ListVaultsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListVaultsInputBuilder").finish_non_exhaustive()
    }
}
impl ListVaultsInputBuilder {
    /// See [`ListVaultsInput::account_id`](crate::types::ListVaultsInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`ListVaultsInput::limit`](crate::types::ListVaultsInput::limit).
    pub fn limit(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.limit = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`limit`](Self::limit).
    pub fn set_limit(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.limit = input;
        self
    }
    /// See [`ListVaultsInput::marker`](crate::types::ListVaultsInput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListVaultsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListVaultsInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing("ListVaultsInput", "account_id"),
                )?,
            limit: self.limit,
            marker: self.marker,
        })
    }
}
/// A builder for [`ListVaultsOutput`](crate::types::ListVaultsOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ListVaultsOutputBuilder {
    pub(crate) marker: ::std::option::Option<::std::string::String>,
    pub(crate) vault_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::DescribeVaultOutput>,
    >,
}
impl ::std::fmt::Debug for ListVaultsOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListVaultsOutputBuilder").finish_non_exhaustive()
    }
}
impl ListVaultsOutputBuilder {
    /// See [`ListVaultsOutput::marker`](crate::types::ListVaultsOutput::marker).
    pub fn marker(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marker = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`marker`](Self::marker).
    pub fn set_marker(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.marker = input;
        self
    }
    /// See [`ListVaultsOutput::vault_list`](crate::types::ListVaultsOutput::vault_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn vault_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::DescribeVaultOutput>,
    ) -> Self {
        self.vault_list.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`vault_list`](Self::vault_list).
    pub fn set_vault_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::DescribeVaultOutput>>,
    ) -> Self {
        self.vault_list = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ListVaultsOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ListVaultsOutput {
            marker: self.marker,
            vault_list: self.vault_list,
        })
    }
}
/// A builder for [`OutputLocation`](crate::types::OutputLocation).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OutputLocationBuilder {
    pub(crate) s3: ::std::option::Option<crate::types::S3Location>,
}
impl ::std::fmt::Debug for OutputLocationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OutputLocationBuilder").finish_non_exhaustive()
    }
}
impl OutputLocationBuilder {
    /// See [`OutputLocation::s3`](crate::types::OutputLocation::s3).
    pub fn s3(
        mut self,
        input: impl ::std::convert::Into<crate::types::S3Location>,
    ) -> Self {
        self.s3 = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`s3`](Self::s3).
    pub fn set_s3(
        mut self,
        input: ::std::option::Option<crate::types::S3Location>,
    ) -> Self {
        self.s3 = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OutputLocation,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OutputLocation {
            s3: self.s3,
        })
    }
}
/// A builder for [`OutputSerialization`](crate::types::OutputSerialization).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct OutputSerializationBuilder {
    pub(crate) csv: ::std::option::Option<crate::types::CsvOutput>,
}
impl ::std::fmt::Debug for OutputSerializationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OutputSerializationBuilder").finish_non_exhaustive()
    }
}
impl OutputSerializationBuilder {
    /// See [`OutputSerialization::csv`](crate::types::OutputSerialization::csv).
    pub fn csv(
        mut self,
        input: impl ::std::convert::Into<crate::types::CsvOutput>,
    ) -> Self {
        self.csv = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`csv`](Self::csv).
    pub fn set_csv(
        mut self,
        input: ::std::option::Option<crate::types::CsvOutput>,
    ) -> Self {
        self.csv = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::OutputSerialization,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::OutputSerialization {
            csv: self.csv,
        })
    }
}
/// A builder for [`PartListElement`](crate::types::PartListElement).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PartListElementBuilder {
    pub(crate) range_in_bytes: ::std::option::Option<::std::string::String>,
    pub(crate) sha256_tree_hash: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PartListElementBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PartListElementBuilder").finish_non_exhaustive()
    }
}
impl PartListElementBuilder {
    /// See [`PartListElement::range_in_bytes`](crate::types::PartListElement::range_in_bytes).
    pub fn range_in_bytes(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.range_in_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`range_in_bytes`](Self::range_in_bytes).
    pub fn set_range_in_bytes(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.range_in_bytes = input;
        self
    }
    /// See [`PartListElement::sha256_tree_hash`](crate::types::PartListElement::sha256_tree_hash).
    pub fn sha256_tree_hash(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sha256_tree_hash = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sha256_tree_hash`](Self::sha256_tree_hash).
    pub fn set_sha256_tree_hash(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sha256_tree_hash = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PartListElement,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PartListElement {
            range_in_bytes: self.range_in_bytes,
            sha256_tree_hash: self.sha256_tree_hash,
        })
    }
}
/// A builder for [`ProvisionedCapacityDescription`](crate::types::ProvisionedCapacityDescription).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct ProvisionedCapacityDescriptionBuilder {
    pub(crate) capacity_id: ::std::option::Option<::std::string::String>,
    pub(crate) expiration_date: ::std::option::Option<::std::string::String>,
    pub(crate) start_date: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ProvisionedCapacityDescriptionBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ProvisionedCapacityDescriptionBuilder").finish_non_exhaustive()
    }
}
impl ProvisionedCapacityDescriptionBuilder {
    /// See [`ProvisionedCapacityDescription::capacity_id`](crate::types::ProvisionedCapacityDescription::capacity_id).
    pub fn capacity_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_id`](Self::capacity_id).
    pub fn set_capacity_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_id = input;
        self
    }
    /// See [`ProvisionedCapacityDescription::expiration_date`](crate::types::ProvisionedCapacityDescription::expiration_date).
    pub fn expiration_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expiration_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expiration_date`](Self::expiration_date).
    pub fn set_expiration_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.expiration_date = input;
        self
    }
    /// See [`ProvisionedCapacityDescription::start_date`](crate::types::ProvisionedCapacityDescription::start_date).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::ProvisionedCapacityDescription,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::ProvisionedCapacityDescription {
            capacity_id: self.capacity_id,
            expiration_date: self.expiration_date,
            start_date: self.start_date,
        })
    }
}
/// A builder for [`PurchaseProvisionedCapacityInput`](crate::types::PurchaseProvisionedCapacityInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PurchaseProvisionedCapacityInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PurchaseProvisionedCapacityInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PurchaseProvisionedCapacityInputBuilder").finish_non_exhaustive()
    }
}
impl PurchaseProvisionedCapacityInputBuilder {
    /// See [`PurchaseProvisionedCapacityInput::account_id`](crate::types::PurchaseProvisionedCapacityInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PurchaseProvisionedCapacityInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PurchaseProvisionedCapacityInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "PurchaseProvisionedCapacityInput",
                        "account_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`PurchaseProvisionedCapacityOutput`](crate::types::PurchaseProvisionedCapacityOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct PurchaseProvisionedCapacityOutputBuilder {
    pub(crate) capacity_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for PurchaseProvisionedCapacityOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PurchaseProvisionedCapacityOutputBuilder")
            .finish_non_exhaustive()
    }
}
impl PurchaseProvisionedCapacityOutputBuilder {
    /// See [`PurchaseProvisionedCapacityOutput::capacity_id`](crate::types::PurchaseProvisionedCapacityOutput::capacity_id).
    pub fn capacity_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.capacity_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`capacity_id`](Self::capacity_id).
    pub fn set_capacity_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.capacity_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::PurchaseProvisionedCapacityOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::PurchaseProvisionedCapacityOutput {
            capacity_id: self.capacity_id,
        })
    }
}
/// A builder for [`RemoveTagsFromVaultInput`](crate::types::RemoveTagsFromVaultInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct RemoveTagsFromVaultInputBuilder {
    pub(crate) tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RemoveTagsFromVaultInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RemoveTagsFromVaultInputBuilder").finish_non_exhaustive()
    }
}
impl RemoveTagsFromVaultInputBuilder {
    /// See [`RemoveTagsFromVaultInput::tag_keys`](crate::types::RemoveTagsFromVaultInput::tag_keys).
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
    /// See [`RemoveTagsFromVaultInput::account_id`](crate::types::RemoveTagsFromVaultInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`RemoveTagsFromVaultInput::vault_name`](crate::types::RemoveTagsFromVaultInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::RemoveTagsFromVaultInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::RemoveTagsFromVaultInput {
            tag_keys: self.tag_keys,
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RemoveTagsFromVaultInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "RemoveTagsFromVaultInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`S3Location`](crate::types::S3Location).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct S3LocationBuilder {
    pub(crate) access_control_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::Grant>,
    >,
    pub(crate) bucket_name: ::std::option::Option<::std::string::String>,
    pub(crate) canned_acl: ::std::option::Option<crate::types::CannedAcl>,
    pub(crate) encryption: ::std::option::Option<crate::types::Encryption>,
    pub(crate) prefix: ::std::option::Option<::std::string::String>,
    pub(crate) storage_class: ::std::option::Option<crate::types::StorageClass>,
    pub(crate) tagging: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub(crate) user_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::std::fmt::Debug for S3LocationBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("S3LocationBuilder").finish_non_exhaustive()
    }
}
impl S3LocationBuilder {
    /// See [`S3Location::access_control_list`](crate::types::S3Location::access_control_list).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn access_control_list(
        mut self,
        input: impl ::std::convert::Into<crate::types::Grant>,
    ) -> Self {
        self.access_control_list
            .get_or_insert_with(::std::vec::Vec::new)
            .push(input.into());
        self
    }
    /// Sets or clears [`access_control_list`](Self::access_control_list).
    pub fn set_access_control_list(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<crate::types::Grant>>,
    ) -> Self {
        self.access_control_list = input;
        self
    }
    /// See [`S3Location::bucket_name`](crate::types::S3Location::bucket_name).
    pub fn bucket_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bucket_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`bucket_name`](Self::bucket_name).
    pub fn set_bucket_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.bucket_name = input;
        self
    }
    /// See [`S3Location::canned_acl`](crate::types::S3Location::canned_acl).
    pub fn canned_acl(
        mut self,
        input: impl ::std::convert::Into<crate::types::CannedAcl>,
    ) -> Self {
        self.canned_acl = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`canned_acl`](Self::canned_acl).
    pub fn set_canned_acl(
        mut self,
        input: ::std::option::Option<crate::types::CannedAcl>,
    ) -> Self {
        self.canned_acl = input;
        self
    }
    /// See [`S3Location::encryption`](crate::types::S3Location::encryption).
    pub fn encryption(
        mut self,
        input: impl ::std::convert::Into<crate::types::Encryption>,
    ) -> Self {
        self.encryption = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`encryption`](Self::encryption).
    pub fn set_encryption(
        mut self,
        input: ::std::option::Option<crate::types::Encryption>,
    ) -> Self {
        self.encryption = input;
        self
    }
    /// See [`S3Location::prefix`](crate::types::S3Location::prefix).
    pub fn prefix(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.prefix = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`prefix`](Self::prefix).
    pub fn set_prefix(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.prefix = input;
        self
    }
    /// See [`S3Location::storage_class`](crate::types::S3Location::storage_class).
    pub fn storage_class(
        mut self,
        input: impl ::std::convert::Into<crate::types::StorageClass>,
    ) -> Self {
        self.storage_class = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`storage_class`](Self::storage_class).
    pub fn set_storage_class(
        mut self,
        input: ::std::option::Option<crate::types::StorageClass>,
    ) -> Self {
        self.storage_class = input;
        self
    }
    /// See [`S3Location::tagging`](crate::types::S3Location::tagging).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn tagging(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tagging
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`tagging`](Self::tagging).
    pub fn set_tagging(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tagging = input;
        self
    }
    /// See [`S3Location::user_metadata`](crate::types::S3Location::user_metadata).
    ///
    /// Inserts one entry; use the `set_` method to replace the whole map.
    pub fn user_metadata(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_metadata
            .get_or_insert_with(::std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets or clears [`user_metadata`](Self::user_metadata).
    pub fn set_user_metadata(
        mut self,
        input: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.user_metadata = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<crate::types::S3Location, crate::runtime::BuildError> {
        ::std::result::Result::Ok(crate::types::S3Location {
            access_control_list: self.access_control_list,
            bucket_name: self.bucket_name,
            canned_acl: self.canned_acl,
            encryption: self.encryption,
            prefix: self.prefix,
            storage_class: self.storage_class,
            tagging: self.tagging,
            user_metadata: self.user_metadata,
        })
    }
}
/// A builder for [`SelectParameters`](crate::types::SelectParameters).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SelectParametersBuilder {
    pub(crate) expression: ::std::option::Option<::std::string::String>,
    pub(crate) expression_type: ::std::option::Option<crate::types::ExpressionType>,
    pub(crate) input_serialization: ::std::option::Option<
        crate::types::InputSerialization,
    >,
    pub(crate) output_serialization: ::std::option::Option<
        crate::types::OutputSerialization,
    >,
}
impl ::std::fmt::Debug for SelectParametersBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SelectParametersBuilder").finish_non_exhaustive()
    }
}
impl SelectParametersBuilder {
    /// See [`SelectParameters::expression`](crate::types::SelectParameters::expression).
    pub fn expression(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expression = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expression`](Self::expression).
    pub fn set_expression(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.expression = input;
        self
    }
    /// See [`SelectParameters::expression_type`](crate::types::SelectParameters::expression_type).
    pub fn expression_type(
        mut self,
        input: impl ::std::convert::Into<crate::types::ExpressionType>,
    ) -> Self {
        self.expression_type = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`expression_type`](Self::expression_type).
    pub fn set_expression_type(
        mut self,
        input: ::std::option::Option<crate::types::ExpressionType>,
    ) -> Self {
        self.expression_type = input;
        self
    }
    /// See [`SelectParameters::input_serialization`](crate::types::SelectParameters::input_serialization).
    pub fn input_serialization(
        mut self,
        input: impl ::std::convert::Into<crate::types::InputSerialization>,
    ) -> Self {
        self.input_serialization = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`input_serialization`](Self::input_serialization).
    pub fn set_input_serialization(
        mut self,
        input: ::std::option::Option<crate::types::InputSerialization>,
    ) -> Self {
        self.input_serialization = input;
        self
    }
    /// See [`SelectParameters::output_serialization`](crate::types::SelectParameters::output_serialization).
    pub fn output_serialization(
        mut self,
        input: impl ::std::convert::Into<crate::types::OutputSerialization>,
    ) -> Self {
        self.output_serialization = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`output_serialization`](Self::output_serialization).
    pub fn set_output_serialization(
        mut self,
        input: ::std::option::Option<crate::types::OutputSerialization>,
    ) -> Self {
        self.output_serialization = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SelectParameters,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SelectParameters {
            expression: self.expression,
            expression_type: self.expression_type,
            input_serialization: self.input_serialization,
            output_serialization: self.output_serialization,
        })
    }
}
/// A builder for [`SetDataRetrievalPolicyInput`](crate::types::SetDataRetrievalPolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SetDataRetrievalPolicyInputBuilder {
    pub(crate) policy: ::std::option::Option<crate::types::DataRetrievalPolicy>,
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SetDataRetrievalPolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetDataRetrievalPolicyInputBuilder").finish_non_exhaustive()
    }
}
impl SetDataRetrievalPolicyInputBuilder {
    /// See [`SetDataRetrievalPolicyInput::policy`](crate::types::SetDataRetrievalPolicyInput::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::DataRetrievalPolicy>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<crate::types::DataRetrievalPolicy>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`SetDataRetrievalPolicyInput::account_id`](crate::types::SetDataRetrievalPolicyInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SetDataRetrievalPolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SetDataRetrievalPolicyInput {
            policy: self.policy,
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SetDataRetrievalPolicyInput",
                        "account_id",
                    ),
                )?,
        })
    }
}
/// A builder for [`SetVaultAccessPolicyInput`](crate::types::SetVaultAccessPolicyInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SetVaultAccessPolicyInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) policy: ::std::option::Option<crate::types::VaultAccessPolicy>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for SetVaultAccessPolicyInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetVaultAccessPolicyInputBuilder").finish_non_exhaustive()
    }
}
impl SetVaultAccessPolicyInputBuilder {
    /// See [`SetVaultAccessPolicyInput::account_id`](crate::types::SetVaultAccessPolicyInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`SetVaultAccessPolicyInput::policy`](crate::types::SetVaultAccessPolicyInput::policy).
    pub fn policy(
        mut self,
        input: impl ::std::convert::Into<crate::types::VaultAccessPolicy>,
    ) -> Self {
        self.policy = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`policy`](Self::policy).
    pub fn set_policy(
        mut self,
        input: ::std::option::Option<crate::types::VaultAccessPolicy>,
    ) -> Self {
        self.policy = input;
        self
    }
    /// See [`SetVaultAccessPolicyInput::vault_name`](crate::types::SetVaultAccessPolicyInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SetVaultAccessPolicyInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SetVaultAccessPolicyInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SetVaultAccessPolicyInput",
                        "account_id",
                    ),
                )?,
            policy: self.policy,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SetVaultAccessPolicyInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`SetVaultNotificationsInput`](crate::types::SetVaultNotificationsInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct SetVaultNotificationsInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
    pub(crate) vault_notification_config: ::std::option::Option<
        crate::types::VaultNotificationConfig,
    >,
}
impl ::std::fmt::Debug for SetVaultNotificationsInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SetVaultNotificationsInputBuilder").finish_non_exhaustive()
    }
}
impl SetVaultNotificationsInputBuilder {
    /// See [`SetVaultNotificationsInput::account_id`](crate::types::SetVaultNotificationsInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`SetVaultNotificationsInput::vault_name`](crate::types::SetVaultNotificationsInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// See [`SetVaultNotificationsInput::vault_notification_config`](crate::types::SetVaultNotificationsInput::vault_notification_config).
    pub fn vault_notification_config(
        mut self,
        input: impl ::std::convert::Into<crate::types::VaultNotificationConfig>,
    ) -> Self {
        self.vault_notification_config = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_notification_config`](Self::vault_notification_config).
    pub fn set_vault_notification_config(
        mut self,
        input: ::std::option::Option<crate::types::VaultNotificationConfig>,
    ) -> Self {
        self.vault_notification_config = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::SetVaultNotificationsInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::SetVaultNotificationsInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SetVaultNotificationsInput",
                        "account_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "SetVaultNotificationsInput",
                        "vault_name",
                    ),
                )?,
            vault_notification_config: self.vault_notification_config,
        })
    }
}
/// A builder for [`UploadArchiveInput`](crate::types::UploadArchiveInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UploadArchiveInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) archive_description: ::std::option::Option<::std::string::String>,
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) checksum: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UploadArchiveInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadArchiveInputBuilder").finish_non_exhaustive()
    }
}
impl UploadArchiveInputBuilder {
    /// See [`UploadArchiveInput::account_id`](crate::types::UploadArchiveInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`UploadArchiveInput::archive_description`](crate::types::UploadArchiveInput::archive_description).
    pub fn archive_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_description`](Self::archive_description).
    pub fn set_archive_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_description = input;
        self
    }
    /// See [`UploadArchiveInput::body`](crate::types::UploadArchiveInput::body).
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
    /// See [`UploadArchiveInput::checksum`](crate::types::UploadArchiveInput::checksum).
    pub fn checksum(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checksum = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checksum`](Self::checksum).
    pub fn set_checksum(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checksum = input;
        self
    }
    /// See [`UploadArchiveInput::vault_name`](crate::types::UploadArchiveInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UploadArchiveInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UploadArchiveInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UploadArchiveInput",
                        "account_id",
                    ),
                )?,
            archive_description: self.archive_description,
            body: self.body,
            checksum: self.checksum,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UploadArchiveInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`UploadListElement`](crate::types::UploadListElement).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UploadListElementBuilder {
    pub(crate) archive_description: ::std::option::Option<::std::string::String>,
    pub(crate) creation_date: ::std::option::Option<::std::string::String>,
    pub(crate) multipart_upload_id: ::std::option::Option<::std::string::String>,
    pub(crate) part_size_in_bytes: ::std::option::Option<i64>,
    pub(crate) vault_arn: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UploadListElementBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadListElementBuilder").finish_non_exhaustive()
    }
}
impl UploadListElementBuilder {
    /// See [`UploadListElement::archive_description`](crate::types::UploadListElement::archive_description).
    pub fn archive_description(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.archive_description = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`archive_description`](Self::archive_description).
    pub fn set_archive_description(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.archive_description = input;
        self
    }
    /// See [`UploadListElement::creation_date`](crate::types::UploadListElement::creation_date).
    pub fn creation_date(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_date = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`creation_date`](Self::creation_date).
    pub fn set_creation_date(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.creation_date = input;
        self
    }
    /// See [`UploadListElement::multipart_upload_id`](crate::types::UploadListElement::multipart_upload_id).
    pub fn multipart_upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.multipart_upload_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`multipart_upload_id`](Self::multipart_upload_id).
    pub fn set_multipart_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.multipart_upload_id = input;
        self
    }
    /// See [`UploadListElement::part_size_in_bytes`](crate::types::UploadListElement::part_size_in_bytes).
    pub fn part_size_in_bytes(mut self, input: impl ::std::convert::Into<i64>) -> Self {
        self.part_size_in_bytes = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`part_size_in_bytes`](Self::part_size_in_bytes).
    pub fn set_part_size_in_bytes(mut self, input: ::std::option::Option<i64>) -> Self {
        self.part_size_in_bytes = input;
        self
    }
    /// See [`UploadListElement::vault_arn`](crate::types::UploadListElement::vault_arn).
    pub fn vault_arn(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_arn = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_arn`](Self::vault_arn).
    pub fn set_vault_arn(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_arn = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UploadListElement,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UploadListElement {
            archive_description: self.archive_description,
            creation_date: self.creation_date,
            multipart_upload_id: self.multipart_upload_id,
            part_size_in_bytes: self.part_size_in_bytes,
            vault_arn: self.vault_arn,
        })
    }
}
/// A builder for [`UploadMultipartPartInput`](crate::types::UploadMultipartPartInput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UploadMultipartPartInputBuilder {
    pub(crate) account_id: ::std::option::Option<::std::string::String>,
    pub(crate) body: ::std::option::Option<crate::runtime::Blob>,
    pub(crate) checksum: ::std::option::Option<::std::string::String>,
    pub(crate) range: ::std::option::Option<::std::string::String>,
    pub(crate) upload_id: ::std::option::Option<::std::string::String>,
    pub(crate) vault_name: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UploadMultipartPartInputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadMultipartPartInputBuilder").finish_non_exhaustive()
    }
}
impl UploadMultipartPartInputBuilder {
    /// See [`UploadMultipartPartInput::account_id`](crate::types::UploadMultipartPartInput::account_id).
    pub fn account_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`account_id`](Self::account_id).
    pub fn set_account_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.account_id = input;
        self
    }
    /// See [`UploadMultipartPartInput::body`](crate::types::UploadMultipartPartInput::body).
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
    /// See [`UploadMultipartPartInput::checksum`](crate::types::UploadMultipartPartInput::checksum).
    pub fn checksum(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checksum = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checksum`](Self::checksum).
    pub fn set_checksum(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checksum = input;
        self
    }
    /// See [`UploadMultipartPartInput::range`](crate::types::UploadMultipartPartInput::range).
    pub fn range(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.range = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`range`](Self::range).
    pub fn set_range(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.range = input;
        self
    }
    /// See [`UploadMultipartPartInput::upload_id`](crate::types::UploadMultipartPartInput::upload_id).
    pub fn upload_id(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_id = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`upload_id`](Self::upload_id).
    pub fn set_upload_id(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.upload_id = input;
        self
    }
    /// See [`UploadMultipartPartInput::vault_name`](crate::types::UploadMultipartPartInput::vault_name).
    pub fn vault_name(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vault_name = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`vault_name`](Self::vault_name).
    pub fn set_vault_name(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.vault_name = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UploadMultipartPartInput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UploadMultipartPartInput {
            account_id: self
                .account_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UploadMultipartPartInput",
                        "account_id",
                    ),
                )?,
            body: self.body,
            checksum: self.checksum,
            range: self.range,
            upload_id: self
                .upload_id
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UploadMultipartPartInput",
                        "upload_id",
                    ),
                )?,
            vault_name: self
                .vault_name
                .ok_or(
                    crate::runtime::BuildError::missing(
                        "UploadMultipartPartInput",
                        "vault_name",
                    ),
                )?,
        })
    }
}
/// A builder for [`UploadMultipartPartOutput`](crate::types::UploadMultipartPartOutput).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct UploadMultipartPartOutputBuilder {
    pub(crate) checksum: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for UploadMultipartPartOutputBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadMultipartPartOutputBuilder").finish_non_exhaustive()
    }
}
impl UploadMultipartPartOutputBuilder {
    /// See [`UploadMultipartPartOutput::checksum`](crate::types::UploadMultipartPartOutput::checksum).
    pub fn checksum(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.checksum = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`checksum`](Self::checksum).
    pub fn set_checksum(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.checksum = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::UploadMultipartPartOutput,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::UploadMultipartPartOutput {
            checksum: self.checksum,
        })
    }
}
/// A builder for [`VaultAccessPolicy`](crate::types::VaultAccessPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VaultAccessPolicyBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for VaultAccessPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VaultAccessPolicyBuilder").finish_non_exhaustive()
    }
}
impl VaultAccessPolicyBuilder {
    /// See [`VaultAccessPolicy::policy`](crate::types::VaultAccessPolicy::policy).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VaultAccessPolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VaultAccessPolicy {
            policy: self.policy,
        })
    }
}
/// A builder for [`VaultLockPolicy`](crate::types::VaultLockPolicy).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VaultLockPolicyBuilder {
    pub(crate) policy: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for VaultLockPolicyBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VaultLockPolicyBuilder").finish_non_exhaustive()
    }
}
impl VaultLockPolicyBuilder {
    /// See [`VaultLockPolicy::policy`](crate::types::VaultLockPolicy::policy).
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
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VaultLockPolicy,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VaultLockPolicy {
            policy: self.policy,
        })
    }
}
/// A builder for [`VaultNotificationConfig`](crate::types::VaultNotificationConfig).
#[derive(::std::clone::Clone, ::std::default::Default)]
pub struct VaultNotificationConfigBuilder {
    pub(crate) events: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub(crate) sns_topic: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for VaultNotificationConfigBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VaultNotificationConfigBuilder").finish_non_exhaustive()
    }
}
impl VaultNotificationConfigBuilder {
    /// See [`VaultNotificationConfig::events`](crate::types::VaultNotificationConfig::events).
    ///
    /// Appends one element; use the `set_` method to replace the whole list.
    pub fn events(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.events.get_or_insert_with(::std::vec::Vec::new).push(input.into());
        self
    }
    /// Sets or clears [`events`](Self::events).
    pub fn set_events(
        mut self,
        input: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.events = input;
        self
    }
    /// See [`VaultNotificationConfig::sns_topic`](crate::types::VaultNotificationConfig::sns_topic).
    pub fn sns_topic(
        mut self,
        input: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sns_topic = ::std::option::Option::Some(input.into());
        self
    }
    /// Sets or clears [`sns_topic`](Self::sns_topic).
    pub fn set_sns_topic(
        mut self,
        input: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.sns_topic = input;
        self
    }
    /// Builds the value; fails if a required field is not set.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        crate::types::VaultNotificationConfig,
        crate::runtime::BuildError,
    > {
        ::std::result::Result::Ok(crate::types::VaultNotificationConfig {
            events: self.events,
            sns_topic: self.sns_topic,
        })
    }
}
