//! Wire names → Rust identifiers.
//!
//! Case conversion comes from `heck`; this module adds what makes the result
//! always compile: keywords become raw identifiers (or get a suffix where Rust
//! forbids the raw form), leading digits and punctuation are handled, and
//! collisions inside one namespace are resolved deterministically by a numeric
//! suffix in a stable order.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Strict and reserved keywords of Rust 2021.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "gen", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be written as raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Keeps ASCII letters, digits and `_`; everything else separates words.
fn words(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A field, method or module name: `stateMachineArn` → `state_machine_arn`,
/// `type` → `r#type`, `self` → `self_`, `3d` → `_3d`, `` → `_empty`.
pub fn snake(name: &str) -> String {
    let mut s = words(name).to_snake_case();
    if s.is_empty() {
        s = "_empty".into();
    } else if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    keyword_safe(s)
}

/// A type or variant name: `execution_status` → `ExecutionStatus`,
/// `Self` → `SelfValue`, `1` → `V1`, `` → `Empty`.
pub fn pascal(name: &str) -> String {
    let mut s = words(name).to_upper_camel_case();
    if s.is_empty() {
        s = "Empty".into();
    } else if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    if s == "Self" {
        s.push_str("Value");
    }
    s
}

fn keyword_safe(s: String) -> String {
    if NOT_RAW.contains(&s.as_str()) {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// The identifier without any `r#` prefix (for building derived names).
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// The `set_…` builder method of a setter (`_3d_model` → `set_3d_model`).
pub fn set_name(setter: &str) -> String {
    format!("set_{}", bare(setter).trim_start_matches('_'))
}

/// Methods of std traits that clippy's `should_implement_trait` matches a
/// builder setter against: `x(self, input) -> Self` has the arity and the
/// by-value `self` of these operator methods (ecs `KernelCapabilities.add`
/// looks like `Add::add`), so setters never take these names. The rest of
/// clippy's list (`eq`, `cmp`, `index`, `hash`, `next`, `default`, …) takes
/// `&self`, another arity or no `self`, so a setter named so is not flagged.
/// `clone` and `default` are kept free too: an inherent method of that name
/// would shadow the builders' derived `Clone::clone` and `Default::default`
/// (`builder.clone()`, `XBuilder::default()` would not compile).
pub const STD_TRAIT_METHODS: &[&str] = &[
    "add", "bitand", "bitor", "bitxor", "div", "mul", "rem", "shl", "shr", "sub", "clone",
    "default",
];

/// Library names Cargo or rustc reserve, or that would shadow a crate the
/// generated code names by path (`::std::…`, `::core::…`).
const RESERVED_LIBS: &[&str] = &["std", "core", "alloc", "proc_macro", "test"];

/// Why `name` cannot be the Cargo package name of a generated crate, if it
/// cannot: it must be ASCII letters, digits, `-` and `_`, start with a
/// letter, and its library name (`-` → `_`) must be a plain identifier (not
/// a keyword, not `std`/`core`/…), since generated code and doctests write
/// `use <lib>::…`.
pub fn package_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("a package name cannot be empty".into());
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Some(format!(
            "{c:?} is not allowed in a package name (ASCII letters, digits, '-' and '_')"
        ));
    }
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Some("a package name must start with a letter".into());
    }
    let lib = name.replace('-', "_");
    if KEYWORDS.contains(&lib.as_str()) || RESERVED_LIBS.contains(&lib.as_str()) {
        return Some(format!("its library name {lib:?} is reserved in Rust"));
    }
    None
}

/// The default package name for a service slug (lowercase ASCII letters,
/// digits and `-`, as `lower` makes it): `states` → `states-client`, and
/// `3d-service` → `aws-3d-service-client`, since a package name must start
/// with a letter.
pub fn package_name(service_slug: &str) -> String {
    let name = format!("{service_slug}-client");
    if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name
    } else {
        format!("aws-{}", name.trim_start_matches('-'))
    }
}

/// One namespace (a module's types, a struct's fields, an enum's variants).
/// `claim` returns `base` if free, else `base2`, `base3`, … — callers feed
/// names in a stable order, so the outcome is deterministic.
#[derive(Debug, Default)]
pub struct Namespace {
    taken: BTreeSet<String>,
    /// The suffix last handed out per base. Names are never released, so
    /// every smaller suffix is still taken: starting here finds the same
    /// name without n²/2 tries for n colliding names (issue 10).
    last_suffix: BTreeMap<String, usize>,
}

impl Namespace {
    /// A namespace whose `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namespace {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
            last_suffix: BTreeMap::new(),
        }
    }

    pub fn claim(&mut self, base: &str) -> String {
        if self.taken.insert(bare(base).to_string()) {
            return base.to_string();
        }
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let n = self.last_suffix.entry(bare(base).to_string()).or_insert(1);
        loop {
            *n += 1;
            let candidate = format!("{}{sep}{n}", bare(base));
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(bare(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_cases() {
        assert_eq!(snake("stateMachineArn"), "state_machine_arn");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("match"), "r#match");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("Self"), "self_");
        assert_eq!(snake("super"), "super_");
        assert_eq!(snake("3DSecure"), "_3d_secure");
        assert_eq!(snake(""), "_empty");
        assert_eq!(snake("a-b.c"), "a_b_c");
        assert_eq!(snake("NextToken"), "next_token");
    }

    #[test]
    fn pascal_cases() {
        assert_eq!(pascal("RUNNING"), "Running");
        assert_eq!(pascal("TIMED_OUT"), "TimedOut");
        assert_eq!(pascal("a-b"), "AB");
        assert_eq!(pascal(""), "Empty");
        assert_eq!(pascal("1"), "V1");
        assert_eq!(pascal("Self"), "SelfValue");
        assert_eq!(pascal("m5.large"), "M5Large");
        assert_eq!(pascal("Option"), "Option");
    }

    #[test]
    fn package_names() {
        assert_eq!(package_name("states"), "states-client");
        assert_eq!(package_name("3d-service"), "aws-3d-service-client");
        assert_eq!(package_name("fn"), "fn-client");
        for slug in ["states", "3d-service", "fn", "self", "1", "std"] {
            assert_eq!(package_name_problem(&package_name(slug)), None, "{slug}");
        }
        assert_eq!(package_name_problem("states-client"), None);
        assert_eq!(package_name_problem("My_Crate2"), None);
        for bad in [
            "", "3d", "-x", "_x", "a b", "a.b", "é", "fn", "self", "std", "core", "a\n",
        ] {
            assert!(package_name_problem(bad).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn namespace_suffixes_deterministically() {
        let mut ns = Namespace::with_reserved(&["build"]);
        assert_eq!(ns.claim("build"), "build2");
        assert_eq!(ns.claim("foo"), "foo");
        assert_eq!(ns.claim("foo"), "foo2");
        assert_eq!(ns.claim("foo"), "foo3");
        assert_eq!(ns.claim("v1"), "v1");
        assert_eq!(ns.claim("v1"), "v1_2");
        assert_eq!(ns.claim("r#type"), "r#type");
        assert_eq!(ns.claim("r#type"), "type2");
    }
}
