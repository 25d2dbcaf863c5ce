//! Project automation: `pull` pins specs, `regen` regenerates `generated/`,
//! `corpus` generates and compiles the whole apis.guru corpus.

pub mod add;
pub mod bench;
pub mod corpus;
pub mod fetch;
pub mod manifest;
pub mod model;
pub mod oracle;
pub mod pull;
pub mod regen;
