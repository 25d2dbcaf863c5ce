//! Test harness for the runtime template: `src/runtime/` is copied verbatim
//! into each generated crate, so it is compiled and tested here once.
pub mod runtime;
