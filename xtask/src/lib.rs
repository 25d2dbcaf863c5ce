//! Project automation: `pull` pins specs, `regen` regenerates `generated/`.

pub mod pull;
pub mod regen;
