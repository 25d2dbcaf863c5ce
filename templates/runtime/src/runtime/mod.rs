//! The hand-written runtime shared by generated clients (copied verbatim from
//! the generator's `templates/runtime`; do not edit in a generated crate).

pub mod blob;
pub mod config;
pub mod credentials;
pub mod discovery;
pub mod enums;
pub mod env;
pub mod error;
pub mod http;
pub mod idempotency;
pub mod json;
pub mod operation;
pub mod paginator;
pub mod partition;
pub mod profile;
pub mod timestamp;

pub use blob::Blob;
pub use config::TimeoutConfig;
#[allow(unused_imports)] // used by crates whose spec has enums
pub(crate) use enums::string_enum;
pub use enums::UnknownVariantValue;
pub use error::{
    BuildError, DispatchError, ErrorMetadata, OperationError, ResponseError, SdkError, Unhandled,
};
pub use retry::RetryConfig;
pub use stalled_stream::StalledStreamProtectionConfig;
pub use stream::ByteStream;
pub use timestamp::Timestamp;
pub mod endpoint;
pub mod region;
pub mod rest;
pub mod retry;
pub mod sign;
pub mod stalled_stream;
pub mod stream;
pub mod transport;
pub mod waiter;
