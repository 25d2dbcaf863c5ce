//! Data types of the service: one per structure and enum in the spec.
pub mod builders;
pub mod error;
/// Provides options to abort a multipart upload identified by the upload ID.
///
/// For information about the underlying REST API, see [Abort Multipart
/// Upload](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-multipart-abort-upload.html).
/// For conceptual information, see [Working with Archives in Amazon S3
/// Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/working-with-archives.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AbortMultipartUploadInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The upload ID of the multipart upload to delete.
    #[serde(skip)]
    pub upload_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl AbortMultipartUploadInput {
    /// A new [`AbortMultipartUploadInputBuilder`](crate::types::builders::AbortMultipartUploadInputBuilder).
    pub fn builder() -> crate::types::builders::AbortMultipartUploadInputBuilder {
        ::std::default::Default::default()
    }
}
/// The input values for `AbortVaultLock`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AbortVaultLockInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS
    /// account ID associated with the credentials used to sign the request. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which
    /// case Amazon Glacier uses the AWS account ID associated with the credentials used
    /// to sign the request. If you specify your account ID, do not include any hyphens
    /// ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl AbortVaultLockInput {
    /// A new [`AbortVaultLockInputBuilder`](crate::types::builders::AbortVaultLockInputBuilder).
    pub fn builder() -> crate::types::builders::AbortVaultLockInputBuilder {
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
pub enum ActionCode {
    /// `ArchiveRetrieval`
    ArchiveRetrieval,
    /// `InventoryRetrieval`
    InventoryRetrieval,
    /// `Select`
    Select,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ActionCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ArchiveRetrieval => "ArchiveRetrieval",
            Self::InventoryRetrieval => "InventoryRetrieval",
            Self::Select => "Select",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ArchiveRetrieval", "InventoryRetrieval", "Select"]
    }
}
impl ::std::convert::From<&str> for ActionCode {
    fn from(s: &str) -> Self {
        match s {
            "ArchiveRetrieval" => Self::ArchiveRetrieval,
            "InventoryRetrieval" => Self::InventoryRetrieval,
            "Select" => Self::Select,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ActionCode);
/// The input values for `AddTagsToVault`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct AddTagsToVaultInput {
    /// The tags to add to the vault. Each tag is composed of a key and a value. The
    /// value can be an empty string.
    #[serde(
        rename = "Tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl AddTagsToVaultInput {
    /// A new [`AddTagsToVaultInputBuilder`](crate::types::builders::AddTagsToVaultInputBuilder).
    pub fn builder() -> crate::types::builders::AddTagsToVaultInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
///
/// For information about the underlying REST API, see [Upload
/// Archive](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-archive-post.html).
/// For conceptual information, see [Working with Archives in Amazon S3
/// Glacier](https://docs.aws.amazon.com/amazonglacier/latest/dev/working-with-archives.html).
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ArchiveCreationOutput {
    #[serde(skip)]
    pub archive_id: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub checksum: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub location: ::std::option::Option<::std::string::String>,
}
impl ArchiveCreationOutput {
    /// A new [`ArchiveCreationOutputBuilder`](crate::types::builders::ArchiveCreationOutputBuilder).
    pub fn builder() -> crate::types::builders::ArchiveCreationOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about the comma-separated value (CSV) file to select from.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CsvInput {
    /// A single character used to indicate that a row should be ignored when the
    /// character is present at the start of that row.
    #[serde(
        rename = "Comments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comments: ::std::option::Option<::std::string::String>,
    /// A value used to separate individual fields from each other within a record.
    #[serde(
        rename = "FieldDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    /// Describes the first line of input. Valid values are `None`, `Ignore`, and `Use`.
    #[serde(
        rename = "FileHeaderInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_header_info: ::std::option::Option<crate::types::FileHeaderInfo>,
    /// A value used as an escape character where the field delimiter is part of the
    /// value.
    #[serde(
        rename = "QuoteCharacter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quote_character: ::std::option::Option<::std::string::String>,
    /// A single character used for escaping the quotation-mark character inside an
    /// already escaped value.
    #[serde(
        rename = "QuoteEscapeCharacter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quote_escape_character: ::std::option::Option<::std::string::String>,
    /// A value used to separate individual records from each other.
    #[serde(
        rename = "RecordDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_delimiter: ::std::option::Option<::std::string::String>,
}
impl CsvInput {
    /// A new [`CsvInputBuilder`](crate::types::builders::CsvInputBuilder).
    pub fn builder() -> crate::types::builders::CsvInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about the comma-separated value (CSV) file that the job
/// results are stored in.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CsvOutput {
    /// A value used to separate individual fields from each other within a record.
    #[serde(
        rename = "FieldDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    /// A value used as an escape character where the field delimiter is part of the
    /// value.
    #[serde(
        rename = "QuoteCharacter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quote_character: ::std::option::Option<::std::string::String>,
    /// A single character used for escaping the quotation-mark character inside an
    /// already escaped value.
    #[serde(
        rename = "QuoteEscapeCharacter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quote_escape_character: ::std::option::Option<::std::string::String>,
    /// A value that indicates whether all output fields should be contained within
    /// quotation marks.
    #[serde(
        rename = "QuoteFields",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quote_fields: ::std::option::Option<crate::types::QuoteFields>,
    /// A value used to separate individual records from each other.
    #[serde(
        rename = "RecordDelimiter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_delimiter: ::std::option::Option<::std::string::String>,
}
impl CsvOutput {
    /// A new [`CsvOutputBuilder`](crate::types::builders::CsvOutputBuilder).
    pub fn builder() -> crate::types::builders::CsvOutputBuilder {
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
pub enum CannedAcl {
    /// `private`
    Private,
    /// `public-read`
    PublicRead,
    /// `public-read-write`
    PublicReadWrite,
    /// `aws-exec-read`
    AwsExecRead,
    /// `authenticated-read`
    AuthenticatedRead,
    /// `bucket-owner-read`
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    BucketOwnerFullControl,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl CannedAcl {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Private => "private",
            Self::PublicRead => "public-read",
            Self::PublicReadWrite => "public-read-write",
            Self::AwsExecRead => "aws-exec-read",
            Self::AuthenticatedRead => "authenticated-read",
            Self::BucketOwnerRead => "bucket-owner-read",
            Self::BucketOwnerFullControl => "bucket-owner-full-control",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &[
            "private",
            "public-read",
            "public-read-write",
            "aws-exec-read",
            "authenticated-read",
            "bucket-owner-read",
            "bucket-owner-full-control",
        ]
    }
}
impl ::std::convert::From<&str> for CannedAcl {
    fn from(s: &str) -> Self {
        match s {
            "private" => Self::Private,
            "public-read" => Self::PublicRead,
            "public-read-write" => Self::PublicReadWrite,
            "aws-exec-read" => Self::AwsExecRead,
            "authenticated-read" => Self::AuthenticatedRead,
            "bucket-owner-read" => Self::BucketOwnerRead,
            "bucket-owner-full-control" => Self::BucketOwnerFullControl,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(CannedAcl);
/// Provides options to complete a multipart upload operation. This informs Amazon
/// Glacier that all the archive parts have been uploaded and Amazon S3 Glacier
/// (Glacier) can now assemble the archive from the uploaded parts. After assembling
/// and saving the archive to the vault, Glacier returns the URI path of the newly
/// created archive resource.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CompleteMultipartUploadInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The total size, in bytes, of the entire archive. This value should be the sum of
    /// all the sizes of the individual parts that you uploaded.
    #[serde(skip)]
    pub archive_size: ::std::option::Option<::std::string::String>,
    /// The SHA256 tree hash of the entire archive. It is the tree hash of SHA256 tree
    /// hash of the individual parts. If the value you specify in the request does not
    /// match the SHA256 tree hash of the final assembled archive as computed by Amazon
    /// S3 Glacier (Glacier), Glacier returns an error and the request fails.
    #[serde(skip)]
    pub checksum: ::std::option::Option<::std::string::String>,
    /// The upload ID of the multipart upload.
    #[serde(skip)]
    pub upload_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl CompleteMultipartUploadInput {
    /// A new [`CompleteMultipartUploadInputBuilder`](crate::types::builders::CompleteMultipartUploadInputBuilder).
    pub fn builder() -> crate::types::builders::CompleteMultipartUploadInputBuilder {
        ::std::default::Default::default()
    }
}
/// The input values for `CompleteVaultLock`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CompleteVaultLockInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS
    /// account ID associated with the credentials used to sign the request. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which
    /// case Amazon Glacier uses the AWS account ID associated with the credentials used
    /// to sign the request. If you specify your account ID, do not include any hyphens
    /// ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The `lockId` value is the lock ID obtained from a InitiateVaultLock request.
    #[serde(skip)]
    pub lock_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl CompleteVaultLockInput {
    /// A new [`CompleteVaultLockInputBuilder`](crate::types::builders::CompleteVaultLockInputBuilder).
    pub fn builder() -> crate::types::builders::CompleteVaultLockInputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options to create a vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct CreateVaultInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS
    /// account ID associated with the credentials used to sign the request. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which
    /// case Amazon S3 Glacier uses the AWS account ID associated with the credentials
    /// used to sign the request. If you specify your account ID, do not include any
    /// hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl CreateVaultInput {
    /// A new [`CreateVaultInputBuilder`](crate::types::builders::CreateVaultInputBuilder).
    pub fn builder() -> crate::types::builders::CreateVaultInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct CreateVaultOutput {
    #[serde(skip)]
    pub location: ::std::option::Option<::std::string::String>,
}
impl CreateVaultOutput {
    /// A new [`CreateVaultOutputBuilder`](crate::types::builders::CreateVaultOutputBuilder).
    pub fn builder() -> crate::types::builders::CreateVaultOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Data retrieval policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DataRetrievalPolicy {
    /// The policy rule. Although this is a list type, currently there must be only one
    /// rule, which contains a Strategy field and optionally a BytesPerHour field.
    #[serde(
        rename = "Rules",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rules: ::std::option::Option<::std::vec::Vec<crate::types::DataRetrievalRule>>,
}
impl DataRetrievalPolicy {
    /// A new [`DataRetrievalPolicyBuilder`](crate::types::builders::DataRetrievalPolicyBuilder).
    pub fn builder() -> crate::types::builders::DataRetrievalPolicyBuilder {
        ::std::default::Default::default()
    }
}
/// Data retrieval policy rule.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DataRetrievalRule {
    /// The maximum number of bytes that can be retrieved in an hour.
    ///
    /// This field is required only if the value of the Strategy field is
    /// `BytesPerHour`. Your PUT operation will be rejected if the Strategy field is not
    /// set to `BytesPerHour` and you set this field.
    #[serde(
        rename = "BytesPerHour",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bytes_per_hour: ::std::option::Option<i64>,
    /// The type of data retrieval policy to set.
    ///
    /// Valid values: BytesPerHour\|FreeTier\|None
    #[serde(
        rename = "Strategy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
}
impl DataRetrievalRule {
    /// A new [`DataRetrievalRuleBuilder`](crate::types::builders::DataRetrievalRuleBuilder).
    pub fn builder() -> crate::types::builders::DataRetrievalRuleBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for deleting an archive from an Amazon S3 Glacier vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteArchiveInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The ID of the archive to delete.
    #[serde(skip)]
    pub archive_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl DeleteArchiveInput {
    /// A new [`DeleteArchiveInputBuilder`](crate::types::builders::DeleteArchiveInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteArchiveInputBuilder {
        ::std::default::Default::default()
    }
}
/// DeleteVaultAccessPolicy input.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteVaultAccessPolicyInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl DeleteVaultAccessPolicyInput {
    /// A new [`DeleteVaultAccessPolicyInputBuilder`](crate::types::builders::DeleteVaultAccessPolicyInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteVaultAccessPolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for deleting a vault from Amazon S3 Glacier.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl DeleteVaultInput {
    /// A new [`DeleteVaultInputBuilder`](crate::types::builders::DeleteVaultInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteVaultInputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for deleting a vault notification configuration from an Amazon
/// Glacier vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DeleteVaultNotificationsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl DeleteVaultNotificationsInput {
    /// A new [`DeleteVaultNotificationsInputBuilder`](crate::types::builders::DeleteVaultNotificationsInputBuilder).
    pub fn builder() -> crate::types::builders::DeleteVaultNotificationsInputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for retrieving a job description.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeJobInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The ID of the job to describe.
    #[serde(skip)]
    pub job_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl DescribeJobInput {
    /// A new [`DescribeJobInputBuilder`](crate::types::builders::DescribeJobInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeJobInputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for retrieving metadata for a specific vault in Amazon Glacier.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct DescribeVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl DescribeVaultInput {
    /// A new [`DescribeVaultInputBuilder`](crate::types::builders::DescribeVaultInputBuilder).
    pub fn builder() -> crate::types::builders::DescribeVaultInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct DescribeVaultOutput {
    /// The Universal Coordinated Time (UTC) date when the vault was created. This value
    /// should be a string in the ISO 8601 date format, for example
    /// `2012-03-20T17:03:43.221Z`.
    #[serde(rename = "CreationDate", default)]
    pub creation_date: ::std::option::Option<::std::string::String>,
    /// The Universal Coordinated Time (UTC) date when Amazon S3 Glacier completed the
    /// last vault inventory. This value should be a string in the ISO 8601 date format,
    /// for example `2012-03-20T17:03:43.221Z`.
    #[serde(rename = "LastInventoryDate", default)]
    pub last_inventory_date: ::std::option::Option<::std::string::String>,
    /// The number of archives in the vault as of the last inventory date. This field
    /// will return `null` if an inventory has not yet run on the vault, for example if
    /// you just created the vault.
    #[serde(rename = "NumberOfArchives", default)]
    pub number_of_archives: ::std::option::Option<i64>,
    /// Total size, in bytes, of the archives in the vault as of the last inventory
    /// date. This field will return null if an inventory has not yet run on the vault,
    /// for example if you just created the vault.
    #[serde(rename = "SizeInBytes", default)]
    pub size_in_bytes: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) of the vault.
    #[serde(rename = "VaultARN", default)]
    pub vault_arn: ::std::option::Option<::std::string::String>,
    /// The name of the vault.
    #[serde(rename = "VaultName", default)]
    pub vault_name: ::std::option::Option<::std::string::String>,
}
impl DescribeVaultOutput {
    /// A new [`DescribeVaultOutputBuilder`](crate::types::builders::DescribeVaultOutputBuilder).
    pub fn builder() -> crate::types::builders::DescribeVaultOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about the encryption used to store the job results in
/// Amazon S3.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Encryption {
    /// The server-side encryption algorithm used when storing job results in Amazon S3,
    /// for example `AES256` or `aws:kms`.
    #[serde(
        rename = "EncryptionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_type: ::std::option::Option<crate::types::EncryptionType>,
    /// Optional. If the encryption type is `aws:kms`, you can use this value to specify
    /// the encryption context for the job results.
    #[serde(
        rename = "KMSContext",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_context: ::std::option::Option<::std::string::String>,
    /// The AWS KMS key ID to use for object encryption. All GET and PUT requests for an
    /// object protected by AWS KMS fail if not made by using Secure Sockets Layer (SSL)
    /// or Signature Version 4.
    #[serde(
        rename = "KMSKeyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}
impl Encryption {
    /// A new [`EncryptionBuilder`](crate::types::builders::EncryptionBuilder).
    pub fn builder() -> crate::types::builders::EncryptionBuilder {
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
pub enum EncryptionType {
    /// `aws:kms`
    AwsKms,
    /// `AES256`
    Aes256,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl EncryptionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsKms => "aws:kms",
            Self::Aes256 => "AES256",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["aws:kms", "AES256"]
    }
}
impl ::std::convert::From<&str> for EncryptionType {
    fn from(s: &str) -> Self {
        match s {
            "aws:kms" => Self::AwsKms,
            "AES256" => Self::Aes256,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(EncryptionType);
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
pub enum ExpressionType {
    /// `SQL`
    Sql,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl ExpressionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sql => "SQL",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["SQL"]
    }
}
impl ::std::convert::From<&str> for ExpressionType {
    fn from(s: &str) -> Self {
        match s {
            "SQL" => Self::Sql,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(ExpressionType);
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
pub enum FileHeaderInfo {
    /// `USE`
    Use,
    /// `IGNORE`
    Ignore,
    /// `NONE`
    None,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl FileHeaderInfo {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Use => "USE",
            Self::Ignore => "IGNORE",
            Self::None => "NONE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["USE", "IGNORE", "NONE"]
    }
}
impl ::std::convert::From<&str> for FileHeaderInfo {
    fn from(s: &str) -> Self {
        match s {
            "USE" => Self::Use,
            "IGNORE" => Self::Ignore,
            "NONE" => Self::None,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(FileHeaderInfo);
/// Input for GetDataRetrievalPolicy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetDataRetrievalPolicyInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS
    /// account ID associated with the credentials used to sign the request. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which
    /// case Amazon Glacier uses the AWS account ID associated with the credentials used
    /// to sign the request. If you specify your account ID, do not include any hyphens
    /// ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
}
impl GetDataRetrievalPolicyInput {
    /// A new [`GetDataRetrievalPolicyInputBuilder`](crate::types::builders::GetDataRetrievalPolicyInputBuilder).
    pub fn builder() -> crate::types::builders::GetDataRetrievalPolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to the `GetDataRetrievalPolicy` request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetDataRetrievalPolicyOutput {
    /// Contains the returned data retrieval policy in JSON format.
    #[serde(rename = "Policy", default)]
    pub policy: ::std::option::Option<crate::types::DataRetrievalPolicy>,
}
impl GetDataRetrievalPolicyOutput {
    /// A new [`GetDataRetrievalPolicyOutputBuilder`](crate::types::builders::GetDataRetrievalPolicyOutputBuilder).
    pub fn builder() -> crate::types::builders::GetDataRetrievalPolicyOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for downloading output of an Amazon S3 Glacier job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetJobOutputInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The job ID whose data is downloaded.
    #[serde(skip)]
    pub job_id: ::std::string::String,
    /// The range of bytes to retrieve from the output. For example, if you want to
    /// download the first 1,048,576 bytes, specify the range as `bytes=0-1048575`. By
    /// default, this operation downloads the entire output.
    ///
    /// If the job output is large, then you can use a range to retrieve a portion of
    /// the output. This allows you to download the entire output in smaller chunks of
    /// bytes. For example, suppose you have 1 GB of job output you want to download and
    /// you decide to download 128 MB chunks of data at a time, which is a total of
    /// eight Get Job Output requests. You use the following process to download the job
    /// output:
    ///
    /// 1. Download a 128 MB chunk of output by specifying the appropriate byte range.
    ///    Verify that all 128 MB of data was received.
    /// 2. Along with the data, the response includes a SHA256 tree hash of the payload.
    ///    You compute the checksum of the payload on the client and compare it with the
    ///    checksum you received in the response to ensure you received all the expected
    ///    data.
    /// 3. Repeat steps 1 and 2 for all the eight 128 MB chunks of output data, each
    ///    time specifying the appropriate byte range.
    /// 4. After downloading all the parts of the job output, you have a list of eight
    ///    checksum values. Compute the tree hash of these values to find the checksum
    ///    of the entire output. Using the DescribeJob API, obtain job information of
    ///    the job that provided you the output. The response includes the checksum of
    ///    the entire archive stored in Amazon S3 Glacier. You compare this value with
    ///    the checksum you computed to ensure you have downloaded the entire archive
    ///    content with no errors.
    #[serde(skip)]
    pub range: ::std::option::Option<::std::string::String>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl GetJobOutputInput {
    /// A new [`GetJobOutputInputBuilder`](crate::types::builders::GetJobOutputInputBuilder).
    pub fn builder() -> crate::types::builders::GetJobOutputInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(::std::fmt::Debug, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetJobOutputOutput {
    #[serde(skip)]
    pub accept_ranges: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub archive_description: ::std::option::Option<::std::string::String>,
    /// The job data, either archive data or inventory data.
    #[serde(skip)]
    pub body: crate::runtime::ByteStream,
    #[serde(skip)]
    pub checksum: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub content_range: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub content_type: ::std::option::Option<::std::string::String>,
    /// The HTTP response code for a job output request. The value depends on whether a
    /// range was specified in the request.
    #[serde(skip)]
    pub status: ::std::option::Option<i64>,
}
impl GetJobOutputOutput {
    /// A new [`GetJobOutputOutputBuilder`](crate::types::builders::GetJobOutputOutputBuilder).
    pub fn builder() -> crate::types::builders::GetJobOutputOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Input for GetVaultAccessPolicy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetVaultAccessPolicyInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl GetVaultAccessPolicyInput {
    /// A new [`GetVaultAccessPolicyInputBuilder`](crate::types::builders::GetVaultAccessPolicyInputBuilder).
    pub fn builder() -> crate::types::builders::GetVaultAccessPolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// Output for GetVaultAccessPolicy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetVaultAccessPolicyOutput {
    /// Contains the returned vault access policy as a JSON string.
    #[serde(skip)]
    pub policy: ::std::option::Option<crate::types::VaultAccessPolicy>,
}
impl GetVaultAccessPolicyOutput {
    /// A new [`GetVaultAccessPolicyOutputBuilder`](crate::types::builders::GetVaultAccessPolicyOutputBuilder).
    pub fn builder() -> crate::types::builders::GetVaultAccessPolicyOutputBuilder {
        ::std::default::Default::default()
    }
}
/// The input values for `GetVaultLock`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetVaultLockInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl GetVaultLockInput {
    /// A new [`GetVaultLockInputBuilder`](crate::types::builders::GetVaultLockInputBuilder).
    pub fn builder() -> crate::types::builders::GetVaultLockInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetVaultLockOutput {
    /// The UTC date and time at which the vault lock was put into the `InProgress`
    /// state.
    #[serde(rename = "CreationDate", default)]
    pub creation_date: ::std::option::Option<::std::string::String>,
    /// The UTC date and time at which the lock ID expires. This value can be `null` if
    /// the vault lock is in a `Locked` state.
    #[serde(rename = "ExpirationDate", default)]
    pub expiration_date: ::std::option::Option<::std::string::String>,
    /// The vault lock policy as a JSON string, which uses "\\" as an escape character.
    #[serde(rename = "Policy", default)]
    pub policy: ::std::option::Option<::std::string::String>,
    /// The state of the vault lock. `InProgress` or `Locked`.
    #[serde(rename = "State", default)]
    pub state: ::std::option::Option<::std::string::String>,
}
impl GetVaultLockOutput {
    /// A new [`GetVaultLockOutputBuilder`](crate::types::builders::GetVaultLockOutputBuilder).
    pub fn builder() -> crate::types::builders::GetVaultLockOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for retrieving the notification configuration set on an Amazon
/// Glacier vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct GetVaultNotificationsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl GetVaultNotificationsInput {
    /// A new [`GetVaultNotificationsInputBuilder`](crate::types::builders::GetVaultNotificationsInputBuilder).
    pub fn builder() -> crate::types::builders::GetVaultNotificationsInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GetVaultNotificationsOutput {
    /// Returns the notification configuration set on the vault.
    #[serde(skip)]
    pub vault_notification_config: ::std::option::Option<
        crate::types::VaultNotificationConfig,
    >,
}
impl GetVaultNotificationsOutput {
    /// A new [`GetVaultNotificationsOutputBuilder`](crate::types::builders::GetVaultNotificationsOutputBuilder).
    pub fn builder() -> crate::types::builders::GetVaultNotificationsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the description of an Amazon S3 Glacier job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct GlacierJobDescription {
    /// The job type. This value is either `ArchiveRetrieval`, `InventoryRetrieval`, or
    /// `Select`.
    #[serde(rename = "Action", default)]
    pub action: ::std::option::Option<crate::types::ActionCode>,
    /// The archive ID requested for a select job or archive retrieval. Otherwise, this
    /// field is null.
    #[serde(rename = "ArchiveId", default)]
    pub archive_id: ::std::option::Option<::std::string::String>,
    /// The SHA256 tree hash of the entire archive for an archive retrieval. For
    /// inventory retrieval or select jobs, this field is null.
    #[serde(rename = "ArchiveSHA256TreeHash", default)]
    pub archive_sha256_tree_hash: ::std::option::Option<::std::string::String>,
    /// For an archive retrieval job, this value is the size in bytes of the archive
    /// being requested for download. For an inventory retrieval or select job, this
    /// value is null.
    #[serde(rename = "ArchiveSizeInBytes", default)]
    pub archive_size_in_bytes: ::std::option::Option<i64>,
    /// The job status. When a job is completed, you get the job's output using Get Job
    /// Output (GET output).
    #[serde(rename = "Completed", default)]
    pub completed: ::std::option::Option<bool>,
    /// The UTC time that the job request completed. While the job is in progress, the
    /// value is null.
    #[serde(rename = "CompletionDate", default)]
    pub completion_date: ::std::option::Option<::std::string::String>,
    /// The UTC date when the job was created. This value is a string representation of
    /// ISO 8601 date format, for example `"2012-03-20T17:03:43.221Z"`.
    #[serde(rename = "CreationDate", default)]
    pub creation_date: ::std::option::Option<::std::string::String>,
    /// Parameters used for range inventory retrieval.
    #[serde(rename = "InventoryRetrievalParameters", default)]
    pub inventory_retrieval_parameters: ::std::option::Option<
        crate::types::InventoryRetrievalJobDescription,
    >,
    /// For an inventory retrieval job, this value is the size in bytes of the inventory
    /// requested for download. For an archive retrieval or select job, this value is
    /// null.
    #[serde(rename = "InventorySizeInBytes", default)]
    pub inventory_size_in_bytes: ::std::option::Option<i64>,
    /// The job description provided when initiating the job.
    #[serde(rename = "JobDescription", default)]
    pub job_description: ::std::option::Option<::std::string::String>,
    /// An opaque string that identifies an Amazon S3 Glacier job.
    #[serde(rename = "JobId", default)]
    pub job_id: ::std::option::Option<::std::string::String>,
    /// Contains the job output location.
    #[serde(rename = "JobOutputPath", default)]
    pub job_output_path: ::std::option::Option<::std::string::String>,
    /// Contains the location where the data from the select job is stored.
    #[serde(rename = "OutputLocation", default)]
    pub output_location: ::std::option::Option<crate::types::OutputLocation>,
    /// The retrieved byte range for archive retrieval jobs in the form
    /// *StartByteValue*-*EndByteValue*. If no range was specified in the archive
    /// retrieval, then the whole archive is retrieved. In this case, *StartByteValue*
    /// equals 0 and *EndByteValue* equals the size of the archive minus 1. For
    /// inventory retrieval or select jobs, this field is null.
    #[serde(rename = "RetrievalByteRange", default)]
    pub retrieval_byte_range: ::std::option::Option<::std::string::String>,
    /// For an archive retrieval job, this value is the checksum of the archive.
    /// Otherwise, this value is null.
    ///
    /// The SHA256 tree hash value for the requested range of an archive. If the
    /// **InitiateJob** request for an archive specified a tree-hash aligned range, then
    /// this field returns a value.
    ///
    /// If the whole archive is retrieved, this value is the same as the
    /// ArchiveSHA256TreeHash value.
    ///
    /// This field is null for the following:
    ///
    /// - Archive retrieval jobs that specify a range that is not tree-hash aligned
    ///
    /// - Archival jobs that specify a range that is equal to the whole archive, when
    ///   the job status is `InProgress`
    ///
    /// - Inventory jobs
    /// - Select jobs
    #[serde(rename = "SHA256TreeHash", default)]
    pub sha256_tree_hash: ::std::option::Option<::std::string::String>,
    /// An Amazon SNS topic that receives notification.
    #[serde(rename = "SNSTopic", default)]
    pub sns_topic: ::std::option::Option<::std::string::String>,
    /// Contains the parameters used for a select.
    #[serde(rename = "SelectParameters", default)]
    pub select_parameters: ::std::option::Option<crate::types::SelectParameters>,
    /// The status code can be `InProgress`, `Succeeded`, or `Failed`, and indicates the
    /// status of the job.
    #[serde(rename = "StatusCode", default)]
    pub status_code: ::std::option::Option<crate::types::StatusCode>,
    /// A friendly message that describes the job status.
    #[serde(rename = "StatusMessage", default)]
    pub status_message: ::std::option::Option<::std::string::String>,
    /// The tier to use for a select or an archive retrieval. Valid values are
    /// `Expedited`, `Standard`, or `Bulk`. `Standard` is the default.
    #[serde(rename = "Tier", default)]
    pub tier: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the vault from which an archive retrieval was
    /// requested.
    #[serde(rename = "VaultARN", default)]
    pub vault_arn: ::std::option::Option<::std::string::String>,
}
impl GlacierJobDescription {
    /// A new [`GlacierJobDescriptionBuilder`](crate::types::builders::GlacierJobDescriptionBuilder).
    pub fn builder() -> crate::types::builders::GlacierJobDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about a grant.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Grant {
    /// The grantee.
    #[serde(
        rename = "Grantee",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub grantee: ::std::option::Option<crate::types::Grantee>,
    /// Specifies the permission given to the grantee.
    #[serde(
        rename = "Permission",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission: ::std::option::Option<crate::types::Permission>,
}
impl Grant {
    /// A new [`GrantBuilder`](crate::types::builders::GrantBuilder).
    pub fn builder() -> crate::types::builders::GrantBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about the grantee.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct Grantee {
    /// Screen name of the grantee.
    #[serde(
        rename = "DisplayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Email address of the grantee.
    #[serde(
        rename = "EmailAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub email_address: ::std::option::Option<::std::string::String>,
    /// The canonical user ID of the grantee.
    #[serde(
        rename = "ID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// Type of grantee
    #[serde(rename = "Type")]
    pub r#type: crate::types::Type,
    /// URI of the grantee group.
    #[serde(
        rename = "URI",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uri: ::std::option::Option<::std::string::String>,
}
impl Grantee {
    /// A new [`GranteeBuilder`](crate::types::builders::GranteeBuilder).
    pub fn builder() -> crate::types::builders::GranteeBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for initiating an Amazon S3 Glacier job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct InitiateJobInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// Provides options for specifying job information.
    #[serde(skip)]
    pub job_parameters: ::std::option::Option<crate::types::JobParameters>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl InitiateJobInput {
    /// A new [`InitiateJobInputBuilder`](crate::types::builders::InitiateJobInputBuilder).
    pub fn builder() -> crate::types::builders::InitiateJobInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InitiateJobOutput {
    #[serde(skip)]
    pub job_id: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub job_output_path: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub location: ::std::option::Option<::std::string::String>,
}
impl InitiateJobOutput {
    /// A new [`InitiateJobOutputBuilder`](crate::types::builders::InitiateJobOutputBuilder).
    pub fn builder() -> crate::types::builders::InitiateJobOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for initiating a multipart upload to an Amazon S3 Glacier
/// vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct InitiateMultipartUploadInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The archive description that you are uploading in parts.
    ///
    /// The part size must be a megabyte (1024 KB) multiplied by a power of 2, for
    /// example 1048576 (1 MB), 2097152 (2 MB), 4194304 (4 MB), 8388608 (8 MB), and so
    /// on. The minimum allowable part size is 1 MB, and the maximum is 4 GB (4096 MB).
    #[serde(skip)]
    pub archive_description: ::std::option::Option<::std::string::String>,
    /// The size of each part except the last, in bytes. The last part can be smaller
    /// than this part size.
    #[serde(skip)]
    pub part_size: ::std::option::Option<::std::string::String>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl InitiateMultipartUploadInput {
    /// A new [`InitiateMultipartUploadInputBuilder`](crate::types::builders::InitiateMultipartUploadInputBuilder).
    pub fn builder() -> crate::types::builders::InitiateMultipartUploadInputBuilder {
        ::std::default::Default::default()
    }
}
/// The Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InitiateMultipartUploadOutput {
    #[serde(skip)]
    pub location: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    pub upload_id: ::std::option::Option<::std::string::String>,
}
impl InitiateMultipartUploadOutput {
    /// A new [`InitiateMultipartUploadOutputBuilder`](crate::types::builders::InitiateMultipartUploadOutputBuilder).
    pub fn builder() -> crate::types::builders::InitiateMultipartUploadOutputBuilder {
        ::std::default::Default::default()
    }
}
/// The input values for `InitiateVaultLock`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct InitiateVaultLockInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS
    /// account ID associated with the credentials used to sign the request. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which
    /// case Amazon Glacier uses the AWS account ID associated with the credentials used
    /// to sign the request. If you specify your account ID, do not include any hyphens
    /// ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The vault lock policy as a JSON string, which uses "\\" as an escape character.
    #[serde(skip)]
    pub policy: ::std::option::Option<crate::types::VaultLockPolicy>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl InitiateVaultLockInput {
    /// A new [`InitiateVaultLockInputBuilder`](crate::types::builders::InitiateVaultLockInputBuilder).
    pub fn builder() -> crate::types::builders::InitiateVaultLockInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InitiateVaultLockOutput {
    #[serde(skip)]
    pub lock_id: ::std::option::Option<::std::string::String>,
}
impl InitiateVaultLockOutput {
    /// A new [`InitiateVaultLockOutputBuilder`](crate::types::builders::InitiateVaultLockOutputBuilder).
    pub fn builder() -> crate::types::builders::InitiateVaultLockOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Describes how the archive is serialized.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InputSerialization {
    /// Describes the serialization of a CSV-encoded object.
    #[serde(
        rename = "csv",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub csv: ::std::option::Option<crate::types::CsvInput>,
}
impl InputSerialization {
    /// A new [`InputSerializationBuilder`](crate::types::builders::InputSerializationBuilder).
    pub fn builder() -> crate::types::builders::InputSerializationBuilder {
        ::std::default::Default::default()
    }
}
/// Describes the options for a range inventory retrieval job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct InventoryRetrievalJobDescription {
    /// The end of the date range in UTC for vault inventory retrieval that includes
    /// archives created before this date. This value should be a string in the ISO 8601
    /// date format, for example `2013-03-20T17:03:43Z`.
    #[serde(rename = "EndDate", default)]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// The output format for the vault inventory list, which is set by the
    /// **InitiateJob** request when initiating a job to retrieve a vault inventory.
    /// Valid values are `CSV` and `JSON`.
    #[serde(rename = "Format", default)]
    pub format: ::std::option::Option<::std::string::String>,
    /// The maximum number of inventory items returned per vault inventory retrieval
    /// request. This limit is set when initiating the job with the a **InitiateJob**
    /// request.
    #[serde(rename = "Limit", default)]
    pub limit: ::std::option::Option<::std::string::String>,
    /// An opaque string that represents where to continue pagination of the vault
    /// inventory retrieval results. You use the marker in a new **InitiateJob** request
    /// to obtain additional inventory items. If there are no more inventory items, this
    /// value is `null`. For more information, see [Range Inventory
    /// Retrieval](https://docs.aws.amazon.com/amazonglacier/latest/dev/api-initiate-job-post.html#api-initiate-job-post-vault-inventory-list-filtering).
    #[serde(rename = "Marker", default)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The start of the date range in Universal Coordinated Time (UTC) for vault
    /// inventory retrieval that includes archives created on or after this date. This
    /// value should be a string in the ISO 8601 date format, for example
    /// `2013-03-20T17:03:43Z`.
    #[serde(rename = "StartDate", default)]
    pub start_date: ::std::option::Option<::std::string::String>,
}
impl InventoryRetrievalJobDescription {
    /// A new [`InventoryRetrievalJobDescriptionBuilder`](crate::types::builders::InventoryRetrievalJobDescriptionBuilder).
    pub fn builder() -> crate::types::builders::InventoryRetrievalJobDescriptionBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for specifying a range inventory retrieval job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct InventoryRetrievalJobInput {
    /// The end of the date range in UTC for vault inventory retrieval that includes
    /// archives created before this date. This value should be a string in the ISO 8601
    /// date format, for example `2013-03-20T17:03:43Z`.
    #[serde(
        rename = "EndDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// Specifies the maximum number of inventory items returned per vault inventory
    /// retrieval request. Valid values are greater than or equal to 1.
    #[serde(
        rename = "Limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<::std::string::String>,
    /// An opaque string that represents where to continue pagination of the vault
    /// inventory retrieval results. You use the marker in a new **InitiateJob** request
    /// to obtain additional inventory items. If there are no more inventory items, this
    /// value is `null`.
    #[serde(
        rename = "Marker",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The start of the date range in UTC for vault inventory retrieval that includes
    /// archives created on or after this date. This value should be a string in the ISO
    /// 8601 date format, for example `2013-03-20T17:03:43Z`.
    #[serde(
        rename = "StartDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_date: ::std::option::Option<::std::string::String>,
}
impl InventoryRetrievalJobInput {
    /// A new [`InventoryRetrievalJobInputBuilder`](crate::types::builders::InventoryRetrievalJobInputBuilder).
    pub fn builder() -> crate::types::builders::InventoryRetrievalJobInputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for defining a job.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct JobParameters {
    /// The ID of the archive that you want to retrieve. This field is required only if
    /// `Type` is set to `select` or `archive-retrieval`code>. An error occurs if you
    /// specify this request parameter for an inventory retrieval job request.
    #[serde(
        rename = "ArchiveId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub archive_id: ::std::option::Option<::std::string::String>,
    /// The optional description for the job. The description must be less than or equal
    /// to 1,024 bytes. The allowable characters are 7-bit ASCII without control
    /// codes-specifically, ASCII values 32-126 decimal or 0x20-0x7E hexadecimal.
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// When initiating a job to retrieve a vault inventory, you can optionally add this
    /// parameter to your request to specify the output format. If you are initiating an
    /// inventory job and do not specify a Format field, JSON is the default format.
    /// Valid values are "CSV" and "JSON".
    #[serde(
        rename = "Format",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub format: ::std::option::Option<::std::string::String>,
    /// Input parameters used for range inventory retrieval.
    #[serde(
        rename = "InventoryRetrievalParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inventory_retrieval_parameters: ::std::option::Option<
        crate::types::InventoryRetrievalJobInput,
    >,
    /// Contains information about the location where the select job results are stored.
    #[serde(
        rename = "OutputLocation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_location: ::std::option::Option<crate::types::OutputLocation>,
    /// The byte range to retrieve for an archive retrieval. in the form
    /// "*StartByteValue*-*EndByteValue*" If not specified, the whole archive is
    /// retrieved. If specified, the byte range must be megabyte (1024\*1024) aligned
    /// which means that *StartByteValue* must be divisible by 1 MB and *EndByteValue*
    /// plus 1 must be divisible by 1 MB or be the end of the archive specified as the
    /// archive byte size value minus 1. If RetrievalByteRange is not megabyte aligned,
    /// this operation returns a 400 response.
    ///
    /// An error occurs if you specify this field for an inventory retrieval job
    /// request.
    #[serde(
        rename = "RetrievalByteRange",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retrieval_byte_range: ::std::option::Option<::std::string::String>,
    /// The Amazon SNS topic ARN to which Amazon S3 Glacier sends a notification when
    /// the job is completed and the output is ready for you to download. The specified
    /// topic publishes the notification to its subscribers. The SNS topic must exist.
    #[serde(
        rename = "SNSTopic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sns_topic: ::std::option::Option<::std::string::String>,
    /// Contains the parameters that define a job.
    #[serde(
        rename = "SelectParameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub select_parameters: ::std::option::Option<crate::types::SelectParameters>,
    /// The tier to use for a select or an archive retrieval job. Valid values are
    /// `Expedited`, `Standard`, or `Bulk`. `Standard` is the default.
    #[serde(
        rename = "Tier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tier: ::std::option::Option<::std::string::String>,
    /// The job type. You can initiate a job to perform a select query on an archive,
    /// retrieve an archive, or get an inventory of a vault. Valid values are "select",
    /// "archive-retrieval" and "inventory-retrieval".
    #[serde(
        rename = "Type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}
impl JobParameters {
    /// A new [`JobParametersBuilder`](crate::types::builders::JobParametersBuilder).
    pub fn builder() -> crate::types::builders::JobParametersBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for retrieving a job list for an Amazon S3 Glacier vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListJobsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The state of the jobs to return. You can specify `true` or `false`.
    #[serde(skip)]
    pub completed: ::std::option::Option<::std::string::String>,
    /// The maximum number of jobs to be returned. The default limit is 50. The number
    /// of jobs returned might be fewer than the specified limit, but the number of
    /// returned jobs never exceeds the limit.
    #[serde(skip)]
    pub limit: ::std::option::Option<::std::string::String>,
    /// An opaque string used for pagination. This value specifies the job at which the
    /// listing of jobs should begin. Get the marker value from a previous List Jobs
    /// response. You only need to include the marker if you are continuing the
    /// pagination of results started in a previous List Jobs request.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The type of job status to return. You can specify the following values:
    /// `InProgress`, `Succeeded`, or `Failed`.
    #[serde(skip)]
    pub statuscode: ::std::option::Option<::std::string::String>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl ListJobsInput {
    /// A new [`ListJobsInputBuilder`](crate::types::builders::ListJobsInputBuilder).
    pub fn builder() -> crate::types::builders::ListJobsInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListJobsOutput {
    /// A list of job objects. Each job object contains metadata describing the job.
    #[serde(rename = "JobList", default)]
    pub job_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::GlacierJobDescription>,
    >,
    /// An opaque string used for pagination that specifies the job at which the listing
    /// of jobs should begin. You get the `marker` value from a previous List Jobs
    /// response. You only need to include the marker if you are continuing the
    /// pagination of the results started in a previous List Jobs request.
    #[serde(rename = "Marker", default)]
    pub marker: ::std::option::Option<::std::string::String>,
}
impl ListJobsOutput {
    /// A new [`ListJobsOutputBuilder`](crate::types::builders::ListJobsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListJobsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for retrieving list of in-progress multipart uploads for an
/// Amazon Glacier vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListMultipartUploadsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// Specifies the maximum number of uploads returned in the response body. If this
    /// value is not specified, the List Uploads operation returns up to 50 uploads.
    #[serde(skip)]
    pub limit: ::std::option::Option<::std::string::String>,
    /// An opaque string used for pagination. This value specifies the upload at which
    /// the listing of uploads should begin. Get the marker value from a previous List
    /// Uploads response. You need only include the marker if you are continuing the
    /// pagination of results started in a previous List Uploads request.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl ListMultipartUploadsInput {
    /// A new [`ListMultipartUploadsInputBuilder`](crate::types::builders::ListMultipartUploadsInputBuilder).
    pub fn builder() -> crate::types::builders::ListMultipartUploadsInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListMultipartUploadsOutput {
    /// An opaque string that represents where to continue pagination of the results.
    /// You use the marker in a new List Multipart Uploads request to obtain more
    /// uploads in the list. If there are no more uploads, this value is `null`.
    #[serde(rename = "Marker", default)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// A list of in-progress multipart uploads.
    #[serde(rename = "UploadsList", default)]
    pub uploads_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::UploadListElement>,
    >,
}
impl ListMultipartUploadsOutput {
    /// A new [`ListMultipartUploadsOutputBuilder`](crate::types::builders::ListMultipartUploadsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListMultipartUploadsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options for retrieving a list of parts of an archive that have been
/// uploaded in a specific multipart upload.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListPartsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The maximum number of parts to be returned. The default limit is 50. The number
    /// of parts returned might be fewer than the specified limit, but the number of
    /// returned parts never exceeds the limit.
    #[serde(skip)]
    pub limit: ::std::option::Option<::std::string::String>,
    /// An opaque string used for pagination. This value specifies the part at which the
    /// listing of parts should begin. Get the marker value from the response of a
    /// previous List Parts response. You need only include the marker if you are
    /// continuing the pagination of results started in a previous List Parts request.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The upload ID of the multipart upload.
    #[serde(skip)]
    pub upload_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl ListPartsInput {
    /// A new [`ListPartsInputBuilder`](crate::types::builders::ListPartsInputBuilder).
    pub fn builder() -> crate::types::builders::ListPartsInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListPartsOutput {
    /// The description of the archive that was specified in the Initiate Multipart
    /// Upload request.
    #[serde(rename = "ArchiveDescription", default)]
    pub archive_description: ::std::option::Option<::std::string::String>,
    /// The UTC time at which the multipart upload was initiated.
    #[serde(rename = "CreationDate", default)]
    pub creation_date: ::std::option::Option<::std::string::String>,
    /// An opaque string that represents where to continue pagination of the results.
    /// You use the marker in a new List Parts request to obtain more jobs in the list.
    /// If there are no more parts, this value is `null`.
    #[serde(rename = "Marker", default)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// The ID of the upload to which the parts are associated.
    #[serde(rename = "MultipartUploadId", default)]
    pub multipart_upload_id: ::std::option::Option<::std::string::String>,
    /// The part size in bytes. This is the same value that you specified in the
    /// Initiate Multipart Upload request.
    #[serde(rename = "PartSizeInBytes", default)]
    pub part_size_in_bytes: ::std::option::Option<i64>,
    /// A list of the part sizes of the multipart upload. Each object in the array
    /// contains a `RangeBytes` and `sha256-tree-hash` name/value pair.
    #[serde(rename = "Parts", default)]
    pub parts: ::std::option::Option<::std::vec::Vec<crate::types::PartListElement>>,
    /// The Amazon Resource Name (ARN) of the vault to which the multipart upload was
    /// initiated.
    #[serde(rename = "VaultARN", default)]
    pub vault_arn: ::std::option::Option<::std::string::String>,
}
impl ListPartsOutput {
    /// A new [`ListPartsOutputBuilder`](crate::types::builders::ListPartsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListPartsOutputBuilder {
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
pub struct ListProvisionedCapacityInput {
    /// The AWS account ID of the account that owns the vault. You can either specify an
    /// AWS account ID or optionally a single '-' (hyphen), in which case Amazon S3
    /// Glacier uses the AWS account ID associated with the credentials used to sign the
    /// request. If you use an account ID, don't include any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
}
impl ListProvisionedCapacityInput {
    /// A new [`ListProvisionedCapacityInputBuilder`](crate::types::builders::ListProvisionedCapacityInputBuilder).
    pub fn builder() -> crate::types::builders::ListProvisionedCapacityInputBuilder {
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
pub struct ListProvisionedCapacityOutput {
    /// The response body contains the following JSON fields.
    #[serde(rename = "ProvisionedCapacityList", default)]
    pub provisioned_capacity_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::ProvisionedCapacityDescription>,
    >,
}
impl ListProvisionedCapacityOutput {
    /// A new [`ListProvisionedCapacityOutputBuilder`](crate::types::builders::ListProvisionedCapacityOutputBuilder).
    pub fn builder() -> crate::types::builders::ListProvisionedCapacityOutputBuilder {
        ::std::default::Default::default()
    }
}
/// The input value for `ListTagsForVaultInput`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListTagsForVaultInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl ListTagsForVaultInput {
    /// A new [`ListTagsForVaultInputBuilder`](crate::types::builders::ListTagsForVaultInputBuilder).
    pub fn builder() -> crate::types::builders::ListTagsForVaultInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListTagsForVaultOutput {
    /// The tags attached to the vault. Each tag is composed of a key and a value.
    #[serde(rename = "Tags", default)]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl ListTagsForVaultOutput {
    /// A new [`ListTagsForVaultOutputBuilder`](crate::types::builders::ListTagsForVaultOutputBuilder).
    pub fn builder() -> crate::types::builders::ListTagsForVaultOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options to retrieve the vault list owned by the calling user's account.
/// The list provides metadata information for each vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct ListVaultsInput {
    /// The `AccountId` value is the AWS account ID. This value must match the AWS
    /// account ID associated with the credentials used to sign the request. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which
    /// case Amazon Glacier uses the AWS account ID associated with the credentials used
    /// to sign the request. If you specify your account ID, do not include any hyphens
    /// ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The maximum number of vaults to be returned. The default limit is 10. The number
    /// of vaults returned might be fewer than the specified limit, but the number of
    /// returned vaults never exceeds the limit.
    #[serde(skip)]
    pub limit: ::std::option::Option<::std::string::String>,
    /// A string used for pagination. The marker specifies the vault ARN after which the
    /// listing of vaults should begin.
    #[serde(skip)]
    pub marker: ::std::option::Option<::std::string::String>,
}
impl ListVaultsInput {
    /// A new [`ListVaultsInputBuilder`](crate::types::builders::ListVaultsInputBuilder).
    pub fn builder() -> crate::types::builders::ListVaultsInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ListVaultsOutput {
    /// The vault ARN at which to continue pagination of the results. You use the marker
    /// in another List Vaults request to obtain more vaults in the list.
    #[serde(rename = "Marker", default)]
    pub marker: ::std::option::Option<::std::string::String>,
    /// List of vaults.
    #[serde(rename = "VaultList", default)]
    pub vault_list: ::std::option::Option<
        ::std::vec::Vec<crate::types::DescribeVaultOutput>,
    >,
}
impl ListVaultsOutput {
    /// A new [`ListVaultsOutputBuilder`](crate::types::builders::ListVaultsOutputBuilder).
    pub fn builder() -> crate::types::builders::ListVaultsOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about the location where the select job results are stored.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OutputLocation {
    /// Describes an S3 location that will receive the results of the job request.
    #[serde(
        rename = "S3",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub s3: ::std::option::Option<crate::types::S3Location>,
}
impl OutputLocation {
    /// A new [`OutputLocationBuilder`](crate::types::builders::OutputLocationBuilder).
    pub fn builder() -> crate::types::builders::OutputLocationBuilder {
        ::std::default::Default::default()
    }
}
/// Describes how the select output is serialized.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct OutputSerialization {
    /// Describes the serialization of CSV-encoded query results.
    #[serde(
        rename = "csv",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub csv: ::std::option::Option<crate::types::CsvOutput>,
}
impl OutputSerialization {
    /// A new [`OutputSerializationBuilder`](crate::types::builders::OutputSerializationBuilder).
    pub fn builder() -> crate::types::builders::OutputSerializationBuilder {
        ::std::default::Default::default()
    }
}
/// A list of the part sizes of the multipart upload.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct PartListElement {
    /// The byte range of a part, inclusive of the upper value of the range.
    #[serde(rename = "RangeInBytes", default)]
    pub range_in_bytes: ::std::option::Option<::std::string::String>,
    /// The SHA256 tree hash value that Amazon S3 Glacier calculated for the part. This
    /// field is never `null`.
    #[serde(rename = "SHA256TreeHash", default)]
    pub sha256_tree_hash: ::std::option::Option<::std::string::String>,
}
impl PartListElement {
    /// A new [`PartListElementBuilder`](crate::types::builders::PartListElementBuilder).
    pub fn builder() -> crate::types::builders::PartListElementBuilder {
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
pub enum Permission {
    /// `FULL_CONTROL`
    FullControl,
    /// `WRITE`
    Write,
    /// `WRITE_ACP`
    WriteAcp,
    /// `READ`
    Read,
    /// `READ_ACP`
    ReadAcp,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Permission {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullControl => "FULL_CONTROL",
            Self::Write => "WRITE",
            Self::WriteAcp => "WRITE_ACP",
            Self::Read => "READ",
            Self::ReadAcp => "READ_ACP",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["FULL_CONTROL", "WRITE", "WRITE_ACP", "READ", "READ_ACP"]
    }
}
impl ::std::convert::From<&str> for Permission {
    fn from(s: &str) -> Self {
        match s {
            "FULL_CONTROL" => Self::FullControl,
            "WRITE" => Self::Write,
            "WRITE_ACP" => Self::WriteAcp,
            "READ" => Self::Read,
            "READ_ACP" => Self::ReadAcp,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Permission);
/// The definition for a provisioned capacity unit.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct ProvisionedCapacityDescription {
    /// The ID that identifies the provisioned capacity unit.
    #[serde(rename = "CapacityId", default)]
    pub capacity_id: ::std::option::Option<::std::string::String>,
    /// The date that the provisioned capacity unit expires, in Universal Coordinated
    /// Time (UTC).
    #[serde(rename = "ExpirationDate", default)]
    pub expiration_date: ::std::option::Option<::std::string::String>,
    /// The date that the provisioned capacity unit was purchased, in Universal
    /// Coordinated Time (UTC).
    #[serde(rename = "StartDate", default)]
    pub start_date: ::std::option::Option<::std::string::String>,
}
impl ProvisionedCapacityDescription {
    /// A new [`ProvisionedCapacityDescriptionBuilder`](crate::types::builders::ProvisionedCapacityDescriptionBuilder).
    pub fn builder() -> crate::types::builders::ProvisionedCapacityDescriptionBuilder {
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
pub struct PurchaseProvisionedCapacityInput {
    /// The AWS account ID of the account that owns the vault. You can either specify an
    /// AWS account ID or optionally a single '-' (hyphen), in which case Amazon S3
    /// Glacier uses the AWS account ID associated with the credentials used to sign the
    /// request. If you use an account ID, don't include any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
}
impl PurchaseProvisionedCapacityInput {
    /// A new [`PurchaseProvisionedCapacityInputBuilder`](crate::types::builders::PurchaseProvisionedCapacityInputBuilder).
    pub fn builder() -> crate::types::builders::PurchaseProvisionedCapacityInputBuilder {
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
pub struct PurchaseProvisionedCapacityOutput {
    #[serde(skip)]
    pub capacity_id: ::std::option::Option<::std::string::String>,
}
impl PurchaseProvisionedCapacityOutput {
    /// A new [`PurchaseProvisionedCapacityOutputBuilder`](crate::types::builders::PurchaseProvisionedCapacityOutputBuilder).
    pub fn builder() -> crate::types::builders::PurchaseProvisionedCapacityOutputBuilder {
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
pub enum QuoteFields {
    /// `ALWAYS`
    Always,
    /// `ASNEEDED`
    Asneeded,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl QuoteFields {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Always => "ALWAYS",
            Self::Asneeded => "ASNEEDED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["ALWAYS", "ASNEEDED"]
    }
}
impl ::std::convert::From<&str> for QuoteFields {
    fn from(s: &str) -> Self {
        match s {
            "ALWAYS" => Self::Always,
            "ASNEEDED" => Self::Asneeded,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(QuoteFields);
/// The input value for `RemoveTagsFromVaultInput`.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct RemoveTagsFromVaultInput {
    /// A list of tag keys. Each corresponding tag is removed from the vault.
    #[serde(
        rename = "TagKeys",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl RemoveTagsFromVaultInput {
    /// A new [`RemoveTagsFromVaultInputBuilder`](crate::types::builders::RemoveTagsFromVaultInputBuilder).
    pub fn builder() -> crate::types::builders::RemoveTagsFromVaultInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about the location in Amazon S3 where the select job
/// results are stored.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct S3Location {
    /// A list of grants that control access to the staged results.
    #[serde(
        rename = "AccessControlList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_control_list: ::std::option::Option<::std::vec::Vec<crate::types::Grant>>,
    /// The name of the Amazon S3 bucket where the job results are stored.
    #[serde(
        rename = "BucketName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// The canned access control list (ACL) to apply to the job results.
    #[serde(
        rename = "CannedACL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub canned_acl: ::std::option::Option<crate::types::CannedAcl>,
    /// Contains information about the encryption used to store the job results in
    /// Amazon S3.
    #[serde(
        rename = "Encryption",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption: ::std::option::Option<crate::types::Encryption>,
    /// The prefix that is prepended to the results for this request.
    #[serde(
        rename = "Prefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix: ::std::option::Option<::std::string::String>,
    /// The storage class used to store the job results.
    #[serde(
        rename = "StorageClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class: ::std::option::Option<crate::types::StorageClass>,
    /// The tag-set that is applied to the job results.
    #[serde(
        rename = "Tagging",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tagging: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// A map of metadata to store with the job results in Amazon S3.
    #[serde(
        rename = "UserMetadata",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
impl S3Location {
    /// A new [`S3LocationBuilder`](crate::types::builders::S3LocationBuilder).
    pub fn builder() -> crate::types::builders::S3LocationBuilder {
        ::std::default::Default::default()
    }
}
/// Contains information about the parameters used for a select.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct SelectParameters {
    /// The expression that is used to select the object.
    #[serde(
        rename = "Expression",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression: ::std::option::Option<::std::string::String>,
    /// The type of the provided expression, for example `SQL`.
    #[serde(
        rename = "ExpressionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expression_type: ::std::option::Option<crate::types::ExpressionType>,
    /// Describes the serialization format of the object.
    #[serde(
        rename = "InputSerialization",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_serialization: ::std::option::Option<crate::types::InputSerialization>,
    /// Describes how the results of the select job are serialized.
    #[serde(
        rename = "OutputSerialization",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_serialization: ::std::option::Option<crate::types::OutputSerialization>,
}
impl SelectParameters {
    /// A new [`SelectParametersBuilder`](crate::types::builders::SelectParametersBuilder).
    pub fn builder() -> crate::types::builders::SelectParametersBuilder {
        ::std::default::Default::default()
    }
}
/// SetDataRetrievalPolicy input.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct SetDataRetrievalPolicyInput {
    /// The data retrieval policy in JSON format.
    #[serde(
        rename = "Policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<crate::types::DataRetrievalPolicy>,
    /// The `AccountId` value is the AWS account ID. This value must match the AWS
    /// account ID associated with the credentials used to sign the request. You can
    /// either specify an AWS account ID or optionally a single '`-`' (hyphen), in which
    /// case Amazon Glacier uses the AWS account ID associated with the credentials used
    /// to sign the request. If you specify your account ID, do not include any hyphens
    /// ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
}
impl SetDataRetrievalPolicyInput {
    /// A new [`SetDataRetrievalPolicyInputBuilder`](crate::types::builders::SetDataRetrievalPolicyInputBuilder).
    pub fn builder() -> crate::types::builders::SetDataRetrievalPolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// SetVaultAccessPolicy input.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct SetVaultAccessPolicyInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The vault access policy as a JSON string.
    #[serde(skip)]
    pub policy: ::std::option::Option<crate::types::VaultAccessPolicy>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl SetVaultAccessPolicyInput {
    /// A new [`SetVaultAccessPolicyInputBuilder`](crate::types::builders::SetVaultAccessPolicyInputBuilder).
    pub fn builder() -> crate::types::builders::SetVaultAccessPolicyInputBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options to configure notifications that will be sent when specific
/// events happen to a vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct SetVaultNotificationsInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
    /// Provides options for specifying notification configuration.
    #[serde(skip)]
    pub vault_notification_config: ::std::option::Option<
        crate::types::VaultNotificationConfig,
    >,
}
impl SetVaultNotificationsInput {
    /// A new [`SetVaultNotificationsInputBuilder`](crate::types::builders::SetVaultNotificationsInputBuilder).
    pub fn builder() -> crate::types::builders::SetVaultNotificationsInputBuilder {
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
pub enum StatusCode {
    /// `InProgress`
    InProgress,
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StatusCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Succeeded => "Succeeded",
            Self::Failed => "Failed",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["InProgress", "Succeeded", "Failed"]
    }
}
impl ::std::convert::From<&str> for StatusCode {
    fn from(s: &str) -> Self {
        match s {
            "InProgress" => Self::InProgress,
            "Succeeded" => Self::Succeeded,
            "Failed" => Self::Failed,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StatusCode);
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
pub enum StorageClass {
    /// `STANDARD`
    Standard,
    /// `REDUCED_REDUNDANCY`
    ReducedRedundancy,
    /// `STANDARD_IA`
    StandardIa,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl StorageClass {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::ReducedRedundancy => "REDUCED_REDUNDANCY",
            Self::StandardIa => "STANDARD_IA",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA"]
    }
}
impl ::std::convert::From<&str> for StorageClass {
    fn from(s: &str) -> Self {
        match s {
            "STANDARD" => Self::Standard,
            "REDUCED_REDUNDANCY" => Self::ReducedRedundancy,
            "STANDARD_IA" => Self::StandardIa,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(StorageClass);
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
pub enum Type {
    /// `AmazonCustomerByEmail`
    AmazonCustomerByEmail,
    /// `CanonicalUser`
    CanonicalUser,
    /// `Group`
    Group,
    /// A value this version of the client does not know; kept as sent.
    Unknown(crate::runtime::UnknownVariantValue),
}
impl Type {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonCustomerByEmail => "AmazonCustomerByEmail",
            Self::CanonicalUser => "CanonicalUser",
            Self::Group => "Group",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Every value this client knows.
    pub const fn values() -> &'static [&'static str] {
        &["AmazonCustomerByEmail", "CanonicalUser", "Group"]
    }
}
impl ::std::convert::From<&str> for Type {
    fn from(s: &str) -> Self {
        match s {
            "AmazonCustomerByEmail" => Self::AmazonCustomerByEmail,
            "CanonicalUser" => Self::CanonicalUser,
            "Group" => Self::Group,
            other => Self::Unknown(crate::runtime::UnknownVariantValue(other.to_owned())),
        }
    }
}
crate::runtime::string_enum!(Type);
/// Provides options to add an archive to a vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UploadArchiveInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The optional description of the archive you are uploading.
    #[serde(skip)]
    pub archive_description: ::std::option::Option<::std::string::String>,
    /// The data to upload.
    #[serde(skip)]
    pub body: ::std::option::Option<crate::runtime::Blob>,
    /// The SHA256 tree hash of the data being uploaded.
    #[serde(skip)]
    pub checksum: ::std::option::Option<::std::string::String>,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl UploadArchiveInput {
    /// A new [`UploadArchiveInputBuilder`](crate::types::builders::UploadArchiveInputBuilder).
    pub fn builder() -> crate::types::builders::UploadArchiveInputBuilder {
        ::std::default::Default::default()
    }
}
/// A list of in-progress multipart uploads for a vault.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UploadListElement {
    /// The description of the archive that was specified in the Initiate Multipart
    /// Upload request.
    #[serde(rename = "ArchiveDescription", default)]
    pub archive_description: ::std::option::Option<::std::string::String>,
    /// The UTC time at which the multipart upload was initiated.
    #[serde(rename = "CreationDate", default)]
    pub creation_date: ::std::option::Option<::std::string::String>,
    /// The ID of a multipart upload.
    #[serde(rename = "MultipartUploadId", default)]
    pub multipart_upload_id: ::std::option::Option<::std::string::String>,
    /// The part size, in bytes, specified in the Initiate Multipart Upload request.
    /// This is the size of all the parts in the upload except the last part, which may
    /// be smaller than this size.
    #[serde(rename = "PartSizeInBytes", default)]
    pub part_size_in_bytes: ::std::option::Option<i64>,
    /// The Amazon Resource Name (ARN) of the vault that contains the archive.
    #[serde(rename = "VaultARN", default)]
    pub vault_arn: ::std::option::Option<::std::string::String>,
}
impl UploadListElement {
    /// A new [`UploadListElementBuilder`](crate::types::builders::UploadListElementBuilder).
    pub fn builder() -> crate::types::builders::UploadListElementBuilder {
        ::std::default::Default::default()
    }
}
/// Provides options to upload a part of an archive in a multipart upload operation.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct UploadMultipartPartInput {
    /// The `AccountId` value is the AWS account ID of the account that owns the vault.
    /// You can either specify an AWS account ID or optionally a single '`-`' (hyphen),
    /// in which case Amazon S3 Glacier uses the AWS account ID associated with the
    /// credentials used to sign the request. If you use an account ID, do not include
    /// any hyphens ('-') in the ID.
    ///
    /// If not set, `send()` sends `-` (botocore's default).
    #[serde(skip)]
    pub account_id: ::std::string::String,
    /// The data to upload.
    #[serde(skip)]
    pub body: ::std::option::Option<crate::runtime::Blob>,
    /// The SHA256 tree hash of the data being uploaded.
    #[serde(skip)]
    pub checksum: ::std::option::Option<::std::string::String>,
    /// Identifies the range of bytes in the assembled archive that will be uploaded in
    /// this part. Amazon S3 Glacier uses this information to assemble the archive in
    /// the proper sequence. The format of this header follows RFC 2616. An example
    /// header is Content-Range:bytes 0-4194303/\*.
    #[serde(skip)]
    pub range: ::std::option::Option<::std::string::String>,
    /// The upload ID of the multipart upload.
    #[serde(skip)]
    pub upload_id: ::std::string::String,
    /// The name of the vault.
    #[serde(skip)]
    pub vault_name: ::std::string::String,
}
impl UploadMultipartPartInput {
    /// A new [`UploadMultipartPartInputBuilder`](crate::types::builders::UploadMultipartPartInputBuilder).
    pub fn builder() -> crate::types::builders::UploadMultipartPartInputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the Amazon S3 Glacier response to your request.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct UploadMultipartPartOutput {
    #[serde(skip)]
    pub checksum: ::std::option::Option<::std::string::String>,
}
impl UploadMultipartPartOutput {
    /// A new [`UploadMultipartPartOutputBuilder`](crate::types::builders::UploadMultipartPartOutputBuilder).
    pub fn builder() -> crate::types::builders::UploadMultipartPartOutputBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the vault access policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VaultAccessPolicy {
    /// The vault access policy.
    #[serde(
        rename = "Policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
}
impl VaultAccessPolicy {
    /// A new [`VaultAccessPolicyBuilder`](crate::types::builders::VaultAccessPolicyBuilder).
    pub fn builder() -> crate::types::builders::VaultAccessPolicyBuilder {
        ::std::default::Default::default()
    }
}
/// Contains the vault lock policy.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
)]
#[non_exhaustive]
pub struct VaultLockPolicy {
    /// The vault lock policy.
    #[serde(
        rename = "Policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
}
impl VaultLockPolicy {
    /// A new [`VaultLockPolicyBuilder`](crate::types::builders::VaultLockPolicyBuilder).
    pub fn builder() -> crate::types::builders::VaultLockPolicyBuilder {
        ::std::default::Default::default()
    }
}
/// Represents a vault's notification configuration.
#[derive(
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::fmt::Debug,
    ::std::default::Default,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
#[non_exhaustive]
pub struct VaultNotificationConfig {
    /// A list of one or more events for which Amazon S3 Glacier will send a
    /// notification to the specified Amazon SNS topic.
    #[serde(
        rename = "Events",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub events: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The Amazon Simple Notification Service (Amazon SNS) topic Amazon Resource Name
    /// (ARN).
    #[serde(
        rename = "SNSTopic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sns_topic: ::std::option::Option<::std::string::String>,
}
impl VaultNotificationConfig {
    /// A new [`VaultNotificationConfigBuilder`](crate::types::builders::VaultNotificationConfigBuilder).
    pub fn builder() -> crate::types::builders::VaultNotificationConfigBuilder {
        ::std::default::Default::default()
    }
}
