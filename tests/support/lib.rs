//! Shared helpers for the project tests.

pub mod fault_server;
pub mod moto;
pub mod scratch;
