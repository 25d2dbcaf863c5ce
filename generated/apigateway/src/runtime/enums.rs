//! Support for string enums that keep values this client does not know.

use std::fmt;

/// A value the service sent that this client's enum does not list. Opaque so
/// that matching on it cannot silently break when a new variant is added.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownVariantValue(pub(crate) String);

impl UnknownVariantValue {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownVariantValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[allow(unused_macros)] // used by crates whose spec has enums
/// Implements `FromStr`, `Display`, `AsRef<str>` and serde for a generated
/// enum that has `as_str()` and `From<&str>`.
macro_rules! string_enum {
    ($name:ident) => {
        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(s))
            }
        }
        impl ::std::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                s: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                d: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let s: ::std::borrow::Cow<'de, str> = ::serde::Deserialize::deserialize(d)?;
                ::std::result::Result::Ok(Self::from(s.as_ref()))
            }
        }
    };
}
pub(crate) use string_enum;
