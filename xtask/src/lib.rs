//! Project automation: `pull` pins specs, `regen` regenerates `generated/`.

pub mod add;
pub mod fetch;
pub mod manifest;
pub mod pull;
pub mod regen;
