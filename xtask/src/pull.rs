//! `cargo xtask pull`: fetch a spec from an apis.guru mirror and pin it.
