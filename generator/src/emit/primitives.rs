//! `primitives.rs`: the runtime's value types at a stable path.

use proc_macro2::TokenStream;
use quote::quote;

use super::PREAMBLE;

/// `crate::primitives::{Blob, Timestamp}`, the path users should name (as
/// `aws_smithy_types::{Blob, DateTime}` are in the AWS SDKs): the runtime's
/// module layout may change, this does not.
pub(crate) fn primitives_rs() -> TokenStream {
    let preamble = format!(" {PREAMBLE}");
    quote! {
        #![doc = #preamble]
        //!
        //! The primitive types of the service's data: binary data ([`Blob`],
        //! base64 on the wire) and points in time ([`Timestamp`]).

        pub use crate::runtime::blob::Blob;
        pub use crate::runtime::timestamp::Timestamp;
    }
}
