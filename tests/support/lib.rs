//! Shared helpers for the project tests.

pub mod moto;
