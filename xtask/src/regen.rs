//! `cargo xtask regen`: regenerate every pinned spec into `generated/`.
