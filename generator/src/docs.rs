//! AWS documentation HTML → rustdoc Markdown.
