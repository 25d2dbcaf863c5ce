//! Parser for the shared AWS configuration files (`~/.aws/config` and
//! `~/.aws/credentials`), following the rules of the official AWS SDKs.
//!
//! * Config file: `[default]`, `[profile NAME]`, `[services NAME]` (and
//!   `[sso-session NAME]`, which is recognised but not used). When both
//!   `[default]` and `[profile default]` are present, `[profile default]` wins
//!   and `[default]` is ignored. A bare `[NAME]` (other than `default`) is
//!   ignored in the config file.
//! * Credentials file: `[NAME]` sections, the section name is the profile name.
//! * Values from the credentials file override values from the config file
//!   for the same profile (property by property).
//! * Full-line comments start with `#` or `;`. In section headers anything
//!   after `]` that starts with `#`/`;` is a comment; in property lines a
//!   comment must be preceded by whitespace (`key = a#b` keeps `a#b`).
//! * Properties are `key = value` (whitespace around both is ignored; keys are
//!   matched case-insensitively). An indented line below a property continues
//!   it: if the property's value was empty (`s3 =`), indented `key = value`
//!   lines are sub-properties; otherwise the line is appended to the value
//!   after a newline.
//! * Invalid lines and sections are skipped (a warning is recorded, see
//!   [`ProfileSet::warnings`]); parsing never fails and never panics. Warnings
//!   never quote property lines, which may contain secrets.
//!
//! File locations: `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE` (a leading
//! `~` is expanded), else `~/.aws/config` / `~/.aws/credentials`. Missing files
//! are treated as empty. The selected profile is the explicit one, else
//! `AWS_PROFILE`, else `default`.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use super::env::Env;

/// Name of the profile used when none is selected explicitly or via `AWS_PROFILE`.
pub const DEFAULT_PROFILE: &str = "default";

/// Path of the shared config file: `AWS_CONFIG_FILE`, else `~/.aws/config`
/// (`None` when neither the variable nor a home directory is available).
pub fn config_file_path(env: &Env) -> Option<PathBuf> {
    file_path(env, "AWS_CONFIG_FILE", "config")
}

/// Path of the shared credentials file: `AWS_SHARED_CREDENTIALS_FILE`, else
/// `~/.aws/credentials`.
pub fn credentials_file_path(env: &Env) -> Option<PathBuf> {
    file_path(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials")
}

fn file_path(env: &Env, var: &str, file_name: &str) -> Option<PathBuf> {
    match env.get(var) {
        Some(path) => Some(env.expand_home(&path)),
        None => env.home_dir().map(|home| home.join(".aws").join(file_name)),
    }
}

/// The profile to use: `explicit` (if non-empty), else `AWS_PROFILE`, else `default`.
pub fn selected_profile_name(explicit: Option<&str>, env: &Env) -> String {
    explicit
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .or_else(|| env.get("AWS_PROFILE"))
        .unwrap_or_else(|| DEFAULT_PROFILE.to_owned())
}

/// A property value, with optional sub-properties (`key =` followed by
/// indented `sub = value` lines).
///
/// `Debug` does not print values (they may be secrets).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Property {
    value: String,
    sub_properties: BTreeMap<String, String>,
}

impl Property {
    /// The value (continuation lines joined with `\n`); empty for a property
    /// that only has sub-properties.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// A sub-property value (key matched case-insensitively).
    pub fn sub_property(&self, key: &str) -> Option<&str> {
        self.sub_properties
            .get(&key.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// All sub-properties, sorted by key.
    pub fn sub_properties(&self) -> impl Iterator<Item = (&str, &str)> {
        self.sub_properties
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl fmt::Debug for Property {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Property")
            .field("value", &format_args!("<{} chars>", self.value.len()))
            .field(
                "sub_properties",
                &self.sub_properties.keys().collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// A named group of properties: a profile or a `[services NAME]` section.
///
/// `Debug` prints the name and property keys only, never values.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Section {
    name: String,
    properties: BTreeMap<String, Property>,
}

impl Section {
    /// The section name (profile name or services-section name).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A property (key matched case-insensitively).
    pub fn property(&self, key: &str) -> Option<&Property> {
        self.properties.get(&key.to_ascii_lowercase())
    }

    /// A property's value; `None` when the property is absent or its value
    /// is empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.property(key)
            .map(Property::value)
            .filter(|v| !v.is_empty())
    }

    /// Property keys (lowercased), sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.properties.keys().map(String::as_str)
    }

    fn merge_from(&mut self, other: Section) {
        self.properties.extend(other.properties);
    }
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Section")
            .field("name", &self.name)
            .field("keys", &self.properties.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Status of one shared file, for diagnostics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// `"config file"` or `"credentials file"`.
    pub label: &'static str,
    /// Where the file was looked for.
    pub path: PathBuf,
    /// Whether the file existed and could be read.
    pub found: bool,
}

/// The merged contents of the shared config and credentials files, plus the
/// selected profile name.
#[derive(Clone, Debug, Default)]
pub struct ProfileSet {
    profiles: HashMap<String, Section>,
    services: HashMap<String, Section>,
    selected: String,
    files: Vec<SourceFile>,
    warnings: Vec<String>,
}

impl ProfileSet {
    /// Loads the files named by `env` (see the module docs) and selects
    /// `explicit_profile`, else `AWS_PROFILE`, else `default`.
    ///
    /// Missing files are empty; unreadable files are empty too, with a
    /// warning recorded.
    pub fn load(env: &Env, explicit_profile: Option<&str>) -> Self {
        let mut warnings = Vec::new();
        let mut files = Vec::new();
        let mut read = |label: &'static str, path: Option<PathBuf>| -> String {
            let Some(path) = path else {
                warnings.push(format!(
                    "{label}: no path (no home directory found); treated as empty"
                ));
                return String::new();
            };
            let (contents, found) = match env.read_file(&path) {
                Ok(Some(contents)) => (contents, true),
                Ok(None) => (String::new(), false),
                Err(e) => {
                    warnings.push(format!(
                        "{label} `{}` could not be read ({e}); treated as empty",
                        path.display()
                    ));
                    (String::new(), false)
                }
            };
            files.push(SourceFile { label, path, found });
            contents
        };
        let config = read("config file", config_file_path(env));
        let credentials = read("credentials file", credentials_file_path(env));
        let mut set = Self::parse(&config, &credentials);
        warnings.append(&mut set.warnings);
        set.warnings = warnings;
        set.files = files;
        set.selected = selected_profile_name(explicit_profile, env);
        set
    }

    /// Parses in-memory config and credentials file contents. The selected
    /// profile is `default` (see [`ProfileSet::with_selected_profile`]).
    pub fn parse(config: &str, credentials: &str) -> Self {
        let mut warnings = Vec::new();
        let config_sections = parse_file(config, FileKind::Config, &mut warnings);
        let credential_sections = parse_file(credentials, FileKind::Credentials, &mut warnings);

        let has_profile_default = config_sections.iter().any(|s| {
            s.kind == SectionKind::Profile && s.section.name == DEFAULT_PROFILE && !s.bare_default
        });
        if has_profile_default
            && config_sections
                .iter()
                .any(|s| s.kind == SectionKind::Profile && s.bare_default)
        {
            warnings.push(
                "config file: both `[default]` and `[profile default]` exist; `[default]` is ignored"
                    .to_owned(),
            );
        }

        let mut profiles: HashMap<String, Section> = HashMap::new();
        let mut services: HashMap<String, Section> = HashMap::new();
        // Config first, then credentials: later sections override earlier ones
        // property by property, so credentials-file values win.
        for parsed in config_sections.into_iter().chain(credential_sections) {
            let target = match parsed.kind {
                SectionKind::Profile if parsed.bare_default && has_profile_default => continue,
                SectionKind::Profile => &mut profiles,
                SectionKind::Services => &mut services,
            };
            match target.get_mut(&parsed.section.name) {
                Some(existing) => existing.merge_from(parsed.section),
                None => {
                    target.insert(parsed.section.name.clone(), parsed.section);
                }
            }
        }

        ProfileSet {
            profiles,
            services,
            selected: DEFAULT_PROFILE.to_owned(),
            files: Vec::new(),
            warnings,
        }
    }

    /// Selects another profile.
    pub fn with_selected_profile(mut self, name: impl Into<String>) -> Self {
        self.selected = name.into();
        self
    }

    /// Name of the selected profile.
    pub fn selected_profile_name(&self) -> &str {
        &self.selected
    }

    /// The selected profile, if it is defined in either file.
    pub fn selected_profile(&self) -> Option<&Section> {
        self.profile(&self.selected)
    }

    /// A profile by name.
    pub fn profile(&self, name: &str) -> Option<&Section> {
        self.profiles.get(name)
    }

    /// Names of all profiles, sorted.
    pub fn profile_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.profiles.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    /// A `[services NAME]` section by name.
    pub fn services_section(&self, name: &str) -> Option<&Section> {
        self.services.get(name)
    }

    /// `endpoint_url` configured for a service in the `[services]` section
    /// referenced by the selected profile (`services = NAME`).
    ///
    /// `service_key` is the service's config key, e.g. `sfn` or
    /// `elastic_beanstalk` (see `endpoint::config_service_key`).
    pub fn service_endpoint_url(&self, service_key: &str) -> Option<&str> {
        let services_name = self.selected_profile()?.get("services")?;
        self.services_section(services_name)?
            .property(service_key)?
            .sub_property("endpoint_url")
            .filter(|v| !v.is_empty())
    }

    /// Files that were looked at by [`ProfileSet::load`] (empty for
    /// [`ProfileSet::parse`]).
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// A human-readable description of [`ProfileSet::files`], for error messages.
    pub fn describe_files(&self) -> String {
        if self.files.is_empty() {
            return "no shared config files".to_owned();
        }
        self.files
            .iter()
            .map(|f| {
                format!(
                    "{} `{}`{}",
                    f.label,
                    f.path.display(),
                    if f.found { "" } else { " (not found)" }
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Problems found while loading/parsing (skipped lines, unreadable files).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Config,
    Credentials,
}

impl FileKind {
    fn label(self) -> &'static str {
        match self {
            FileKind::Config => "config file",
            FileKind::Credentials => "credentials file",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SectionKind {
    Profile,
    Services,
}

struct ParsedSection {
    kind: SectionKind,
    /// `[default]` in the config file (as opposed to `[profile default]`).
    bare_default: bool,
    section: Section,
}

/// Characters the SDKs accept in profile and section names.
fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-/.%@:+".contains(c))
}

/// Strips a trailing comment. With `needs_whitespace`, `#`/`;` only starts a
/// comment when preceded by whitespace.
fn strip_comment(text: &str, needs_whitespace: bool) -> &str {
    let mut prev_ws = !needs_whitespace;
    for (i, c) in text.char_indices() {
        if (c == '#' || c == ';') && (prev_ws || !needs_whitespace) {
            return text[..i].trim_end();
        }
        prev_ws = c.is_whitespace();
    }
    text.trim_end()
}

/// Parses a `[...]` header line. `Ok(None)` means a recognised section that is
/// deliberately ignored.
fn parse_header(line: &str, kind: FileKind) -> Result<Option<ParsedSection>, String> {
    let inner_and_rest = &line[1..];
    let Some(close) = inner_and_rest.find(']') else {
        return Err("section header without closing `]`".to_owned());
    };
    let rest = inner_and_rest[close + 1..].trim();
    if !(rest.is_empty() || rest.starts_with('#') || rest.starts_with(';')) {
        return Err("unexpected text after section header".to_owned());
    }
    let inner = inner_and_rest[..close].trim();
    let make = |kind: SectionKind, name: &str, bare_default: bool| {
        if is_valid_name(name) {
            Ok(Some(ParsedSection {
                kind,
                bare_default,
                section: Section {
                    name: name.to_owned(),
                    properties: BTreeMap::new(),
                },
            }))
        } else {
            Err(format!("invalid section name `[{inner}]`"))
        }
    };
    if kind == FileKind::Credentials {
        return make(SectionKind::Profile, inner, false);
    }
    if inner == DEFAULT_PROFILE {
        return make(SectionKind::Profile, inner, true);
    }
    let mut words = inner.splitn(2, |c: char| c.is_whitespace());
    let prefix = words.next().unwrap_or("");
    let name = words.next().map(str::trim).unwrap_or("");
    match prefix {
        "profile" => make(SectionKind::Profile, name, false),
        "services" => make(SectionKind::Services, name, false),
        "sso-session" if is_valid_name(name) => Ok(None),
        _ => Err(format!(
            "section `[{inner}]` ignored (config-file profiles are written `[profile NAME]`)"
        )),
    }
}

/// Parses one file into sections, in file order. Never fails.
fn parse_file(contents: &str, kind: FileKind, warnings: &mut Vec<String>) -> Vec<ParsedSection> {
    let label = kind.label();
    let mut sections: Vec<ParsedSection> = Vec::new();
    // Whether the current section is being collected (false after an invalid
    // or ignored header, so its properties are skipped too).
    let mut in_section = false;
    let mut seen_header = false;
    // Key of the last property of the current section, and whether its
    // continuation lines are sub-properties (its value was empty).
    let mut current_property: Option<(String, bool)> = None;

    let contents = contents.strip_prefix('\u{feff}').unwrap_or(contents);
    for (index, line) in contents.lines().enumerate() {
        let line_no = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }

        if line.starts_with(|c: char| c.is_whitespace()) {
            // Continuation of the previous property.
            let (Some((key, is_sub)), true, Some(parsed)) =
                (current_property.as_ref(), in_section, sections.last_mut())
            else {
                if in_section {
                    warnings.push(format!(
                        "{label} line {line_no}: indented line without a preceding property; skipped"
                    ));
                }
                continue;
            };
            let Some(property) = parsed.section.properties.get_mut(key) else {
                continue;
            };
            let content = strip_comment(trimmed, true);
            if *is_sub {
                match content.split_once('=') {
                    Some((sub_key, sub_value)) if is_valid_key(sub_key.trim()) => {
                        property
                            .sub_properties
                            .insert(sub_key.trim().to_ascii_lowercase(), sub_value.trim().to_owned());
                    }
                    _ => warnings.push(format!(
                        "{label} line {line_no}: invalid sub-property (expected `key = value`); skipped"
                    )),
                }
            } else if !content.is_empty() {
                property.value.push('\n');
                property.value.push_str(content);
            }
            continue;
        }

        current_property = None;
        if trimmed.starts_with('[') {
            seen_header = true;
            match parse_header(trimmed, kind) {
                Ok(Some(parsed)) => {
                    sections.push(parsed);
                    in_section = true;
                }
                Ok(None) => in_section = false,
                Err(reason) => {
                    warnings.push(format!("{label} line {line_no}: {reason}; skipped"));
                    in_section = false;
                }
            }
            continue;
        }

        if !in_section {
            if !seen_header {
                warnings.push(format!(
                    "{label} line {line_no}: property outside of any section; skipped"
                ));
            }
            continue;
        }
        let Some(parsed) = sections.last_mut() else {
            continue;
        };
        let line = strip_comment(trimmed, true);
        match line.split_once('=') {
            Some((key, value)) if is_valid_key(key.trim()) => {
                let key = key.trim().to_ascii_lowercase();
                let value = value.trim();
                parsed.section.properties.insert(
                    key.clone(),
                    Property {
                        value: value.to_owned(),
                        sub_properties: BTreeMap::new(),
                    },
                );
                current_property = Some((key, value.is_empty()));
            }
            _ => warnings.push(format!(
                "{label} line {line_no}: invalid property line (expected `key = value`); skipped"
            )),
        }
    }
    sections
}

fn is_valid_key(key: &str) -> bool {
    !key.is_empty() && !key.contains(|c: char| c.is_whitespace() || c == '[' || c == ']')
}

/// Convenience for tests and callers holding explicit paths: loads the two
/// files at the given paths (missing files are empty), selecting `default`.
pub fn load_from_paths(config: &Path, credentials: &Path) -> ProfileSet {
    let env = Env::from_map([
        ("AWS_CONFIG_FILE", config.to_string_lossy().into_owned()),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            credentials.to_string_lossy().into_owned(),
        ),
    ]);
    ProfileSet::load(&env, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(config: &str, credentials: &str) -> ProfileSet {
        ProfileSet::parse(config, credentials)
    }

    #[test]
    fn basic_config_and_credentials() {
        let set = parse(
            "[default]\nregion = us-east-1\n\n[profile dev]\nregion=eu-west-1\noutput = json\n",
            "[default]\naws_access_key_id = AKID\naws_secret_access_key = SECRET\n[dev]\naws_access_key_id = DEVKEY\n",
        );
        let default = set.profile("default").unwrap();
        assert_eq!(default.get("region"), Some("us-east-1"));
        assert_eq!(default.get("aws_access_key_id"), Some("AKID"));
        assert_eq!(default.get("aws_secret_access_key"), Some("SECRET"));
        let dev = set.profile("dev").unwrap();
        assert_eq!(dev.get("region"), Some("eu-west-1"));
        assert_eq!(dev.get("output"), Some("json"));
        assert_eq!(dev.get("aws_access_key_id"), Some("DEVKEY"));
        assert_eq!(set.profile_names(), vec!["default", "dev"]);
        assert_eq!(set.selected_profile_name(), "default");
        assert!(set.warnings().is_empty(), "{:?}", set.warnings());
    }

    #[test]
    fn credentials_file_overrides_config_file() {
        let set = parse(
            "[profile p]\naws_access_key_id = FROM_CONFIG\nregion = us-west-2\n",
            "[p]\naws_access_key_id = FROM_CREDENTIALS\n",
        );
        let p = set.profile("p").unwrap();
        assert_eq!(p.get("aws_access_key_id"), Some("FROM_CREDENTIALS"));
        assert_eq!(p.get("region"), Some("us-west-2"));
    }

    #[test]
    fn comments_and_whitespace() {
        let set = parse(
            "# leading comment\n; another\n[profile a] # header comment\n  # indented comment\nregion   =   us-east-2   ; trailing comment\nurl = https://x/#frag\nkey = a#b;c\ntabbed\t=\tv\t# c\n[profile b];c\nregion = r\n",
            "",
        );
        let a = set.profile("a").unwrap();
        assert_eq!(a.get("region"), Some("us-east-2"));
        assert_eq!(a.get("url"), Some("https://x/#frag"));
        assert_eq!(a.get("key"), Some("a#b;c"));
        assert_eq!(a.get("tabbed"), Some("v"));
        assert_eq!(set.profile("b").unwrap().get("region"), Some("r"));
        assert!(set.warnings().is_empty(), "{:?}", set.warnings());
    }

    #[test]
    fn keys_are_case_insensitive_names_are_not() {
        let set = parse("[profile Dev]\nRegion = x\n", "");
        assert_eq!(set.profile("Dev").unwrap().get("REGION"), Some("x"));
        assert!(set.profile("dev").is_none());
    }

    #[test]
    fn profile_default_wins_over_bare_default() {
        let set = parse(
            "[default]\nregion = bare\nonly_bare = 1\n[profile default]\nregion = prefixed\n",
            "",
        );
        let d = set.profile("default").unwrap();
        assert_eq!(d.get("region"), Some("prefixed"));
        assert_eq!(d.get("only_bare"), None);
        assert_eq!(set.warnings().len(), 1);

        // Order does not matter.
        let set = parse(
            "[profile default]\nregion = prefixed\n[default]\nregion = bare\n",
            "",
        );
        assert_eq!(
            set.profile("default").unwrap().get("region"),
            Some("prefixed")
        );

        // Bare [default] alone is fine.
        let set = parse("[default]\nregion = bare\n", "");
        assert_eq!(set.profile("default").unwrap().get("region"), Some("bare"));
    }

    #[test]
    fn bare_names_in_config_file_are_ignored() {
        let set = parse("[dev]\nregion = x\n[profile ok]\nregion = y\n", "");
        assert!(set.profile("dev").is_none());
        assert_eq!(set.profile("ok").unwrap().get("region"), Some("y"));
        assert_eq!(set.warnings().len(), 1);
    }

    #[test]
    fn profile_prefix_in_credentials_file_is_not_special() {
        // `[profile x]` is not valid in the credentials file (a name with a space).
        let set = parse("", "[profile x]\naws_access_key_id = A\n");
        assert!(set.profile("x").is_none());
        assert!(set.profile("profile x").is_none());
    }

    #[test]
    fn duplicate_sections_merge_and_later_keys_win() {
        let set = parse(
            "[profile a]\nregion = 1\nx = keep\n[profile b]\n[profile a]\nregion = 2\nregion = 3\n",
            "",
        );
        let a = set.profile("a").unwrap();
        assert_eq!(a.get("region"), Some("3"));
        assert_eq!(a.get("x"), Some("keep"));
        assert!(set.profile("b").is_some());
    }

    #[test]
    fn invalid_lines_are_skipped_without_panicking() {
        let config = "region = before-any-section\n[profile ok]\nnot a property\n= no key\nregion = fine\n[unterminated\nlost = 1\n[profile bad name]\nlost = 2\n[profile ]\n[]\n[profile good] trailing\n\u{0}\u{7f}[\n  \n[profile last]\nk = v\n";
        let set = parse(config, "[ok]\n  indented first\n[bad name]\nx = 1\n");
        assert_eq!(set.profile("ok").unwrap().get("region"), Some("fine"));
        assert_eq!(set.profile("last").unwrap().get("k"), Some("v"));
        assert_eq!(set.profile_names(), vec!["last", "ok"]);
        assert!(!set.warnings().is_empty());
        for warning in set.warnings() {
            assert!(!warning.contains("fine"));
        }
    }

    #[test]
    fn warnings_never_quote_property_lines() {
        let set = parse("", "[default]\naws_secret_access_key: SUPERSECRET\n");
        assert_eq!(set.warnings().len(), 1);
        assert!(!set.warnings()[0].contains("SUPERSECRET"));
        assert!(!format!("{set:?}").contains("SUPERSECRET"));
    }

    #[test]
    fn debug_never_prints_values() {
        let set = parse("", "[default]\naws_secret_access_key = SUPERSECRET\n");
        let debug = format!("{:?} {:?}", set, set.profile("default").unwrap());
        assert!(!debug.contains("SUPERSECRET"), "{debug}");
        assert!(debug.contains("aws_secret_access_key"));
    }

    #[test]
    fn sub_properties_and_continuations() {
        let set = parse(
            "[profile a]\ns3 =\n  max_concurrent_requests = 10 # c\n  Addressing_Style=path\n  bogus line\nnext = 1\nlong = first\n  second\n\tthird\n",
            "",
        );
        let a = set.profile("a").unwrap();
        let s3 = a.property("s3").unwrap();
        assert_eq!(s3.value(), "");
        assert_eq!(s3.sub_property("max_concurrent_requests"), Some("10"));
        assert_eq!(s3.sub_property("addressing_style"), Some("path"));
        assert_eq!(
            s3.sub_properties().collect::<Vec<_>>(),
            vec![
                ("addressing_style", "path"),
                ("max_concurrent_requests", "10")
            ]
        );
        assert_eq!(a.get("s3"), None);
        assert_eq!(a.get("next"), Some("1"));
        assert_eq!(a.get("long"), Some("first\nsecond\nthird"));
        assert_eq!(set.warnings().len(), 1);
    }

    #[test]
    fn services_sections() {
        let set = parse(
            "[profile dev]\nservices = local\nendpoint_url = http://global:1\n[services local]\nsfn =\n  endpoint_url = http://localhost:8083\ndynamodb =\n  endpoint_url = http://localhost:8000\n[sso-session s]\nsso_region = us-east-1\n",
            "",
        );
        assert!(set.services_section("local").is_some());
        assert!(set.profile("s").is_none());
        let dev = set.clone().with_selected_profile("dev");
        assert_eq!(
            dev.service_endpoint_url("sfn"),
            Some("http://localhost:8083")
        );
        assert_eq!(
            dev.service_endpoint_url("dynamodb"),
            Some("http://localhost:8000")
        );
        assert_eq!(dev.service_endpoint_url("s3"), None);
        // The default profile does not reference the services section.
        assert_eq!(set.service_endpoint_url("sfn"), None);
        assert!(set.warnings().is_empty(), "{:?}", set.warnings());
    }

    #[test]
    fn selected_profile_precedence() {
        let env = Env::from_map([("AWS_PROFILE", "from-env")]);
        assert_eq!(selected_profile_name(Some("explicit"), &env), "explicit");
        assert_eq!(selected_profile_name(None, &env), "from-env");
        assert_eq!(selected_profile_name(Some("  "), &env), "from-env");
        let empty = Env::from_map::<_, &str, &str>([]);
        assert_eq!(selected_profile_name(None, &empty), "default");
    }

    #[test]
    fn file_locations() {
        let env = Env::from_map([("HOME", "/home/me")]);
        assert_eq!(
            config_file_path(&env),
            Some(PathBuf::from("/home/me/.aws/config"))
        );
        assert_eq!(
            credentials_file_path(&env),
            Some(PathBuf::from("/home/me/.aws/credentials"))
        );
        let env = Env::from_map([
            ("HOME", "/home/me"),
            ("AWS_CONFIG_FILE", "/etc/aws-config"),
            ("AWS_SHARED_CREDENTIALS_FILE", "~/creds"),
        ]);
        assert_eq!(
            config_file_path(&env),
            Some(PathBuf::from("/etc/aws-config"))
        );
        assert_eq!(
            credentials_file_path(&env),
            Some(PathBuf::from("/home/me/creds"))
        );
        let no_home = Env::from_map::<_, &str, &str>([]);
        assert_eq!(config_file_path(&no_home), None);
    }

    #[test]
    fn load_uses_env_paths_and_in_memory_files() {
        let env = Env::from_map([("HOME", "/virtual-home"), ("AWS_PROFILE", "dev")])
            .with_file(
                "/virtual-home/.aws/config",
                "[profile dev]\nregion = eu-north-1\n",
            )
            .with_file(
                "/virtual-home/.aws/credentials",
                "[dev]\naws_access_key_id = K\n",
            );
        let set = ProfileSet::load(&env, None);
        assert_eq!(set.selected_profile_name(), "dev");
        let dev = set.selected_profile().unwrap();
        assert_eq!(dev.get("region"), Some("eu-north-1"));
        assert_eq!(dev.get("aws_access_key_id"), Some("K"));
        assert!(set.files().iter().all(|f| f.found));
        assert_eq!(
            ProfileSet::load(&env, Some("other")).selected_profile_name(),
            "other"
        );
    }

    fn unique_temp_path(tag: &str) -> PathBuf {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        std::env::temp_dir().join(format!(
            "runtime-profile-test-{}-{tag}-{nanos}",
            std::process::id()
        ))
    }

    #[test]
    fn missing_files_are_empty() {
        let set = load_from_paths(&unique_temp_path("nope-c"), &unique_temp_path("nope-k"));
        assert!(set.profile_names().is_empty());
        assert!(set.selected_profile().is_none());
        assert!(set.warnings().is_empty());
        assert!(set.files().iter().all(|f| !f.found));
        assert!(set.describe_files().contains("(not found)"));

        let no_home = ProfileSet::load(&Env::from_map::<_, &str, &str>([]), None);
        assert!(no_home.profile_names().is_empty());
    }

    #[test]
    fn real_temp_files() {
        let config = unique_temp_path("config");
        let credentials = unique_temp_path("credentials");
        std::fs::write(&config, "[profile t]\nregion = ap-south-1\r\n").unwrap();
        std::fs::write(&credentials, "\u{feff}[t]\r\naws_access_key_id = TK\r\n").unwrap();
        let set = load_from_paths(&config, &credentials);
        let _ = std::fs::remove_file(&config);
        let _ = std::fs::remove_file(&credentials);
        let t = set.profile("t").unwrap();
        assert_eq!(t.get("region"), Some("ap-south-1"));
        assert_eq!(t.get("aws_access_key_id"), Some("TK"));
        assert!(set.files().iter().all(|f| f.found));
    }

    #[test]
    fn unreadable_file_is_a_warning_not_an_error() {
        // A directory cannot be read as a file.
        let dir = std::env::temp_dir();
        let set = load_from_paths(&dir, &unique_temp_path("missing"));
        assert!(set.profile_names().is_empty());
        assert_eq!(set.warnings().len(), 1);
    }
}
