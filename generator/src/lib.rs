//! OpenAPI 3 (apis.guru AWS JSON-protocol specs) → Rust client crate.
//!
//! Data flows one way: [`load`] (text → `openapiv3`), [`lower`] (→ [`ir`]),
//! [`emit`] (IR → formatted Rust files). [`naming`] and [`docs`] serve
//! lowering; [`config`] carries the protocol facts the spec lacks.

pub mod config;
pub mod docs;
pub mod load;
pub mod ir;
pub mod lower;
pub mod naming;
