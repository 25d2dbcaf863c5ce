//! Shared helpers for the project tests.
